import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { warmSearchIndex } from './rules/search-index';
import { openBrowserStore, resetBrowserStore } from './store/browser-store';

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

export async function startEmbeddedApi(): Promise<void> {
  const size = chosenDemoSize();
  const { createDemoData, generateDataSet } = await import('./data');
  const db = await openBrowserStore(size, () => (size ? generateDataSet(size) : createDemoData()));
  const worker = setupWorker(...createHandlers({ db: () => db }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  // After the first screen, in idle moments, so that the first search is as quick as the next.
  const idle = (work: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 50);
  setTimeout(() => warmSearchIndex(db, idle), 3000);
}

export const resetEmbeddedStore = () => resetBrowserStore(chosenDemoSize());
