import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryQueries } from '@/api/queries/directory';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(directoryQueries.list('party'));
  return null;
};

export function Component() {
  const { t } = useTranslation();
  const language = useLanguage();
  const parties = useQuery(directoryQueries.list('party')).data;
  return (
    <section className="page">
      <h1>{t('nav.participants')}</h1>
      <ul>
        {parties?.items.map((p) => (
          <li key={p.id}>
            {localize(p.name, language)} — {t('count.consultations', { count: p.usage.consultations })}
          </li>
        ))}
      </ul>
    </section>
  );
}
