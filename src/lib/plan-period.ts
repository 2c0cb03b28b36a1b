import { addYears, differenceInCalendarDays, parseISO } from 'date-fns';
import type { FuzzyDate, Period } from '@/api/schemas';
import { fuzzyDateEnd, nextDay, toIsoDate } from './fuzzy-date';

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export const shiftIsoYears = (iso: string, years: number): string =>
  toIsoDate(addYears(parseISO(iso), years));

/** A planned date moved by whole years, keeping its precision. */
export function shiftFuzzyDate(date: FuzzyDate, years: number): FuzzyDate {
  return {
    ...date,
    start: shiftIsoYears(date.start, years),
    ...(date.end ? { end: shiftIsoYears(date.end, years) } : {}),
  };
}

const fits = (date: FuzzyDate, period: Period) =>
  date.start >= period.start && fuzzyDateEnd(date) <= period.end;

/**
 * Where a planned date lands in another plan's period: moved by whole years to the earliest slot
 * that fits (Q2 2020 in a 2022 plan → Q2 2022), so a carried-over or repeated round keeps its
 * season. When nothing fits (a two-year round in a one-year plan), the whole period.
 */
export function shiftIntoPeriod(date: FuzzyDate, period: Period): FuzzyDate {
  if (fits(date, period)) return date;
  const startYear = Number(period.start.slice(0, 4));
  const endYear = Number(period.end.slice(0, 4));
  const from = startYear - Number(date.start.slice(0, 4));
  for (let years = from; years <= from + (endYear - startYear); years += 1) {
    const shifted = shiftFuzzyDate(date, years);
    if (fits(shifted, period)) return shifted;
  }
  const oneYear =
    period.start.endsWith('-01-01') && period.end === `${period.start.slice(0, 4)}-12-31`;
  return oneYear
    ? { start: period.start, precision: 'year', approximate: date.approximate }
    : { start: period.start, end: period.end, precision: 'year', approximate: date.approximate };
}

/** The period after this one, as long in whole years: 2020–2021 → 2022–2023. */
export function nextPeriod(period: Period): Period {
  const days = differenceInCalendarDays(parseISO(period.end), parseISO(period.start)) + 1;
  const years = Math.max(1, Math.round(days / 365.25));
  return { start: nextDay(period.end), end: shiftIsoYears(period.end, years) };
}

/** Whether two periods share a day. */
export const periodsOverlap = (a: Period, b: Period): boolean =>
  a.start <= b.end && b.start <= a.end;
