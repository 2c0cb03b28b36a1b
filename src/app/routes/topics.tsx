import type { QueryClient } from '@tanstack/react-query';
import { TopicsPage, topicsLoader } from '@/features/topics';

export const loader = (queryClient: QueryClient) => async () => {
  await topicsLoader(queryClient);
  return null;
};

export function Component() {
  return <TopicsPage />;
}
