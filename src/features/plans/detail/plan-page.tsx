import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planningQueries } from '@/api/queries/planning';
import { planQueries } from '@/api/queries/plans';
import { ClashList } from '../components/clash-list';
import { useErrorText } from '../lib/errors';
import { ApprovalPanel } from './approval-panel';
import { ItemsSection } from './items-section';
import { PlanHeader } from './plan-header';
import { PlanHistorySection } from './plan-history';
import '../plans.css';

/** One plan: its facts and approval, its items with fulfilment, clash warnings and history. */
export function PlanPage({ planId }: { planId: string }) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText();
  const plan = useQuery(planQueries.detail(planId));
  const items = useQuery(planQueries.items(planId));
  const clashes = useQuery(planningQueries.clashes(planId));
  if (plan.isError || items.isError) {
    return (
      <section className="page plans-feature" role="alert">
        <h1>{t('common:errors.title')}</h1>
        <p>{errorText.request(plan.error ?? items.error)}</p>
      </section>
    );
  }
  if (!plan.data || !items.data) {
    return (
      <section className="page plans-feature">
        <p role="status">{t('common:state.loading')}</p>
      </section>
    );
  }
  return (
    <article className="page plans-feature plan-page">
      <PlanHeader plan={plan.data} />
      <ApprovalPanel plan={plan.data} />
      {clashes.data && clashes.data.length > 0 && (
        <ClashList clashes={clashes.data} headingId="plan-clashes" heading={t('clash.title')} />
      )}
      <ItemsSection plan={plan.data} items={items.data} />
      <PlanHistorySection planId={planId} />
    </article>
  );
}
