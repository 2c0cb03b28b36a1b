import {
  ConsultationInput,
  ConsultationListQuery,
  ConsultationFilters,
  ConsultationUpdate,
  DuplicateQuery,
  type Consultation,
  type ConsultationFacets,
  type ConsultationSummary,
  type FacetCount,
  type FieldError,
} from '@/api/schemas';
import { z } from 'zod/mini';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import type { Db } from '../store/db';
import { requireUser, type RuleContext } from './context';
import { revisionCache } from './revision-cache';
import { fieldError, parseOr, unprocessable } from './errors';
import { filterConsultations } from './consultation-filters';
import { createWrites, findRecord, pageOfItems, restoreWrites, softDeleteWrites, updateWrites } from './records';

export const toSummary = (c: Consultation): ConsultationSummary => ({
  id: c.id,
  title: c.title,
  kind: c.kind,
  level: c.level,
  format: c.format,
  status: c.status,
  date: c.date,
  partyIds: c.delegations.map((d) => d.partyId),
  topicIds: c.topicIds,
  planItemId: c.planItemId,
  placeId: c.place.placeId,
  city: c.place.city,
  version: c.version,
  updatedAt: c.updatedAt,
  deletedAt: c.deletedAt,
});

const levelRank = { ministerial: 0, deputy_minister: 1, department_head: 2, expert: 3 } as const;
const statusRank = { planned: 0, held: 1, postponed: 2, cancelled: 3 } as const;
const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

type SortField = z.output<typeof ConsultationListQuery>['sort']['field'];

/**
 * What a list is ordered by, worked out once per record rather than at each of the ~800,000
 * comparisons a sort of 50,000 makes. ISO dates and times order as plain strings.
 */
function sortKeyOf(field: SortField): (c: Consultation) => string | number {
  switch (field) {
    case 'date':
      return (c) => `${c.date.start}/${fuzzyDateEnd(c.date)}`;
    case 'title':
      return (c) => c.title;
    case 'status':
      return (c) => statusRank[c.status];
    case 'level':
      return (c) => levelRank[c.level];
    case 'updatedAt':
      return (c) => c.updatedAt;
  }
}

const byCodePoint = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders consultations by a field; ties fall back to the id so that paging is stable. */
function sortConsultations(items: readonly Consultation[], sort: { field: SortField; desc: boolean }): Consultation[] {
  const keyOf = sortKeyOf(sort.field);
  // Titles are ordered as people read them; every other key by its value.
  const compare = sort.field === 'title' ? (a: string | number, b: string | number) => collator.compare(String(a), String(b)) : byCodePoint;
  const direction = sort.desc ? -1 : 1;
  return items
    .map((c) => ({ c, key: keyOf(c) }))
    .sort((a, b) => direction * (compare(a.key, b.key) || byCodePoint(a.c.id, b.c.id)))
    .map(({ c }) => c);
}

/** The lists last filtered and ordered: paging through one does not sort 50,000 records again. */
const orderedLists = revisionCache<Consultation[]>(8);

function orderedList(db: Db, query: z.output<typeof ConsultationListQuery>): Consultation[] {
  const { offset: _offset, limit: _limit, ...what } = query;
  return orderedLists(db, JSON.stringify(what), () => sortConsultations(filterConsultations(db, query), query.sort));
}

export function listConsultations(ctx: RuleContext, rawQuery: unknown) {
  requireUser(ctx);
  const query = parseOr(ConsultationListQuery, rawQuery, 'query');
  const page = pageOfItems(orderedList(ctx.db, query), query.offset, query.limit);
  return { ...page, items: page.items.map(toSummary) };
}

const countInto = (map: Map<string, number>, key: string | null | undefined) => {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
};
export const sortedCounts = (map: Map<string, number>, limit = Infinity): FacetCount[] =>
  [...map]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);

export function consultationFacets(ctx: RuleContext, rawQuery: unknown): ConsultationFacets {
  requireUser(ctx);
  const filters = parseOr(ConsultationFilters, rawQuery, 'query');
  const items = filterConsultations(ctx.db, filters);
  const maps = {
    status: new Map<string, number>(),
    kind: new Map<string, number>(),
    level: new Map<string, number>(),
    format: new Map<string, number>(),
    party: new Map<string, number>(),
    body: new Map<string, number>(),
    person: new Map<string, number>(),
    topic: new Map<string, number>(),
    plan: new Map<string, number>(),
    year: new Map<string, number>(),
  };
  const planOfItem = new Map<string, string>();
  for (const item of ctx.db.values('planItems')) planOfItem.set(item.id, item.planId);
  for (const c of items) {
    countInto(maps.status, c.status);
    countInto(maps.kind, c.kind);
    countInto(maps.level, c.level);
    countInto(maps.format, c.format);
    countInto(maps.year, c.date.start.slice(0, 4));
    if (c.planItemId) countInto(maps.plan, planOfItem.get(c.planItemId));
    for (const t of c.topicIds) countInto(maps.topic, t);
    const people = new Set<string>();
    for (const d of c.delegations) {
      countInto(maps.party, d.partyId);
      countInto(maps.body, d.leadBodyId);
      if (d.headPersonId) people.add(d.headPersonId);
      for (const m of d.memberIds) people.add(m);
    }
    for (const p of people) countInto(maps.person, p);
  }
  return {
    total: items.length,
    status: sortedCounts(maps.status),
    kind: sortedCounts(maps.kind),
    level: sortedCounts(maps.level),
    format: sortedCounts(maps.format),
    party: sortedCounts(maps.party, 100),
    body: sortedCounts(maps.body, 100),
    person: sortedCounts(maps.person, 100),
    topic: sortedCounts(maps.topic, 100),
    plan: sortedCounts(maps.plan, 100),
    year: sortedCounts(maps.year).sort((a, b) => a.value.localeCompare(b.value)),
  };
}

