import type { FuzzyDate, Language, Period } from '@/api/schemas';
import { formatDay, formatFuzzyDate } from '@/lib/i18n/format';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * A planned date as precise as it is known; a round over several years reads "2020 – 2021"
 * (formatFuzzyDate shows a year-precision date by its first year only).
 */
export function formatPlanDate(date: FuzzyDate, language: Language, t: T): string {
  if (date.precision !== 'day' && date.end) {
    const first = formatFuzzyDate({ ...date, end: undefined, approximate: false }, language, t);
    const last = formatFuzzyDate(
      { start: date.end, precision: date.precision, approximate: false },
      language,
      t,
    );
    const text = first === last ? first : `${first} – ${last}`;
    return date.approximate ? t('date.approximate', { date: text }) : text;
  }
  return formatFuzzyDate(date, language, t);
}

/** A plan's period: whole calendar years as "2020–2021", other spans day to day. */
export function formatPlanPeriod(period: Period, language: Language): string {
  if (period.start.endsWith('-01-01') && period.end.endsWith('-12-31')) {
    const first = period.start.slice(0, 4);
    const last = period.end.slice(0, 4);
    return first === last ? first : `${first}–${last}`;
  }
  return `${formatDay(period.start, language)} – ${formatDay(period.end, language)}`;
}
