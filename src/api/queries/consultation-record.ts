import { queryOptions } from '@tanstack/react-query';
import { request } from '../client';
import { PlanItemWithFulfilment } from '../schemas';

/** What a consultation's record page shows beside the consultation: the plan item it fulfils. */
export const planItemQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['plans', 'item', id] as const,
      queryFn: ({ signal }) =>
        request(`/plan-items/${encodeURIComponent(id)}`, {
          schema: PlanItemWithFulfilment,
          signal,
        }),
      staleTime: 60_000,
    }),
};
