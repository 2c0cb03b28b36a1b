import * as consultations from '../../rules/consultations';
import { param as p, type Route } from '../route';

/** Fixed paths come before `:id`: the first matching route answers. */
export const consultationRoutes: Route[] = [
  { method: 'get', path: '/consultations', run: (ctx, req) => consultations.listConsultations(ctx, req.query) },
  { method: 'get', path: '/consultations/facets', run: (ctx, req) => consultations.consultationFacets(ctx, req.query) },
  { method: 'get', path: '/consultations/duplicates', run: (ctx, req) => consultations.findDuplicates(ctx, req.query) },
  { method: 'post', path: '/consultations', status: 201, run: (ctx, req) => consultations.createConsultation(ctx, req.body) },
  { method: 'get', path: '/consultations/:id', run: (ctx, req) => consultations.getConsultation(ctx, p(req, 'id')) },
  { method: 'put', path: '/consultations/:id', run: (ctx, req) => consultations.updateConsultation(ctx, p(req, 'id'), req.body) },
  { method: 'delete', path: '/consultations/:id', run: (ctx, req) => consultations.deleteConsultation(ctx, p(req, 'id'), req.body) },
  { method: 'post', path: '/consultations/:id/restore', run: (ctx, req) => consultations.restoreConsultation(ctx, p(req, 'id'), req.body) },
];
