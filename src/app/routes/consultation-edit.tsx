import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { directoryQueries } from '@/api/queries/directory';
import { EditConsultationPage } from '@/features/consultation-form';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // A missing record is shown by the page itself, in the form's words; the directory names the
    // record's parties, bodies and people from the first paint.
    await Promise.all([
      queryClient.prefetchQuery(consultationQueries.detail(params.id ?? '')),
      ...(['party', 'body', 'person', 'topic', 'place'] as const).map((kind) =>
        queryClient.prefetchQuery(directoryQueries.list(kind, { limit: 1000 })),
      ),
    ]);
    return null;
  };

/** `/consultations/:id/edit`. */
export function Component() {
  const { id = '' } = useParams();
  return <EditConsultationPage id={id} />;
}
