import type { QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { planQueries } from '@/api/queries/plans';
import { DraftPlanPage } from '@/features/plans/draft/draft-plan-page';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(planQueries.list());
  return null;
};

/** Drafting a plan; `?from=<planId>` drafts the next plan of an existing one. */
export function Component() {
  const [search] = useSearchParams();
  return <DraftPlanPage fromId={search.get('from')} />;
}
