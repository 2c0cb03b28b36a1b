import {
  consultationFormats,
  consultationKinds,
  consultationLevels,
  consultationStatuses,
  type Consultation,
  type ConsultationFilters,
  type DatePrecision,
  type Plan,
  type PlanItem,
  type StatusCounts,
} from '@/api/schemas';
import {
  NO_LANE,
  TimelineClusterQuery,
  TimelineMarksQuery,
  cellIndexOf,
  cellRange,
  daysFromCivil,
  epochDay,
  isoOfDay,
  type CellUnit,
  type TimelineCluster,
  type TimelineClusterPage,
  type TimelineExtent,
  type TimelineGrouping,
  type TimelineLane,
  type TimelineMark,
  type TimelineMarks,
  type TimelinePlanItem,
} from '@/api/schemas/timeline';
import { allForms } from '@/lib/localized';
import { matchesSearch, normalizeForSearch } from '@/lib/search-text';
import type { Db } from '../store/db';
import { consultationPredicate, withDescendants } from './consultation-filters';
import { requireUser, type RuleContext } from './context';
import { revisionCache } from './revision-cache';
import { parseOr } from './errors';
import { consultationsByItem, withFulfilment } from './plans';
import { counterpartsOf, groupsOf, homePartyId, planOfItemMap } from './stats';

/**
 * The timeline's API: for one window of the time axis, per lane, the consultations themselves where
 * there are few, and counts where there are too many to draw. Its cost follows the window, not the
 * store: consultations are kept in an index sorted by date, so a month's window reads a month's
 * records; the filters then run on those alone, the simple ones on compact columns. The index is
 * rebuilt after any write (the store's revision changes).
 */

/** Spans up to this long are "short" and found by binary search on their start day. */
const SHORT_SPAN_DAYS = 31;

const precisionRank: Record<DatePrecision, number> = { day: 0, month: 2, quarter: 3, year: 4 };
const unitRank: Record<CellUnit, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };
const unitLetter: Record<CellUnit, string> = { day: 'd', week: 'w', month: 'm', quarter: 'q', year: 'y' };
const codes = <T extends string>(values: readonly T[]) => new Map(values.map((v, i) => [v, i] as const));
const statusCode = codes(consultationStatuses);
const kindCode = codes(consultationKinds);
const levelCode = codes(consultationLevels);
const formatCode = codes(consultationFormats);

/** The lanes of every consultation for one grouping, as compact rows: lane numbers per record. */
interface LaneTable {
  ids: (string | null)[];
  /** Record i's lanes are laneOf[offsets[i]] … laneOf[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  laneOf: Int32Array;
}

interface TimelineIndex {
  records: Consultation[];
  startDay: Int32Array;
  endDay: Int32Array;
  status: Uint8Array;
  kind: Uint8Array;
  level: Uint8Array;
  format: Uint8Array;
  precision: Uint8Array;
  /** 1 when the date is vague: approximate, or known only to a month, quarter or year. */
  vague: Uint8Array;
  deleted: Uint8Array;
  /** Short spans by start day: indices into `records`, and their start days in the same order. */
  shortOrder: Int32Array;
  shortStarts: Int32Array;
  maxShortSpan: number;
  /** Spans longer than a month (quarter and year precision, long meetings): few, scanned whole. */
  longOrder: Int32Array;
  lanes: Map<TimelineGrouping, LaneTable>;
  /** The unit cell of each record's first day, per unit. */
  cells: Map<CellUnit, Int32Array>;
  firstDay: number | null;
  lastDay: number | null;
  live: number;
}

const indexes = revisionCache<TimelineIndex>(1);

