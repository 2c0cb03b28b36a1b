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
  if (usesEmbeddedApi()) {
    const { startEmbeddedApi, resetEmbeddedStore } = await import('../mocks/browser');
    try {
      await startEmbeddedApi();
    } catch (error) {
      console.error(error);
      root.render(<StoreProblem error={error} onReset={() => void resetEmbeddedStore().then(() => window.location.reload())} />);
      return;
    }
  }
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  root.render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
  // The other pages' words arrive while the person reads the first one.
  setTimeout(() => void loadAllNamespaces(), 1500);
}

void start();
