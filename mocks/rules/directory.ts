import { z } from 'zod/mini';
import {
  BodyInput,
  DirectoryQuery,
  MergeRequest,
  PartyInput,
  PersonInput,
  PlaceInput,
  TopicInput,
  type FieldError,
  type LocalizedText,
} from '@/api/schemas';
import { allForms, localize } from '@/lib/localized';
import { normalizeForSearch, searchMatcher } from '@/lib/search-text';
import type { DataSet } from '../store/data-set';
import { write, type Write } from '../store/db';
import { requireUser, type Permission, type RuleContext } from './context';
import { badRequest, conflict, fieldError, parseOr, unprocessable } from './errors';
import { historyWrite } from './history';
import { createWrites, findRecord, pageOfItems, restoreWrites, softDeleteWrites, updateWrites } from './records';
import { referencesTo, relinkConsultation, relinkPlanItem, type Mergeable } from './references';
import { noUsage, usageIndex, type Usage } from './usage';

/** The directory's kinds of entry, each with its collection, schema and who may write it. */
const kinds = {
  party: { collection: 'parties', schema: PartyInput, prefix: 'party', permission: 'write:directory' },
  body: { collection: 'bodies', schema: BodyInput, prefix: 'body', permission: 'write:directory' },
  person: { collection: 'people', schema: PersonInput, prefix: 'person', permission: 'write:directory' },
  place: { collection: 'places', schema: PlaceInput, prefix: 'place', permission: 'write:directory' },
  topic: { collection: 'topics', schema: TopicInput, prefix: 'topic', permission: 'write:topic' },
} as const satisfies Record<Mergeable, { collection: string; schema: z.ZodMiniType; prefix: string; permission: Permission }>;

export type DirectoryKind = keyof typeof kinds;
/** The stored record of a kind: a Party for 'party', a Topic for 'topic'. */
export type EntryOf<K extends DirectoryKind> = DataSet[(typeof kinds)[K]['collection']][number];
type Entry = { id: string; version: number; deletedAt: string | null; name?: LocalizedText; names?: { name: LocalizedText }[]; partyId?: string; parentId?: string | null; short?: LocalizedText; code?: string; type?: string };

const entries = (ctx: RuleContext, kind: DirectoryKind): Entry[] => ctx.db.all(kinds[kind].collection) as Entry[];
const nameOf = (e: Entry): LocalizedText | undefined => e.name ?? e.names?.at(-1)?.name;
const searchText = (e: Entry) =>
  normalizeForSearch([allForms(e.name), allForms(e.short), e.code ?? '', ...(e.names ?? []).map((n) => allForms(n.name))].join(' '));

