import { queryOptions } from '@tanstack/react-query';
import { request } from '@/api/client';
import { PlanItemWithFulfilment } from '@/api/schemas';

/** One plan item, to know which plan a consultation's item belongs to. */
export const planItemQuery = (id: string) =>
  queryOptions({
    queryKey: ['plans', 'item', id] as const,
    queryFn: ({ signal }) =>
      request(`/plan-items/${encodeURIComponent(id)}`, { schema: PlanItemWithFulfilment, signal }),
    staleTime: 60_000,
  });
