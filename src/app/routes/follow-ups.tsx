import type { QueryClient } from '@tanstack/react-query';
import { planQueries } from '@/api/queries/plans';
import { FollowUpsPage } from '@/features/plans/follow-ups/follow-ups-page';

/** The unanswered follow-ups are what the page opens on; other views load as they are chosen. */
export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(planQueries.followUps());
  return null;
};

/** The page's heading is the navigation's word for it: t('common:nav.followUps'). */
export function Component() {
  return <FollowUpsPage />;
}
