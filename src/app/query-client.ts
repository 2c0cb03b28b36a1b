import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '@/api/client';
import { i18n } from '@/lib/i18n';
import { apiErrorMessage } from '@/lib/api-error-message';
import { toastStore } from '@/lib/toasts';
import { connectionStore } from '@/lib/connection';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { /** The form shows the error itself; no toast. */ silent?: boolean };
  }
}

/**
 * One QueryClient per app (and per test). Failed mutations raise a toast unless the caller shows
 * the error itself; a request that cannot reach the API marks the connection as down.
 */
export function createQueryClient(): QueryClient {
  const noteConnection = (error: unknown) => {
    if (error instanceof ApiRequestError && error.isNetwork) connectionStore.set(false);
  };
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) => error instanceof ApiRequestError && error.isNetwork && count < 2,
        refetchOnWindowFocus: false,
      },
    },
    queryCache: new QueryCache({
      onError: noteConnection,
      onSuccess: () => connectionStore.set(true),
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        noteConnection(error);
        if (mutation.meta?.silent) return;
        toastStore.show({ kind: 'error', message: i18n.t('errors.saveFailed', { reason: apiErrorMessage(error, i18n.t) }) });
      },
      onSuccess: () => connectionStore.set(true),
    }),
  });
}
