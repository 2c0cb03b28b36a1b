import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planQueries } from '@/api/queries/plans';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(planQueries.list());
  return null;
};

export function Component() {
  const { t } = useTranslation();
  const language = useLanguage();
  const plans = useQuery(planQueries.list()).data;
  return (
    <section className="page">
      <h1>{t('nav.plans')}</h1>
      <ul>
        {plans?.items.map((plan) => (
          <li key={plan.id}>
            {localize(plan.title, language)} — {t(`planStatus.${plan.status}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
