import { Id } from '@/api/schemas';
import { NO_LANE, epochDay, timelineGroupings, type TimelineGrouping } from '@/api/schemas/timeline';
import {
  parseConsultationFilters,
  withConsultationFilters,
  type ConsultationFilterParams,
  type FilterProblem,
} from '@/lib/consultation-filter-params';
import {
  MAX_WINDOW_DAYS,
  customWindow,
  periodContaining,
  presetWindow,
  presetZooms,
  windowFrom,
  windowTo,
  zooms,
  type PresetZoom,
  type ViewWindow,
  type Zoom,
} from './view-window';

/**
 * Everything a timeline view is, read from and written to its address, so that a link reproduces
 * the view: the consultation filters (shared with the list), the window (`from`, `to`, `zoom`),
 * the grouping, collapsed lanes, the open record and the table view. A value that cannot be used
 * falls back to a sensible one and is reported, never silently dropped.
 */

export const views = ['timeline', 'table'] as const;
export type View = (typeof views)[number];

export type TimelineProblemCode =
  | 'unknown_zoom'
  | 'unknown_group'
  | 'unknown_view'
  | 'invalid_page'
  | 'invalid_selection'
  | 'invalid_lane'
  | 'window_too_long';

export interface TimelineProblem {
  param: string;
  value: string;
  code: TimelineProblemCode;
  /** What is shown instead, for the message: a zoom, a grouping… */
  fallback?: string;
}

export interface TimelineParams {
  /** The filters without the period: the window is the period. */
  filters: Omit<ConsultationFilterParams, 'from' | 'to'>;
  /** Null: nothing chosen, the default window (the whole range of the data) applies. */
  window: ViewWindow | null;
  group: TimelineGrouping;
  collapsed: string[];
  selected: string | null;
  item: string | null;
  view: View;
  page: number;
}

export const DEFAULT_GROUP: TimelineGrouping = 'party';
const laneId = /^(~|[A-Za-z0-9_-]{1,64})$/;

const isZoom = (value: string): value is Zoom => (zooms as readonly string[]).includes(value);
const isPreset = (value: string): value is PresetZoom => (presetZooms as readonly string[]).includes(value);

function readWindow(
  search: URLSearchParams,
  from: string | undefined,
  to: string | undefined,
  today: number,
  problems: TimelineProblem[],
): ViewWindow | null {
  const rawZoom = search.get('zoom')?.trim() ?? '';
  let zoom: Zoom | null = null;
  if (rawZoom) {
    if (isZoom(rawZoom)) zoom = rawZoom;
    else {
      // With a start the nearest sensible view is that year; without, the default view.
      problems.push({ param: 'zoom', value: rawZoom, code: 'unknown_zoom', fallback: from ? 'year' : 'all' });
      zoom = from ? 'year' : null;
    }
  }
  const fromDay = from ? epochDay(from) : null;
  const toDay = to ? epochDay(to) : null;
  if (zoom && isPreset(zoom)) return fromDay === null ? periodContaining(zoom, today) : presetWindow(zoom, fromDay);
  if (fromDay === null && toDay === null) return null;
  const start = fromDay ?? (toDay as number) - 365;
  const end = toDay ?? (fromDay as number) + 365;
  if (end - start + 1 > MAX_WINDOW_DAYS) problems.push({ param: 'to', value: to ?? '', code: 'window_too_long' });
  return customWindow(start, end);
}

/** Reads a timeline address. `today` (a day number) places a preset zoom given without a start. */
export function parseTimelineParams(
  search: URLSearchParams,
  today: number,
): { params: TimelineParams; filterProblems: FilterProblem[]; problems: TimelineProblem[] } {
  const { filters: all, problems: filterProblems } = parseConsultationFilters(search);
  const { from, to, ...filters } = all;
  const problems: TimelineProblem[] = [];
  const window = readWindow(search, from, to, today, problems);

  const rawGroup = search.get('group')?.trim() ?? '';
  let group = DEFAULT_GROUP;
  if (rawGroup) {
    if ((timelineGroupings as readonly string[]).includes(rawGroup)) group = rawGroup as TimelineGrouping;
    else problems.push({ param: 'group', value: rawGroup, code: 'unknown_group', fallback: DEFAULT_GROUP });
  }

  const rawView = search.get('view')?.trim() ?? '';
  let view: View = 'timeline';
  if (rawView) {
    if ((views as readonly string[]).includes(rawView)) view = rawView as View;
    else problems.push({ param: 'view', value: rawView, code: 'unknown_view' });
  }

  const rawPage = search.get('page')?.trim() ?? '';
  let page = 1;
  if (rawPage) {
    const n = Number(rawPage);
    if (Number.isInteger(n) && n >= 1 && n <= 100_000) page = n;
    else problems.push({ param: 'page', value: rawPage, code: 'invalid_page' });
  }

  const collapsed: string[] = [];
  for (const value of (search.get('collapsed') ?? '').split(',').map((v) => v.trim()).filter(Boolean)) {
    if (laneId.test(value)) {
      if (!collapsed.includes(value)) collapsed.push(value);
    } else problems.push({ param: 'collapsed', value, code: 'invalid_lane' });
  }

  const id = (param: 'selected' | 'item'): string | null => {
    const value = search.get(param)?.trim();
    if (!value) return null;
    if (Id.safeParse(value).success) return value;
    problems.push({ param, value, code: 'invalid_selection' });
    return null;
  };

  return {
    params: { filters, window, group, collapsed, selected: id('selected'), item: id('item'), view, page },
    filterProblems,
    problems,
  };
}

/**
 * Writes a timeline view as an address: the filters first (the same names and order as the list's,
 * so the period and filters carry over), then the timeline's own parameters, defaults left out.
 */
export function serializeTimelineParams(params: TimelineParams): URLSearchParams {
  const filters: ConsultationFilterParams = { ...params.filters };
  if (params.window) {
    filters.from = windowFrom(params.window);
    filters.to = windowTo(params.window);
  }
  const search = withConsultationFilters(new URLSearchParams(), filters);
  if (params.window) search.set('zoom', params.window.zoom);
  if (params.group !== DEFAULT_GROUP) search.set('group', params.group);
  if (params.collapsed.length) search.set('collapsed', params.collapsed.join(','));
  if (params.view !== 'timeline') search.set('view', params.view);
  if (params.view === 'table' && params.page > 1) search.set('page', String(params.page));
  if (params.selected) search.set('selected', params.selected);
  if (params.item) search.set('item', params.item);
  return search;
}

/** The lane key of a lane id in the address and in queries. */
export const laneKey = (id: string | null): string => id ?? NO_LANE;
