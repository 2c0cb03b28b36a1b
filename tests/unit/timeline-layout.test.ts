import { describe, expect, it } from 'vitest';
import { epochDay, type TimelineCluster, type TimelineMark } from '@/api/schemas/timeline';
import { axisTicks, type AxisFormat } from '@/features/timeline/lib/axis';
import { cellUnitFor, fetchRange } from '@/features/timeline/lib/fetch-range';
import { GLYPH, collapsedCells, extentOf, layoutLane, type PlacedThing, type Scale } from '@/features/timeline/lib/layout';
import { moveFocus, type NavLane } from '@/features/timeline/lib/navigation';
import { addMonths, presetWindow, scaleWindow, shiftWindow, stepWindow, zoomStep, zoomTo } from '@/features/timeline/lib/view-window';

const day = epochDay;
let n = 0;
const mark = (start: string, extra: Partial<TimelineMark> = {}): TimelineMark => ({
  id: `c-${(n += 1)}`,
  title: `Consultation ${n}`,
  status: 'held',
  kind: 'bilateral',
  start,
  end: start,
  precision: 'day',
  approximate: false,
  overdue: false,
  cell: `d${day(start)}`,
  ...extra,
});

/** December 2020 on 930 pixels: 30 pixels a day. */
const december: Scale = { start: day('2020-12-01'), days: 31, width: 930 };
const overlaps = (a: PlacedThing, b: PlacedThing) => a.band === b.band && a.row === b.row && a.x0 < b.x1 && b.x0 < a.x1;

describe('extent of a date on the axis', () => {
  it('draws a day as a point in the middle of its day', () => {
    const e = extentOf(december, day('2020-12-22'), day('2020-12-22'), 'day', false);
    expect(e.shape).toBe('point');
    expect((e.x0 + e.x1) / 2).toBe(21 * 30 + 15);
    expect(e.x1 - e.x0).toBe(GLYPH);
    expect(e.soft).toBe(false);
  });

  it('draws a month, quarter or year as a soft-edged span over the days it may stand for, not a fake day', () => {
    const e = extentOf(december, day('2020-10-01'), day('2020-12-31'), 'quarter', true);
    expect(e).toMatchObject({ shape: 'span', soft: true });
    expect(e.x0).toBe(-61 * 30);
    expect(e.x1).toBe(31 * 30);
    const meeting = extentOf(december, day('2020-12-09'), day('2020-12-11'), 'day', false);
    expect(meeting).toMatchObject({ shape: 'span', soft: false, x0: 8 * 30, x1: 11 * 30 });
  });

  it('widens what is narrower than a glyph around its middle, so it stays visible', () => {
    const years: Scale = { start: day('2019-01-01'), days: 1461, width: 730 };
    const month = extentOf(years, day('2020-02-01'), day('2020-02-29'), 'month', false);
    expect(month.x1 - month.x0).toBeGreaterThanOrEqual(GLYPH);
    expect(month.soft).toBe(true);
  });
});

