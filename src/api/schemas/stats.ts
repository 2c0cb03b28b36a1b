import { z } from 'zod/mini';
import { Id } from './common';
import { ConsultationFilters, FacetCount } from './consultations';
import { FulfilmentCounts } from './plans';

export const buckets = ['year', 'quarter', 'month'] as const;
export const Bucket = z.enum(buckets);
export type Bucket = z.infer<typeof Bucket>;

export const groupings = ['party', 'plan', 'body', 'topic'] as const;
export const Grouping = z.enum(groupings);
export type Grouping = z.infer<typeof Grouping>;

export const StatusCounts = z.object({
  planned: z.int(),
  held: z.int(),
  postponed: z.int(),
  cancelled: z.int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

export const TimelineStatsQuery = z.extend(ConsultationFilters, {
  bucket: z._default(Bucket, 'quarter'),
  groupBy: z.optional(Grouping),
});
export type TimelineStatsQuery = z.infer<typeof TimelineStatsQuery>;

/** Counts per period (`2020`, `2020-Q4`, `2020-12`) and, when grouped, per lane. */
export const TimelineBucket = z.object({
  period: z.string(),
  group: z.nullable(z.string()),
  total: z.int(),
  approximate: z.int(),
  counts: StatusCounts,
});
export type TimelineBucket = z.infer<typeof TimelineBucket>;
export const TimelineStats = z.object({
  bucket: Bucket,
  groupBy: z.nullable(Grouping),
  total: z.int(),
  buckets: z.array(TimelineBucket),
});
export type TimelineStats = z.infer<typeof TimelineStats>;

export const TopicStat = z.object({
  topicId: Id,
  own: z.int(),
  withChildren: z.int(),
  trend: z.array(z.object({ period: z.string(), count: z.int() })),
  cooccurring: z.array(z.object({ topicId: Id, count: z.int() })),
});
export type TopicStat = z.infer<typeof TopicStat>;
export const TopicStats = z.object({ topics: z.array(TopicStat) });
export type TopicStats = z.infer<typeof TopicStats>;

/** The period summary beside the timeline. */
export const PeriodSummary = z.object({
  total: z.int(),
  status: z.array(FacetCount),
  kind: z.array(FacetCount),
  level: z.array(FacetCount),
  topParties: z.array(FacetCount),
  topTopics: z.array(FacetCount),
  planItems: FulfilmentCounts,
});
export type PeriodSummary = z.infer<typeof PeriodSummary>;
