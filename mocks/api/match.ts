import type { Route } from './route';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * The route of the table that answers a method and a path under /api, with its `:name`
 * parameters decoded. The first route that fits wins, as with MSW's handlers made from the same
 * table, so `/consultations/facets` is listed before `/consultations/:id`.
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | null {
  const wanted = method.toLowerCase();
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.method !== wanted) continue;
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((segment, i) => {
      const part = parts[i] as string;
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(part);
        return true;
      }
      return segment === part;
    });
    if (fits) return { route, params };
  }
  return null;
}
