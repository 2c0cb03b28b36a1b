import type { FuzzyDate, Language, StatusCounts } from '@/api/schemas';
import { civilFromDays, isoOfDay, type CellUnit, type TimelineGrouping, type TimelineLane, type TimelineMark, type TimelinePlanItem } from '@/api/schemas/timeline';
import { formatDay, formatFuzzyDate, formatMonth } from '@/lib/i18n/format';
import { localeTag } from '@/lib/i18n';
import { localize } from '@/lib/localized';
import { laneKey } from './url-state';

/** What people read for the things on the timeline: names for lanes, labels for marks and counts. */

export type T = (key: string, options?: Record<string, unknown>) => string;

/** The shared formatters ask for common keys without a namespace ("date.quarter"). */
export const inCommon =
  (t: T): T =>
  (key, options) =>
    t(key.includes(':') ? key : `common:${key}`, options);

/** A mark's date as a fuzzy date again, for the shared formatter: "approx. Q4 2020". */
export function fuzzyOf(thing: Pick<TimelineMark, 'start' | 'end' | 'precision' | 'approximate'>): FuzzyDate {
  const multiDay = thing.precision === 'day' && thing.end !== thing.start;
  return { start: thing.start, ...(multiDay ? { end: thing.end } : {}), precision: thing.precision, approximate: thing.approximate };
}

const labels = new WeakMap<object, { key: string; label: string }>();
/**
 * A label worked out once per thing and language: a pan or a zoom re-lays the lanes but the same
 * marks keep their names, and there can be hundreds of them.
 */
function remembered(target: object, key: string, make: () => string): string {
  const known = labels.get(target);
  if (known?.key === key) return known.label;
  const label = make();
  labels.set(target, { key, label });
  return label;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
/** Small counts already written out, per language: the same few hundred numbers recur on every zoom. */
const smallCounts = new Map<Language, string[]>();
const SMALL = 1000;
/** A count in the UI language (one formatter per language, not one per number). */
export function formatCount(value: number, language: Language): string {
  const small = Number.isInteger(value) && value >= 0 && value < SMALL;
  let written = smallCounts.get(language);
  if (!written) {
    written = [];
    smallCounts.set(language, written);
  }
  if (small && written[value] !== undefined) return written[value];
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeTag[language]);
    numberFormats.set(language, format);
  }
  const text = format.format(value);
  if (small) written[value] = text;
  return text;
}

/**
 * The same phrase asked again ("3 held", "Q1 2021") is answered from memory: a zoom labels hundreds
 * of counts anew, and most of their pieces repeat from lane to lane. One memory per `t`, which
 * i18next makes anew for each language.
 */
const phrases = new WeakMap<T, Map<string, string>>();
const MAX_PHRASES = 5_000;
export function rememberingT(t: T): T {
  let known = phrases.get(t);
  if (!known) {
    known = new Map();
    phrases.set(t, known);
  }
  const memory = known;
  return (key, options) => {
    const id = options ? `${key}|${JSON.stringify(options)}` : key;
    let phrase = memory.get(id);
    if (phrase === undefined) {
      if (memory.size > MAX_PHRASES) memory.clear();
      phrase = t(key, options);
      memory.set(id, phrase);
    }
    return phrase;
  };
}

export function markLabel(mark: TimelineMark, language: Language, t: T): string {
  return remembered(mark, language, () => makeMarkLabel(mark, language, t));
}

function makeMarkLabel(mark: TimelineMark, language: Language, t: T): string {
  const parts = [mark.title, formatFuzzyDate(fuzzyOf(mark), language, inCommon(t)), t(`common:status.${mark.status}`)];
  if (mark.overdue) parts.push(t('timeline:mark.overdue'));
  return parts.join(' — ');
}

export function planItemLabel(item: TimelinePlanItem, language: Language, t: T): string {
  return remembered(item, language, () => makePlanItemLabel(item, language, t));
}

function makePlanItemLabel(item: TimelinePlanItem, language: Language, t: T): string {
  return t('timeline:mark.planItem', { title: item.title, date: formatFuzzyDate(fuzzyOf(item), language, inCommon(t)) });
}

