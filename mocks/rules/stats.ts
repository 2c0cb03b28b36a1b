import {
  ConsultationFilters,
  TimelineStatsQuery,
  type Consultation,
  type Grouping,
  type PeriodSummary,
  type StatusCounts,
  type TimelineStats,
  type TopicStats,
} from '@/api/schemas';
import { overlapsPeriod, periodKey } from '@/lib/fuzzy-date';
import type { Db } from '../store/db';
import { requireUser, type RuleContext } from './context';
import { revisionCache } from './revision-cache';
import { filterConsultations } from './consultation-filters';
import { parseOr } from './errors';
import { sortedCounts } from './consultations';
import { emptyFulfilment } from './fulfilment';
import { consultationsByItem, withFulfilment } from './plans';

/** The ministry whose consultations these are; its own party is never a "counterpart". */
export const HOME_PARTY_CODE = 'KZ';

export function homePartyId(db: Db): string | undefined {
  for (const p of db.values('parties')) if (p.code === HOME_PARTY_CODE) return p.id;
  return undefined;
}

/**
 * Who a consultation was held with. A meeting within an organisation (CIS, SCO) belongs to the
 * organisation alone, so a multilateral meeting shows once, not in every member's lane; otherwise
 * each foreign party is a counterpart.
 */
export function counterpartsOf(db: Db, c: Pick<Consultation, 'delegations'>, homeId: string | undefined): string[] {
  const others = c.delegations.map((d) => d.partyId).filter((id) => id !== homeId);
  const organisations = others.filter((id) => db.get('parties', id)?.type === 'organisation');
  return organisations.length ? organisations : others;
}

/** The lanes a consultation falls in for a grouping; `null` stands for "none". */
export function groupsOf(db: Db, c: Consultation, groupBy: Grouping, homeId: string | undefined, planOfItem: Map<string, string>): (string | null)[] {
  switch (groupBy) {
    case 'party': {
      const ids = counterpartsOf(db, c, homeId);
      return ids.length ? ids : [null];
    }
    case 'plan':
      return [c.planItemId ? (planOfItem.get(c.planItemId) ?? null) : null];
    case 'body': {
      const home = c.delegations.find((d) => d.partyId === homeId);
      return [home?.leadBodyId ?? null];
    }
    case 'topic':
      return c.topicIds.length ? c.topicIds : [null];
  }
}

const emptyCounts = (): StatusCounts => ({ planned: 0, held: 0, postponed: 0, cancelled: 0 });

export function planOfItemMap(db: Db): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of db.values('planItems')) map.set(item.id, item.planId);
  return map;
}

/** Counts per period and lane, for the timeline's dense views and its axis. */
export function timelineStats(ctx: RuleContext, rawQuery: unknown): TimelineStats {
  requireUser(ctx);
  const query = parseOr(TimelineStatsQuery, rawQuery, 'query');
  const items = filterConsultations(ctx.db, query);
  const homeId = homePartyId(ctx.db);
  const planOfItem = planOfItemMap(ctx.db);
  const buckets = new Map<string, { period: string; group: string | null; total: number; approximate: number; counts: StatusCounts }>();
  for (const c of items) {
    const period = periodKey(c.date.start, query.bucket);
    const groups = query.groupBy ? groupsOf(ctx.db, c, query.groupBy, homeId, planOfItem) : [null];
    for (const group of groups) {
      const key = `${group ?? ''}\u0000${period}`;
      const bucket = buckets.get(key) ?? { period, group, total: 0, approximate: 0, counts: emptyCounts() };
      bucket.total += 1;
      bucket.counts[c.status] += 1;
      if (c.date.approximate || c.date.precision !== 'day') bucket.approximate += 1;
      buckets.set(key, bucket);
    }
  }
  return {
    bucket: query.bucket,
    groupBy: query.groupBy ?? null,
    total: items.length,
    buckets: [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period) || (a.group ?? '').localeCompare(b.group ?? '')),
  };
}

const topicAnswers = revisionCache<TopicStats>(4);
const summaryAnswers = revisionCache<PeriodSummary>(16);

