import type { FuzzyDate, Language } from '@/api/schemas';
import { localeTag } from './index';

const cache = new Map<string, Intl.DateTimeFormat>();
const formatter = (language: Language, options: Intl.DateTimeFormatOptions) => {
  const key = `${language}${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag[language], { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
};

const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export const formatDay = (iso: string, language: Language) =>
  formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(asDate(iso));
export const formatMonth = (iso: string, language: Language) =>
  formatter(language, { month: 'long', year: 'numeric' }).format(asDate(iso));
export const formatMonthShort = (iso: string, language: Language) =>
  formatter(language, { month: 'short' }).format(asDate(iso));
export const formatDateTime = (iso: string, language: Language) =>
  formatter(language, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

export const formatNumber = (value: number, language: Language) =>
  new Intl.NumberFormat(localeTag[language]).format(value);

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * A date as precise as it is known: "22 December 2020", "December 2020", "Q4 2020", "2020",
 * with "approx." when the source was vague, and a range for multi-day meetings.
 */
export function formatFuzzyDate(date: FuzzyDate, language: Language, t: T): string {
  let text: string;
  const year = date.start.slice(0, 4);
  switch (date.precision) {
    case 'day':
      text = date.end && date.end !== date.start
        ? `${formatDay(date.start, language)} – ${formatDay(date.end, language)}`
        : formatDay(date.start, language);
      break;
    case 'month':
      text = formatMonth(date.start, language);
      break;
    case 'quarter':
      text = t('date.quarter', { quarter: Math.floor((Number(date.start.slice(5, 7)) - 1) / 3) + 1, year });
      break;
    case 'year':
      text = t('date.year', { year });
      break;
  }
  return date.approximate ? t('date.approximate', { date: text }) : text;
}
