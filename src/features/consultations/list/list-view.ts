import { consultationSortFields } from '@/api/schemas';
import {
  parseConsultationFilters,
  withConsultationFilters,
  type ConsultationFilterParams,
  type FilterProblem,
} from '@/lib/consultation-filter-params';

export type SortField = (typeof consultationSortFields)[number];
export interface Sort {
  field: SortField;
  desc: boolean;
}

export const DEFAULT_SORT: Sort = { field: 'date', desc: true };
export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** What the list shows: filters, order and page, all read from (and written to) its address. */
export interface ListView {
  filters: ConsultationFilterParams;
  sort: Sort;
  /** 1-based. */
  page: number;
  size: number;
}

/** The direction a column starts in when first chosen: newest first for dates, A→Z otherwise. */
export const firstDirectionDesc = (field: SortField): boolean =>
  field === 'date' || field === 'updatedAt';

export const sortParam = (sort: Sort): string => `${sort.desc ? '-' : ''}${sort.field}`;

function parseSort(raw: string | null, problems: FilterProblem[]): Sort {
  if (!raw) return DEFAULT_SORT;
  const desc = raw.startsWith('-');
  const field = raw.replace(/^-/, '');
  if ((consultationSortFields as readonly string[]).includes(field))
    return { field: field as SortField, desc };
  problems.push({ param: 'sort', value: raw, code: 'unknown_value' });
  return DEFAULT_SORT;
}

function parsePositive(
  raw: string | null,
  param: string,
  fallback: number,
  problems: FilterProblem[],
): number {
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1) return n;
  problems.push({ param, value: raw, code: 'unknown_value' });
  return fallback;
}

/** Reads the list's view from its address; anything unusable is dropped and reported. */
export function parseListView(params: URLSearchParams): {
  view: ListView;
  problems: FilterProblem[];
} {
  const { filters, problems } = parseConsultationFilters(params);
  const sort = parseSort(params.get('sort'), problems);
  const page = parsePositive(params.get('page'), 'page', 1, problems);
  const rawSize = params.get('size');
  let size = DEFAULT_PAGE_SIZE;
  if (rawSize) {
    if ((PAGE_SIZES as readonly number[]).includes(Number(rawSize))) size = Number(rawSize);
    else problems.push({ param: 'size', value: rawSize, code: 'unknown_value' });
  }
  return { view: { filters, sort, page, size }, problems };
}

/**
 * Writes a view as an address, defaults left out, so `/consultations` is the plain list and a link
 * is as short as it can be. Parameters the list does not own are kept.
 */
export function serializeListView(
  view: ListView,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = withConsultationFilters(base, view.filters);
  for (const key of ['sort', 'page', 'size']) params.delete(key);
  if (view.sort.field !== DEFAULT_SORT.field || view.sort.desc !== DEFAULT_SORT.desc)
    params.set('sort', sortParam(view.sort));
  if (view.page > 1) params.set('page', String(view.page));
  if (view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size));
  return params;
}

export const pageCount = (total: number, size: number): number =>
  Math.max(1, Math.ceil(total / size));
