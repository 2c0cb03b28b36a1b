import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { sessionToken } from '@/api/client';
import { createQueryClient } from '@/app/query-client';
import { useGlobalShortcuts } from '@/components/keyboard-shortcuts';

function Layout() {
  useGlobalShortcuts();
  const location = useLocation();
  return (
    <>
      <output data-testid="where">{location.pathname}</output>
      <label>
        Search
        <input type="search" data-search-input />
      </label>
      <label>
        Note
        <textarea />
      </label>
      <Outlet />
    </>
  );
}

function renderShell(as: string) {
  sessionToken.set(`demo.${as}`);
  const router = createMemoryRouter(
    [{ path: '/', Component: Layout, children: [{ path: '*', element: null }] }],
    { initialEntries: ['/timeline'] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

/** Waits until the signed-in user is known (the shortcut for `n` depends on the role). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('global keyboard shortcuts', () => {
  it('`n` opens a new consultation for an analyst, `/` focuses the search', async () => {
    const user = renderShell('u-analyst');
    await settle();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
    // Typed into a field, the keys are text.
    await user.keyboard('n');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('n');
    expect(screen.getByTestId('where')).toHaveTextContent('/timeline');
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('n/');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('n/');
    await user.click(screen.getByTestId('where'));
    // With a modifier, the browser keeps its shortcut.
    await user.keyboard('{Control>}n{/Control}');
    expect(screen.getByTestId('where')).toHaveTextContent('/timeline');
    await user.keyboard('n');
    expect(screen.getByTestId('where')).toHaveTextContent('/consultations/new');
  });

  it('works by the key’s place on a Cyrillic layout', async () => {
    renderShell('u-head');
    await settle();
    fireEvent.keyDown(document.body, { key: '.', code: 'Slash' });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
    screen.getByRole('searchbox', { name: 'Search' }).blur();
    fireEvent.keyDown(document.body, { key: 'т', code: 'KeyN' });
    await waitFor(() =>
      expect(screen.getByTestId('where')).toHaveTextContent('/consultations/new'),
    );
  });

  it('`n` does nothing for a viewer', async () => {
    const user = renderShell('u-viewer');
    await settle();
    await user.keyboard('n');
    expect(screen.getByTestId('where')).toHaveTextContent('/timeline');
  });
});
