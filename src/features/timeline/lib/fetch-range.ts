import { cellIndexOf, cellIndexStart, type CellUnit } from '@/api/schemas/timeline';
import { pxPerDay, type Scale } from './layout';
import { windowDays, type ViewWindow } from './view-window';

/**
 * What to ask the API for a window: the cell unit (no cell narrower than a cluster's count needs),
 * and a range a little wider than the window, in whole tiles of cells. Tiles are fixed on the
 * calendar, so small pans ask the same question again and find it answered in the cache, and the
 * margin means a pan shows what is already loaded while the next range arrives.
 */

/** The narrowest a cell may be on screen: room for a count such as "128". */
export const MIN_CELL_PX = 26;

const nominalDays: Record<CellUnit, number> = { day: 1, week: 7, month: 30.44, quarter: 91.3, year: 365.25 };
const units: readonly CellUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

export function cellUnitFor(s: Scale): CellUnit {
  const ppd = pxPerDay(s);
  return units.find((u) => nominalDays[u] * ppd >= MIN_CELL_PX) ?? 'year';
}

export interface FetchRange {
  from: number;
  to: number;
  unit: CellUnit;
}

export function fetchRange(w: Pick<ViewWindow, 'start' | 'end'>, unit: CellUnit): FetchRange {
  // A tile is about half a window: a pan of up to half the window stays within what was fetched.
  const tile = Math.max(1, Math.ceil(windowDays(w) / nominalDays[unit] / 2));
  const first = Math.floor(cellIndexOf(w.start, unit) / tile) - 1;
  const last = Math.floor(cellIndexOf(w.end, unit) / tile) + 1;
  return { from: cellIndexStart(first * tile, unit), to: cellIndexStart((last + 1) * tile, unit) - 1, unit };
}

export const covers = (range: { from: number; to: number }, w: Pick<ViewWindow, 'start' | 'end'>): boolean =>
  range.from <= w.start && range.to >= w.end;
