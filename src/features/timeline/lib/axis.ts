import { cellIndexOf, cellIndexStart, civilFromDays, isoOfDay, type CellUnit } from '@/api/schemas/timeline';
import { pxPerDay, type Scale } from './layout';

/**
 * The ticks of the time axis for a window: a fine unit (days, weeks, months, quarters or years)
 * as narrow as its labels allow, and the coarser unit above it (months over days, years over
 * months). The first coarse label is pinned to the window's left edge, so the month or year in view
 * is always named, even when the window starts mid-period.
 */

export interface Tick {
  day: number;
  label: string;
}

export interface AxisFormat {
  year: (year: number) => string;
  quarter: (quarter: number, year: number) => string;
  /** A month's short name, for fine ticks: "Dec", "жел.". */
  monthShort: (iso: string) => string;
  /** A month with its year, for coarse ticks: "December 2020", "желтоқсан 2020 ж.". */
  monthLong: (iso: string) => string;
}

const nominalDays: Record<CellUnit, number> = { day: 1, week: 7, month: 30.44, quarter: 91.3, year: 365.25 };
/** The least room a fine label needs, in pixels. */
const labelRoom: Record<CellUnit, number> = { day: 22, week: 26, month: 38, quarter: 30, year: 42 };
const fineUnits: readonly CellUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

export function fineUnit(s: Scale): CellUnit {
  const ppd = pxPerDay(s);
  return fineUnits.find((u) => nominalDays[u] * ppd >= labelRoom[u]) ?? 'year';
}

const coarseOf: Record<CellUnit, CellUnit | null> = { day: 'month', week: 'month', month: 'year', quarter: 'year', year: null };

function labelOf(unit: CellUnit, day: number, f: AxisFormat, coarse: boolean): string {
  const { year, month, day: dom } = civilFromDays(day);
  switch (unit) {
    case 'day':
    case 'week':
      return String(dom);
    case 'month':
      return coarse ? f.monthLong(isoOfDay(day)) : f.monthShort(isoOfDay(day));
    case 'quarter':
      return f.quarter(Math.floor((month - 1) / 3) + 1, year);
    case 'year':
      return f.year(year);
  }
}

function ticksOf(unit: CellUnit, s: Scale, f: AxisFormat, coarse: boolean): Tick[] {
  const last = s.start + s.days - 1;
  const ticks: Tick[] = [];
  for (let i = cellIndexOf(s.start, unit); ; i += 1) {
    const start = cellIndexStart(i, unit);
    if (start > last) break;
    if (start < s.start) {
      if (coarse) ticks.push({ day: s.start, label: labelOf(unit, s.start, f, coarse) });
      continue;
    }
    ticks.push({ day: start, label: labelOf(unit, start, f, coarse) });
  }
  return ticks;
}

export interface AxisTicks {
  fine: CellUnit;
  coarse: CellUnit | null;
  fineTicks: Tick[];
  coarseTicks: Tick[];
}

export function axisTicks(s: Scale, f: AxisFormat): AxisTicks {
  const fine = fineUnit(s);
  const coarse = coarseOf[fine];
  return {
    fine,
    coarse,
    fineTicks: ticksOf(fine, s, f, false),
    coarseTicks: coarse ? ticksOf(coarse, s, f, true) : [],
  };
}
