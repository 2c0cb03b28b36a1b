import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import type { ConsultationSummary } from '@/api/schemas';
import { epochDay, isoOfDay } from '@/api/schemas/timeline';
import { entryName, useDirectoryLookup } from '@/components/entity-name';
import { counterpartIds } from '@/lib/counterparts';
import { apiErrorMessage } from '@/lib/api-error-message';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { formatFuzzyDate, formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import type { TimelineState } from '../hooks/use-timeline-state';
import { toApiFilters } from '../lib/api-filters';
import { inCommon, periodLabel } from '../lib/labels';
import { StatusText } from './status-text';

const TABLE_PAGE_SIZE = 50;

/**
 * The same consultations as the timeline — the same window and filters — as a table in date
 * order, paged from the API. Titles open the record in the side panel, as marks do.
 */
export function TimelineTable({ state, onOpen }: { state: TimelineState; onOpen: (id: string) => void }) {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  const parties = useDirectoryLookup('party');
  const { window, params } = state;
  const offset = (params.page - 1) * TABLE_PAGE_SIZE;
  const query = useQuery({
    ...consultationQueries.list({
      ...toApiFilters({
        ...params.filters,
        ...(window ? { from: isoOfDay(window.start), to: isoOfDay(window.end) } : {}),
      }),
      sort: 'date',
      offset,
      limit: TABLE_PAGE_SIZE,
    }),
    enabled: window !== null,
  });
  const page = query.data;
  const pages = page ? Math.max(1, Math.ceil(page.total / TABLE_PAGE_SIZE)) : 1;
  const today = state.today;
  const counterparts = (c: ConsultationSummary) =>
    counterpartIds(c.partyIds, parties).map((id) => entryName(parties.get(id), language) || id).join(', ');
  const period = window ? periodLabel(window.start, window.end, language, t) : '';

  return (
    <div className="tl-table-view" data-bench="timeline-table">
      {query.error ? <p role="alert">{apiErrorMessage(query.error, tc)}</p> : null}
      <table className="tl-table" aria-labelledby={captionId}>
        <caption id={captionId}>
          {t('table.caption', { period, count: page?.total ?? 0, formatted: formatNumber(page?.total ?? 0, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.title')}</th>
            <th scope="col">{t('table.counterparts')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.level')}</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((c) => (
            <tr key={c.id} aria-current={c.id === params.selected || undefined}>
              <td className="tl-nowrap">{formatFuzzyDate(c.date, language, inCommon(t))}</td>
              <td>
                <button type="button" className="link-button tl-table-open" data-open-id={c.id} onClick={() => onOpen(c.id)}>
                  {c.title}
                </button>{' '}
                <Link className="tl-table-record" to={paths.consultation(c.id)} aria-label={t('table.openRecord', { title: c.title })}>
                  {t('table.record')}
                </Link>
              </td>
              <td>{counterparts(c)}</td>
              <td>
                <StatusText status={c.status} overdue={c.status === 'planned' && epochDay(fuzzyDateEnd(c.date)) < today} />
              </td>
              <td>{t(`common:kind.${c.kind}`)}</td>
              <td>{t(`common:level.${c.level}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {query.isPending ? <p role="status">{tc('state.loading')}</p> : null}
      {page && page.total === 0 ? <p>{t('table.empty')}</p> : null}
      {page && pages > 1 ? (
        <nav className="tl-pager" aria-label={t('table.pages')}>
          <button type="button" className="secondary" disabled={params.page <= 1} onClick={() => state.update({ page: params.page - 1 })}>
            {tc('actions.previous')}
          </button>
          <span>{tc('state.page', { page: formatNumber(params.page, language), pages: formatNumber(pages, language) })}</span>
          <button type="button" className="secondary" disabled={params.page >= pages} onClick={() => state.update({ page: params.page + 1 })}>
            {tc('actions.next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
