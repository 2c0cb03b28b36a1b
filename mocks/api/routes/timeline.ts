import * as timeline from '../../rules/timeline';
import type { Route } from '../route';

export const timelineRoutes: Route[] = [
  { method: 'get', path: '/timeline/marks', run: (ctx, req) => timeline.timelineMarks(ctx, req.query) },
  { method: 'get', path: '/timeline/cluster', run: (ctx, req) => timeline.timelineCluster(ctx, req.query) },
  { method: 'get', path: '/timeline/extent', run: (ctx) => timeline.timelineExtent(ctx) },
];
