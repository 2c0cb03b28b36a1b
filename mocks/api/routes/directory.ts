import * as directory from '../../rules/directory';
import { param as p, type Route } from '../route';

/** /parties, /bodies, /people, /places and /topics share one set of rules. */
export const directoryRoutes: Route[] = (
  [
    ['parties', 'party'],
    ['bodies', 'body'],
    ['people', 'person'],
    ['places', 'place'],
    ['topics', 'topic'],
  ] as const
).flatMap(([segment, kind]): Route[] => [
  { method: 'get', path: `/${segment}`, run: (ctx, req) => directory.listDirectory(ctx, kind, req.query) },
  { method: 'post', path: `/${segment}`, status: 201, run: (ctx, req) => directory.createDirectoryEntry(ctx, kind, req.body) },
  { method: 'post', path: `/${segment}/merge`, run: (ctx, req) => directory.mergeDirectoryEntries(ctx, kind, req.body) },
  { method: 'get', path: `/${segment}/:id`, run: (ctx, req) => directory.getDirectoryEntry(ctx, kind, p(req, 'id')) },
  { method: 'put', path: `/${segment}/:id`, run: (ctx, req) => directory.updateDirectoryEntry(ctx, kind, p(req, 'id'), req.body) },
  { method: 'delete', path: `/${segment}/:id`, run: (ctx, req) => directory.deleteDirectoryEntry(ctx, kind, p(req, 'id'), req.body) },
  { method: 'post', path: `/${segment}/:id/restore`, run: (ctx, req) => directory.restoreDirectoryEntry(ctx, kind, p(req, 'id'), req.body) },
]);
