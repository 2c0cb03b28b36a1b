import * as plans from '../../rules/plans';
import { param as p, type Route } from '../route';

export const planRoutes: Route[] = [
  { method: 'get', path: '/plans', run: (ctx, req) => plans.listPlans(ctx, req.query) },
  { method: 'post', path: '/plans', status: 201, run: (ctx, req) => plans.createPlan(ctx, req.body) },
  { method: 'get', path: '/plans/:id', run: (ctx, req) => plans.getPlan(ctx, p(req, 'id')) },
  { method: 'put', path: '/plans/:id', run: (ctx, req) => plans.updatePlan(ctx, p(req, 'id'), req.body) },
  { method: 'get', path: '/plans/:id/items', run: (ctx, req) => plans.listPlanItems(ctx, p(req, 'id')) },
  { method: 'post', path: '/plans/:id/submit', run: (ctx, req) => plans.reviewPlan(ctx, p(req, 'id'), 'submit', req.body) },
  { method: 'post', path: '/plans/:id/approve', run: (ctx, req) => plans.reviewPlan(ctx, p(req, 'id'), 'approve', req.body) },
  { method: 'post', path: '/plans/:id/return', run: (ctx, req) => plans.reviewPlan(ctx, p(req, 'id'), 'return', req.body) },
  { method: 'post', path: '/plan-items', status: 201, run: (ctx, req) => plans.createPlanItem(ctx, req.body) },
  { method: 'get', path: '/plan-items/:id', run: (ctx, req) => plans.getPlanItem(ctx, p(req, 'id')) },
  { method: 'put', path: '/plan-items/:id', run: (ctx, req) => plans.updatePlanItem(ctx, p(req, 'id'), req.body) },
  { method: 'delete', path: '/plan-items/:id', run: (ctx, req) => plans.deletePlanItem(ctx, p(req, 'id'), req.body) },
  { method: 'post', path: '/plan-items/:id/restore', run: (ctx, req) => plans.restorePlanItem(ctx, p(req, 'id'), req.body) },
  { method: 'get', path: '/follow-ups', run: (ctx, req) => plans.listFollowUps(ctx, req.query) },
];
