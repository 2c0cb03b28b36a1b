import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineGrouping } from '@/api/schemas/timeline';

const samples = [
  ['held', 'tl-mark tl-held tl-point'],
  ['planned', 'tl-mark tl-planned tl-point'],
  ['postponed', 'tl-mark tl-postponed tl-point'],
  ['cancelled', 'tl-mark tl-cancelled tl-point'],
  ['overdue', 'tl-mark tl-planned tl-point tl-overdue'],
  ['planItem', 'tl-item tl-point'],
  ['approximate', 'tl-mark tl-held tl-span tl-soft'],
  ['cluster', 'tl-cluster'],
] as const;

/**
 * What the shapes mean (each status has its own shape and pattern, readable in black and white),
 * and which lane a consultation goes in for the chosen grouping.
 */
export const TimelineLegend = memo(function TimelineLegend({ group }: { group: TimelineGrouping }) {
  const { t } = useTranslation('timeline');
  return (
    <div className="tl-legend">
      <h2 className="visually-hidden">{t('legend.title')}</h2>
      <ul className="tl-legend-items">
        {samples.map(([key, className]) => (
          <li key={key}>
            <span className={`tl-legend-sample ${className}`} aria-hidden="true">
              {key === 'cluster' ? '12' : null}
            </span>
            {t(`legend.${key}`)}
          </li>
        ))}
      </ul>
      <p className="tl-legend-lanes">{t(`legend.lanes.${group}`)}</p>
    </div>
  );
});