/** Each topic: own and with-children counts, a per-quarter trend, and what it occurs with. */
export function topicStats(ctx: RuleContext, rawQuery: unknown): TopicStats {
  requireUser(ctx);
  const filters = parseOr(ConsultationFilters, rawQuery, 'query');
  return topicAnswers(ctx.db, JSON.stringify(filters), () => countTopics(ctx, filters));
}

function countTopics(ctx: RuleContext, filters: ConsultationFilters): TopicStats {
  const items = filterConsultations(ctx.db, filters);
  const topics = ctx.db.all('topics').filter((t) => !t.deletedAt);
  const parentOf = new Map(topics.map((t) => [t.id, t.parentId]));
  const own = new Map<string, number>();
  const withChildren = new Map<string, number>();
  const trend = new Map<string, Map<string, number>>();
  const pairs = new Map<string, Map<string, number>>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const c of items) {
    const ids = [...new Set(c.topicIds)];
    const quarter = periodKey(c.date.start, 'quarter');
    const lineage = new Set<string>();
    for (const id of ids) {
      add(own, id);
      let cursor: string | null | undefined = id;
      while (cursor && !lineage.has(cursor)) {
        lineage.add(cursor);
        cursor = parentOf.get(cursor);
      }
      for (const other of ids) {
        if (other === id) continue;
        const map = pairs.get(id) ?? new Map<string, number>();
        add(map, other);
        pairs.set(id, map);
      }
    }
    for (const id of lineage) {
      add(withChildren, id);
      const map = trend.get(id) ?? new Map<string, number>();
      add(map, quarter);
      trend.set(id, map);
    }
  }
  return {
    topics: topics.map((t) => ({
      topicId: t.id,
      own: own.get(t.id) ?? 0,
      withChildren: withChildren.get(t.id) ?? 0,
      trend: [...(trend.get(t.id) ?? new Map<string, number>())]
        .map(([period, count]) => ({ period, count }))
        .sort((a, b) => a.period.localeCompare(b.period)),
      cooccurring: sortedCounts(pairs.get(t.id) ?? new Map<string, number>(), 5).map(({ value, count }) => ({ topicId: value, count })),
    })),
  };
}

/**
 * The period summary: counts by status, kind and level; who and what came up most; plan items due.
 * Kept per filters and day, so that panning back to a period answers at once.
 */
export function periodSummary(ctx: RuleContext, rawQuery: unknown): PeriodSummary {
  requireUser(ctx);
  const filters = parseOr(ConsultationFilters, rawQuery, 'query');
  const today = ctx.now.toISOString().slice(0, 10);
  return summaryAnswers(ctx.db, `${today} ${JSON.stringify(filters)}`, () => summarise(ctx, filters, today));
}

function summarise(ctx: RuleContext, filters: ConsultationFilters, today: string): PeriodSummary {
  const items = filterConsultations(ctx.db, filters);
  const homeId = homePartyId(ctx.db);
  const maps = { status: new Map<string, number>(), kind: new Map<string, number>(), level: new Map<string, number>(), party: new Map<string, number>(), topic: new Map<string, number>() };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const c of items) {
    add(maps.status, c.status);
    add(maps.kind, c.kind);
    add(maps.level, c.level);
    for (const p of counterpartsOf(ctx.db, c, homeId)) add(maps.party, p);
    for (const t of new Set(c.topicIds)) add(maps.topic, t);
  }
  const planItems = emptyFulfilment();
  const linked = consultationsByItem(ctx.db);
  const plans = filters.plan ? new Set(filters.plan) : null;
  for (const item of ctx.db.values('planItems')) {
    if (item.deletedAt || (plans && !plans.has(item.planId))) continue;
    if (!overlapsPeriod(item.period, filters.from, filters.to)) continue;
    planItems[withFulfilment(item, linked, today).fulfilment] += 1;
  }
  return {
    total: items.length,
    status: sortedCounts(maps.status),
    kind: sortedCounts(maps.kind),
    level: sortedCounts(maps.level),
    topParties: sortedCounts(maps.party, 10),
    topTopics: sortedCounts(maps.topic, 10),
    planItems,
  };
}
