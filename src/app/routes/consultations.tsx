import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(consultationQueries.list({}));
  return null;
};

export function Component() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useQuery(consultationQueries.list({}));
  return (
    <section className="page">
      <h1>{t('nav.consultations')}</h1>
      <p>{t('count.consultations', { count: list.data?.total ?? 0 })}</p>
      <ul>
        {list.data?.items.map((c) => (
          <li key={c.id} data-bench="consultation-row">
            <Link to={paths.consultation(c.id)}>{c.title}</Link> — {formatFuzzyDate(c.date, language, t)} — {t(`status.${c.status}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
