import type { QueryClient } from '@tanstack/react-query';
import { timelineQueries } from '@/api/queries/timeline';
import { TimelinePage } from '@/features/timeline';

/** The default window is the whole range of the data: known before the page draws. */
export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(timelineQueries.extent());
  return null;
};

export function Component() {
  return <TimelinePage />;
}
