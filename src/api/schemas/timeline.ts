import { z } from 'zod/mini';
import { Id, IsoDate, LocalizedText, datePrecisions, paging, type DatePrecision } from './common';
import { ConsultationFilters, ConsultationKind, ConsultationStatus } from './consultations';
import { StatusCounts } from './stats';

/**
 * The timeline's contract: what the client asks for one window of the time axis, and the marks and
 * clusters the API answers with. Cells — the calendar units the API aggregates by — are part of the
 * contract, so their arithmetic lives here, shared by the API's rule and the client's layout.
 */

export const timelineGroupings = ['party', 'plan', 'body', 'topic', 'none'] as const;
export const TimelineGrouping = z.enum(timelineGroupings);
export type TimelineGrouping = z.infer<typeof TimelineGrouping>;

export const cellUnits = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const CellUnit = z.enum(cellUnits);
export type CellUnit = z.infer<typeof CellUnit>;

/** The lane id that stands for "none" (no counterpart, no plan, no body, no topic) in a query. */
export const NO_LANE = '~';

/** Longest window one request may cover: far more than any plan period. */
export const MAX_WINDOW_DAYS = 366 * 40;

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'));

const windowFields = {
  from: IsoDate,
  to: IsoDate,
  groupBy: z._default(TimelineGrouping, 'party'),
  unit: CellUnit,
};

const checkWindow = (q: { from: string; to: string }, ctx: z.core.$RefinementCtx) => {
  if (q.to < q.from) ctx.addIssue({ code: 'custom', message: 'end_before_start', path: ['to'] });
  else if (epochDay(q.to) - epochDay(q.from) > MAX_WINDOW_DAYS) ctx.addIssue({ code: 'custom', message: 'too_long', path: ['to'] });
};

/** One window: the consultation filters, with `from` and `to` the window, a grouping and a cell unit. */
export const TimelineMarksQuery = z
  .extend(ConsultationFilters, {
    ...windowFields,
    /** A lane's cell with more consultations than this comes back as a cluster (a count). */
    maxPerCell: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 4),
  })
  .check(z.superRefine(checkWindow));
export type TimelineMarksQuery = z.infer<typeof TimelineMarksQuery>;

/** What one cluster holds: the same window and filters, one lane and one cell, paged. */
export const TimelineClusterQuery = z
  .extend(ConsultationFilters, {
    ...windowFields,
    lane: z.string().check(z.minLength(1), z.maxLength(64)),
    cell: z.string().check(z.minLength(1), z.maxLength(64)),
    ...paging,
  })
  .check(z.superRefine(checkWindow));

/** A consultation as the timeline draws it: no long texts, its date as a span of days. */
export const TimelineMark = z.object({
  id: Id,
  title: z.string(),
  status: ConsultationStatus,
  kind: ConsultationKind,
  /** First and last day (inclusive) the date may stand for: a quarter-precision date spans the quarter. */
  start: Day,
  end: Day,
  precision: z.enum(datePrecisions),
  approximate: z.boolean(),
  /** Planned, and its whole period has passed: it slipped. */
  overdue: z.boolean(),
  /** The cell it is counted in (see `cellRange`). */
  cell: z.string(),
});
export type TimelineMark = z.infer<typeof TimelineMark>;

/** Too many consultations in one lane and cell to draw one by one: a count that opens on click. */
export const TimelineCluster = z.object({
  cell: z.string(),
  start: Day,
  end: Day,
  /** A cluster of dates known only to a month, quarter or year, wider than the cell unit. */
  coarse: z.boolean(),
  total: z.int(),
  approximate: z.int(),
  overdue: z.int(),
  counts: StatusCounts,
});
export type TimelineCluster = z.infer<typeof TimelineCluster>;

/** A plan item planned for a past period, never held and not linked to any consultation. */
export const TimelinePlanItem = z.object({
  id: Id,
  planId: Id,
  title: z.string(),
  start: Day,
  end: Day,
  precision: z.enum(datePrecisions),
  approximate: z.boolean(),
});
export type TimelinePlanItem = z.infer<typeof TimelinePlanItem>;

export const TimelineLane = z.object({
  /** The party, plan, body or topic; null for "none" (and for the one lane when not grouped). */
  id: z.nullable(Id),
  name: z.nullable(LocalizedText),
  short: z.nullable(LocalizedText),
  /** For party lanes: an international organisation, whose lane holds meetings within it. */
  organisation: z.boolean(),
  total: z.int(),
  marks: z.array(TimelineMark),
  clusters: z.array(TimelineCluster),
  overdueItems: z.array(TimelinePlanItem),
});
export type TimelineLane = z.infer<typeof TimelineLane>;