/** The first and last day a date may stand for, as `fuzzyDateEnd` reads it, in day numbers. */
export function dateSpanDays(date: { start: string; end?: string | undefined; precision: DatePrecision }): { startDay: number; endDay: number } {
  const y = Number(date.start.slice(0, 4));
  const m = Number(date.start.slice(5, 7));
  const d = Number(date.start.slice(8, 10));
  // Months, quarters and years are drawn from their first day, however the start was typed.
  let startDay: number;
  let periodEnd: number;
  switch (date.precision) {
    case 'day':
      startDay = daysFromCivil(y, m, d);
      periodEnd = startDay;
      break;
    case 'month':
      startDay = daysFromCivil(y, m, 1);
      periodEnd = daysFromCivil(y, m + 1, 1) - 1;
      break;
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      startDay = daysFromCivil(y, first, 1);
      periodEnd = daysFromCivil(y, first + 3, 1) - 1;
      break;
    }
    case 'year':
      startDay = daysFromCivil(y, 1, 1);
      periodEnd = daysFromCivil(y + 1, 1, 1) - 1;
      break;
  }
  const endDay = date.end ? Math.max(epochDay(date.end), startDay) : periodEnd;
  return { startDay, endDay };
}

const indexFor = (db: Db): TimelineIndex => indexes(db, 'all', () => buildIndex(db));

function buildIndex(db: Db): TimelineIndex {
  const records = db.all('consultations');
  const n = records.length;
  const index: TimelineIndex = {
    records,
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
    status: new Uint8Array(n),
    kind: new Uint8Array(n),
    level: new Uint8Array(n),
    format: new Uint8Array(n),
    precision: new Uint8Array(n),
    vague: new Uint8Array(n),
    deleted: new Uint8Array(n),
    shortOrder: new Int32Array(0),
    shortStarts: new Int32Array(0),
    maxShortSpan: 0,
    longOrder: new Int32Array(0),
    lanes: new Map(),
    cells: new Map(),
    firstDay: null,
    lastDay: null,
    live: 0,
  };
  const short: number[] = [];
  const long: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const c = records[i] as Consultation;
    const span = dateSpanDays(c.date);
    index.startDay[i] = span.startDay;
    index.endDay[i] = span.endDay;
    index.status[i] = statusCode.get(c.status) ?? 0;
    index.kind[i] = kindCode.get(c.kind) ?? 0;
    index.level[i] = levelCode.get(c.level) ?? 0;
    index.format[i] = formatCode.get(c.format) ?? 0;
    index.precision[i] = precisionRank[c.date.precision];
    index.vague[i] = c.date.approximate || c.date.precision !== 'day' ? 1 : 0;
    index.deleted[i] = c.deletedAt ? 1 : 0;
    const length = span.endDay - span.startDay;
    if (length <= SHORT_SPAN_DAYS) {
      short.push(i);
      if (length > index.maxShortSpan) index.maxShortSpan = length;
    } else long.push(i);
    if (!c.deletedAt) {
      index.live += 1;
      if (index.firstDay === null || span.startDay < index.firstDay) index.firstDay = span.startDay;
      if (index.lastDay === null || span.endDay > index.lastDay) index.lastDay = span.endDay;
    }
  }
  short.sort((a, b) => (index.startDay[a] as number) - (index.startDay[b] as number));
  index.shortOrder = Int32Array.from(short);
  index.shortStarts = index.shortOrder.map((i) => index.startDay[i] as number);
  index.longOrder = Int32Array.from(long);
  return index;
}

/** The lanes of every consultation for a grouping, worked out once per store revision. */
function lanesFor(db: Db, index: TimelineIndex, groupBy: TimelineGrouping): LaneTable {
  const cached = index.lanes.get(groupBy);
  if (cached) return cached;
  const homeId = homePartyId(db);
  const planOfItem = planOfItemMap(db);
  const ids: (string | null)[] = [];
  const numberOf = new Map<string | null, number>();
  const laneNumber = (id: string | null) => {
    let k = numberOf.get(id);
    if (k === undefined) {
      k = ids.length;
      ids.push(id);
      numberOf.set(id, k);
    }
    return k;
  };
  const offsets = new Int32Array(index.records.length + 1);
  const laneOf: number[] = [];
  index.records.forEach((c, i) => {
    offsets[i] = laneOf.length;
    const groups = groupBy === 'none' ? [null] : new Set(groupsOf(db, c, groupBy, homeId, planOfItem));
    for (const id of groups) laneOf.push(laneNumber(id));
  });
  offsets[index.records.length] = laneOf.length;
  const table = { ids, offsets, laneOf: Int32Array.from(laneOf) };
  index.lanes.set(groupBy, table);
  return table;
}

