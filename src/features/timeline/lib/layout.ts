import {
  cellRange,
  epochDay,
  isCoarserThan,
  unitCell,
  type CellUnit,
  type TimelineCluster,
  type TimelineMark,
  type TimelinePlanItem,
} from '@/api/schemas/timeline';
import type { DatePrecision, StatusCounts } from '@/api/schemas';

/**
 * Where everything of one lane goes on screen: the horizontal extent of each mark, cluster and
 * plan item for the current scale, and the row it is stacked in. Marks that would overlap stack in
 * up to `maxRows` rows; a mark that still finds no room turns its whole cell into a count, so
 * nothing is ever hidden silently: every consultation is either drawn or counted.
 */

/** The window mapped onto pixels: its first day, its length in days, and its width. */
export interface Scale {
  start: number;
  days: number;
  width: number;
}

/** Width of a point mark, and the least width of anything drawn, in pixels. */
export const GLYPH = 14;
/** Space kept between two things in one row. */
export const GAP = 2;
export const MAX_ROWS = 3;

export const pxPerDay = (s: Scale): number => s.width / s.days;
export const xOfDay = (s: Scale, day: number): number => ((day - s.start) * s.width) / s.days;
/** The same position as a percentage of the window, so print and resizing need no new layout. */
export const pct = (s: Scale, x: number): number => (x / s.width) * 100;

export type Shape = 'point' | 'span';

export interface Extent {
  x0: number;
  x1: number;
  shape: Shape;
  /** Drawn with soft edges: a month, quarter or year, or an approximate date. */
  soft: boolean;
}

/**
 * The extent of a dated thing: a day is a point; a multi-day meeting, a month, a quarter or a
 * year is a span over the days it may stand for, never a fake day. Anything narrower than a glyph
 * is widened around its middle, so it stays visible and clickable.
 */
export function extentOf(
  s: Scale,
  startDay: number,
  endDay: number,
  precision: DatePrecision,
  approximate: boolean,
): Extent {
  const soft = precision !== 'day' || approximate;
  let x0 = xOfDay(s, startDay);
  let x1 = xOfDay(s, endDay + 1);
  if (x1 - x0 >= GLYPH && !(precision === 'day' && startDay === endDay)) return { x0, x1, shape: 'span', soft };
  const centre = (x0 + x1) / 2;
  x0 = centre - GLYPH / 2;
  x1 = centre + GLYPH / 2;
  return { x0, x1, shape: precision === 'day' ? 'point' : 'span', soft };
}

/** The main band (days, counts per cell) or the thinner band of imprecise dates below it. */
export type Band = 'main' | 'period';

interface Placed {
  key: string;
  band: Band;
  x0: number;
  x1: number;
  row: number;
}

export interface PlacedMark extends Placed, Extent {
  kind: 'mark';
  mark: TimelineMark;
}

export interface PlacedCluster extends Placed {
  kind: 'cluster';
  cell: string;
  start: number;
  end: number;
  coarse: boolean;
  total: number;
  approximate: number;
  overdue: number;
  counts: StatusCounts;
  /** The consultations, when the client already has them all; null when the API counted them. */
  members: TimelineMark[] | null;
}

export interface PlacedItem extends Placed, Extent {
  kind: 'item';
  item: TimelinePlanItem;
}

export type PlacedThing = PlacedMark | PlacedCluster | PlacedItem;

export interface LaneLayout {
  /** Rows of the main band (at least one) and of the band of imprecise dates (maybe none). */
  rows: number;
  periodRows: number;
  /** In order along the axis, then by row. */
  things: PlacedThing[];
}

/**
 * Rows filled along the axis, each remembering where its last thing ends: things come in order of
 * their start, so the first row whose end is behind the new start has room (first fit, which for
 * intervals in this order needs no more rows than the busiest moment).
 */
class Rows {
  ends: number[] = [];
  constructor(private readonly maxRows: number) {}

  /** The row the thing goes in, opening a new one while allowed; -1 when there is none. */
  place(x0: number, x1: number, beyondMax: boolean): number {
    for (let r = 0; r < this.ends.length; r += 1) {
      if ((this.ends[r] as number) <= x0 - GAP) {
        this.ends[r] = x1;
        return r;
      }
    }
    if (this.ends.length >= this.maxRows && !beyondMax) return -1;
    this.ends.push(x1);
    return this.ends.length - 1;
  }
}

const emptyCounts = (): StatusCounts => ({ planned: 0, held: 0, postponed: 0, cancelled: 0 });

