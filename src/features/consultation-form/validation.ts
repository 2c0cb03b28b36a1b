import type { z } from 'zod/mini';
import { ConsultationInput, ownCode } from '@/api/schemas';
import { toInput, type FormValues } from './form-values';

/** Field key (`title`, `date.start`, `delegations.0.leadBodyId`) → error code (`required`, `too_long`…). */
export type FieldErrors = Record<string, string>;

/** What the form knows of the directory, to check references before the API does. */
export interface ReferenceLookups {
  party: ReadonlyMap<string, unknown>;
  body: ReadonlyMap<string, { partyId: string }>;
  person: ReadonlyMap<string, unknown>;
  topic: ReadonlyMap<string, unknown>;
  place: ReadonlyMap<string, unknown>;
}

export const earliestYear = 1991;
export const latestYear = (today: Date) => today.getFullYear() + 10;

/**
 * The form's field for an error path of the schema or the API: a list's item errors show at the
 * list ("topicIds.2" → "topicIds"), a date's at its start, and the update envelope's "data." goes.
 */
export function fieldKey(path: string): string {
  let key = path.replace(/^data\./, '');
  key = key.replace(/^topicIds\.\d+$/, 'topicIds');
  key = key.replace(/^(delegations\.\d+\.memberIds)\.\d+$/, '$1');
  if (key === 'date') return 'date.start';
  if (/^followUps\.\d+\.due$/.test(key)) return `${key}.start`;
  if (key === 'place') return 'place.city';
  return key;
}

/** The id of the element a field key names: the error summary links to it, submit focuses it. */
export const fieldId = (key: string): string => `cf-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cursor: unknown = input;
  for (const step of path) {
    if (cursor === null || typeof cursor !== 'object') return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[step];
  }
  return cursor;
}

/** The code the catalogue translates (`common:field.<code>`), as the API would name it. */
function codeOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim()))
    return 'required';
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small') return ownCode(issue) ?? 'required';
  const own = ownCode(issue);
  if (own) return own;
  if (issue.code === 'invalid_value') return 'invalid_value';
  if (issue.code === 'invalid_format') return 'invalid_format';
  return 'invalid';
}

function yearOf(iso: string): number | null {
  const year = Number(iso.slice(0, 4));
  return /^\d{4}-/.test(iso) && Number.isFinite(year) ? year : null;
}

/**
 * Every problem of the form, by field: the contract's schema first (the same one the API parses
 * with), then what the API checks beyond it: dates in a plausible range and references that exist
 * (when the directory has loaded) with each lead body belonging to its delegation's party.
 */
export function validate(values: FormValues, today: Date, lookups?: ReferenceLookups): FieldErrors {
  const errors: FieldErrors = {};
  const add = (key: string, code: string) => {
    errors[key] ??= code;
  };
  const input = toInput(values);
  const parsed = ConsultationInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldKey(issue.path.map(String).join('.'));
      // A group's own rule (two parties for a bilateral meeting) does not hide a row's problem.
      add(key, codeOf(issue, issue.path.length ? valueAt(input, issue.path) : input));
    }
  }

  // The group's own rules, which the schema checks only once every field parses.
  if (values.delegations.length === 0) add('delegations', 'required');
  else if (values.kind === 'bilateral' && values.delegations.length !== 2)
    add('delegations', 'bilateral_needs_two');
  const parties = values.delegations.map((d) => d.partyId).filter(Boolean);
  if (new Set(parties).size !== parties.length) add('delegations', 'duplicate_party');

  const latest = latestYear(today);
  const checkYear = (key: string, iso: string) => {
    const year = yearOf(iso);
    if (year !== null && !errors[key] && (year < earliestYear || year > latest))
      add(key, 'implausible_date');
  };
  checkYear('date.start', values.date.start);
  if (values.date.end) checkYear('date.end', values.date.end);
  values.followUps.forEach((f, i) => {
    if (f.due.start) checkYear(`followUps.${i}.due.start`, f.due.start);
  });

  if (lookups) checkReferences(values, lookups, add);
  return errors;
}

function checkReferences(
  values: FormValues,
  lookups: ReferenceLookups,
  add: (key: string, code: string) => void,
) {
  // An empty map is a directory not loaded yet, not an empty directory: the API checks then.
  const known = (map: ReadonlyMap<string, unknown>, id: string) => map.size === 0 || map.has(id);
  if (values.hostPartyId && !known(lookups.party, values.hostPartyId))
    add('hostPartyId', 'unknown_id');
  if (values.place.placeId && !known(lookups.place, values.place.placeId))
    add('place.placeId', 'unknown_id');
  values.delegations.forEach((d, i) => {
    const at = `delegations.${i}`;
    if (d.partyId && !known(lookups.party, d.partyId)) add(`${at}.partyId`, 'unknown_id');
    if (d.leadBodyId) {
      const body = lookups.body.get(d.leadBodyId);
      if (!known(lookups.body, d.leadBodyId)) add(`${at}.leadBodyId`, 'unknown_id');
      else if (body && d.partyId && body.partyId !== d.partyId)
        add(`${at}.leadBodyId`, 'body_of_other_party');
    }
    if (d.headPersonId && !known(lookups.person, d.headPersonId))
      add(`${at}.headPersonId`, 'unknown_id');
    if (d.memberIds.some((m) => !known(lookups.person, m))) add(`${at}.memberIds`, 'unknown_id');
  });
  if (values.topicIds.some((t) => !known(lookups.topic, t))) add('topicIds', 'unknown_id');
  values.followUps.forEach((f, i) => {
    if (f.place.placeId && !known(lookups.place, f.place.placeId))
      add(`followUps.${i}.place.placeId`, 'unknown_id');
  });
}

/** The API's field errors (422) by form field. */
export function serverFieldErrors(fieldErrors: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, code] of Object.entries(fieldErrors)) out[fieldKey(path)] ??= code;
  return out;
}
