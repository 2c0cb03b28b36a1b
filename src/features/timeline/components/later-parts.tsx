import { lazy } from 'react';

/**
 * Parts of the timeline page that its first draw does not need: the table view, the filter bar,
 * the panels a mark or a cluster opens, and what an empty view says. They are fetched once the timeline is drawn (or at once when the address
 * asks for one), which keeps them out of the JavaScript the first screen waits for.
 */
const loaders = {
  table: () => import('./timeline-table'),
  consultation: () => import('./consultation-panel'),
  planItem: () => import('./plan-item-panel'),
  cluster: () => import('./cluster-panel'),
  filterBar: () => import('@/components/filter-bar/filter-bar'),
  empty: () => import('./timeline-empty'),
};

export const TimelineTable = lazy(() => loaders.table().then((m) => ({ default: m.TimelineTable })));
export const ConsultationPanel = lazy(() =>
  loaders.consultation().then((m) => ({ default: m.ConsultationPanel })),
);
export const PlanItemPanel = lazy(() => loaders.planItem().then((m) => ({ default: m.PlanItemPanel })));
export const ClusterPanel = lazy(() => loaders.cluster().then((m) => ({ default: m.ClusterPanel })));
export const FilterBar = lazy(() => loaders.filterBar().then((m) => ({ default: m.FilterBar })));
export const TimelineEmpty = lazy(() => loaders.empty().then((m) => ({ default: m.TimelineEmpty })));

/** Fetches every later part, so that opening one shows it without a wait. */
export function preloadLaterParts(): void {
  for (const load of Object.values(loaders)) void load();
}
