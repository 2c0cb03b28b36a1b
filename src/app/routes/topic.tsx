import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { TopicPage, topicLoader } from '@/features/topics';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await topicLoader(queryClient, params.id ?? '', new URL(request.url));
    return null;
  };

export function Component() {
  const { id = '' } = useParams();
  return <TopicPage id={id} />;
}