function cellsFor(index: TimelineIndex, unit: CellUnit): Int32Array {
  let cells = index.cells.get(unit);
  if (!cells) {
    cells = index.startDay.map((day) => cellIndexOf(day, unit));
    index.cells.set(unit, cells);
  }
  return cells;
}

/** Indices of consultations whose span shares a day with [from, to]: a binary search, then a short scan. */
function indicesInWindow(index: TimelineIndex, from: number, to: number, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  const { shortStarts, shortOrder, startDay, endDay } = index;
  let lo = 0;
  let hi = shortStarts.length;
  const lowest = from - index.maxShortSpan;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((shortStarts[mid] as number) < lowest) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < shortStarts.length && (shortStarts[k] as number) <= to; k += 1) {
    const i = shortOrder[k] as number;
    if ((endDay[i] as number) >= from && keep(i)) out.push(i);
  }
  for (const i of index.longOrder) {
    if ((startDay[i] as number) <= to && (endDay[i] as number) >= from && keep(i)) out.push(i);
  }
  return out;
}

/**
 * The filters as one test per record: the plain ones (deleted, status, kind, level, format) on the
 * compact columns, the others (parties, bodies, people, topics, plans, free text) with the list's
 * own predicate, so the timeline and the list always agree on what a filter means.
 */
function matcher(db: Db, index: TimelineIndex, f: ConsultationFilters): (i: number) => boolean {
  const wantDeleted = f.onlyDeleted ? 1 : f.includeDeleted ? -1 : 0;
  const status = f.status?.length ? new Set(f.status.map((s) => statusCode.get(s))) : null;
  const kind = f.kind ? kindCode.get(f.kind) : null;
  const level = f.level?.length ? new Set(f.level.map((l) => levelCode.get(l))) : null;
  const format = f.format ? formatCode.get(f.format) : null;
  const rest = {
    party: f.party,
    body: f.body,
    person: f.person,
    topic: f.topic,
    plan: f.plan,
    planItem: f.planItem,
    q: f.q,
    includeDeleted: true,
  };
  const complex = Boolean(f.party?.length || f.body?.length || f.person?.length || f.topic?.length || f.plan?.length || f.planItem?.length || (f.q && normalizeForSearch(f.q)));
  const others = complex ? consultationPredicate(db, rest) : null;
  return (i) => {
    if (wantDeleted >= 0 && index.deleted[i] !== wantDeleted) return false;
    if (status && !status.has(index.status[i])) return false;
    if (kind !== null && index.kind[i] !== kind) return false;
    if (level && !level.has(index.level[i])) return false;
    if (format !== null && index.format[i] !== format) return false;
    return others ? others(index.records[i] as Consultation) : true;
  };
}

const emptyCounts = (): StatusCounts => ({ planned: 0, held: 0, postponed: 0, cancelled: 0 });

interface Cell {
  key: number;
  total: number;
  vague: number;
  overdue: number;
  counts: StatusCounts;
  /** The members while there are few enough to send one by one. */
  members: number[];
}

interface Selection {
  index: TimelineIndex;
  lanes: LaneTable;
  matches: number[];
  unit: CellUnit;
  fromDay: number;
  toDay: number;
  todayDay: number;
  /** The cell of each match (same order): a unit cell index, or a coarse date's own period. */
  cellKey: (i: number) => number;
}

const todayOf = (ctx: RuleContext) => ctx.now.toISOString().slice(0, 10);

/**
 * A coarse date's cell, as a number: a date coarser than the unit (a quarter when cells are months)
 * is counted in a cell of its own period, encoded from its first day and length.
 */
