import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planQueries } from '@/api/queries/plans';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(planQueries.followUps());
  return null;
};

export function Component() {
  const { t } = useTranslation();
  const rows = useQuery(planQueries.followUps()).data;
  return (
    <section className="page">
      <h1>{t('nav.followUps')}</h1>
      <ul>
        {rows?.map((row) => (
          <li key={row.followUpId}>{row.text}</li>
        ))}
      </ul>
    </section>
  );
}
