import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { internalErrorReply, type ApiWorkerMessage, type ApiWorkerReply } from './api-worker-protocol';
import { resetBrowserStore } from './store/browser-database';

const SIZE_KEY = 'kenes.demoSize';

/**
 * Which data set to serve: `?demo=10000` (remembered for the tab's session) or the build setting
 * VITE_DEMO_SIZE; none means the curated demo data.
 */
export function chosenDemoSize(): number | null {
  const fromUrl = new URLSearchParams(window.location.search).get('demo');
  if (fromUrl !== null) {
    if (fromUrl === 'demo' || fromUrl === '' || fromUrl === '0') sessionStorage.removeItem(SIZE_KEY);
    else sessionStorage.setItem(SIZE_KEY, fromUrl);
  }
  const raw = sessionStorage.getItem(SIZE_KEY) ?? (import.meta.env.VITE_DEMO_SIZE) ?? '';
  const size = Number.parseInt(raw, 10);
  return Number.isFinite(size) && size > 0 ? Math.min(size, 200_000) : null;
}

/** The store could not be opened (damaged, or of another format); the page offers a reset. */
export class EmbeddedStoreError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Starts the embedded API: its rules and store run in a worker of their own (./api-worker.ts),
 * and MSW's service worker hands each /api request to this page, which passes it on there and
 * returns the answer. The page's thread only copies text back and forth.
 *
 * Resolves once requests are intercepted. The store opens meanwhile (with a large data set that
 * takes a second), so the app can fetch its first page's code and ask for its data at once: the
 * API's thread answers them when the store is open. `storeOpened` rejects if it cannot be read.
 */
export async function startEmbeddedApi(): Promise<{ storeOpened: Promise<void> }> {
  const api = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module', name: 'kenes-api' });
  const pending = new Map<number, (reply: Extract<ApiWorkerReply, { type: 'response' }>) => void>();
  const started = new Promise<void>((resolve, reject) => {
    api.onmessage = (event: MessageEvent<ApiWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'started') resolve();
      else if (reply.type === 'failed') reject(new EmbeddedStoreError(reply.name, reply.message));
      else {
        pending.get(reply.id)?.(reply);
        pending.delete(reply.id);
      }
    };
    // A worker that fails (before starting, or later) answers what it was asked with a 500 problem.
    api.onerror = (event) => {
      reject(new Error(`The embedded API could not start: ${event.message}`));
      for (const [id, resolveReply] of pending) resolveReply(internalErrorReply(id, event.message));
      pending.clear();
    };
  });
  // Handled where it is awaited; this keeps a failure before then from being reported as unhandled.
  started.catch(() => undefined);
  api.postMessage({ type: 'start', size: chosenDemoSize() } satisfies ApiWorkerMessage);

  let nextId = 0;
  const forward = async (request: Request): Promise<Response> => {
    const id = (nextId += 1);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
    const reply = await new Promise<Extract<ApiWorkerReply, { type: 'response' }>>((resolve) => {
      pending.set(id, resolve);
      api.postMessage({ type: 'request', id, method: request.method, url: request.url, headers: [...request.headers], body } satisfies ApiWorkerMessage);
    });
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  };
  const worker = setupWorker(http.all('*/api/*', ({ request }) => forward(request)));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return { storeOpened: started };
}

export const resetEmbeddedStore = () => resetBrowserStore(chosenDemoSize());