describe('stacking and clustering in a lane', () => {
  it('stacks marks that would overlap into rows, and never lets two things in a row overlap', () => {
    const marks = [mark('2020-12-22'), mark('2020-12-22'), mark('2020-12-23'), mark('2020-12-05')];
    const layout = layoutLane({ marks, clusters: [], overdueItems: [] }, december, 'day');
    expect(layout.things).toHaveLength(4);
    expect(layout.rows).toBe(2);
    for (const a of layout.things) for (const b of layout.things) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('turns a cell whose marks find no room into a count of them all, hiding none', () => {
    const crowded = Array.from({ length: 4 }, () => mark('2020-12-22'));
    const layout = layoutLane({ marks: [...crowded, mark('2020-12-10')], clusters: [], overdueItems: [] }, december, 'day', 3);
    const clusters = layout.things.filter((t) => t.kind === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ total: 4, cell: `d${day('2020-12-22')}` });
    expect(clusters[0]?.kind === 'cluster' && clusters[0].members?.length).toBe(4);
    expect(layout.things.filter((t) => t.kind === 'mark')).toHaveLength(1);
  });

  it('never folds a single mark into a "1": it gets a row of its own', () => {
    const marks = [mark('2020-12-22', { cell: 'd1' }), mark('2020-12-22', { cell: 'd2' }), mark('2020-12-22', { cell: 'd3' }), mark('2020-12-22', { cell: 'd4' })];
    const layout = layoutLane({ marks, clusters: [], overdueItems: [] }, december, 'day', 3);
    expect(layout.things.every((t) => t.kind === 'mark')).toBe(true);
    expect(layout.rows).toBe(4);
  });

  it('draws the API’s counts and keeps imprecise dates in their own band below the exact ones', () => {
    const cluster: TimelineCluster = {
      cell: `d${day('2020-12-14')}`,
      start: '2020-12-14',
      end: '2020-12-14',
      coarse: false,
      total: 9,
      approximate: 0,
      overdue: 1,
      counts: { held: 6, planned: 1, postponed: 1, cancelled: 1 },
    };
    const quarter = mark('2020-10-01', { end: '2020-12-31', precision: 'quarter', approximate: true, cell: `~${day('2020-10-01')}:${day('2020-12-31')}` });
    const layout = layoutLane({ marks: [mark('2020-12-14'), quarter], clusters: [cluster], overdueItems: [] }, december, 'day');
    const placedQuarter = layout.things.find((t) => t.kind === 'mark' && t.mark.id === quarter.id);
    expect(placedQuarter?.band).toBe('period');
    expect(layout.periodRows).toBe(1);
    expect(layout.things.find((t) => t.kind === 'cluster')).toMatchObject({ total: 9, band: 'main', members: null });
  });

  it('shows overdue plan items, never folded into a count', () => {
    const item = { id: 'pi-1', planId: 'plan-1', title: 'Round of talks', start: '2020-12-22', end: '2020-12-22', precision: 'day' as const, approximate: false };
    const crowded = Array.from({ length: 6 }, () => mark('2020-12-22'));
    const layout = layoutLane({ marks: crowded, clusters: [], overdueItems: [item] }, december, 'day', 2);
    expect(layout.things.filter((t) => t.kind === 'item')).toHaveLength(1);
  });

  it('sums everything of a collapsed lane per cell', () => {
    const cells = collapsedCells({ marks: [mark('2020-12-01'), mark('2020-12-02')], clusters: [], overdueItems: [] }, 'month', day('2020-01-01'));
    expect(cells).toEqual([{ start: day('2020-12-01'), end: day('2020-12-31'), total: 2 }]);
  });
});

describe('what to ask the API for a window', () => {
  it('chooses cells as narrow as a count allows: quarters over years, days over a month', () => {
    expect(cellUnitFor({ start: 0, days: 1461, width: 900 })).toBe('quarter');
    expect(cellUnitFor({ start: 0, days: 31, width: 900 })).toBe('day');
    expect(cellUnitFor({ start: 0, days: 92, width: 900 })).toBe('week');
  });

  it('asks for a little more than the window, in tiles fixed on the calendar, so small pans reuse the answer', () => {
    const w = presetWindow('month', day('2020-12-01'));
    const range = fetchRange(w, 'day');
    expect(range.from).toBeLessThan(w.start);
    expect(range.to).toBeGreaterThan(w.end);
    expect(fetchRange(shiftWindow(w, 2), 'day')).toEqual(range);
  });
});

describe('the window', () => {
  it('moves by whole periods, and keeps a month a month across month lengths', () => {
    expect(addMonths(day('2020-01-31'), 1)).toBe(day('2020-02-29'));
    const january = presetWindow('month', day('2021-01-01'));
    expect(stepWindow(january, -1)).toEqual(presetWindow('month', day('2020-12-01')));
    expect(presetWindow('quarter', day('2020-10-01')).end).toBe(day('2020-12-31'));
  });

  it('zooms to the period holding the centre, and out again', () => {
    const years = { zoom: 'custom' as const, start: day('2019-01-01'), end: day('2022-12-31') };
    expect(zoomTo(years, 'year')).toEqual(presetWindow('year', day('2020-01-01')));
    const month = presetWindow('month', day('2020-12-01'));
    expect(zoomStep(month, 'out', years)).toEqual(presetWindow('quarter', day('2020-10-01')));
    expect(zoomStep(presetWindow('year', day('2020-01-01')), 'out', years)).toEqual(years);
    const scaled = scaleWindow(years, 0.5, day('2021-01-01'));
    expect(scaled.end - scaled.start + 1).toBe(Math.round(1461 / 2));
  });
});

describe('keyboard movement between marks', () => {
  const lanes: NavLane[] = [
    { key: 'party-by', things: [{ key: 'a', x: 10, row: 0 }, { key: 'b', x: 300, row: 0 }] },
    { key: 'party-ru', things: [] },
    { key: 'party-cis', things: [{ key: 'c', x: 40, row: 0 }, { key: 'd', x: 290, row: 1 }] },
  ];

  it('moves along a lane in time, and stops at its ends', () => {
    expect(moveFocus(lanes, { lane: 'party-by', thing: 'a' }, 'ArrowRight')).toEqual({ lane: 'party-by', thing: 'b' });
    expect(moveFocus(lanes, { lane: 'party-by', thing: 'b' }, 'ArrowRight')).toBeNull();
    expect(moveFocus(lanes, { lane: 'party-cis', thing: 'd' }, 'Home')).toEqual({ lane: 'party-cis', thing: 'c' });
  });

  it('moves to the nearest mark in time in the next lane that has any', () => {
    expect(moveFocus(lanes, { lane: 'party-by', thing: 'b' }, 'ArrowDown')).toEqual({ lane: 'party-cis', thing: 'd' });
    expect(moveFocus(lanes, { lane: 'party-cis', thing: 'c' }, 'ArrowUp')).toEqual({ lane: 'party-by', thing: 'a' });
    expect(moveFocus(lanes, { lane: 'party-by', thing: 'a' }, 'ArrowUp')).toBeNull();
  });

  it('starts at the first mark when the focused one is gone', () => {
    expect(moveFocus(lanes, { lane: 'party-ru', thing: 'zzz' }, 'ArrowRight')).toEqual({ lane: 'party-by', thing: 'a' });
  });
});

describe('axis', () => {
  const format: AxisFormat = {
    year: (y) => String(y),
    quarter: (q) => `Q${q}`,
    monthShort: (iso) => `m${iso.slice(5, 7)}`,
    monthLong: (iso) => `M${iso.slice(0, 7)}`,
  };

  it('labels days under their month over a month, and quarters under years over years', () => {
    const month = axisTicks(december, format);
    expect(month.fine).toBe('day');
    expect(month.fineTicks).toHaveLength(31);
    expect(month.coarseTicks.map((t) => t.label)).toEqual(['M2020-12']);
    const years = axisTicks({ start: day('2019-01-01'), days: 1461, width: 900 }, format);
    expect(years.fine).toBe('quarter');
    expect(years.coarseTicks.map((t) => t.label)).toEqual(['2019', '2020', '2021', '2022']);
  });

  it('names the period in view at the left edge when the window starts inside it', () => {
    const ticks = axisTicks({ start: day('2020-12-14'), days: 31, width: 930 }, format);
    expect(ticks.coarseTicks[0]).toEqual({ day: day('2020-12-14'), label: 'M2020-12' });
    expect(ticks.coarseTicks[1]?.label).toBe('M2021-01');
  });
});
