import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, createMemoryRouter, type LoaderFunction, type RouteObject } from 'react-router';
import { sessionQueries } from '@/api/queries/session';
import { RouteError } from './route-error';
import { AppLoading, RootLayout, rootLoader } from './root-layout';

/** A lazily loaded page: its module exports `Component` and, when it prefetches, `loader`. */
type PageModule = {
  Component: React.ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
};
const page = (load: () => Promise<PageModule>, queryClient: QueryClient): Pick<RouteObject, 'lazy' | 'ErrorBoundary'> => ({
  lazy: async () => {
    const module = await load();
    if (!module.loader) return { Component: module.Component };
    const prefetch = module.loader(queryClient);
    // Loaders run beside the root's; without a session the root redirects, so none is fetched.
    const loader: LoaderFunction = async (args) =>
      (await queryClient.ensureQueryData(sessionQueries.me())) ? prefetch(args) : null;
    return { Component: module.Component, loader };
  },
  ErrorBoundary: RouteError,
});

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/sign-in',
      HydrateFallback: AppLoading,
      ErrorBoundary: RouteError,
      ...page(() => import('./routes/sign-in'), queryClient),
    },
    {
      id: 'root',
      path: '/',
      Component: RootLayout,
      HydrateFallback: AppLoading,
      loader: rootLoader(queryClient),
      ErrorBoundary: RouteError,
      children: [
        { index: true, ...page(() => import('./routes/timeline'), queryClient) },
        { path: 'timeline', ...page(() => import('./routes/timeline'), queryClient) },
        { path: 'consultations', ...page(() => import('./routes/consultations'), queryClient) },
        { path: 'consultations/new', ...page(() => import('./routes/consultation-new'), queryClient) },
        { path: 'consultations/:id', ...page(() => import('./routes/consultation'), queryClient) },
        { path: 'consultations/:id/edit', ...page(() => import('./routes/consultation-edit'), queryClient) },
        { path: 'participants', ...page(() => import('./routes/participants'), queryClient) },
        { path: 'participants/:kind/:id', ...page(() => import('./routes/participant'), queryClient) },
        { path: 'topics', ...page(() => import('./routes/topics'), queryClient) },
        { path: 'topics/:id', ...page(() => import('./routes/topic'), queryClient) },
        { path: 'plans', ...page(() => import('./routes/plans'), queryClient) },
        { path: 'plans/new', ...page(() => import('./routes/plan-new'), queryClient) },
        { path: 'plans/:id', ...page(() => import('./routes/plan'), queryClient) },
        { path: 'follow-ups', ...page(() => import('./routes/follow-ups'), queryClient) },
        { path: '*', ...page(() => import('./routes/not-found'), queryClient) },
      ],
    },
  ];
}

export const createAppRouter = (queryClient: QueryClient) => createBrowserRouter(createRoutes(queryClient));

/** For tests: the same routes in memory, starting at a given address. */
export const createTestRouter = (queryClient: QueryClient, initialEntries: string[]) =>
  createMemoryRouter(createRoutes(queryClient), { initialEntries });