/** A cell's period in words: a day, the week of a Monday, a month, a quarter, a year, or a coarse date's period. */
export function cellPeriodLabel(start: number, end: number, coarse: boolean, language: Language, t: T): string {
  const { year, month, day } = civilFromDays(start);
  const last = civilFromDays(end);
  if (start === end) return formatDay(isoOfDay(start), language);
  const wholeMonths = day === 1 && civilFromDays(end + 1).day === 1;
  if (wholeMonths && last.year === year && last.month === month) return formatMonth(isoOfDay(start), language);
  if (wholeMonths && month % 3 === 1 && last.year === year && last.month === month + 2) {
    return t('common:date.quarter', { quarter: Math.floor((month - 1) / 3) + 1, year });
  }
  if (wholeMonths && month === 1 && last.month === 12 && last.year === year) return t('common:date.year', { year });
  const range = `${formatDay(isoOfDay(start), language)} – ${formatDay(isoOfDay(end), language)}`;
  return coarse ? range : t('timeline:cluster.week', { range });
}

export function statusBreakdown(counts: StatusCounts, t: T): string {
  return (['held', 'planned', 'postponed', 'cancelled'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => t('timeline:cluster.statusCount', { count: counts[s], status: t(`common:status.${s}`) }))
    .join(', ');
}

/** Counts are laid out anew at every zoom, as new objects: their labels are kept by what they say. */
const clusterLabels = new Map<string, string>();
const MAX_KEPT = 20_000;

export function clusterLabel(
  cluster: { total: number; start: number; end: number; coarse: boolean; counts: StatusCounts; overdue: number },
  language: Language,
  t: T,
): string {
  const { counts } = cluster;
  const key = `${language}|${cluster.start}|${cluster.end}|${cluster.coarse}|${cluster.total}|${cluster.overdue}|${counts.held}|${counts.planned}|${counts.postponed}|${counts.cancelled}`;
  let label = clusterLabels.get(key);
  if (label === undefined) {
    if (clusterLabels.size > MAX_KEPT) clusterLabels.clear();
    label = makeClusterLabel(cluster, language, rememberingT(t));
    clusterLabels.set(key, label);
  }
  return label;
}

function makeClusterLabel(
  cluster: { total: number; start: number; end: number; coarse: boolean; counts: StatusCounts; overdue: number },
  language: Language,
  t: T,
): string {
  const period = cellPeriodLabel(cluster.start, cluster.end, cluster.coarse, language, t);
  const parts = [t('timeline:cluster.label', { count: cluster.total, period }), statusBreakdown(cluster.counts, t)];
  if (cluster.overdue) parts.push(t('timeline:cluster.overdue', { count: cluster.overdue }));
  return `${parts.join('; ')}. ${t('timeline:cluster.open')}`;
}

export interface LaneView {
  key: string;
  id: string | null;
  /** The short form where there is one (ССТБД, CIS), for the narrow lane column. */
  name: string;
  fullName: string;
  organisation: boolean;
  lane: TimelineLane;
}

export function laneNames(lane: TimelineLane, group: TimelineGrouping, language: Language, t: T): { name: string; fullName: string } {
  if (!lane.id) {
    const none = t(`timeline:lanes.none.${group}`);
    return { name: none, fullName: none };
  }
  const full = localize(lane.name, language) || lane.id;
  const short = localize(lane.short, language);
  return { name: short && full.length > 28 ? short : full, fullName: full };
}

/** Lanes in the order of their names in the UI language; "none" last. */
export function sortLanes(lanes: readonly TimelineLane[], group: TimelineGrouping, language: Language, t: T): LaneView[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return lanes
    .map((lane) => ({ key: laneKey(lane.id), id: lane.id, organisation: lane.organisation, lane, ...laneNames(lane, group, language, t) }))
    .sort((a, b) => Number(a.id === null) - Number(b.id === null) || collator.compare(a.fullName, b.fullName));
}

export const unitLabelKey = (unit: CellUnit) => `timeline:unit.${unit}`;

/** A window's period in words: "2020", "Q4 2020", "December 2020", or "14 December 2020 – 13 January 2021". */
export const periodLabel = (start: number, end: number, language: Language, t: T): string => cellPeriodLabel(start, end, true, language, t);
