import { http, type HttpHandler } from 'msw';
import { routes } from './api/routes';
import { noRouteResponse, serveRoute, type ServeOptions } from './api/serve';

/**
 * MSW handlers for the whole API: each route of the table becomes one handler; anything else
 * under /api is a 404 problem. They serve Vitest; the browser runs the same table in a worker (see ./api-worker.ts).
 */
export function createHandlers(options: ServeOptions): HttpHandler[] {
  const handlers = routes.map((route) =>
    http[route.method](`*/api${route.path}`, ({ request, params }) =>
      serveRoute(route, request, params as Record<string, string>, options),
    ),
  );
  const unknown = http.all('*/api/*', ({ request }) => noRouteResponse(request));
  return [...handlers, unknown];
}
