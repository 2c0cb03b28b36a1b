import * as session from '../../rules/session';
import type { Route } from '../route';

export const sessionRoutes: Route[] = [
  { method: 'get', path: '/users', run: (ctx) => session.listDemoUsers(ctx) },
  { method: 'post', path: '/session', run: (ctx, req) => session.signIn(ctx, req.body) },
  { method: 'get', path: '/me', run: (ctx) => session.me(ctx) },
  { method: 'get', path: '/history', run: (ctx, req) => session.listHistory(ctx, req.query) },
];
