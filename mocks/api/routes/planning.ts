import * as planning from '../../rules/planning';
import { param as p, type Route } from '../route';

/** Planning: drafting the next plan, clash warnings, links to consultations, follow-ups as meetings. */
export const planningRoutes: Route[] = [
  {
    method: 'post',
    path: '/plans/draft',
    status: 201,
    run: (ctx, req) => planning.createDraftPlan(ctx, req.body),
  },
  {
    method: 'post',
    path: '/plans/clashes',
    run: (ctx, req) => planning.checkClashes(ctx, req.body),
  },
  {
    method: 'get',
    path: '/plans/:id/proposal',
    run: (ctx, req) => planning.planProposal(ctx, p(req, 'id'), req.query),
  },
  {
    method: 'get',
    path: '/plans/:id/clashes',
    run: (ctx, req) => planning.planClashes(ctx, p(req, 'id')),
  },
  {
    method: 'get',
    path: '/plans/:id/history',
    run: (ctx, req) => planning.planHistory(ctx, p(req, 'id')),
  },
  {
    method: 'post',
    path: '/plan-items/:id/link',
    run: (ctx, req) => planning.linkConsultation(ctx, p(req, 'id'), req.body),
  },
  {
    method: 'post',
    path: '/plan-items/:id/unlink',
    run: (ctx, req) => planning.unlinkConsultation(ctx, p(req, 'id'), req.body),
  },
  {
    method: 'post',
    path: '/follow-ups/consultation',
    status: 201,
    run: (ctx, req) => planning.followUpToConsultation(ctx, req.body),
  },
];
