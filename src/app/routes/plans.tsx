import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { planQueries } from '@/api/queries/plans';
import { PlansPage, planListParams } from '@/features/plans/list/plans-page';

/**
 * Waits for the whole list (it also feeds the party filter) and starts the filtered one: changing
 * a filter then never waits on the network before the address changes.
 */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(
      planQueries.list(planListParams(new URL(request.url).searchParams)),
    );
    await queryClient.ensureQueryData(planQueries.list());
    return null;
  };

/** The page's heading is the navigation's word for it: t('common:nav.plans'). */
export function Component() {
  return <PlansPage />;
}
