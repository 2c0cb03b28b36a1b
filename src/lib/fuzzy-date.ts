import {
  addDays,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  getQuarter,
  parseISO,
} from 'date-fns';
import type { DatePrecision, FuzzyDate } from '@/api/schemas';

const pad = (n: number) => String(n).padStart(2, '0');
/** A local date as YYYY-MM-DD (date-fns' `format` would pull its whole token parser in for this). */
export const toIsoDate = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The last day the date could stand for: a month-precision date spans the whole month. */
export function fuzzyDateEnd(date: Pick<FuzzyDate, 'start' | 'end' | 'precision'>): string {
  if (date.end) return date.end;
  const start = parseISO(date.start);
  switch (date.precision) {
    case 'day':
      return date.start;
    case 'month':
      return toIsoDate(endOfMonth(start));
    case 'quarter':
      return toIsoDate(endOfQuarter(start));
    case 'year':
      return toIsoDate(endOfYear(start));
  }
}

/** The first and last day, inclusive, of the span a date covers. */
export function fuzzyDateSpan(date: Pick<FuzzyDate, 'start' | 'end' | 'precision'>): {
  start: string;
  end: string;
} {
  return { start: date.start, end: fuzzyDateEnd(date) };
}

/** Whether a date's span and a period [from, to] share a day; open ends are unbounded. */
export function overlapsPeriod(
  date: Pick<FuzzyDate, 'start' | 'end' | 'precision'>,
  from?: string,
  to?: string,
): boolean {
  if (to && date.start > to) return false;
  if (from && fuzzyDateEnd(date) < from) return false;
  return true;
}

/** Snaps a start to the first day of its precision's period (15 Dec, month → 1 Dec). */
export function snapStart(start: string, precision: DatePrecision): string {
  const [y, m] = start.split('-') as [string, string, string];
  switch (precision) {
    case 'day':
      return start;
    case 'month':
      return `${y}-${m}-01`;
    case 'quarter': {
      const q = Math.floor((Number(m) - 1) / 3);
      return `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    }
    case 'year':
      return `${y}-01-01`;
  }
}

/** The bucket key of a day: `2020`, `2020-Q4` or `2020-12`. */
export function periodKey(isoDate: string, bucket: 'year' | 'quarter' | 'month'): string {
  const year = isoDate.slice(0, 4);
  if (bucket === 'year') return year;
  if (bucket === 'month') return isoDate.slice(0, 7);
  return `${year}-Q${getQuarter(parseISO(isoDate))}`;
}

export const nextDay = (isoDate: string): string => toIsoDate(addDays(parseISO(isoDate), 1));
