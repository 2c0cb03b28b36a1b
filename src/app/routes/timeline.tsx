import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { statsQueries } from '@/api/queries/stats';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(statsQueries.timeline({}, 'year'));
  return null;
};

export function Component() {
  const { t } = useTranslation();
  const stats = useQuery(statsQueries.timeline({}, 'year'));
  return (
    <section className="page">
      <h1>{t('nav.timeline')}</h1>
      <ul>
        {stats.data?.buckets.map((b) => (
          <li key={b.period}>
            {b.period}: {t('count.consultations', { count: b.total })}
          </li>
        ))}
      </ul>
    </section>
  );
}