export function listDirectory<K extends DirectoryKind>(
  ctx: RuleContext,
  kind: K,
  rawQuery: unknown,
): { items: (EntryOf<K> & { usage: Usage })[]; total: number; offset: number; limit: number } {
  requireUser(ctx);
  const query = parseOr(DirectoryQuery, rawQuery, 'query');
  const today = ctx.now.toISOString().slice(0, 10);
  const usage = kind === 'place' ? null : usageIndex(ctx.db, today)[kind as Exclude<DirectoryKind, 'place'>];
  let items = entries(ctx, kind).filter((e) => (query.includeDeleted ? true : !e.deletedAt));
  if (query.party?.length) items = items.filter((e) => e.partyId !== undefined && query.party?.includes(e.partyId));
  if (query.type) items = items.filter((e) => e.type === query.type);
  if (query.parent) items = items.filter((e) => e.parentId === query.parent);
  if (kind === 'topic') items = items.filter((e) => !(e as { mergedInto?: string | null }).mergedInto);
  if (query.q && normalizeForSearch(query.q)) {
    const matches = searchMatcher(query.q);
    items = items.filter((e) => matches(searchText(e)));
  }
  const withUsage = items.map((e) => ({ ...e, usage: usage?.get(e.id) ?? noUsage }));
  const collator = new Intl.Collator('ru', { sensitivity: 'base' });
  const byName = (a: Entry, b: Entry) => collator.compare(localize(nameOf(a), 'en'), localize(nameOf(b), 'en'));
  if (query.q && !query.sort) {
    // A search without a sort puts the best matches first: the code, then a name's start.
    const q = normalizeForSearch(query.q);
    const rank = (e: Entry) => {
      if (e.code && normalizeForSearch(e.code) === q) return 0;
      const text = searchText(e);
      if (text.startsWith(q) || text.includes(` ${q}`)) return 1;
      return 2;
    };
    withUsage.sort((a, b) => rank(a) - rank(b) || b.usage.consultations - a.usage.consultations || byName(a, b));
  } else {
    const sort = query.sort ?? { field: 'name', desc: false };
    withUsage.sort((a, b) => {
      let order = 0;
      if (sort.field === 'consultations') order = a.usage.consultations - b.usage.consultations;
      else if (sort.field === 'lastMet') order = (a.usage.lastHeld ?? '').localeCompare(b.usage.lastHeld ?? '');
      order ||= byName(a, b);
      return sort.desc ? -order : order;
    });
  }
  return pageOfItems(withUsage as unknown as (EntryOf<K> & { usage: Usage })[], query.offset, query.limit);
}

export function getDirectoryEntry<K extends DirectoryKind>(ctx: RuleContext, kind: K, id: string): EntryOf<K> & { usage: Usage } {
  requireUser(ctx);
  const entry = findRecord(ctx, kinds[kind].collection, id, { includeDeleted: true });
  const usage = kind === 'place' ? noUsage : (usageIndex(ctx.db, ctx.now.toISOString().slice(0, 10))[kind as Exclude<DirectoryKind, 'place'>].get(id) ?? noUsage);
  return { ...entry, usage } as EntryOf<K> & { usage: Usage };
}

/** Rules a schema cannot check: references, no duplicate names within a party, no cycles. */
function checkEntry(ctx: RuleContext, kind: DirectoryKind, input: Record<string, unknown>, selfId?: string): FieldError[] {
  const { db } = ctx;
  const errors: FieldError[] = [];
  const live = (r: { deletedAt: string | null } | undefined) => Boolean(r && !r.deletedAt);
  const partyId = input.partyId as string | undefined;
  if (partyId && !live(db.get('parties', partyId))) errors.push(fieldError('partyId', 'unknown_id'));
  const parentId = input.parentId as string | null | undefined;
  if (parentId) {
    const parentCollection = kind === 'topic' ? 'topics' : 'bodies';
    const parent = db.get(parentCollection, parentId) as Entry | undefined;
    if (!parent || parent.deletedAt) errors.push(fieldError('parentId', 'unknown_id'));
    else if (kind === 'body' && parent.partyId !== partyId) errors.push(fieldError('parentId', 'body_of_other_party'));
    else if (selfId) {
      // Walking up from the new parent must not reach the entry itself.
      let cursor: Entry | undefined = parent;
      const seen = new Set<string>();
      while (cursor && !seen.has(cursor.id)) {
        if (cursor.id === selfId) {
          errors.push(fieldError('parentId', 'cycle'));
          break;
        }
        seen.add(cursor.id);
        cursor = cursor.parentId ? (db.get(parentCollection, cursor.parentId) as Entry | undefined) : undefined;
      }
    }
  }
  if (kind === 'person') {
    (input.positions as { bodyId: string }[]).forEach((p, i) => {
      if (!live(db.get('bodies', p.bodyId))) errors.push(fieldError(`positions.${i}.bodyId`, 'unknown_id'));
    });
  }
  if (kind === 'party') {
    const code = input.code as string;
    if (entries(ctx, 'party').some((e) => e.id !== selfId && !e.deletedAt && e.code === code)) errors.push(fieldError('code', 'duplicate'));
  }
  if (kind !== 'place' && kind !== 'party') {
    const name = input.name as LocalizedText;
    const scope = kind === 'topic' ? (e: Entry) => e.parentId === (parentId ?? null) : (e: Entry) => e.partyId === partyId;
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const wanted = name[lang] ? normalizeForSearch(name[lang]) : '';
      if (!wanted) continue;
      const clash = entries(ctx, kind).some(
        (e) => e.id !== selfId && !e.deletedAt && scope(e) && e.name?.[lang] && normalizeForSearch(e.name[lang]) === wanted,
      );
      if (clash) errors.push(fieldError(`name.${lang}`, 'duplicate_name'));
    }
  }
  return errors;
}

