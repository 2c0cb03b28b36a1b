import { answerSerialized } from './api/serve-serialized';
import type { ServeOptions } from './api/serve';
import { warmSearchIndex } from './rules/search-index';
import { openBrowserStore } from './store/browser-store';
import { internalErrorReply, type ApiWorkerMessage, type ApiWorkerReply, type SerializedRequest } from './api-worker-protocol';

/**
 * The embedded API's own thread. The store (starting data laid under what IndexedDB kept) and
 * every rule run here, so that counting 50,000 consultations for a timeline or building search
 * keys never holds up a pan or a keystroke on the page. The page's service worker hands each
 * request to the page, and the page passes it on here (see ./browser.ts).
 */
// The project is typed for the page (DOM); of the worker's own scope only these two are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ApiWorkerMessage>) => void) | null;
  postMessage: (reply: ApiWorkerReply) => void;
};
let served: Promise<ServeOptions> | null = null;

async function start(size: number | null): Promise<ServeOptions> {
  const { createDemoData, generateDataSet } = await import('./data');
  const db = await openBrowserStore(size, () => (size ? generateDataSet(size) : createDemoData()));
  // Search keys are built at once, in slices between requests (this thread is the API's own), so
  // that the first search is as quick as the next.
  setTimeout(() => warmSearchIndex(db, (work) => setTimeout(work, 0), 500), 0);
  return { db: () => db };
}

async function answer(request: SerializedRequest): Promise<ApiWorkerReply> {
  const options = await (served ?? Promise.reject(new Error('The embedded API was not started.')));
  return answerSerialized(options, request);
}

scope.onmessage = (event: MessageEvent<ApiWorkerMessage>) => {
  const message = event.data;
  if (message.type === 'start') {
    served = start(message.size);
    served.then(
      () => scope.postMessage({ type: 'started' } satisfies ApiWorkerReply),
      (error: unknown) =>
        scope.postMessage({
          type: 'failed',
          name: error instanceof Error ? error.name : 'Error',
          message: error instanceof Error ? error.message : String(error),
        } satisfies ApiWorkerReply),
    );
    return;
  }
  answer(message).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage(internalErrorReply(message.id, String(error))),
  );
};
