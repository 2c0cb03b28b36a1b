import { describe, expect, it } from 'vitest';
import { formatCount, rememberingT, type T } from '@/features/timeline/lib/labels';

describe('labels asked again', () => {
  it('answers a repeated phrase from memory, and a different one anew', () => {
    const asked: string[] = [];
    const t: T = (key, options) => {
      asked.push(key);
      return `${key}:${JSON.stringify(options ?? {})}`;
    };
    const remembering = rememberingT(t);
    expect(remembering('cluster.statusCount', { count: 3, status: 'held' })).toBe('cluster.statusCount:{"count":3,"status":"held"}');
    expect(remembering('cluster.statusCount', { count: 3, status: 'held' })).toBe('cluster.statusCount:{"count":3,"status":"held"}');
    expect(remembering('cluster.statusCount', { count: 4, status: 'held' })).toBe('cluster.statusCount:{"count":4,"status":"held"}');
    expect(asked).toEqual(['cluster.statusCount', 'cluster.statusCount']);
    // Another `t` (another language) has a memory of its own.
    const other = rememberingT((key) => `other ${key}`);
    expect(other('cluster.open')).toBe('other cluster.open');
  });

  it('writes counts as the language does, small ones from memory alike', () => {
    expect(formatCount(12, 'en')).toBe('12');
    expect(formatCount(12, 'en')).toBe('12');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'ru')).toBe(new Intl.NumberFormat('ru').format(12345));
    expect(formatCount(2.5, 'en')).toBe('2.5');
  });
});
