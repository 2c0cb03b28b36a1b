import { describe, expect, it } from 'vitest';
import {
  cellIndexOf,
  cellIndexStart,
  cellKeyOf,
  cellRange,
  civilFromDays,
  daysFromCivil,
  epochDay,
  isoOfDay,
  unitCell,
  type CellUnit,
} from '@/api/schemas/timeline';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { BY_PARTY_ID, CIS_PARTY_ID, KZ_PARTY_ID, SEED_CIS_ID, SEED_KZ_BY_ID } from '@mocks/data/ids';
import { ApiError } from '@mocks/rules/errors';
import { listConsultations } from '@mocks/rules/consultations';
import { listPlanItems, listPlans } from '@mocks/rules/plans';
import { dateSpanDays, timelineCluster, timelineExtent, timelineMarks } from '@mocks/rules/timeline';
import { api, ruleContext } from '../helpers/api';

const allIds = (result: ReturnType<typeof timelineMarks>) => new Set(result.lanes.flatMap((l) => l.marks.map((m) => m.id)));

describe('calendar cells', () => {
  it('convert days to dates and back, across leap years and centuries', () => {
    for (const iso of ['1970-01-01', '1999-12-31', '2000-02-29', '2020-12-22', '2021-03-01', '2100-03-01']) {
      expect(isoOfDay(epochDay(iso))).toBe(iso);
    }
    expect(epochDay('1970-01-02')).toBe(1);
    expect(civilFromDays(daysFromCivil(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('start weeks on Monday and months, quarters and years on their first day', () => {
    const day = epochDay('2020-12-24'); // a Thursday
    expect(isoOfDay(unitCell(day, 'week').start)).toBe('2020-12-21');
    expect(isoOfDay(unitCell(day, 'week').end)).toBe('2020-12-27');
    expect(isoOfDay(unitCell(day, 'month').end)).toBe('2020-12-31');
    expect(isoOfDay(unitCell(day, 'quarter').start)).toBe('2020-10-01');
    expect(isoOfDay(unitCell(epochDay('2020-02-10'), 'month').end)).toBe('2020-02-29');
    expect(isoOfDay(unitCell(day, 'year').start)).toBe('2020-01-01');
  });

  it('number cells so that the next index starts the day after the last one ends', () => {
    for (const unit of ['day', 'week', 'month', 'quarter', 'year'] as CellUnit[]) {
      let index = cellIndexOf(epochDay('2019-11-15'), unit);
      for (let n = 0; n < 30; n += 1, index += 1) {
        const start = cellIndexStart(index, unit);
        expect(cellIndexOf(start, unit)).toBe(index);
        expect(cellIndexOf(start - 1, unit)).toBe(index - 1);
      }
    }
  });

  it('give a date coarser than the unit a cell of its own period, and clamp long spans to the window', () => {
    const quarter = dateSpanDays({ start: '2020-10-01', precision: 'quarter' });
    const key = cellKeyOf({ ...quarter, precision: 'quarter' }, 'month', epochDay('2020-01-01'));
    expect(cellRange(key)).toEqual({ start: epochDay('2020-10-01'), end: epochDay('2020-12-31'), coarse: true });
    const sameUnit = cellKeyOf({ ...quarter, precision: 'quarter' }, 'quarter', epochDay('2020-11-15'));
    expect(cellRange(sameUnit)).toEqual({ start: epochDay('2020-10-01'), end: epochDay('2020-12-31'), coarse: false });
    const day = epochDay('2020-12-22');
    expect(cellRange(cellKeyOf({ startDay: day, endDay: day, precision: 'day' }, 'week', 0))?.start).toBe(epochDay('2020-12-21'));
    expect(cellRange('nonsense')).toBeNull();
  });

  it('read a date span as fuzzyDateEnd does', () => {
    const dates = [
      { start: '2020-12-22', precision: 'day' as const },
      { start: '2020-12-22', end: '2020-12-24', precision: 'day' as const },
      { start: '2020-02-01', precision: 'month' as const },
      { start: '2020-10-01', precision: 'quarter' as const },
      { start: '2021-01-01', precision: 'year' as const },
    ];
    for (const date of dates) {
      const span = dateSpanDays(date);
      expect(isoOfDay(span.startDay)).toBe(date.start);
      expect(isoOfDay(span.endDay)).toBe(fuzzyDateEnd(date));
    }
  });
});

describe('GET /timeline/marks', () => {
  const window2020 = { from: '2020-01-01', to: '2020-12-31', unit: 'month' as const };

  it('counts the same consultations as the list for the same window and filters', () => {
    const ctx = ruleContext();
    const filterSets = [
      {},
      { party: BY_PARTY_ID },
      { status: 'held' },
      { status: 'planned,cancelled', level: 'expert,ministerial' },
      { kind: 'multilateral', format: 'video' },
      { q: 'pandemic' },
      { topic: 'topic-pandemic', level: 'expert' },
      { plan: 'plan-kz-by-2020', includeDeleted: 'true' },
    ];
    for (const filters of filterSets) {
      for (const [from, to] of [['2020-01-01', '2020-12-31'], ['2020-12-01', '2020-12-31'], ['2019-01-01', '2023-12-31']]) {
        const marks = timelineMarks(ctx, { ...filters, from, to, unit: 'month', groupBy: 'none' });
        expect(marks.total, JSON.stringify({ filters, from, to })).toBe(listConsultations(ctx, { ...filters, from, to }).total);
      }
    }
  });

  it('draws the KZ–BY seed consultation in the Belarus lane as a quarter, and the CIS one in the CIS lane only', () => {
    const ctx = ruleContext();
    const marks = timelineMarks(ctx, { ...window2020, groupBy: 'party', maxPerCell: 50 });
    const by = marks.lanes.find((l) => l.id === BY_PARTY_ID);
    const seed = by?.marks.find((m) => m.id === SEED_KZ_BY_ID);
    expect(seed).toMatchObject({ start: '2020-10-01', end: '2020-12-31', precision: 'quarter', approximate: true, status: 'held' });
    expect(by?.name?.en).toBe('Belarus');
    const cis = marks.lanes.find((l) => l.id === CIS_PARTY_ID);
    expect(cis?.organisation).toBe(true);
    expect(cis?.marks.some((m) => m.id === SEED_CIS_ID)).toBe(true);
    const elsewhere = marks.lanes.filter((l) => l.id !== CIS_PARTY_ID && l.marks.some((m) => m.id === SEED_CIS_ID));
    expect(elsewhere).toEqual([]);
    expect(marks.lanes.some((l) => l.id === KZ_PARTY_ID)).toBe(false);
  });

  it('turns a crowded cell into a count, and the counts add up to every consultation of the lane', () => {
    const ctx = ruleContext();
    const marks = timelineMarks(ctx, { from: '2019-01-01', to: '2022-12-31', unit: 'year', groupBy: 'party', maxPerCell: 2 });
    const crowded = marks.lanes.find((l) => l.clusters.length > 0);
    expect(crowded).toBeDefined();
    for (const lane of marks.lanes) {
      const counted = lane.marks.length + lane.clusters.reduce((sum, c) => sum + c.total, 0);
      expect(counted).toBe(lane.total);
      for (const cluster of lane.clusters) {
        expect(cluster.total).toBeGreaterThan(2);
        const { planned, held, postponed, cancelled } = cluster.counts;
        expect(planned + held + postponed + cancelled).toBe(cluster.total);
      }
    }
  });

  it('opens a cluster: its consultations, in date order, as many as it counts', () => {
    const ctx = ruleContext();
    const query = { from: '2019-01-01', to: '2022-12-31', unit: 'year' as const, groupBy: 'party' as const };
    const marks = timelineMarks(ctx, { ...query, maxPerCell: 2 });
    const lane = marks.lanes.find((l) => l.clusters.length > 0 && l.id);
    const cluster = lane?.clusters[0];
    if (!lane?.id || !cluster) throw new Error('expected a cluster');
    const page = timelineCluster(ctx, { ...query, lane: lane.id, cell: cluster.cell, limit: 500 });
    expect(page.total).toBe(cluster.total);
    expect(page.items).toHaveLength(cluster.total);
    const starts = page.items.map((m) => m.start);
    expect([...starts].sort()).toEqual(starts);
    expect(page.items.filter((m) => m.status === 'held')).toHaveLength(cluster.counts.held);
  });

  it('puts a meeting in each of its topics’ lanes when grouped by topic', () => {
    const ctx = ruleContext();
    const marks = timelineMarks(ctx, { ...window2020, groupBy: 'topic', maxPerCell: 50 });
    const lanes = marks.lanes.filter((l) => l.marks.some((m) => m.id === SEED_KZ_BY_ID)).map((l) => l.id);
    expect(lanes).toEqual(expect.arrayContaining(['topic-pandemic', 'topic-eaeu', 'topic-3d']));
    expect(marks.total).toBeLessThan(marks.lanes.reduce((sum, l) => sum + l.total, 0));
  });

  it('marks planned consultations whose period has passed as overdue', () => {
    const ctx = ruleContext(); // today: 2026-11-28
    const marks = timelineMarks(ctx, { from: '2019-01-01', to: '2023-12-31', unit: 'month', groupBy: 'none', status: 'planned', maxPerCell: 50 });
    const all = marks.lanes.flatMap((l) => l.marks);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((m) => m.overdue)).toBe(true);
  });

  it('shows overdue plan items that no consultation answers, in their plan’s lane', () => {
    const ctx = ruleContext();
    const overdue = listPlans(ctx, {})
      .items.flatMap((plan) => listPlanItems(ctx, plan.id))
      .find((item) => item.fulfilment === 'overdue' && item.consultationIds.length === 0);
    if (!overdue) throw new Error('the demo data has an overdue plan item');
    const query = { from: '2019-01-01', to: '2023-12-31', unit: 'quarter' as const };
    const byPlan = timelineMarks(ctx, { ...query, groupBy: 'plan' });
    const lane = byPlan.lanes.find((l) => l.id === overdue.planId);
    expect(lane?.overdueItems.map((i) => i.id)).toContain(overdue.id);
    // A topic filter cannot hold for an item, which has no topics: it is left out.
    const byTopic = timelineMarks(ctx, { ...query, groupBy: 'plan', topic: 'topic-pandemic' });
    expect(byTopic.lanes.flatMap((l) => l.overdueItems)).toEqual([]);
  });

  it('leaves deleted consultations out unless asked', () => {
    const ctx = ruleContext();
    const seed = ctx.db.get('consultations', SEED_KZ_BY_ID);
    if (!seed) throw new Error('seed');
    ctx.db.commit([{ collection: 'consultations', record: { ...seed, deletedAt: '2021-01-01T00:00:00.000Z', version: seed.version + 1 } }]);
    const query = { ...window2020, groupBy: 'party' as const, maxPerCell: 50 };
    expect(allIds(timelineMarks(ctx, query)).has(SEED_KZ_BY_ID)).toBe(false);
    expect(allIds(timelineMarks(ctx, { ...query, includeDeleted: 'true' })).has(SEED_KZ_BY_ID)).toBe(true);
  });

  it('refuses a window whose end is before its start, and an unknown unit', () => {
    const ctx = ruleContext();
    const refusal = (query: unknown) => {
      try {
        timelineMarks(ctx, query);
      } catch (error) {
        if (error instanceof ApiError) return { status: error.status, fields: error.problem.errors?.map((e) => e.field) };
      }
      return null;
    };
    expect(refusal({ from: '2021-01-01', to: '2020-01-01', unit: 'month' })).toEqual({ status: 400, fields: ['to'] });
    expect(refusal({ from: '2021-01-01', to: '2021-02-01', unit: 'decade' })).toEqual({ status: 400, fields: ['unit'] });
    expect(refusal({ from: '2021-02-30', to: '2021-03-01', unit: 'day' })?.fields).toEqual(['from']);
  });

  it('gives the first and last day of the data', () => {
    const extent = timelineExtent(ruleContext());
    expect(extent.first?.startsWith('2019')).toBe(true);
    expect(extent.last && extent.last >= '2022-12-31').toBe(true);
    expect(extent.total).toBeGreaterThan(100);
  });

  it('is served over HTTP and refuses anonymous requests', async () => {
    const ok = await api('GET', '/timeline/marks?from=2020-12-01&to=2020-12-31&unit=day&groupBy=party&party=party-cis');
    expect(ok.status).toBe(200);
    expect((ok.body as { total: number }).total).toBeGreaterThan(0);
    const anonymous = await api('GET', '/timeline/extent', { as: null });
    expect(anonymous.status).toBe(401);
  });
});
