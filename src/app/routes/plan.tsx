import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { planQueries } from '@/api/queries/plans';
import { PlanPage } from '@/features/plans/detail/plan-page';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    await Promise.all([
      queryClient.ensureQueryData(planQueries.detail(id)),
      queryClient.ensureQueryData(planQueries.items(id)),
    ]);
    return null;
  };

export function Component() {
  const { id = '' } = useParams();
  return <PlanPage key={id} planId={id} />;
}
