import type { RuleContext } from '../rules/context';

/** What a route gets from the HTTP layer: path parameters, the query, and the parsed body. */
export interface RouteRequest {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
}

export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Path under /api, with `:name` parameters. */
  path: string;
  status?: number;
  run: (ctx: RuleContext, req: RouteRequest) => unknown;
}

export const param = (req: RouteRequest, name: string): string => req.params[name] ?? '';
