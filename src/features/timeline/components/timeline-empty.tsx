import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { consultationQueries } from '@/api/queries/consultations';
import { isoOfDay } from '@/api/schemas/timeline';
import { useFilterChips } from '@/components/filter-bar/use-filter-labels';
import { activeFilterCount } from '@/lib/consultation-filter-params';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import type { TimelineState } from '../hooks/use-timeline-state';
import { toApiFilters } from '../lib/api-filters';
import { periodLabel } from '../lib/labels';

/** Enough to name the filters that matter; a search for each one costs a pass over the data. */
const MAX_CHECKED = 6;

/**
 * Nothing in the window: says which filter emptied it — for each filter, how many there would be
 * without it — and offers to remove that filter, to show the whole range, or to clear them all.
 */
export function TimelineEmpty({ state }: { state: TimelineState }) {
  const { t } = useTranslation('timeline');
  const language = useLanguage();
  const { window } = state;
  const filters = state.params.filters;
  const chips = useFilterChips(filters).slice(0, MAX_CHECKED);
  const from = window ? isoOfDay(window.start) : undefined;
  const to = window ? isoOfDay(window.end) : undefined;
  const without = useQueries({
    queries: chips.map((chip) => consultationQueries.list({ ...toApiFilters({ ...chip.without, from, to }), limit: 1 })),
  });
  const wholeRange = useQuery({
    ...consultationQueries.list({ ...toApiFilters(filters), limit: 1 }),
    enabled: !state.isDefaultWindow,
  });
  const period = window ? periodLabel(window.start, window.end, language, t) : '';
  const hasFilters = activeFilterCount(filters) > 0;

  return (
    <div className="tl-empty" role="status">
      <p className="tl-empty-title">{hasFilters ? t('empty.filtered', { period }) : t('empty.nothing', { period })}</p>
      <ul className="tl-empty-options">
        {chips.map((chip, i) => {
          const total = without[i]?.data?.total;
          return (
            <li key={chip.key}>
              {total === undefined ? (
                t('empty.checking', { filter: chip.label })
              ) : total > 0 ? (
                <>
                  {t('empty.withoutFilter', { filter: chip.label, count: total, formatted: formatNumber(total, language) })}{' '}
                  <button type="button" className="secondary" onClick={() => state.update({ filters: chip.without })}>
                    {t('empty.removeFilter', { filter: chip.label })}
                  </button>
                </>
              ) : (
                t('empty.stillNothing', { filter: chip.label })
              )}
            </li>
          );
        })}
        {!state.isDefaultWindow && (
          <li>
            {wholeRange.data
              ? t('empty.inWholeRange', { count: wholeRange.data.total, formatted: formatNumber(wholeRange.data.total, language) })
              : t('empty.checkingRange')}{' '}
            {wholeRange.data?.total ? (
              <button type="button" className="secondary" onClick={() => state.update({ window: null })}>
                {t('empty.showWholeRange')}
              </button>
            ) : null}
          </li>
        )}
      </ul>
      {hasFilters && (
        <button type="button" onClick={() => state.update({ filters: {} })}>
          {t('empty.clearAll')}
        </button>
      )}
    </div>
  );
}
