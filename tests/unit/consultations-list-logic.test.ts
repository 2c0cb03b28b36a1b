import { describe, expect, it } from 'vitest';
import { quarterPeriod, quickChoiceOf, yearChoices, yearPeriod } from '@/components/filter-bar';
import { counterpartIds } from '@/lib/counterparts';
import { collectPages } from '@/features/consultations/list/export-rows';
import { listParamsOf } from '@/features/consultations/list/list-query';
import {
  pageCount,
  parseListView,
  serializeListView,
} from '@/features/consultations/list/list-view';

describe('list view in the address', () => {
  it('defaults to newest first, page 1, 50 rows', () => {
    expect(parseListView(new URLSearchParams(''))).toEqual({
      view: { filters: {}, sort: { field: 'date', desc: true }, page: 1, size: 50 },
      problems: [],
    });
  });

  it('reads sort, page and size beside the filters', () => {
    const { view, problems } = parseListView(
      new URLSearchParams('status=held&sort=title&page=3&size=100'),
    );
    expect(problems).toEqual([]);
    expect(view).toEqual({
      filters: { status: ['held'] },
      sort: { field: 'title', desc: false },
      page: 3,
      size: 100,
    });
    expect(listParamsOf(view)).toEqual({
      status: ['held'],
      sort: 'title',
      offset: 200,
      limit: 100,
    });
  });

  it('drops a bad sort, page or size and reports it', () => {
    const { view, problems } = parseListView(
      new URLSearchParams('sort=-colour&page=0&size=100000'),
    );
    expect(view).toEqual({ filters: {}, sort: { field: 'date', desc: true }, page: 1, size: 50 });
    expect(problems).toEqual([
      { param: 'sort', value: '-colour', code: 'unknown_value' },
      { param: 'page', value: '0', code: 'unknown_value' },
      { param: 'size', value: '100000', code: 'unknown_value' },
    ]);
    expect(parseListView(new URLSearchParams('page=2.5')).problems).toEqual([
      { param: 'page', value: '2.5', code: 'unknown_value' },
    ]);
  });

  it('writes the shortest address: defaults left out, other parameters kept', () => {
    const base = new URLSearchParams('demo=1000&page=4');
    expect(
      serializeListView(
        {
          filters: { party: ['party-by'] },
          sort: { field: 'date', desc: true },
          page: 1,
          size: 50,
        },
        base,
      ).toString(),
    ).toBe('demo=1000&party=party-by');
    expect(
      serializeListView({
        filters: {},
        sort: { field: 'level', desc: true },
        page: 2,
        size: 25,
      }).toString(),
    ).toBe('sort=-level&page=2&size=25');
  });

  it('round-trips', () => {
    const view = {
      filters: { q: 'CIS', level: ['expert' as const] },
      sort: { field: 'status' as const, desc: false },
      page: 7,
      size: 200,
    };
    expect(parseListView(serializeListView(view)).view).toEqual(view);
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(50_000, 50)).toBe(1000);
  });
});

describe('quick period choices', () => {
  it('gives whole years and quarters', () => {
    expect(yearPeriod(2020)).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(quarterPeriod(2020, 1)).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(quarterPeriod(2021, 4)).toEqual({ from: '2021-10-01', to: '2021-12-31' });
  });

  it('recognises a period that is a quick choice', () => {
    expect(quickChoiceOf('2020-01-01', '2020-12-31')).toEqual({ year: 2020, quarter: null });
    expect(quickChoiceOf('2020-07-01', '2020-09-30')).toEqual({ year: 2020, quarter: 3 });
    expect(quickChoiceOf('2020-07-01', '2020-09-29')).toBeNull();
    expect(quickChoiceOf('2020-01-01', '2021-12-31')).toBeNull();
    expect(quickChoiceOf('2020-01-01', undefined)).toBeNull();
  });

  it('offers years around today, those with consultations, and the chosen one', () => {
    const today = new Date('2026-05-01T00:00:00Z');
    expect(yearChoices(undefined, null, today)).toEqual([
      2028, 2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020,
    ]);
    expect(yearChoices(['2012', 'x'], 2001, today)).toEqual([
      2028, 2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2012, 2001,
    ]);
  });
});

describe('counterparts', () => {
  const parties = new Map([
    ['party-kz', { code: 'KZ', type: 'country' }],
    ['party-by', { code: 'BY', type: 'country' }],
    ['party-ru', { code: 'RU', type: 'country' }],
    ['party-cis', { code: 'CIS', type: 'organisation' }],
  ]);
  it('leaves out the home party', () => {
    expect(counterpartIds(['party-kz', 'party-by'], parties)).toEqual(['party-by']);
  });
  it('gives the organisation for a meeting within one', () => {
    expect(counterpartIds(['party-cis', 'party-kz', 'party-ru'], parties)).toEqual(['party-cis']);
  });
  it('keeps unknown ids, and the parties themselves when only the home party is there', () => {
    expect(counterpartIds(['party-kz', 'party-x'], parties)).toEqual(['party-x']);
    expect(counterpartIds(['party-kz'], parties)).toEqual(['party-kz']);
  });
});

describe('collectPages', () => {
  const source = Array.from({ length: 1234 }, (_, i) => i);
  const fetchPage = (offset: number, limit: number) =>
    Promise.resolve({
      items: source.slice(offset, offset + limit),
      total: source.length,
      offset,
      limit,
    });

  it('collects every row page by page, reporting progress', async () => {
    const progress: number[] = [];
    const result = await collectPages(fetchPage, {
      pageSize: 500,
      onProgress: (done) => progress.push(done),
    });
    expect(result.rows).toEqual(source);
    expect(result.capped).toBe(false);
    expect(progress).toEqual([500, 1000, 1234]);
  });

  it('stops at the cap and says so', async () => {
    const result = await collectPages(fetchPage, { pageSize: 500, cap: 700 });
    expect(result.rows).toEqual(source.slice(0, 700));
    expect(result).toMatchObject({ total: 1234, capped: true });
  });

  it('handles an empty set and an abort', async () => {
    const empty = await collectPages(() =>
      Promise.resolve({ items: [], total: 0, offset: 0, limit: 500 }),
    );
    expect(empty).toEqual({ rows: [], total: 0, capped: false });
    const controller = new AbortController();
    controller.abort();
    await expect(collectPages(fetchPage, { signal: controller.signal })).rejects.toThrow();
  });
});