const COARSE_SPAN = 100_003;
const coarseKey = (start: number, end: number) => -1 - (start * COARSE_SPAN + (end - start));
const coarseRange = (key: number) => {
  const code = -1 - key;
  const start = Math.floor(code / COARSE_SPAN);
  return { start, end: start + (code - start * COARSE_SPAN) };
};

/** The key a client reads (see `cellKeyOf` in the contract). */
function cellName(key: number, unit: CellUnit): string {
  if (key >= 0) return `${unitLetter[unit]}${key}`;
  const { start, end } = coarseRange(key);
  return `~${start}:${end}`;
}

function select(ctx: RuleContext, query: TimelineMarksQuery | ReturnType<typeof TimelineClusterQuery.parse>): Selection {
  const index = indexFor(ctx.db);
  const lanes = lanesFor(ctx.db, index, query.groupBy);
  const cells = cellsFor(index, query.unit);
  const fromDay = epochDay(query.from);
  const toDay = epochDay(query.to);
  const matches = indicesInWindow(index, fromDay, toDay, matcher(ctx.db, index, query));
  const rank = unitRank[query.unit];
  // Long spans that began before the window are counted in its first cell.
  const firstCell = cellIndexOf(fromDay, query.unit);
  const cellKey = (i: number) => {
    const start = index.startDay[i] as number;
    if ((index.precision[i] as number) > rank) return coarseKey(start, index.endDay[i] as number);
    return start < fromDay ? firstCell : (cells[i] as number);
  };
  return { index, lanes, matches, unit: query.unit, fromDay, toDay, todayDay: epochDay(todayOf(ctx)), cellKey };
}

function markOf(selection: Selection, i: number, cell: string): TimelineMark {
  const c = selection.index.records[i] as Consultation;
  const endDay = selection.index.endDay[i] as number;
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    kind: c.kind,
    start: isoOfDay(selection.index.startDay[i] as number),
    end: isoOfDay(endDay),
    precision: c.date.precision,
    approximate: c.date.approximate,
    overdue: c.status === 'planned' && endDay < selection.todayDay,
    cell,
  };
}

function laneNames(db: Db, groupBy: TimelineGrouping, id: string | null): Pick<TimelineLane, 'name' | 'short' | 'organisation'> {
  const none = { name: null, short: null, organisation: false };
  if (!id) return none;
  switch (groupBy) {
    case 'party': {
      const party = db.get('parties', id);
      return party ? { name: party.name, short: party.short ?? null, organisation: party.type === 'organisation' } : none;
    }
    case 'body': {
      const body = db.get('bodies', id);
      return body ? { name: body.name, short: body.short ?? null, organisation: false } : none;
    }
    case 'topic': {
      const topic = db.get('topics', id);
      return topic ? { name: topic.name, short: null, organisation: false } : none;
    }
    case 'plan': {
      const plan = db.get('plans', id);
      return plan ? { name: plan.title, short: null, organisation: false } : none;
    }
    case 'none':
      return none;
  }
}

interface OverdueItem {
  item: PlanItem;
  plan: Plan;
  startDay: number;
  endDay: number;
}
const overdueByDay = revisionCache<OverdueItem[]>(2);

/**
 * Plan items planned for a past period, never held, that no consultation answers (those that a
 * planned consultation answers show as that consultation, marked overdue). Worked out once per
 * store revision and day.
 */
function overdueItemsOf(ctx: RuleContext): OverdueItem[] {
  const today = todayOf(ctx);
  return overdueByDay(ctx.db, today, () => findOverdueItems(ctx, today));
}

function findOverdueItems(ctx: RuleContext, today: string): OverdueItem[] {
  const linked = consultationsByItem(ctx.db);
  const items: OverdueItem[] = [];
  for (const item of ctx.db.values('planItems')) {
    if (item.deletedAt) continue;
    const plan = ctx.db.get('plans', item.planId);
    if (!plan || plan.deletedAt) continue;
    const view = withFulfilment(item, linked, today);
    if (view.fulfilment !== 'overdue' || view.consultationIds.length) continue;
    items.push({ item, plan, ...dateSpanDays(item.period) });
  }
  return items;
}

