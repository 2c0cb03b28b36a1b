import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { request } from '../client';
import { PlanItemWithFulfilment } from '../schemas';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';
import { TimelineClusterPage, TimelineExtent, TimelineMarks, type CellUnit, type TimelineGrouping } from '../schemas/timeline';

/** One window of the axis: the filters, with `from` and `to` the window, a grouping and a cell unit. */
export interface TimelineWindowParams extends ConsultationFilterParams {
  from: string;
  to: string;
  groupBy: TimelineGrouping;
  unit: CellUnit;
}
export interface TimelineMarksParams extends TimelineWindowParams {
  maxPerCell?: number;
}
export interface TimelineClusterParams extends TimelineWindowParams {
  lane: string;
  cell: string;
  offset?: number;
  limit?: number;
}

/** Timeline data changes with every consultation write, so its keys sit under 'consultations'. */
export const timelineKeys = {
  all: ['consultations', 'timeline'] as const,
  extent: () => ['consultations', 'timeline', 'extent'] as const,
  marks: (params: TimelineMarksParams) => ['consultations', 'timeline', 'marks', params] as const,
  cluster: (params: TimelineClusterParams) => ['consultations', 'timeline', 'cluster', params] as const,
  planItem: (id: string) => ['plans', 'item', id] as const,
};

export const timelineQueries = {
  extent: () =>
    queryOptions({
      queryKey: timelineKeys.extent(),
      queryFn: ({ signal }) => request('/timeline/extent', { schema: TimelineExtent, signal }),
      staleTime: 60_000,
    }),
  /** Keeps the previous window on screen while the next one loads, so a pan never flashes empty. */
  marks: (params: TimelineMarksParams) =>
    queryOptions({
      queryKey: timelineKeys.marks(params),
      queryFn: ({ signal }) => request('/timeline/marks', { schema: TimelineMarks, query: { ...params }, signal }),
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  cluster: (params: TimelineClusterParams) =>
    queryOptions({
      queryKey: timelineKeys.cluster(params),
      queryFn: ({ signal }) => request('/timeline/cluster', { schema: TimelineClusterPage, query: { ...params }, signal }),
      placeholderData: keepPreviousData,
    }),
  planItem: (id: string) =>
    queryOptions({
      queryKey: timelineKeys.planItem(id),
      queryFn: ({ signal }) => request(`/plan-items/${encodeURIComponent(id)}`, { schema: PlanItemWithFulfilment, signal }),
    }),
};
