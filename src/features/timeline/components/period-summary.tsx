import { useQuery } from '@tanstack/react-query';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statsQueries } from '@/api/queries/stats';
import { consultationKinds, consultationLevels, consultationStatuses, type FacetCount, type PeriodSummary as PeriodSummaryData } from '@/api/schemas';
import { isoOfDay } from '@/api/schemas/timeline';
import { entryName, useDirectoryLookup } from '@/components/entity-name';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';
import { useLanguage } from '@/lib/i18n/use-language';
import { useDebounced } from '../hooks/use-debounced';
import type { TimelineState } from '../hooks/use-timeline-state';
import { toApiFilters } from '../lib/api-filters';
import { formatCount, periodLabel } from '../lib/labels';
import { parseTimelineParams, serializeTimelineParams, type TimelineParams } from '../lib/url-state';
import { sameWindow, todayDay, type ViewWindow } from '../lib/view-window';

/**
 * The summary counts a whole period in one pass over the data, so it waits until the window has
 * rested: a drag redraws the timeline at once, and the summary follows.
 */
const SETTLE_MS = 450;

type Filters = Omit<ConsultationFilterParams, 'from' | 'to'>;

const pending = { window: null, filters: {} };
const sameView = (a: { window: ViewWindow | null; filters: Filters }, b: { window: ViewWindow | null; filters: Filters }) =>
  sameWindow(a.window, b.window) && a.filters === b.filters;

const countOf = (list: readonly FacetCount[] | undefined, value: string) => list?.find((f) => f.value === value)?.count ?? 0;

/**
 * The period beside the timeline, in numbers: by status, kind and level, the counterparts met most,
 * the topics discussed most, and the plan items due and overdue. Every number is a link that
 * applies its filter to the view.
 */
export function PeriodSummary({ state }: { state: TimelineState }) {
  const { t } = useTranslation('timeline');
  const language = useLanguage();
  const headingId = useId();
  const { params } = state;
  // Pending at first too: the timeline is drawn before the summary asks its question.
  const settled = useDebounced<{ window: ViewWindow | null; filters: Filters }>(
    { window: state.window, filters: params.filters },
    SETTLE_MS,
    sameView,
    pending,
  );
  const query = useQuery({
    ...statsQueries.summary(
      toApiFilters({
        ...settled.filters,
        ...(settled.window ? { from: isoOfDay(settled.window.start), to: isoOfDay(settled.window.end) } : {}),
      }),
    ),
    enabled: settled.window !== null,
  });
  const summary = query.data;
  // Links apply a filter to the period the numbers count (the one the window settled on).
  const base = serializeTimelineParams({
    ...params,
    window: state.isDefaultWindow ? null : settled.window,
    selected: null,
    item: null,
    page: 1,
  }).toString();
  const period = settled.window ? periodLabel(settled.window.start, settled.window.end, language, t) : '';
  return (
    <section className="tl-summary" aria-labelledby={headingId} aria-busy={query.isFetching}>
      <h2 id={headingId}>{t('summary.title')}</h2>
      <p className="tl-summary-period">
        {period}
        {summary ? (
          <>
            {' · '}
            <strong>{t('summary.total', { count: summary.total, formatted: formatCount(summary.total, language) })}</strong>
          </>
        ) : null}
      </p>
      <p className="tl-muted tl-summary-note no-print">{t('summary.hint')}</p>
      {!summary ? <p role="status">{t('common:state.loading')}</p> : null}
      {summary ? <SummaryBody summary={summary} base={base} /> : null}
    </section>
  );
}

/** The numbers, each a link: drawn again only when the numbers or the view they link to change. */
const SummaryBody = memo(function SummaryBody({ summary, base: search }: { summary: PeriodSummaryData; base: string }) {
  const { t } = useTranslation('timeline');
  const base = useMemo(() => parseTimelineParams(new URLSearchParams(search), todayDay()).params, [search]);
  const language = useLanguage();
  const parties = useDirectoryLookup('party');
  const topics = useDirectoryLookup('topic');
  /** The view with one more filter: a number's link. */
  const linkTo = (patch: Partial<TimelineParams>) => `?${serializeTimelineParams({ ...base, ...patch }).toString()}`;
  const withFilter = (filters: Filters) => linkTo({ filters: { ...base.filters, ...filters } });
  const row = (key: string, label: React.ReactNode, count: number, to: string) => (
    <li key={key}>
      <Link to={to}>
        <span className="tl-summary-label">{label}</span>{' '}
        <span className="tl-summary-count">{formatCount(count, language)}</span>
      </Link>
    </li>
  );
  return (
    <>
      <h3>{t('summary.byStatus')}</h3>
      <ul className="tl-summary-list">
        {consultationStatuses.map((status) =>
          row(
            status,
            <span className="tl-status">
              <span className={`tl-legend-sample tl-mark tl-point tl-${status}`} aria-hidden="true" />
              {t(`common:status.${status}`)}
            </span>,
            countOf(summary.status, status),
            withFilter({ status: [status] }),
          ),
        )}
      </ul>
      <h3>{t('summary.byKind')}</h3>
      <ul className="tl-summary-list">
        {consultationKinds.map((kind) => row(kind, t(`common:kind.${kind}`), countOf(summary.kind, kind), withFilter({ kind })))}
      </ul>
      <h3>{t('summary.byLevel')}</h3>
      <ul className="tl-summary-list">
        {consultationLevels.map((level) => row(level, t(`common:level.${level}`), countOf(summary.level, level), withFilter({ level: [level] })))}
      </ul>
      <h3>{t('summary.topParties')}</h3>
      {summary.topParties.length ? (
        <ol className="tl-summary-list">
          {summary.topParties.map((f) => row(f.value, entryName(parties.get(f.value), language) || f.value, f.count, withFilter({ party: [f.value] })))}
        </ol>
      ) : (
        <p className="tl-muted">{t('summary.none')}</p>
      )}
      <h3>{t('summary.topTopics')}</h3>
      {summary.topTopics.length ? (
        <ol className="tl-summary-list">
          {summary.topTopics.map((f) => row(f.value, entryName(topics.get(f.value), language) || f.value, f.count, withFilter({ topic: [f.value] })))}
        </ol>
      ) : (
        <p className="tl-muted">{t('summary.none')}</p>
      )}
      <h3>{t('summary.planItems')}</h3>
      <p className="tl-muted tl-summary-note">{t('summary.planItemsNote')}</p>
      <ul className="tl-summary-list">
        {row('due', t('summary.itemsDue'), summary.planItems.planned, linkTo({ group: 'plan' }))}
        {row('overdue', t('summary.itemsOverdue'), summary.planItems.overdue, linkTo({ group: 'plan' }))}
        {row('held', t('summary.itemsHeld'), summary.planItems.held, linkTo({ group: 'plan', filters: { ...base.filters, status: ['held'] } }))}
      </ul>
    </>
  );
});
