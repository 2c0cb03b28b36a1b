import { describe, expect, it } from 'vitest';
import { epochDay } from '@/api/schemas/timeline';
import { parseTimelineParams, serializeTimelineParams } from '@/features/timeline/lib/url-state';
import { presetWindow } from '@/features/timeline/lib/view-window';

const today = epochDay('2026-11-28');
const parse = (search: string) => parseTimelineParams(new URLSearchParams(search), today);

describe('timeline address', () => {
  it('reads filters, window, grouping, lanes, selection and view', () => {
    const { params, problems, filterProblems } = parse(
      'party=party-by&status=held,planned&from=2020-01-01&to=2021-12-31&zoom=custom&group=plan&collapsed=~,party-ru&selected=c-seed-kz-by&view=table&page=3',
    );
    expect(problems).toEqual([]);
    expect(filterProblems).toEqual([]);
    expect(params).toMatchObject({
      filters: { party: ['party-by'], status: ['planned', 'held'] },
      window: { zoom: 'custom', start: epochDay('2020-01-01'), end: epochDay('2021-12-31') },
      group: 'plan',
      collapsed: ['~', 'party-ru'],
      selected: 'c-seed-kz-by',
      view: 'table',
      page: 3,
    });
  });

  it('writes the same view back to the same address', () => {
    const search = 'from=2020-12-01&to=2020-12-31&party=party-by&zoom=month&group=topic&selected=c-seed-cis';
    const { params } = parse(search);
    const written = serializeTimelineParams(params);
    expect(parse(written.toString()).params).toEqual(params);
    expect(written.get('to')).toBe('2020-12-31');
  });

  it('reads a preset zoom from its start, and a preset without a start as the period of today', () => {
    expect(parse('zoom=quarter&from=2020-10-01').params.window).toEqual(presetWindow('quarter', epochDay('2020-10-01')));
    expect(parse('zoom=month').params.window).toEqual(presetWindow('month', epochDay('2026-11-01')));
    expect(parse('').params.window).toBeNull();
  });

  it('falls back from a nonsense zoom, grouping, view and page, and says so', () => {
    const { params, problems } = parse('zoom=decade&from=2020-01-01&group=country&view=map&page=-2&selected=<script>');
    expect(params.window).toEqual(presetWindow('year', epochDay('2020-01-01')));
    expect(params.group).toBe('party');
    expect(params.view).toBe('timeline');
    expect(params.page).toBe(1);
    expect(params.selected).toBeNull();
    expect(problems.map((p) => [p.param, p.code, p.fallback])).toEqual([
      ['zoom', 'unknown_zoom', 'year'],
      ['group', 'unknown_group', 'party'],
      ['view', 'unknown_view', undefined],
      ['page', 'invalid_page', undefined],
      ['selected', 'invalid_selection', undefined],
    ]);
  });

  it('takes an end before the start the other way round, and reports unknown filter values', () => {
    const { params, filterProblems } = parse('from=2021-12-31&to=2020-01-01&status=finished');
    expect(params.window).toMatchObject({ start: epochDay('2020-01-01'), end: epochDay('2021-12-31') });
    expect(filterProblems.map((p) => p.code).sort()).toEqual(['end_before_start', 'unknown_value']);
  });

  it('keeps a window within forty years, and says so', () => {
    const { params, problems } = parse('from=1900-01-01&to=2026-01-01');
    expect(params.window && params.window.end - params.window.start + 1).toBe(366 * 40);
    expect(problems.map((p) => p.code)).toEqual(['window_too_long']);
  });
});