interface ClusterInput {
  cell: string;
  start: number;
  end: number;
  coarse: boolean;
  total: number;
  approximate: number;
  overdue: number;
  counts: StatusCounts;
  members: TimelineMark[] | null;
}

const fromApi = (c: TimelineCluster): ClusterInput => {
  const { startDay, endDay } = spanOf(c);
  return { ...c, start: startDay, end: endDay, members: null };
};

/** A count made on the client from marks it holds, for a cell that has no room left. */
function clientCluster(cell: string, members: TimelineMark[]): ClusterInput {
  const counts = emptyCounts();
  let approximate = 0;
  let overdue = 0;
  for (const m of members) {
    counts[m.status] += 1;
    if (m.approximate || m.precision !== 'day') approximate += 1;
    if (m.overdue) overdue += 1;
  }
  const first = members[0];
  const range = cellRange(cell) ?? (first ? { start: epochDay(first.start), end: epochDay(first.end), coarse: false } : { start: 0, end: 0, coarse: false });
  return { cell, start: range.start, end: range.end, coarse: range.coarse, total: members.length, approximate, overdue, counts, members };
}

function clusterExtent(s: Scale, start: number, end: number): { x0: number; x1: number } {
  let x0 = xOfDay(s, start);
  let x1 = xOfDay(s, end + 1);
  // Leave a hairline between neighbouring cells; never narrower than a glyph with its count.
  x0 += 1;
  x1 -= 1;
  if (x1 - x0 < GLYPH + 6) {
    const centre = (x0 + x1) / 2;
    x0 = centre - (GLYPH + 6) / 2;
    x1 = centre + (GLYPH + 6) / 2;
  }
  return { x0, x1 };
}

export interface LaneInput {
  marks: readonly TimelineMark[];
  clusters: readonly TimelineCluster[];
  overdueItems: readonly TimelinePlanItem[];
}

/** Rows of a lane's band of imprecise dates (months, quarters, years wider than a cell). */
export const MAX_PERIOD_ROWS = 2;

/**
 * Lays one lane out, in two bands. The main band holds what has a place on the axis — days,
 * short meetings, counts per cell, plan items — in up to `maxRows` rows; below it, a thinner band
 * holds dates known only to a month, quarter or year that are wider than a cell, so that a vague
 * "2020" never pushes the exact meetings of December out of sight.
 *
 * In each band, everything is placed in one pass along the axis: plan items that slipped (never
 * folded away), the API's counts, and the marks of each cell together. When a cell's marks do not
 * all find a row, the cell is drawn as one count instead (its marks are taken back), so nothing is
 * hidden; a cell of a single mark is never folded into a "1": it gets a row of its own instead.
 */
export function layoutLane(lane: LaneInput, s: Scale, unit: CellUnit, maxRows = MAX_ROWS): LaneLayout {
  const fine: TimelineMark[] = [];
  const coarse: TimelineMark[] = [];
  for (const mark of lane.marks) (mark.cell.startsWith('~') ? coarse : fine).push(mark);
  const items = lane.overdueItems.filter((item) => !isCoarserThan(item.precision, unit));
  const coarseItems = lane.overdueItems.filter((item) => isCoarserThan(item.precision, unit));
  const main = layoutBand('main', s, lane.clusters.filter((c) => !c.coarse), items, fine, maxRows);
  const period = layoutBand('period', s, lane.clusters.filter((c) => c.coarse), coarseItems, coarse, MAX_PERIOD_ROWS);
  const things = main.things.concat(period.things);
  things.sort((a, b) => a.x0 - b.x0 || Number(a.band === 'period') - Number(b.band === 'period') || a.row - b.row);
  return { rows: Math.max(1, main.rows), periodRows: period.rows, things };
}

/** Day numbers of a mark's span, read once per mark (its object lives as long as the answer). */
const spans = new WeakMap<object, { startDay: number; endDay: number }>();
function spanOf(thing: { start: string; end: string }): { startDay: number; endDay: number } {
  let span = spans.get(thing);
  if (!span) {
    span = { startDay: epochDay(thing.start), endDay: epochDay(thing.end) };
    spans.set(thing, span);
  }
  return span;
}

type Unit =
  | { kind: 'item'; x0: number; item: TimelinePlanItem; extent: Extent }
  | { kind: 'cluster'; x0: number; cluster: ClusterInput; x1: number }
  | { kind: 'cell'; x0: number; cell: string; marks: { mark: TimelineMark; extent: Extent }[] };

