import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { planningApi } from '@/api/queries/planning';
import {
  fulfilments,
  type ConsultationSummary,
  type PlanItemWithFulfilment,
  type PlanWithFulfilment,
} from '@/api/schemas';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { FulfilmentBadge } from '../components/badges';
import { SearchInput } from '../components/search-input';
import { ExportButtons } from '../export/export-buttons';
import { formatPlanDate } from '../lib/dates';
import { useErrorText } from '../lib/errors';
import { mayEditPlan, mayLogConsultations, mayPlanMeetings } from '../lib/permissions';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';
import { useUrlFilters } from '../lib/use-url-filters';
import { filterItems, itemSorts, readItemFilters } from './item-filters';
import { ItemForm } from './item-form';
import { LinkPanel } from './link-panel';

type Panel =
  | { kind: 'add' }
  | { kind: 'edit'; item: PlanItemWithFulfilment }
  | { kind: 'link'; item: PlanItemWithFulfilment }
  | null;

/** The address of the consultation form, prefilled from an item. */
export function logConsultationPath(
  plan: PlanWithFulfilment,
  item: PlanItemWithFulfilment,
): string {
  const params = new URLSearchParams({
    planItem: item.id,
    title: item.title,
    party: plan.partyIds.join(','),
    from: item.period.start,
  });
  return paths.newConsultation(`?${params.toString()}`);
}

