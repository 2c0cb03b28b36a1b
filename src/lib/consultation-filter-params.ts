import {
  Id,
  IsoDate,
  consultationFormats,
  consultationKinds,
  consultationLevels,
  consultationStatuses,
  type ConsultationFormat,
  type ConsultationKind,
  type ConsultationLevel,
  type ConsultationStatus,
} from '@/api/schemas';

/**
 * The consultation filters as a page holds them: every list already split, every value checked.
 * The shape is accepted as it is by the API's list, facets and statistics queries.
 * `kind` and `format` take one value, as the API does; the other enums and ids take several,
 * which are alternatives (Belarus or Russia).
 */
export interface ConsultationFilterParams {
  from?: string;
  to?: string;
  q?: string;
  party?: string[];
  body?: string[];
  person?: string[];
  topic?: string[];
  plan?: string[];
  planItem?: string[];
  status?: ConsultationStatus[];
  kind?: ConsultationKind;
  level?: ConsultationLevel[];
  format?: ConsultationFormat;
  /** Written as the API reads them ('true'), so the shape passes to the API unchanged. */
  includeDeleted?: 'true';
  onlyDeleted?: 'true';
}

export type FilterProblemCode =
  | 'invalid_date'
  | 'end_before_start'
  | 'unknown_value'
  | 'invalid_id'
  | 'too_many'
  | 'too_long'
  | 'single_value';

/** A value found in the address and not applied, so a page can say what it ignored. */
export interface FilterProblem {
  param: string;
  value: string;
  code: FilterProblemCode;
}

export const idFilterKeys = ['party', 'body', 'person', 'topic', 'plan', 'planItem'] as const;
export type IdFilterKey = (typeof idFilterKeys)[number];

/** Every URL parameter the filters own, in the order they are written. */
export const consultationFilterKeys = [
  'from',
  'to',
  'q',
  ...idFilterKeys,
  'status',
  'kind',
  'level',
  'format',
  'includeDeleted',
  'onlyDeleted',
] as const;
export type ConsultationFilterKey = (typeof consultationFilterKeys)[number];

/** The API's limits: 200 ids per list, 200 characters of free text. */
export const MAX_IDS = 200;
export const MAX_QUERY_LENGTH = 200;

/** Repeated keys and comma-joined lists alike (`status=held&status=planned`, `status=held,planned`). */
const valuesOf = (params: URLSearchParams, key: string): string[] =>
  params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function enumList<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  problems: FilterProblem[],
): T[] | undefined {
  const out: T[] = [];
  for (const value of valuesOf(params, key)) {
    if ((allowed as readonly string[]).includes(value)) out.push(value as T);
    else problems.push({ param: key, value, code: 'unknown_value' });
  }
  // Canonical order: `held,planned` and `planned,held` are the same view and the same address.
  const chosen = new Set(out);
  const ordered = allowed.filter((v) => chosen.has(v));
  return ordered.length ? ordered : undefined;
}

function enumOne<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  problems: FilterProblem[],
): T | undefined {
  const valid = enumList(params, key, allowed, problems);
  if (!valid) return undefined;
  const [first, ...rest] = valid;
  for (const value of rest) problems.push({ param: key, value, code: 'single_value' });
  return first;
}

function idList(
  params: URLSearchParams,
  key: string,
  problems: FilterProblem[],
): string[] | undefined {
  const out: string[] = [];
  for (const value of unique(valuesOf(params, key))) {
    if (!Id.safeParse(value).success) problems.push({ param: key, value, code: 'invalid_id' });
    else if (out.length >= MAX_IDS) problems.push({ param: key, value, code: 'too_many' });
    else out.push(value);
  }
  return out.length ? out : undefined;
}

function isoDate(
  params: URLSearchParams,
  key: 'from' | 'to',
  problems: FilterProblem[],
): string | undefined {
  const value = params.get(key)?.trim();
  if (!value) return undefined;
  if (IsoDate.safeParse(value).success) return value;
  problems.push({ param: key, value, code: 'invalid_date' });
  return undefined;
}

