import * as profiles from '../../rules/profiles';
import { param as p, type Route } from '../route';

/** Profile pages' statistics, what points at an entry, and what a merge would move. */
export const profileRoutes: Route[] = [
  {
    method: 'get',
    path: '/profiles/:kind/:id',
    run: (ctx, req) => profiles.profile(ctx, p(req, 'kind'), p(req, 'id')),
  },
  {
    method: 'get',
    path: '/profiles/:kind/:id/references',
    run: (ctx, req) => profiles.entryReferences(ctx, p(req, 'kind'), p(req, 'id')),
  },
  {
    method: 'get',
    path: '/profiles/:kind/:id/merge-preview',
    run: (ctx, req) => profiles.mergePreview(ctx, p(req, 'kind'), p(req, 'id'), req.query),
  },
];
