import type { ApiWorkerReply, SerializedRequest } from '../api-worker-protocol';
import { matchRoute } from './match';
import { routes } from './routes';
import { noRouteResponse, serveRoute, type ServeOptions } from './serve';

/**
 * Answers a request that came as plain data (from the page, to the embedded API's worker) with the
 * route table, as plain data again. The time the rule took is sent as a Server-Timing header, so
 * the browser's developer tools show how much of a request was the API's own work.
 */
export async function answerSerialized(options: ServeOptions, request: SerializedRequest): Promise<Extract<ApiWorkerReply, { type: 'response' }>> {
  const incoming = new Request(request.url, { method: request.method, headers: request.headers, body: request.body });
  // The table's paths are under /api (a base path may precede it).
  const path = new URL(request.url).pathname.replace(/^.*?\/api(?=\/)/, '');
  const match = matchRoute(routes, request.method, path);
  const started = performance.now();
  const response = match ? await serveRoute(match.route, incoming, match.params, options) : noRouteResponse(incoming);
  const took = performance.now() - started;
  return {
    type: 'response',
    id: request.id,
    status: response.status,
    headers: [...response.headers, ['Server-Timing', `rule;dur=${took.toFixed(1)}`]],
    body: response.status === 204 ? null : await response.text(),
  };
}
