/** What the page and the embedded API's worker say to each other. */

export interface SerializedRequest {
  type: 'request';
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  body: string | null;
}

export type ApiWorkerMessage = { type: 'start'; size: number | null } | SerializedRequest;

export type ApiWorkerReply =
  | { type: 'started' }
  | { type: 'failed'; name: string; message: string }
  | { type: 'response'; id: number; status: number; headers: [string, string][]; body: string | null };