function layoutBand(
  band: Band,
  s: Scale,
  clusters: readonly TimelineCluster[],
  items: readonly TimelinePlanItem[],
  marks: readonly TimelineMark[],
  maxRows: number,
): { rows: number; things: PlacedThing[] } {
  const units: Unit[] = [];
  for (const item of items) {
    const { startDay, endDay } = spanOf(item);
    const extent = extentOf(s, startDay, endDay, item.precision, item.approximate);
    units.push({ kind: 'item', x0: extent.x0, item, extent });
  }
  for (const c of clusters) {
    const cluster = fromApi(c);
    const { x0, x1 } = clusterExtent(s, cluster.start, cluster.end);
    units.push({ kind: 'cluster', x0, x1, cluster });
  }
  const cells = new Map<string, Extract<Unit, { kind: 'cell' }>>();
  for (const mark of marks) {
    const { startDay, endDay } = spanOf(mark);
    const extent = extentOf(s, startDay, endDay, mark.precision, mark.approximate);
    let cell = cells.get(mark.cell);
    if (!cell) {
      cell = { kind: 'cell', x0: extent.x0, cell: mark.cell, marks: [] };
      cells.set(mark.cell, cell);
      units.push(cell);
    }
    cell.marks.push({ mark, extent });
    if (extent.x0 < cell.x0) cell.x0 = extent.x0;
  }
  units.sort((a, b) => a.x0 - b.x0);

  const rows = new Rows(maxRows);
  const things: PlacedThing[] = [];
  const placeCluster = (c: ClusterInput, x0: number, x1: number) => {
    const row = rows.place(x0, x1, true);
    things.push({
      kind: 'cluster',
      key: `c:${c.cell}`,
      band,
      x0,
      x1,
      row,
      cell: c.cell,
      start: c.start,
      end: c.end,
      coarse: c.coarse,
      total: c.total,
      approximate: c.approximate,
      overdue: c.overdue,
      counts: c.counts,
      members: c.members,
    });
  };
  for (const unit of units) {
    if (unit.kind === 'item') {
      const row = rows.place(unit.extent.x0, unit.extent.x1, true);
      things.push({ kind: 'item', key: `i:${unit.item.id}`, band, row, item: unit.item, ...unit.extent });
    } else if (unit.kind === 'cluster') placeCluster(unit.cluster, unit.x0, unit.x1);
    else {
      unit.marks.sort((a, b) => a.extent.x0 - b.extent.x0 || b.extent.x1 - a.extent.x1 || a.mark.id.localeCompare(b.mark.id));
      const before = rows.ends.slice();
      const alone = unit.marks.length === 1;
      const placed: PlacedThing[] = [];
      for (const { mark, extent } of unit.marks) {
        const row = rows.place(extent.x0, extent.x1, alone);
        if (row < 0) break;
        placed.push({ kind: 'mark', key: `m:${mark.id}`, band, row, mark, ...extent });
      }
      if (placed.length === unit.marks.length) things.push(...placed);
      else {
        // No room for all of them: take them back, and count the cell instead.
        rows.ends = before;
        const folded = clientCluster(unit.cell, unit.marks.map((m) => m.mark));
        const { x0, x1 } = clusterExtent(s, folded.start, folded.end);
        placeCluster(folded, x0, x1);
      }
    }
  }
  return { rows: rows.ends.length, things };
}

/** What a collapsed lane shows: one count per unit cell, everything folded in. */
export interface CollapsedCell {
  start: number;
  end: number;
  total: number;
}

export function collapsedCells(lane: LaneInput, unit: CellUnit, windowStart: number): CollapsedCell[] {
  const cells = new Map<number, CollapsedCell>();
  const add = (startDay: number, count: number) => {
    const cell = unitCell(Math.max(startDay, windowStart), unit);
    const entry = cells.get(cell.start) ?? { start: cell.start, end: cell.end, total: 0 };
    entry.total += count;
    cells.set(cell.start, entry);
  };
  for (const m of lane.marks) add(epochDay(m.start), 1);
  for (const c of lane.clusters) add(epochDay(c.start), c.total);
  for (const i of lane.overdueItems) add(epochDay(i.start), 1);
  return [...cells.values()].sort((a, b) => a.start - b.start);
}

/** Whether a thing shows in the window (with a margin in pixels on both sides). */
export const isVisible = (thing: { x0: number; x1: number }, s: Scale, margin = 0): boolean =>
  thing.x1 > -margin && thing.x0 < s.width + margin;
