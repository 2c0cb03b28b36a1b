import { ApiError } from '../rules/errors';
import { randomId, type RuleContext } from '../rules/context';
import { userForToken } from '../rules/session';
import type { Db } from '../store/db';
import type { Route } from './route';

export interface ServeOptions {
  db: () => Db;
  now?: () => Date;
  newId?: (prefix: string) => string;
}

const json = (status: number, body: unknown, contentType = 'application/json') =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });

export const problemResponse = (error: ApiError) =>
  json(error.status, error.problem, 'application/problem+json');

/** Anything under /api that no route answers. */
export const noRouteResponse = (request: Request) =>
  problemResponse(
    new ApiError({ type: 'about:blank', title: 'not_found', status: 404, detail: `No API route for ${request.method} ${new URL(request.url).pathname}.` }),
  );

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

/**
 * Answers one request with one route: reads the token and body, runs the rule, and turns what it
 * returns or throws into a JSON or problem+json response. Any other failure is a 500 problem, so a
 * client never has to parse an HTML error page.
 */
export async function serveRoute(route: Route, request: Request, params: Record<string, string>, options: ServeOptions): Promise<Response> {
  try {
    let body: unknown = undefined;
    const text = request.method === 'GET' ? '' : await request.text();
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError({ type: 'about:blank', title: 'bad_request', status: 400, detail: 'The body is not valid JSON.' });
      }
    }
    const db = options.db();
    const token = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '');
    const ctx: RuleContext = {
      db,
      user: userForToken(db, token),
      now: options.now?.() ?? new Date(),
      newId: options.newId ?? randomId,
    };
    const result = route.run(ctx, { params, query: queryOf(new URL(request.url)), body });
    return json(route.status ?? 200, result);
  } catch (error) {
    if (error instanceof ApiError) return problemResponse(error);
    console.error('Embedded API failure', error);
    return json(500, { type: 'about:blank', title: 'internal_error', status: 500, detail: String(error) }, 'application/problem+json');
  }
}
