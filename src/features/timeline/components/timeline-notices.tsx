import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterProblems } from '@/components/filter-bar/filter-problems';
import type { FilterProblem } from '@/lib/consultation-filter-params';
import type { TimelineProblem } from '../lib/url-state';

/**
 * What the address asked for and did not get: unknown filter values (said by the filter bar's
 * messages) and the timeline's own (an unknown zoom, grouping, view or page), each with what is
 * shown instead.
 */
export const TimelineNotices = memo(function TimelineNotices({ filterProblems, problems }: { filterProblems: FilterProblem[]; problems: TimelineProblem[] }) {
  const { t } = useTranslation('timeline');
  return (
    <>
      <FilterProblems problems={filterProblems} />
      {problems.length > 0 && (
        <div className="tl-notice" role="status">
          <p>{t('problems.title', { count: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.param}-${i}`}>
                {t(`problems.${p.code}`, {
                  value: p.value,
                  fallback: p.fallback ? t(`problems.fallback.${p.code}.${p.fallback}`, { defaultValue: p.fallback }) : '',
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
});