function validEntry(ctx: RuleContext, kind: DirectoryKind, raw: unknown, selfId?: string, prefix = '') {
  const data = parseOr(kinds[kind].schema, raw) as Record<string, unknown>;
  const errors = checkEntry(ctx, kind, data, selfId);
  if (errors.length) throw unprocessable(errors.map((e) => (prefix ? { ...e, field: `${prefix}.${e.field}` } : e)));
  return data;
}

export function createDirectoryEntry<K extends DirectoryKind>(ctx: RuleContext, kind: K, body: unknown): EntryOf<K> {
  requireUser(ctx, kinds[kind].permission);
  const data = validEntry(ctx, kind, body);
  const extra = kind === 'topic' ? { mergedInto: null } : {};
  const { record, writes } = createWrites(ctx, kinds[kind].collection, kinds[kind].prefix, { ...data, ...extra } as never);
  ctx.db.commit(writes);
  return record as EntryOf<K>;
}

const UpdateEnvelope = z.object({ version: z.int().check(z.positive()), data: z.unknown() });
const VersionOnly = z.object({ version: z.int().check(z.positive()) });

export function updateDirectoryEntry(ctx: RuleContext, kind: DirectoryKind, id: string, body: unknown) {
  requireUser(ctx, kinds[kind].permission);
  const current = findRecord(ctx, kinds[kind].collection, id);
  const { version, data: raw } = parseOr(UpdateEnvelope, body);
  const data = validEntry(ctx, kind, raw, id, 'data');
  const { record, writes } = updateWrites(ctx, kinds[kind].collection, current, version, data as never);
  ctx.db.commit(writes);
  return record;
}

/** Refused while anything still points at the entry, listing what does. */
export function deleteDirectoryEntry(ctx: RuleContext, kind: DirectoryKind, id: string, body: unknown) {
  requireUser(ctx, kinds[kind].permission);
  const current = findRecord(ctx, kinds[kind].collection, id);
  const { version } = parseOr(VersionOnly, body);
  const refs = referencesTo(ctx.db, kind, id);
  if (refs.length) {
    const err = conflict(`This ${kind} is still used by ${refs.length} record(s).`, current);
    err.problem.title = 'in_use';
    err.problem.usedBy = refs.slice(0, 100);
    err.problem.usedByCount = refs.length;
    throw err;
  }
  const { record, writes } = softDeleteWrites(ctx, kinds[kind].collection, current, version);
  ctx.db.commit(writes);
  return record;
}

export function restoreDirectoryEntry(ctx: RuleContext, kind: DirectoryKind, id: string, body: unknown) {
  requireUser(ctx, kinds[kind].permission);
  const current = findRecord(ctx, kinds[kind].collection, id, { includeDeleted: true });
  const { version } = parseOr(VersionOnly, body);
  const { record, writes } = restoreWrites(ctx, kinds[kind].collection, current, version);
  ctx.db.commit(writes);
  return record;
}

/**
 * Merges a duplicate into the entry that survives: every consultation, plan item, child and
 * position pointing at the duplicate is moved, the duplicate is soft-deleted, and each change is
 * in history. All writes are committed together.
 */
