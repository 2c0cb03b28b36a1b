import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@/api/schemas';
import { formatMonth, formatMonthShort } from '@/lib/i18n/format';
import { axisTicks, type AxisFormat, type AxisTicks } from '../lib/axis';
import { pct, xOfDay, type Scale } from '../lib/layout';

export function useAxisTicks(scale: Scale, language: Language): AxisTicks {
  const { t } = useTranslation('timeline');
  return useMemo(() => {
    const format: AxisFormat = {
      year: (year) => String(year),
      quarter: (quarter) => t('axis.quarter', { quarter }),
      monthShort: (iso) => formatMonthShort(iso, language),
      monthLong: (iso) => formatMonth(iso, language),
    };
    return axisTicks(scale, format);
  }, [scale, language, t]);
}

/**
 * The time axis: names of the coarse periods (months, years) above the fine ones (days, weeks,
 * months, quarters), in the UI language. It is read as the column headings of the lanes, so it is
 * hidden from screen readers; the window's period is said in the timeline's name.
 */
export const TimelineAxis = memo(function TimelineAxis({ scale, ticks, today }: { scale: Scale; ticks: AxisTicks; today: number }) {
  const { t } = useTranslation('timeline');
  const todayX = xOfDay(scale, today);
  return (
    <div className="tl-axis tl-track-layer" aria-hidden="true">
      <div className="tl-axis-coarse">
        {ticks.coarseTicks.map((tick) => (
          <span key={tick.day} className="tl-tick" style={{ left: `${pct(scale, xOfDay(scale, tick.day))}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <div className="tl-axis-fine">
        {ticks.fineTicks.map((tick) => (
          <span key={tick.day} className="tl-tick" style={{ left: `${pct(scale, xOfDay(scale, tick.day))}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      {todayX >= 0 && todayX <= scale.width && (
        <span className="tl-today-flag" style={{ left: `${pct(scale, todayX)}%` }}>
          {t('axis.today')}
        </span>
      )}
    </div>
  );
});

/** Grid lines behind the lanes: one path for all of them, so a window of years costs two nodes. */
export const TimelineGrid = memo(function TimelineGrid({ scale, ticks, today }: { scale: Scale; ticks: AxisTicks; today: number }) {
  const line = (day: number) => `M${((pct(scale, xOfDay(scale, day)) * 10) | 0) / 10} 0V1`;
  const fine = ticks.fineTicks.map((tick) => line(tick.day)).join('');
  const coarse = ticks.coarseTicks.filter((tick) => tick.day !== scale.start).map((tick) => line(tick.day)).join('');
  const todayPct = pct(scale, xOfDay(scale, today));
  return (
    <svg className="tl-grid tl-track-layer" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <path className="tl-grid-fine" d={fine} vectorEffect="non-scaling-stroke" />
      <path className="tl-grid-coarse" d={coarse} vectorEffect="non-scaling-stroke" />
      {todayPct >= 0 && todayPct <= 100 && <path className="tl-grid-today" d={`M${todayPct} 0V1`} vectorEffect="non-scaling-stroke" />}
    </svg>
  );
});
