import type { DatePrecision } from '@/api/schemas';

/**
 * Day arithmetic on plain day numbers (days since 1970-01-01, UTC). The generator makes tens of
 * thousands of dates; integer maths plus a cache of ISO strings keeps that cheap and free of
 * time-zone surprises.
 */
const MS_PER_DAY = 86_400_000;
/** ISO strings by day number (an array: day numbers are small dense integers). */
const isoCache: string[] = [];

const dayCache = new Map<string, number>();

export function toDay(iso: string): number {
  let day = dayCache.get(iso);
  if (day === undefined) {
    day =
      Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
      MS_PER_DAY;
    dayCache.set(iso, day);
  }
  return day;
}

export function toIso(day: number): string {
  let iso = day >= 0 ? isoCache[day] : undefined;
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (day >= 0) isoCache[day] = iso;
  }
  return iso;
}

export function addDays(iso: string, days: number): string {
  return toIso(toDay(iso) + days);
}

/** The first day of the month, quarter or year that holds `iso`. */
export function periodStart(iso: string, precision: DatePrecision): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  switch (precision) {
    case 'day':
      return iso;
    case 'month':
      return `${year}-${iso.slice(5, 7)}-01`;
    case 'quarter':
      return `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    case 'year':
      return `${year}-01-01`;
  }
}

/** The last day of the period that starts at `start`. */
export function periodEnd(start: string, precision: DatePrecision): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  switch (precision) {
    case 'day':
      return start;
    case 'month':
      return toIso(Date.UTC(year, month, 0) / MS_PER_DAY);
    case 'quarter':
      return toIso(Date.UTC(year, month + 2, 0) / MS_PER_DAY);
    case 'year':
      return `${year}-12-31`;
  }
}

const timeCache = new Map<number, string>();

/** An ISO timestamp on that day; minutes only, the seconds do not matter for demo records. */
export function timestamp(iso: string, hour: number, minute: number): string {
  const key = hour * 60 + minute;
  let time = timeCache.get(key);
  if (time === undefined) {
    time = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
    timeCache.set(key, time);
  }
  return iso + time;
}