/**
 * The overdue items a query shows. An item has no topic, person, kind, level or format, so a filter
 * on those leaves items out; the period, plans, parties, bodies and free text apply.
 */
function overdueItems(ctx: RuleContext, query: TimelineMarksQuery, fromDay: number, toDay: number): { item: PlanItem; lanes: (string | null)[] }[] {
  const { db } = ctx;
  if (query.topic?.length || query.person?.length || query.kind || query.level?.length || query.format || query.onlyDeleted) return [];
  if (query.status?.length && !query.status.includes('planned')) return [];
  const homeId = homePartyId(db);
  const plans = query.plan?.length ? new Set(query.plan) : null;
  const items = query.planItem?.length ? new Set(query.planItem) : null;
  const parties = query.party?.length ? new Set(query.party) : null;
  const bodies = query.body?.length ? withDescendants(db.values('bodies'), query.body) : null;
  const q = query.q && normalizeForSearch(query.q) ? query.q : null;
  const out: { item: PlanItem; lanes: (string | null)[] }[] = [];
  for (const { item, plan, startDay, endDay } of overdueItemsOf(ctx)) {
    if (endDay < fromDay || startDay > toDay) continue;
    if ((plans && !plans.has(item.planId)) || (items && !items.has(item.id))) continue;
    if (parties && !plan.partyIds.some((p) => parties.has(p))) continue;
    if (bodies && !item.bodyIds.some((b) => bodies.has(b))) continue;
    if (q && !matchesSearch(normalizeForSearch(`${item.title} ${item.description} ${allForms(plan.title)}`), q)) continue;
    out.push({ item, lanes: planItemLanes(db, item, plan.partyIds, query.groupBy, homeId) });
  }
  return out;
}

function planItemLanes(db: Db, item: PlanItem, partyIds: string[], groupBy: TimelineGrouping, homeId: string | undefined): (string | null)[] {
  switch (groupBy) {
    case 'party': {
      const delegations = partyIds.map((partyId) => ({ partyId, leadBodyId: null, headPersonId: null, memberIds: [] }));
      const ids = counterpartsOf(db, { delegations }, homeId);
      return ids.length ? ids : [null];
    }
    case 'plan':
      return [item.planId];
    case 'body': {
      const home = item.bodyIds.filter((id) => db.get('bodies', id)?.partyId === homeId);
      return home.length ? [home[0] as string] : [null];
    }
    case 'topic':
    case 'none':
      return [null];
  }
}

const planItemView = (item: PlanItem): TimelinePlanItem => {
  const span = dateSpanDays(item.period);
  return {
    id: item.id,
    planId: item.planId,
    title: item.title,
    start: isoOfDay(span.startDay),
    end: isoOfDay(span.endDay),
    precision: item.period.precision,
    approximate: item.period.approximate,
  };
};

