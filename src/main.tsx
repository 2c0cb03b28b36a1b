import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { usesEmbeddedApi } from '@/api/client';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { StoreProblem } from '@/app/store-problem';
import { i18nReady, loadAllNamespaces } from '@/lib/i18n';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

/**
 * Starts the embedded API (unless the build points at a remote one), then the app. A browser store
 * that cannot be read is reported with a way to reset it, instead of a blank page.
 */
async function start() {
  await i18nReady;
  let storeOpened = Promise.resolve();
  let resetStore = () => Promise.resolve();
  if (usesEmbeddedApi()) {
    const embedded = await import('../mocks/browser');
    resetStore = () => embedded.resetEmbeddedStore();
    try {
      ({ storeOpened } = await embedded.startEmbeddedApi());
    } catch (error) {
      showStoreProblem(error, resetStore);
      return;
    }
  }
  const queryClient = createQueryClient();
  // The router asks for the first page's code and data at once, and the app shows that it is
  // loading; the embedded API answers as soon as its store is open (a second with a large data set).
  const router = createAppRouter(queryClient);
  root.render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
  try {
    await storeOpened;
  } catch (error) {
    showStoreProblem(error, resetStore);
    return;
  }
  // The other pages' words arrive while the person reads the first one.
  setTimeout(() => void loadAllNamespaces(), 1500);
}

function showStoreProblem(error: unknown, reset: () => Promise<void>) {
  console.error(error);
  root.render(<StoreProblem error={error} onReset={() => void reset().then(() => window.location.reload())} />);
}

void start();
