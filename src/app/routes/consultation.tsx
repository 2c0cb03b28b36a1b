import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';

export const loader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  await queryClient.ensureQueryData(consultationQueries.detail(params.id ?? ''));
  return null;
};

export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const c = useQuery(consultationQueries.detail(id)).data;
  if (!c) return null;
  return (
    <article className="page">
      <h1>{c.title}</h1>
      <p>
        {formatFuzzyDate(c.date, language, t)} — {t(`status.${c.status}`)}
      </p>
      <p>{c.summary}</p>
    </article>
  );
}