/** A plan's items: filters and sort in the address, fulfilment, linked meetings and what one may do. */
export function ItemsSection({
  plan,
  items,
}: {
  plan: PlanWithFulfilment;
  items: readonly PlanItemWithFulfilment[];
}) {
  const { t } = useTranslation('plans');
  const tc = useTranslation().t;
  const names = useNames();
  const me = useMe();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [search, setFilter] = useUrlFilters();
  const filters = readItemFilters(search);
  const shown = useMemo(() => filterItems(items, filters), [items, filters]);
  const [panel, setPanel] = useState<Panel>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus goes back to the section a closed form was opened from, not to the top of the page.
  const closePanel = () => {
    setPanel(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const consultations = useQuery(
    consultationQueries.list({ plan: [plan.id], limit: 500, sort: 'date' }),
  );
  const byItem = useMemo(() => {
    const map = new Map<string, ConsultationSummary[]>();
    for (const c of consultations.data?.items ?? []) {
      if (!c.planItemId) continue;
      map.set(c.planItemId, [...(map.get(c.planItemId) ?? []), c]);
    }
    return map;
  }, [consultations.data]);

  const canEdit = me ? mayEditPlan(me.role, plan.approval) : false;
  const canLink = me ? mayPlanMeetings(me.role) : false;
  const canLog = me ? mayLogConsultations(me.role) : false;
  const bodyOptions = useMemo(
    () => [...new Set(items.flatMap((i) => i.bodyIds))].map((id) => ({ id, name: names.body(id) })),
    [items, names],
  );

  const remove = useMutation({
    mutationFn: (item: PlanItemWithFulfilment) => planningApi.removeItem(item.id, item.version),
    onSuccess: async (removed, item) => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      toastStore.show({
        kind: 'info',
        message: t('item.deleted', { title: item.title }),
        action: {
          label: tc('actions.undo'),
          run: () => {
            void planningApi
              .restoreItem(item.id, removed.version)
              .then(() => queryClient.invalidateQueries({ queryKey: ['plans'] }))
              .catch((error: unknown) =>
                toastStore.show({ kind: 'error', message: errorText.request(error) }),
              );
          },
        },
      });
    },
  });

  return (
    <section className="plan-items" aria-labelledby="items-heading">
      <div className="section-header">
        <h2 id="items-heading" ref={headingRef} tabIndex={-1}>
          {t('items.title')}
        </h2>
        <div className="actions no-print">
          {canEdit && (
            <button type="button" onClick={() => setPanel({ kind: 'add' })}>
              {t('item.addTitle')}
            </button>
          )}
          <ExportButtons plan={plan} items={shown} />
        </div>
      </div>
      {!canEdit && me?.role === 'planner' && plan.approval !== 'draft' && (
        <p className="muted">{t('items.readOnly')}</p>
      )}

      <form
        className="filters no-print"
        role="search"
        aria-label={t('items.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          <span>{t('items.fulfilment')}</span>
          <select
            value={filters.fulfilment ?? ''}
            onChange={(e) => setFilter('fulfilment', e.target.value)}
          >
            <option value="">{t('items.any')}</option>
            {fulfilments.map((f) => (
              <option key={f} value={f}>
                {tc(`fulfilment.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('items.host')}</span>
          <select value={filters.host ?? ''} onChange={(e) => setFilter('host', e.target.value)}>
            <option value="">{t('items.any')}</option>
            {plan.partyIds.map((id) => (
              <option key={id} value={id}>
                {names.party(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('items.body')}</span>
          <select value={filters.body ?? ''} onChange={(e) => setFilter('body', e.target.value)}>
            <option value="">{t('items.any')}</option>
            {bodyOptions.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <SearchInput
          label={t('items.search')}
          value={filters.q}
          onChange={(q) => setFilter('q', q)}
        />
        <label>
          <span>{t('items.sort')}</span>
          <select
            value={filters.sort}
            onChange={(e) => setFilter('sort', e.target.value, 'period')}
          >
            {itemSorts.map((s) => (
              <option key={s} value={s}>
                {t(`items.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p role="status" className="result-count">
        {t('items.shown', { count: shown.length, total: items.length })}
      </p>

      {panel?.kind === 'add' && <ItemForm plan={plan} onDone={closePanel} />}
      {panel?.kind === 'edit' && (
        <ItemForm key={panel.item.id} plan={plan} item={panel.item} onDone={closePanel} />
      )}
      {panel?.kind === 'link' && (
        <LinkPanel
          key={panel.item.id}
          plan={plan}
          item={panel.item}
          linked={consultations.data?.items ?? []}
          onDone={closePanel}
        />
      )}

      {shown.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table items-table">
            <caption className="visually-hidden">{t('items.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('item.title')}</th>
                <th scope="col">{t('item.period')}</th>
                <th scope="col">{t('item.bodies')}</th>
                <th scope="col">{t('item.placeAndHost')}</th>
                <th scope="col">{t('item.fulfilment')}</th>
                <th scope="col">{t('item.consultations')}</th>
                {(canEdit || canLink || canLog) && (
                  <th scope="col" className="no-print">
                    {t('item.actions')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.id} data-bench="plan-item-row">
                  <th scope="row" className="item-title-cell">
                    <span className="item-title">{item.title}</span>
                    <span className="item-tags">
                      {item.recurring && <span className="tag">{t('item.recurring')}</span>}
                      {item.carriedFromItemId && <span className="tag">{t('item.carried')}</span>}
                      {item.fromFollowUp && (
                        <span className="tag">
                          <Link to={paths.consultation(item.fromFollowUp.consultationId)}>
                            {t('item.fromFollowUp')}
                          </Link>
                        </span>
                      )}
                    </span>
                    {item.condition && (
                      <span className="item-condition">
                        {t('item.conditionText', { condition: item.condition })}
                      </span>
                    )}
                    {item.description && (
                      <span className="item-description">{item.description}</span>
                    )}
                  </th>
                  <td className="nowrap">{formatPlanDate(item.period, names.language, tc)}</td>
                  <td>
                    <ul className="plain">
                      {item.bodyIds.map((id) => (
                        <li key={id}>
                          <abbr title={names.bodyFull(id)}>{names.body(id)}</abbr>
                          {/* Two ministries' "MFA" side by side need their country. */}
                          {item.bodyIds.some(
                            (other) => other !== id && names.body(other) === names.body(id),
                          ) && (
                            <span className="muted">
                              {' '}
                              ({names.partyShort(names.bodies.get(id)?.partyId)})
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {item.place || item.hostPartyId ? (
                      <>
                        {names.placeAt(item.place, item.period.start)}
                        {item.hostPartyId && (
                          <span className="muted">
                            {' '}
                            {t('item.hostedBy', { party: names.party(item.hostPartyId) })}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">{t('item.placeOpen')}</span>
                    )}
                  </td>
                  <td>
                    <FulfilmentBadge state={item.fulfilment} />
                  </td>
                  <td>
                    <ul className="plain">
                      {(byItem.get(item.id) ?? []).map((c) => (
                        <li key={c.id}>
                          <Link to={paths.consultation(c.id)}>
                            {formatFuzzyDate(c.date, names.language, tc)}
                          </Link>{' '}
                          <span className="muted">{tc(`status.${c.status}`)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  {(canEdit || canLink || canLog) && (
                    <td className="no-print">
                      <div className="row-actions">
                        {canLink && (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setPanel({ kind: 'link', item })}
                            aria-label={t('item.linkNamed', { title: item.title })}
                          >
                            {t('item.link')}
                          </button>
                        )}
                        {canLog && (
                          <Link
                            to={logConsultationPath(plan, item)}
                            aria-label={t('item.logNamed', { title: item.title })}
                          >
                            {t('item.log')}
                          </Link>
                        )}
                        {canEdit && (
                          <>
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => setPanel({ kind: 'edit', item })}
                              aria-label={t('item.editNamed', { title: item.title })}
                            >
                              {tc('actions.edit')}
                            </button>
                            <button
                              type="button"
                              className="link-button danger"
                              disabled={remove.isPending}
                              onClick={() => remove.mutate(item)}
                              aria-label={t('item.deleteNamed', { title: item.title })}
                            >
                              {tc('actions.delete')}
                            </button>
                          </>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{items.length ? t('items.noneMatch') : t('items.empty')}</p>
      )}
    </section>
  );
}