export const TimelineMarks = z.object({
  from: Day,
  to: Day,
  unit: CellUnit,
  groupBy: TimelineGrouping,
  /** Distinct consultations in the window (one in several lanes counts once). */
  total: z.int(),
  lanes: z.array(TimelineLane),
  today: Day,
});
export type TimelineMarks = z.infer<typeof TimelineMarks>;

export const TimelineClusterPage = z.object({
  items: z.array(TimelineMark),
  total: z.int(),
  offset: z.int(),
  limit: z.int(),
});
export type TimelineClusterPage = z.infer<typeof TimelineClusterPage>;

/** The first and last day of any live consultation: the default window. */
export const TimelineExtent = z.object({
  first: z.nullable(Day),
  last: z.nullable(Day),
  total: z.int(),
});
export type TimelineExtent = z.infer<typeof TimelineExtent>;

// ——— Calendar arithmetic on whole days (days since 1970-01-01, UTC), without allocating dates. ———

/** Days since 1970-01-01 of a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const epochDay = (iso: string): number =>
  daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export function isoOfDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Weeks start on Monday (ISO); 1970-01-01 was a Thursday. */
const WEEK_OFFSET = 3;

/** The index of the unit cell a day falls in: day number, week number, month count, quarter count or year. */
export function cellIndexOf(days: number, unit: CellUnit): number {
  switch (unit) {
    case 'day':
      return days;
    case 'week':
      return Math.floor((days + WEEK_OFFSET) / 7);
    default: {
      const { year, month } = civilFromDays(days);
      if (unit === 'month') return year * 12 + month - 1;
      if (unit === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
      return year;
    }
  }
}

/** The first day of a unit cell, by index. */
export function cellIndexStart(index: number, unit: CellUnit): number {
  switch (unit) {
    case 'day':
      return index;
    case 'week':
      return index * 7 - WEEK_OFFSET;
    case 'month':
      return daysFromCivil(Math.floor(index / 12), (index % 12 + 12) % 12 + 1, 1);
    case 'quarter':
      return daysFromCivil(Math.floor(index / 4), ((index % 4 + 4) % 4) * 3 + 1, 1);
    case 'year':
      return daysFromCivil(index, 1, 1);
  }
}

/** The first and last day (inclusive) of the unit cell a day falls in. */
export function unitCell(days: number, unit: CellUnit): { index: number; start: number; end: number } {
  const index = cellIndexOf(days, unit);
  return { index, start: cellIndexStart(index, unit), end: cellIndexStart(index + 1, unit) - 1 };
}

/** How fine a unit or a date precision is: a date coarser than the cell unit spans several cells. */
const rank: Record<CellUnit | DatePrecision, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };
export const isCoarserThan = (precision: DatePrecision, unit: CellUnit): boolean => rank[precision] > rank[unit];

const unitLetter: Record<CellUnit, string> = { day: 'd', week: 'w', month: 'm', quarter: 'q', year: 'y' };
const letterUnit: Record<string, CellUnit> = { d: 'day', w: 'week', m: 'month', q: 'quarter', y: 'year' };

/**
 * The cell a dated item is counted in. A date as fine as the unit or finer falls in the unit cell
 * of its first visible day (`windowStart` clamps long spans that began before the window). A date
 * coarser than the unit (a quarter when cells are months) has a cell of its own, the whole period
 * it stands for, so "Q4 2020" is never pinned to a fake day.
 */
export function cellKeyOf(
  item: { startDay: number; endDay: number; precision: DatePrecision },
  unit: CellUnit,
  windowStart: number,
): string {
  if (isCoarserThan(item.precision, unit)) return `~${item.startDay}:${item.endDay}`;
  return `${unitLetter[unit]}${cellIndexOf(Math.max(item.startDay, windowStart), unit)}`;
}

/** The days a cell key stands for, and whether it is the period of a coarse date. */
export function cellRange(key: string): { start: number; end: number; coarse: boolean } | null {
  if (key.startsWith('~')) {
    const [start, end] = key.slice(1).split(':').map(Number);
    if (start === undefined || end === undefined || !Number.isInteger(start) || !Number.isInteger(end)) return null;
    return { start, end, coarse: true };
  }
  const unit = letterUnit[key.charAt(0)];
  const index = Number(key.slice(1));
  if (!unit || !Number.isInteger(index)) return null;
  return { start: cellIndexStart(index, unit), end: cellIndexStart(index + 1, unit) - 1, coarse: false };
}
