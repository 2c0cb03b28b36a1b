import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { listParamsOf } from '@/features/consultations/list/list-query';
import { parseListView } from '@/features/consultations/list/list-view';

export { ConsultationsListPage as Component } from '@/features/consultations/list/consultations-list-page';

/**
 * Starts fetching the page the address asks for, without waiting: a filter change then updates
 * the address (and the controls) at once, while the table keeps the previous rows until the new
 * ones arrive.
 */
export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const { view } = parseListView(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(consultationQueries.list(listParamsOf(view)));
    return null;
  };
