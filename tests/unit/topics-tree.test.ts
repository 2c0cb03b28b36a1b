import { describe, expect, it } from 'vitest';
import type { TopicStat } from '@/api/schemas';
import { listConsultations } from '@mocks/rules/consultations';
import { listDirectory } from '@mocks/rules/directory';
import { topicStats } from '@mocks/rules/stats';
import { PANDEMIC_TOPIC_ID } from '@mocks/data/ids';
import {
  buildTopicTree,
  descendantsOf,
  filterTree,
  flatten,
  onAxis,
  quarterAxis,
  quarterSpan,
  sortTree,
  type TopicRecord,
} from '@/features/topics/topic-tree';
import { peakOf } from '@/features/topics/trend-text';
import { ruleContext } from '../helpers/api';

const rec = (id: string, parentId: string | null, en: string, ru = en): TopicRecord => ({
  id,
  parentId,
  name: { en, ru },
});
const stat = (
  topicId: string,
  withChildren: number,
  trend: [string, number][] = [],
): TopicStat => ({
  topicId,
  own: withChildren,
  withChildren,
  trend: trend.map(([period, count]) => ({ period, count })),
  cooccurring: [],
});

describe('topic tree', () => {
  const topics = [
    rec('a', null, 'Security', 'Безопасность'),
    rec('b', 'a', 'Terrorism', 'Терроризм'),
    rec('c', 'a', 'Afghanistan', 'Афганистан'),
    rec('d', null, 'Economy', 'Экономика'),
    rec('e', 'gone', 'Orphan'),
  ];
  const stats = [stat('a', 9), stat('b', 2), stat('c', 7), stat('d', 3)];

  it('nests topics under their parents, with depths and statistics', () => {
    const roots = buildTopicTree(topics, stats, 'en');
    expect(roots.map((r) => r.id).sort()).toEqual(['a', 'd', 'e']);
    const security = roots.find((r) => r.id === 'a');
    expect(security?.children.map((c) => [c.id, c.depth, c.withChildren])).toEqual([
      ['b', 1, 2],
      ['c', 1, 7],
    ]);
    // A topic whose parent is gone stays visible, as a root, with zero counts.
    expect(roots.find((r) => r.id === 'e')).toMatchObject({ depth: 0, own: 0, withChildren: 0 });
  });

  it('survives a parent chain that loops', () => {
    const looping = [rec('x', 'y', 'X'), rec('y', 'x', 'Y')];
    expect(
      flatten(buildTopicTree(looping, [], 'en'))
        .map((n) => n.id)
        .sort(),
    ).toEqual(['x', 'y']);
  });

  it('orders siblings by name in the UI language, or most discussed first, at every level', () => {
    const tree = buildTopicTree(topics, stats, 'ru');
    expect(flatten(sortTree(tree, 'name', 'ru')).map((n) => n.name)).toEqual([
      'Безопасность',
      'Афганистан',
      'Терроризм',
      'Экономика',
      'Orphan',
    ]);
    expect(flatten(sortTree(tree, 'count', 'en')).map((n) => n.id)).toEqual([
      'a',
      'c',
      'b',
      'd',
      'e',
    ]);
  });

  it('finds topics in any language and keeps the path down to them', () => {
    const tree = buildTopicTree(topics, stats, 'en');
    expect(flatten(filterTree(tree, 'терроризм')).map((n) => n.id)).toEqual(['a', 'b']);
    expect(flatten(filterTree(tree, 'econom')).map((n) => n.id)).toEqual(['d']);
    expect(filterTree(tree, 'atlantis')).toEqual([]);
    expect(filterTree(tree, '  ')).toHaveLength(3);
  });

  it('puts every trend on one quarterly axis, gaps as zeros', () => {
    const axis = quarterAxis([
      stat('a', 3, [
        ['2020-Q3', 1],
        ['2021-Q2', 2],
      ]),
      stat('b', 1, [['2020-Q4', 1]]),
    ]);
    expect(axis).toEqual(['2020-Q3', '2020-Q4', '2021-Q1', '2021-Q2']);
    expect(onAxis([{ period: '2021-Q2', count: 2 }], axis)).toEqual([0, 0, 0, 2]);
    expect(quarterAxis([])).toEqual([]);
    expect(peakOf([0, 3, 1, 3], axis)).toEqual({ period: '2020-Q4', count: 3 });
    expect(peakOf([0, 0], axis)).toBeNull();
    expect(quarterSpan('2020-Q4')).toEqual({ from: '2020-10-01', to: '2020-12-31' });
    expect(quarterSpan('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('knows where a topic may not be moved: itself and everything below it', () => {
    expect([...descendantsOf('a', topics)].sort()).toEqual(['a', 'b', 'c']);
    expect([...descendantsOf('b', topics)]).toEqual(['b']);
  });
});

describe('topic statistics as the topics page reads them', () => {
  it('counts with subtopics exactly as the consultations list filtered by the topic', () => {
    const ctx = ruleContext();
    const stats = topicStats(ctx, {}).topics;
    for (const s of stats) {
      expect(s.withChildren, s.topicId).toBe(
        listConsultations(ctx, { topic: s.topicId, limit: '1' }).total,
      );
      expect(s.own, s.topicId).toBeLessThanOrEqual(s.withChildren);
      expect(
        s.trend.reduce((sum, q) => sum + q.count, 0),
        s.topicId,
      ).toBe(s.withChildren);
    }
  });

  it('builds the demo taxonomy into one tree whose roots add up, with the pandemic under foreign policy', () => {
    const ctx = ruleContext();
    const tree = buildTopicTree(
      listDirectory(ctx, 'topic', {}).items,
      topicStats(ctx, {}).topics,
      'en',
    );
    const all = flatten(tree);
    expect(all).toHaveLength(listDirectory(ctx, 'topic', {}).total);
    const pandemic = all.find((n) => n.id === PANDEMIC_TOPIC_ID);
    expect(pandemic?.parentId).toBe('topic-foreign-policy');
    expect(pandemic?.children.map((c) => c.id)).toContain('topic-vaccines');
    // The pandemic rose in 2020: nothing before it, then a peak.
    const axis = quarterAxis(topicStats(ctx, {}).topics);
    const values = onAxis(pandemic?.trend ?? [], axis);
    const firstNonZero = axis[values.findIndex((v) => v > 0)] ?? '';
    expect(firstNonZero >= '2020-Q1').toBe(true);
  });

  it('counts co-occurrence symmetrically', () => {
    const ctx = ruleContext();
    const stats = new Map(topicStats(ctx, {}).topics.map((s) => [s.topicId, s]));
    for (const s of stats.values()) {
      for (const c of s.cooccurring) {
        const back = stats.get(c.topicId)?.cooccurring.find((x) => x.topicId === s.topicId);
        // The other side lists at most five; when it lists this one, the count agrees.
        if (back) expect(back.count).toBe(c.count);
      }
    }
  });
});
