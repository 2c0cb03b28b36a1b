import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { sessionToken } from '@/api/client';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { createTestRouter } from '@/app/router';

export type DemoUser = 'u-viewer' | 'u-analyst' | 'u-planner' | 'u-head';

/**
 * Renders the real routes at an address, against the embedded API, signed in as a demo user
 * (or nobody), with a fresh QueryClient.
 */
export function renderApp(url: string, options: { as?: DemoUser | null } = {}) {
  const { as = 'u-analyst' } = options;
  sessionToken.set(as ? `demo.${as}` : null);
  const queryClient = createQueryClient();
  const router = createTestRouter(queryClient, [url]);
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient };
}
