import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { DirectoryPage, directoryLoader } from '@/features/participants';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await directoryLoader(queryClient, new URL(request.url));
    return null;
  };

export function Component() {
  return <DirectoryPage />;
}