/** GET /timeline/marks: one window, per lane, marks where there are few and clusters where many. */
export function timelineMarks(ctx: RuleContext, rawQuery: unknown): TimelineMarks {
  requireUser(ctx);
  const query = parseOr(TimelineMarksQuery, rawQuery, 'query');
  const selection = select(ctx, query);
  const { index, lanes, matches, todayDay } = selection;
  const laneCells: (Map<number, Cell> | undefined)[] = new Array<Map<number, Cell> | undefined>(lanes.ids.length);
  const laneTotals = new Int32Array(lanes.ids.length);
  for (const i of matches) {
    const key = selection.cellKey(i);
    const status = consultationStatuses[index.status[i] as number] as keyof StatusCounts;
    const vague = index.vague[i] === 1;
    const overdue = status === 'planned' && (index.endDay[i] as number) < todayDay;
    for (let k = lanes.offsets[i] as number, end = lanes.offsets[i + 1] as number; k < end; k += 1) {
      const lane = lanes.laneOf[k] as number;
      laneTotals[lane] = (laneTotals[lane] as number) + 1;
      let cells = laneCells[lane];
      if (!cells) {
        cells = new Map();
        laneCells[lane] = cells;
      }
      let cell = cells.get(key);
      if (!cell) {
        cell = { key, total: 0, vague: 0, overdue: 0, counts: emptyCounts(), members: [] };
        cells.set(key, cell);
      }
      cell.total += 1;
      cell.counts[status] += 1;
      if (vague) cell.vague += 1;
      if (overdue) cell.overdue += 1;
      if (cell.total <= query.maxPerCell) cell.members.push(i);
    }
  }

  const items = new Map<string | null, TimelinePlanItem[]>();
  for (const { item, lanes: itemLanes } of overdueItems(ctx, query, selection.fromDay, selection.toDay)) {
    for (const laneId of itemLanes) {
      const list = items.get(laneId) ?? [];
      list.push(planItemView(item));
      items.set(laneId, list);
    }
  }

  const out: TimelineLane[] = [];
  const laneIds = new Set<string | null>([...lanes.ids.filter((_, n) => laneCells[n]), ...items.keys()]);
  for (const laneId of laneIds) {
    const n = lanes.ids.indexOf(laneId);
    const cells = n >= 0 ? laneCells[n] : undefined;
    const marks: TimelineMark[] = [];
    const clusters: TimelineCluster[] = [];
    for (const cell of cells?.values() ?? []) {
      const name = cellName(cell.key, selection.unit);
      if (cell.total <= query.maxPerCell) {
        for (const i of cell.members) marks.push(markOf(selection, i, name));
      } else {
        const range = cellRange(name);
        clusters.push({
          cell: name,
          start: isoOfDay(range?.start ?? selection.fromDay),
          end: isoOfDay(range?.end ?? selection.fromDay),
          coarse: range?.coarse ?? false,
          total: cell.total,
          approximate: cell.vague,
          overdue: cell.overdue,
          counts: cell.counts,
        });
      }
    }
    marks.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
    clusters.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
    out.push({
      id: laneId,
      ...laneNames(ctx.db, query.groupBy, laneId),
      total: n >= 0 ? (laneTotals[n] as number) : 0,
      marks,
      clusters,
      overdueItems: items.get(laneId) ?? [],
    });
  }
  return {
    from: query.from,
    to: query.to,
    unit: query.unit,
    groupBy: query.groupBy,
    total: matches.length,
    lanes: out,
    today: todayOf(ctx),
  };
}

/** GET /timeline/cluster: the consultations a cluster counts, in date order, paged. */
export function timelineCluster(ctx: RuleContext, rawQuery: unknown): TimelineClusterPage {
  requireUser(ctx);
  const query = parseOr(TimelineClusterQuery, rawQuery, 'query');
  const selection = select(ctx, query);
  const { index, lanes } = selection;
  const laneNumber = lanes.ids.indexOf(query.lane === NO_LANE ? null : query.lane);
  const members: number[] = [];
  for (const i of selection.matches) {
    let inLane = false;
    for (let k = lanes.offsets[i] as number, end = lanes.offsets[i + 1] as number; k < end; k += 1) {
      if (lanes.laneOf[k] === laneNumber) inLane = true;
    }
    if (inLane && cellName(selection.cellKey(i), selection.unit) === query.cell) members.push(i);
  }
  const { startDay, endDay, records } = index;
  members.sort(
    (a, b) =>
      (startDay[a] as number) - (startDay[b] as number) ||
      (endDay[a] as number) - (endDay[b] as number) ||
      (records[a] as Consultation).id.localeCompare((records[b] as Consultation).id),
  );
  const page = members.slice(query.offset, query.offset + query.limit);
  return { items: page.map((i) => markOf(selection, i, query.cell)), total: members.length, offset: query.offset, limit: query.limit };
}

/** GET /timeline/extent: the first and last day of any live consultation, for the default window. */
export function timelineExtent(ctx: RuleContext): TimelineExtent {
  requireUser(ctx);
  const index = indexFor(ctx.db);
  return {
    first: index.firstDay === null ? null : isoOfDay(index.firstDay),
    last: index.lastDay === null ? null : isoOfDay(index.lastDay),
    total: index.live,
  };
}