function flag(
  params: URLSearchParams,
  key: string,
  problems: FilterProblem[],
): boolean | undefined {
  const value = params.get(key)?.trim();
  if (!value || value === 'false') return undefined;
  if (value === 'true') return true;
  problems.push({ param: key, value, code: 'unknown_value' });
  return undefined;
}

/**
 * Reads the filters from an address. A value that cannot be applied is dropped and reported, never
 * sent on: the page still shows a useful view, and says what it ignored. A period whose end comes
 * before its start is taken as meant the other way round (and reported).
 * Parameters that are not filters (sort, page, zoom…) are left to their pages.
 */
export function parseConsultationFilters(params: URLSearchParams): {
  filters: ConsultationFilterParams;
  problems: FilterProblem[];
} {
  const problems: FilterProblem[] = [];
  const filters: ConsultationFilterParams = {};
  let from = isoDate(params, 'from', problems);
  let to = isoDate(params, 'to', problems);
  if (from && to && to < from) {
    problems.push({ param: 'to', value: to, code: 'end_before_start' });
    [from, to] = [to, from];
  }
  if (from) filters.from = from;
  if (to) filters.to = to;

  const q = params.get('q')?.trim();
  if (q) {
    if (q.length > MAX_QUERY_LENGTH) {
      problems.push({ param: 'q', value: `${q.slice(0, 40)}…`, code: 'too_long' });
      filters.q = q.slice(0, MAX_QUERY_LENGTH);
    } else filters.q = q;
  }

  for (const key of idFilterKeys) {
    const ids = idList(params, key, problems);
    if (ids) filters[key] = ids;
  }

  const status = enumList(params, 'status', consultationStatuses, problems);
  if (status) filters.status = status;
  const kind = enumOne(params, 'kind', consultationKinds, problems);
  if (kind) filters.kind = kind;
  const level = enumList(params, 'level', consultationLevels, problems);
  if (level) filters.level = level;
  const format = enumOne(params, 'format', consultationFormats, problems);
  if (format) filters.format = format;

  const onlyDeleted = flag(params, 'onlyDeleted', problems);
  const includeDeleted = flag(params, 'includeDeleted', problems);
  if (onlyDeleted) filters.onlyDeleted = 'true';
  else if (includeDeleted) filters.includeDeleted = 'true';
  return { filters, problems };
}

/**
 * Writes filters as URL parameters: always in the same order, lists comma-joined, empty values
 * left out — so one view has one address, and a shared link reads the same as the one on screen.
 */
export function serializeConsultationFilters(filters: ConsultationFilterParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of consultationFilterKeys) {
    const value = filters[key];
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      const list = unique(value.filter(Boolean));
      if (list.length) params.set(key, list.join(','));
    } else {
      const text = value.trim();
      if (text) params.set(key, text);
    }
  }
  return params;
}

/**
 * Puts filters into existing parameters, keeping those that are not filters (sort, zoom, …) — how
 * a page writes its filters back to its address.
 */
export function withConsultationFilters(
  params: URLSearchParams,
  filters: ConsultationFilterParams,
): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of params) {
    if (!(consultationFilterKeys as readonly string[]).includes(key)) next.append(key, value);
  }
  for (const [key, value] of serializeConsultationFilters(filters)) next.set(key, value);
  return next;
}

/**
 * How many filters a person has set, as chips count them: the period is one, each chosen id or
 * value is one, the text is one, the deleted switch is one.
 */
export function activeFilterCount(filters: ConsultationFilterParams): number {
  let count = 0;
  if (filters.from || filters.to) count += 1;
  if (filters.q?.trim()) count += 1;
  for (const key of idFilterKeys) count += filters[key]?.length ?? 0;
  count += filters.status?.length ?? 0;
  count += filters.level?.length ?? 0;
  if (filters.kind) count += 1;
  if (filters.format) count += 1;
  if (filters.onlyDeleted || filters.includeDeleted) count += 1;
  return count;
}

/** Whether two filter sets describe the same view (their addresses are equal). */
export const sameConsultationFilters = (
  a: ConsultationFilterParams,
  b: ConsultationFilterParams,
): boolean =>
  serializeConsultationFilters(a).toString() === serializeConsultationFilters(b).toString();
