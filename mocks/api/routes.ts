import type { Route } from './route';
import { consultationRoutes } from './routes/consultations';
import { directoryRoutes } from './routes/directory';
import { planRoutes } from './routes/plans';
import { planningRoutes } from './routes/planning';
import { profileRoutes } from './routes/profiles';
import { sessionRoutes } from './routes/session';
import { statsRoutes } from './routes/stats';
import { timelineRoutes } from './routes/timeline';

export type { Route, RouteRequest } from './route';

/**
 * The whole API as data: method, path and the rule that answers, one file per area. The embedded
 * API serves this table through MSW; a real server could mount the same table on its own HTTP layer.
 */
export const routes: Route[] = [...sessionRoutes, ...consultationRoutes, ...directoryRoutes, ...planningRoutes, ...planRoutes, ...statsRoutes, ...timelineRoutes, ...profileRoutes];
