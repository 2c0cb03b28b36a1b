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

/**
 * Kazakh month names, written out: browsers' Kazakh date data is often missing (Chromium prints
 * "2020 M12 22"), so Kazakh dates do not depend on it.
 */
const kazakhMonths = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const kazakhMonthsShort = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
const parts = (iso: string) => ({ year: iso.slice(0, 4), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10)) });

/** A month's name in the language, standing alone ("желтоқсан", "декабрь", "December"). */
export const monthName = (monthIndex: number, language: Language): string =>
  language === 'kk'
    ? (kazakhMonths[monthIndex] ?? '')
    : formatter(language, { month: 'long' }).format(new Date(Date.UTC(2020, monthIndex, 1)));

export const formatDay = (iso: string, language: Language) => {
  if (language !== 'kk') return formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(asDate(iso));
  const { year, month, day } = parts(iso);
  return `${year} ж. ${day} ${kazakhMonths[month]}`;
};
export const formatMonth = (iso: string, language: Language) => {
  if (language !== 'kk') return formatter(language, { month: 'long', year: 'numeric' }).format(asDate(iso));
  const { year, month } = parts(iso);
  return `${year} ж. ${kazakhMonths[month]}`;
};
export const formatMonthShort = (iso: string, language: Language) =>
  language === 'kk' ? (kazakhMonthsShort[parts(iso).month] ?? '') : formatter(language, { month: 'short' }).format(asDate(iso));
export const formatDateTime = (iso: string, language: Language) => {
  const date = new Date(iso);
  if (language !== 'kk') {
    return formatter(language, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
  }
  const time = formatter('ru', { hour: '2-digit', minute: '2-digit' }).format(date);
  return `${formatDay(date.toISOString(), 'kk')}, ${time}`;
};

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
