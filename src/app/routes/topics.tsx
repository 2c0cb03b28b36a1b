import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryQueries } from '@/api/queries/directory';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(directoryQueries.list('topic'));
  return null;
};

export function Component() {
  const { t } = useTranslation();
  const language = useLanguage();
  const topics = useQuery(directoryQueries.list('topic')).data;
  return (
    <section className="page">
      <h1>{t('nav.topics')}</h1>
      <ul>
        {topics?.items.map((topic) => (
          <li key={topic.id}>
            {localize(topic.name, language)} — {t('count.consultations', { count: topic.usage.consultations })}
          </li>
        ))}
      </ul>
    </section>
  );
}
