import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planQueries } from '@/api/queries/plans';
import { planStatuses, type PlanStatus } from '@/api/schemas';
import { formatNumber } from '@/lib/i18n/format';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { FulfilmentBar } from '../components/fulfilment-bar';
import { SearchInput } from '../components/search-input';
import { PlanStatusBadge } from '../components/badges';
import { formatPlanPeriod } from '../lib/dates';
import { mayDraftPlans } from '../lib/permissions';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';
import { useUrlFilters } from '../lib/use-url-filters';
import '../plans.css';

/** The list's filters as they travel in the address, so a filtered list is a link to share. */
export function planListParams(search: URLSearchParams) {
  const status = search.get('status');
  return {
    status:
      status && (planStatuses as readonly string[]).includes(status)
        ? (status as PlanStatus)
        : undefined,
    party: search.get('party') || undefined,
    q: search.get('q') || undefined,
  };
}

/** Every cooperation plan: parties, period, status and how far it is fulfilled. */
export function PlansPage() {
  const { t } = useTranslation('plans');
  const names = useNames();
  const me = useMe();
  const [search, setFilter] = useUrlFilters();
  const filters = planListParams(search);
  const list = useQuery({ ...planQueries.list(filters), placeholderData: keepPreviousData });
  const all = useQuery(planQueries.list()).data;
  const partyOptions = useMemo(() => {
    const ids = new Set((all?.items ?? []).flatMap((p) => p.partyIds));
    return [...ids]
      .map((id) => ({ id, name: names.party(id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [all, names]);

  const plans = list.data?.items ?? [];

  return (
    <section className="page plans-feature plans-page" aria-labelledby="plans-title">
      <div className="page-header">
        <h1 id="plans-title">{t('common:nav.plans')}</h1>
        {me && mayDraftPlans(me.role) && (
          <Link className="button-link" to={paths.newPlan()}>
            {t('list.draftNew')}
          </Link>
        )}
      </div>
      <p className="lead">{t('list.intro')}</p>

      <form
        className="filters"
        role="search"
        aria-label={t('list.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          <span>{t('list.status')}</span>
          <select
            value={filters.status ?? ''}
            onChange={(e) => setFilter('status', e.target.value)}
          >
            <option value="">{t('list.anyStatus')}</option>
            {planStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`common:planStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('list.party')}</span>
          <select value={filters.party ?? ''} onChange={(e) => setFilter('party', e.target.value)}>
            <option value="">{t('list.anyParty')}</option>
            {partyOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <SearchInput
          label={t('list.search')}
          value={filters.q ?? ''}
          onChange={(q) => setFilter('q', q)}
        />
      </form>

      <p role="status" className="result-count">
        {list.isPending
          ? t('common:state.loading')
          : t('list.count', { count: list.data?.total ?? 0 })}
      </p>

      {plans.length > 0 && (
        <div className="table-scroll">
          <table className="data-table plans-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.plan')}</th>
                <th scope="col">{t('list.parties')}</th>
                <th scope="col">{t('list.period')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.fulfilment')}</th>
                <th scope="col" className="numeric">
                  {t('list.items')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id} data-bench="plan-row">
                  <th scope="row" className="plan-title-cell">
                    <Link to={paths.plan(plan.id)}>{localize(plan.title, names.language)}</Link>
                  </th>
                  <td>{plan.partyIds.map((id) => names.party(id)).join(' – ')}</td>
                  <td className="nowrap">{formatPlanPeriod(plan.period, names.language)}</td>
                  <td>
                    <PlanStatusBadge status={plan.status} />
                  </td>
                  <td>
                    <FulfilmentBar counts={plan.fulfilment} compact />
                  </td>
                  <td className="numeric">{formatNumber(plan.itemCount, names.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.isSuccess && plans.length === 0 && <p>{t('list.empty')}</p>}
    </section>
  );
}