export function getConsultation(ctx: RuleContext, id: string): Consultation {
  requireUser(ctx);
  return findRecord(ctx, 'consultations', id, { includeDeleted: true });
}

const earliestYear = 1991;

/** Checks what a schema cannot: that every id refers to a record, and that dates are plausible. */
export function checkConsultationReferences(ctx: RuleContext, input: ConsultationInput): FieldError[] {
  const { db } = ctx;
  const errors: FieldError[] = [];
  const live = (record: { deletedAt: string | null } | undefined) => Boolean(record && !record.deletedAt);
  const latestYear = ctx.now.getUTCFullYear() + 10;
  const year = Number(input.date.start.slice(0, 4));
  if (year < earliestYear || year > latestYear) errors.push(fieldError('date.start', 'implausible_date'));
  if (input.date.end && Number(input.date.end.slice(0, 4)) > latestYear) {
    errors.push(fieldError('date.end', 'implausible_date'));
  }
  if (input.hostPartyId && !live(db.get('parties', input.hostPartyId))) errors.push(fieldError('hostPartyId', 'unknown_id'));
  if (input.planItemId && !live(db.get('planItems', input.planItemId))) errors.push(fieldError('planItemId', 'unknown_id'));
  if (input.place.placeId && !live(db.get('places', input.place.placeId))) errors.push(fieldError('place.placeId', 'unknown_id'));
  input.delegations.forEach((d, i) => {
    const at = `delegations.${i}`;
    if (!live(db.get('parties', d.partyId))) errors.push(fieldError(`${at}.partyId`, 'unknown_id'));
    if (d.leadBodyId) {
      const body = db.get('bodies', d.leadBodyId);
      if (!live(body)) errors.push(fieldError(`${at}.leadBodyId`, 'unknown_id'));
      else if (body?.partyId !== d.partyId) errors.push(fieldError(`${at}.leadBodyId`, 'body_of_other_party'));
    }
    if (d.headPersonId && !live(db.get('people', d.headPersonId))) errors.push(fieldError(`${at}.headPersonId`, 'unknown_id'));
    d.memberIds.forEach((m, j) => {
      if (!live(db.get('people', m))) errors.push(fieldError(`${at}.memberIds.${j}`, 'unknown_id'));
    });
  });
  input.topicIds.forEach((t, i) => {
    if (!live(db.get('topics', t))) errors.push(fieldError(`topicIds.${i}`, 'unknown_id'));
  });
  input.followUps.forEach((f, i) => {
    if (f.becameConsultationId && !db.get('consultations', f.becameConsultationId)) {
      errors.push(fieldError(`followUps.${i}.becameConsultationId`, 'unknown_id'));
    }
    if (f.becamePlanItemId && !db.get('planItems', f.becamePlanItemId)) {
      errors.push(fieldError(`followUps.${i}.becamePlanItemId`, 'unknown_id'));
    }
  });
  return errors;
}

function validInput(ctx: RuleContext, raw: unknown, prefix = ''): ConsultationInput {
  const input = parseOr(ConsultationInput, raw);
  const errors = checkConsultationReferences(ctx, input);
  if (errors.length) {
    throw unprocessable(prefix ? errors.map((e) => ({ ...e, field: `${prefix}.${e.field}` })) : errors);
  }
  return input;
}

export function createConsultation(ctx: RuleContext, body: unknown): Consultation {
  requireUser(ctx, 'write:consultation');
  const input = validInput(ctx, body);
  const { record, writes } = createWrites(ctx, 'consultations', 'c', input);
  ctx.db.commit(writes);
  return record;
}

export function updateConsultation(ctx: RuleContext, id: string, body: unknown): Consultation {
  requireUser(ctx, 'write:consultation');
  const current = findRecord(ctx, 'consultations', id);
  const { version } = parseOr(z.pick(ConsultationUpdate, { version: true }), body);
  const input = validInput(ctx, (body as { data?: unknown }).data, 'data');
  const { record, writes } = updateWrites(ctx, 'consultations', current, version, input);
  ctx.db.commit(writes);
  return record;
}

const versionOnly = z.pick(ConsultationUpdate, { version: true });

export function deleteConsultation(ctx: RuleContext, id: string, body: unknown): Consultation {
  requireUser(ctx, 'write:consultation');
  const current = findRecord(ctx, 'consultations', id);
  const { version } = parseOr(versionOnly, body);
  const { record, writes } = softDeleteWrites(ctx, 'consultations', current, version);
  ctx.db.commit(writes);
  return record;
}

export function restoreConsultation(ctx: RuleContext, id: string, body: unknown): Consultation {
  requireUser(ctx, 'write:consultation');
  const current = findRecord(ctx, 'consultations', id, { includeDeleted: true });
  const { version } = parseOr(versionOnly, body);
  const { record, writes } = restoreWrites(ctx, 'consultations', current, version);
  ctx.db.commit(writes);
  return record;
}

/** Consultations with the same parties whose dates overlap: a likely double entry. */
export function findDuplicates(ctx: RuleContext, rawQuery: unknown): ConsultationSummary[] {
  requireUser(ctx);
  const q = parseOr(DuplicateQuery, rawQuery, 'query');
  const wanted = new Set(q.party);
  return filterConsultations(ctx.db, { from: q.from, to: q.to, party: q.party })
    .filter((c) => c.id !== q.exclude)
    .filter((c) => {
      const parties = new Set(c.delegations.map((d) => d.partyId));
      return parties.size === wanted.size && [...wanted].every((p) => parties.has(p));
    })
    .slice(0, 20)
    .map(toSummary);
}