export function mergeDirectoryEntries(ctx: RuleContext, kind: Mergeable, body: unknown) {
  requireUser(ctx, kinds[kind].permission);
  const { sourceId, targetId } = parseOr(MergeRequest, body);
  if (sourceId === targetId) throw unprocessable([fieldError('targetId', 'merge_into_self')]);
  const { collection } = kinds[kind];
  const source = ctx.db.get(collection, sourceId) as Entry | undefined;
  const target = ctx.db.get(collection, targetId) as Entry | undefined;
  if (!source || source.deletedAt) throw unprocessable([fieldError('sourceId', 'unknown_id')]);
  if (!target || target.deletedAt) throw unprocessable([fieldError('targetId', 'unknown_id')]);
  if ((kind === 'body' || kind === 'person') && source.partyId !== target.partyId) {
    throw unprocessable([fieldError('targetId', 'merge_across_parties')]);
  }
  if (kind === 'topic' || kind === 'body') {
    // A topic cannot be merged into its own descendant: the tree would lose its root.
    let cursor: Entry | undefined = target;
    while (cursor?.parentId) {
      if (cursor.parentId === sourceId) throw unprocessable([fieldError('targetId', 'merge_into_descendant')]);
      cursor = ctx.db.get(collection, cursor.parentId) as Entry | undefined;
    }
  }
  const writes: Write[] = [];
  const now = ctx.now.toISOString();
  const by = ctx.user?.id ?? 'system';
  const bumped = <T extends { version: number }>(r: T): T => ({ ...r, version: r.version + 1, updatedAt: now, updatedBy: by });
  for (const c of ctx.db.values('consultations')) {
    const relinked = relinkConsultation(c, kind, sourceId, targetId);
    if (relinked !== c && JSON.stringify(relinked) !== JSON.stringify(c)) {
      const next = bumped(relinked);
      writes.push(write('consultations', next), historyWrite(ctx, { entity: 'consultation', entityId: c.id, action: 'merge', version: next.version, changes: [{ field: kind, from: sourceId, to: targetId }] }));
    }
  }
  for (const item of ctx.db.values('planItems')) {
    const relinked = relinkPlanItem(item, kind, sourceId, targetId);
    if (JSON.stringify(relinked) !== JSON.stringify(item)) {
      const next = bumped(relinked);
      writes.push(write('planItems', next), historyWrite(ctx, { entity: 'planItem', entityId: item.id, action: 'merge', version: next.version, changes: [{ field: kind, from: sourceId, to: targetId }] }));
    }
  }
  if (kind === 'topic' || kind === 'body') {
    for (const child of ctx.db.all(collection) as Entry[]) {
      if (child.parentId === sourceId) writes.push(write(collection, bumped({ ...child, parentId: targetId }) as never));
    }
  }
  if (kind === 'body') {
    for (const person of ctx.db.values('people')) {
      if (person.positions.some((p) => p.bodyId === sourceId)) {
        writes.push(write('people', bumped({ ...person, positions: person.positions.map((p) => (p.bodyId === sourceId ? { ...p, bodyId: targetId } : p)) })));
      }
    }
  }
  const merged = bumped({ ...source, deletedAt: now, ...(kind === 'topic' ? { mergedInto: targetId } : {}) });
  writes.push(
    write(collection, merged as never),
    historyWrite(ctx, { entity: kind, entityId: sourceId, action: 'merge', version: merged.version, changes: [{ field: 'mergedInto', from: null, to: targetId }] }),
    historyWrite(ctx, { entity: kind, entityId: targetId, action: 'merge', version: target.version, changes: [{ field: 'absorbed', from: null, to: sourceId }] }),
  );
  ctx.db.commit(writes);
  return { target: ctx.db.get(collection, targetId), moved: writes.length };
}

export const directoryKindOf = (value: string): DirectoryKind => {
  if (value in kinds) return value as DirectoryKind;
  throw badRequest(`Unknown directory kind ${value}.`);
};
