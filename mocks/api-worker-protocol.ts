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

/** The answer to a request the embedded API could not serve: a 500 problem, never a hang. */
export const internalErrorReply = (id: number, detail: string): Extract<ApiWorkerReply, { type: 'response' }> => ({
  type: 'response',
  id,
  status: 500,
  headers: [['Content-Type', 'application/problem+json']],
  body: JSON.stringify({ type: 'about:blank', title: 'internal_error', status: 500, detail }),
});
