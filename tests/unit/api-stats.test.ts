import { describe, expect, it } from 'vitest';
import { listConsultations } from '@mocks/rules/consultations';
import { periodSummary, timelineStats, topicStats } from '@mocks/rules/stats';
import { BY_PARTY_ID, CIS_PARTY_ID, PANDEMIC_TOPIC_ID } from '@mocks/data/ids';
import { ruleContext } from '../helpers/api';

describe('statistics', () => {
  it('count every consultation once per period when not grouped', () => {
    const ctx = ruleContext();
    const stats = timelineStats(ctx, { bucket: 'year' });
    const total = listConsultations(ctx, {}).total;
    expect(stats.total).toBe(total);
    expect(stats.buckets.reduce((s, b) => s + b.total, 0)).toBe(total);
    for (const b of stats.buckets) {
      expect(b.counts.held + b.counts.planned + b.counts.postponed + b.counts.cancelled).toBe(b.total);
    }
  });

  it('put a meeting within an organisation in the organisation lane only', () => {
    const ctx = ruleContext();
    const stats = timelineStats(ctx, { bucket: 'month', groupBy: 'party', from: '2020-12-22', to: '2020-12-22' });
    const lanes = stats.buckets.filter((b) => b.period === '2020-12').map((b) => b.group);
    expect(lanes).toContain(CIS_PARTY_ID);
    expect(lanes).not.toContain('party-kz');
  });

  it('follow the filters', () => {
    const ctx = ruleContext();
    const stats = timelineStats(ctx, { bucket: 'quarter', party: BY_PARTY_ID });
    expect(stats.total).toBe(listConsultations(ctx, { party: BY_PARTY_ID }).total);
    expect(stats.buckets.every((b) => /^\d{4}-Q[1-4]$/.test(b.period))).toBe(true);
  });

  it('give each topic its counts, a quarterly trend and what it occurs with', () => {
    const ctx = ruleContext();
    const pandemic = topicStats(ctx, {}).topics.find((t) => t.topicId === PANDEMIC_TOPIC_ID);
    expect(pandemic?.own).toBe(listConsultations(ctx, { topic: PANDEMIC_TOPIC_ID }).total);
    expect(pandemic?.trend.reduce((s, p) => s + p.count, 0)).toBe(pandemic?.withChildren);
    expect(pandemic?.trend.some((p) => p.period === '2020-Q4')).toBe(true);
    expect(pandemic?.cooccurring.length).toBeGreaterThan(0);
  });

  it('summarise a period by status, counterpart and plan items', () => {
    const ctx = ruleContext();
    const summary = periodSummary(ctx, { from: '2020-01-01', to: '2021-12-31' });
    expect(summary.status.reduce((s, f) => s + f.count, 0)).toBe(summary.total);
    expect(summary.topParties.length).toBeGreaterThan(0);
    const items = summary.planItems;
    expect(items.held + items.planned + items.overdue + items.postponed + items.cancelled).toBeGreaterThan(0);
  });
});
