import { http, type HttpHandler } from 'msw';
import { ApiError } from './rules/errors';
import { routes } from './api/routes';
import { problemResponse, serveRoute, type ServeOptions } from './api/serve';

/**
 * MSW handlers for the whole API: each route of the table becomes one handler; anything else
 * under /api is a 404 problem. The same handlers serve the browser, Vitest and browser tests.
 */
export function createHandlers(options: ServeOptions): HttpHandler[] {
  const handlers = routes.map((route) =>
    http[route.method](`*/api${route.path}`, ({ request, params }) =>
      serveRoute(route, request, params as Record<string, string>, options),
    ),
  );
  const unknown = http.all('*/api/*', ({ request }) =>
    problemResponse(
      new ApiError({ type: 'about:blank', title: 'not_found', status: 404, detail: `No API route for ${request.method} ${new URL(request.url).pathname}.` }),
    ),
  );
  return [...handlers, unknown];
}
