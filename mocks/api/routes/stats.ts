import * as stats from '../../rules/stats';
import type { Route } from '../route';

export const statsRoutes: Route[] = [
  { method: 'get', path: '/stats/timeline', run: (ctx, req) => stats.timelineStats(ctx, req.query) },
  { method: 'get', path: '/stats/topics', run: (ctx, req) => stats.topicStats(ctx, req.query) },
  { method: 'get', path: '/stats/summary', run: (ctx, req) => stats.periodSummary(ctx, req.query) },
];
