import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { ConsultationRecordPage } from '@/features/consultations/record/consultation-record-page';

/** Waits for the record, so an unknown id shows the not-found error instead of an empty page. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(consultationQueries.detail(params.id ?? ''));
    return null;
  };

export function Component() {
  const { id = '' } = useParams();
  return <ConsultationRecordPage key={id} id={id} />;
}
