import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { request } from '../client';
import { PeriodSummary, TimelineStats, TopicStats, type Bucket, type ConsultationFilterParams, type Grouping } from '../schemas';

export const statsKeys = {
  all: ['consultations', 'stats'] as const,
};

/** Statistics change with every consultation write, so their keys sit under 'consultations'. */
export const statsQueries = {
  timeline: (filters: ConsultationFilterParams, bucket: Bucket, groupBy?: Grouping) =>
    queryOptions({
      queryKey: ['consultations', 'stats', 'timeline', filters, bucket, groupBy ?? null] as const,
      queryFn: ({ signal }) => request('/stats/timeline', { schema: TimelineStats, query: { ...filters, bucket, groupBy }, signal }),
      placeholderData: keepPreviousData,
    }),
  topics: (filters: ConsultationFilterParams = {}) =>
    queryOptions({
      queryKey: ['consultations', 'stats', 'topics', filters] as const,
      queryFn: ({ signal }) => request('/stats/topics', { schema: TopicStats, query: { ...filters }, signal }),
    }),
  summary: (filters: ConsultationFilterParams) =>
    queryOptions({
      queryKey: ['consultations', 'stats', 'summary', filters] as const,
      queryFn: ({ signal }) => request('/stats/summary', { schema: PeriodSummary, query: { ...filters }, signal }),
      placeholderData: keepPreviousData,
    }),
};
