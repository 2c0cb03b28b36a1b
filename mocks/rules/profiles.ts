import {
  MergePreviewQuery,
  MergeableKind,
  ProfileKind,
  type ConsultationRef,
  type LabelledReference,
  type MergePreview,
  type NamedEntry,
  type Profile,
  type ProfilePlan,
  type QuarterCount,
  type ReferenceSummary,
  type StaffRow,
  type Tally,
} from '@/api/schemas/profiles';
import type { Body, Consultation, Person, StatusCounts } from '@/api/schemas';
import { fuzzyDateEnd, periodKey } from '@/lib/fuzzy-date';
import type { Db } from '../store/db';
import { requireUser, type RuleContext } from './context';
import { withDescendants } from './consultation-filters';
import { badRequest, fieldError, notFound, parseOr, unprocessable } from './errors';
import { emptyFulfilment } from './fulfilment';
import { consultationsByItem, planStatus, withFulfilment } from './plans';
import { referencesTo, type Mergeable, type Reference } from './references';
import { homePartyId } from './stats';

const collectionOf = {
  party: 'parties',
  body: 'bodies',
  person: 'people',
  topic: 'topics',
  place: 'places',
} as const;

/** How many of the newest consultations a profile lists; the rest are a link away. */
const RECENT_LIMIT = 10;
const UPCOMING_LIMIT = 5;
const LED_LIMIT = 50;
const REFERENCE_LIMIT = 50;

const emptyCounts = (): StatusCounts => ({ planned: 0, held: 0, postponed: 0, cancelled: 0 });

const toRef = (c: Consultation): ConsultationRef => ({
  id: c.id,
  title: c.title,
  date: c.date,
  status: c.status,
  partyIds: c.delegations.map((d) => d.partyId),
});

const newestFirst = (a: Consultation, b: Consultation) =>
  b.date.start.localeCompare(a.date.start) || a.id.localeCompare(b.id);
const soonestFirst = (a: Consultation, b: Consultation) =>
  a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);

/** An id with every ancestor above it: a consultation led by a department also counts for its ministry. */
function lineage(id: string, parentOf: Map<string, string | null>, into: Set<string>): void {
  let cursor: string | null | undefined = id;
  while (cursor && !into.has(cursor)) {
    into.add(cursor);
    cursor = parentOf.get(cursor);
  }
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Most frequent first; ties by id, so the order is stable. */
const tallies = (map: Map<string, number>, keep: (id: string) => boolean = () => true): Tally[] =>
  [...map]
    .filter(([id]) => keep(id))
    .map(([id, n]) => ({ id, count: n }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));

/** `2020-Q4` → the first and last day of that quarter. */
export function quarterBounds(period: string): { from: string; to: string } {
  const year = period.slice(0, 4);
  const q = Number(period.slice(6));
  const first = (q - 1) * 3 + 1;
  const lastMonth = first + 2;
  const lastDay = new Date(Date.UTC(Number(year), lastMonth, 0)).getUTCDate();
  return {
    from: `${year}-${String(first).padStart(2, '0')}-01`,
    to: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`,
  };
}

/** Every quarter from the first to the last that has a count, with empty quarters as zeros. */
export function fillQuarters(
  counts: Map<string, { total: number; counts: StatusCounts }>,
): QuarterCount[] {
  const keys = [...counts.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (!first || !last) return [];
  const out: QuarterCount[] = [];
  let year = Number(first.slice(0, 4));
  let q = Number(first.slice(6));
  for (let guard = 0; guard < 400; guard++) {
    const period = `${year}-Q${q}`;
    const found = counts.get(period);
    out.push({
      period,
      ...quarterBounds(period),
      total: found?.total ?? 0,
      counts: found?.counts ?? emptyCounts(),
    });
    if (period === last) break;
    q += 1;
    if (q > 4) {
      q = 1;
      year += 1;
    }
  }
  return out;
}

function namesOf(
  db: Db,
  ids: { party: Set<string>; body: Set<string>; person: Set<string>; topic: Set<string> },
): Record<string, NamedEntry> {
  const names: Record<string, NamedEntry> = {};
  for (const id of ids.party) {
    const p = db.get('parties', id);
    if (p) names[id] = { name: p.name, ...(p.short ? { short: p.short } : {}) };
  }
  for (const id of ids.body) {
    const b = db.get('bodies', id);
    if (b) names[id] = { name: b.name, ...(b.short ? { short: b.short } : {}), partyId: b.partyId };
  }
  for (const id of ids.person) {
    const p = db.get('people', id);
    if (p) names[id] = { name: p.name, partyId: p.partyId };
  }
  for (const id of ids.topic) {
    const t = db.get('topics', id);
    if (t) names[id] = { name: t.name };
  }
  return names;
}

/** When the entry was removed, and whether it was merged into another (the merge is in history). */
function removal(db: Db, kind: ProfileKind, entity: { id: string; deletedAt: string | null }) {
  if (!entity.deletedAt) return null;
  let mergedInto: string | null = null;
  for (const h of db.values('history')) {
    if (h.entity !== kind || h.entityId !== entity.id || h.action !== 'merge') continue;
    const change = h.changes.find((c) => c.field === 'mergedInto');
    if (typeof change?.to === 'string') mergedInto = change.to;
  }
  return { at: entity.deletedAt, mergedInto };
}

/**
 * Everything a profile page shows about a party, body or person, from one pass over the
 * consultations: counts by status and quarter, last and next meeting, topics, who sat on each side,
 * plans. Counts agree with the consultations list filtered by the same entry (bodies and topics
 * include their descendants there, so they do here).
 */
export function profile(ctx: RuleContext, rawKind: string, id: string): Profile {
  requireUser(ctx);
  const parsedKind = ProfileKind.safeParse(rawKind);
  if (!parsedKind.success) throw badRequest(`There are no profiles of ${rawKind}.`);
  const kind = parsedKind.data;
  const { db } = ctx;
  const entity = db.get(collectionOf[kind], id);
  if (!entity) throw notFound(kind, id);
  const today = ctx.now.toISOString().slice(0, 10);
  const home = homePartyId(db) ?? null;

  const allBodies = db.all('bodies');
  const bodyParent = new Map<string, string | null>(allBodies.map((b) => [b.id, b.parentId]));
  const topicParent = new Map<string, string | null>(
    db.all('topics').map((t) => [t.id, t.parentId]),
  );
  const planOfItem = new Map<string, string>();
  for (const item of db.values('planItems'))
    if (!item.deletedAt) planOfItem.set(item.id, item.planId);

  const subtree = kind === 'body' ? withDescendants(allBodies, [id]) : new Set<string>();
  const sideParty = kind === 'party' ? id : (entity as Body | Person).partyId;
  const takesPart: (c: Consultation) => boolean =
    kind === 'party'
      ? (c) => c.delegations.some((d) => d.partyId === id)
      : kind === 'body'
        ? (c) => c.delegations.some((d) => d.leadBodyId !== null && subtree.has(d.leadBodyId))
        : (c) => c.delegations.some((d) => d.headPersonId === id || d.memberIds.includes(id));

  const status = emptyCounts();
  const quarters = new Map<string, { total: number; counts: StatusCounts }>();
  const topicCounts = new Map<string, number>();
  const taggedTopics = new Set<string>();
  const bodyCounts = new Map<string, number>();
  const leadingBodies = new Set<string>();
  const peopleCounts = new Map<string, number>();
  const partyCounts = new Map<string, number>();
  const planCounts = new Map<string, number>();
  const matched: Consultation[] = [];
  const led: Consultation[] = [];
  let lastHeld: Consultation | null = null;
  let nextPlanned: Consultation | null = null;
  let direct = 0;
  let member = 0;

  for (const c of db.values('consultations')) {
    if (c.deletedAt || !takesPart(c)) continue;
    matched.push(c);
    status[c.status] += 1;
    const quarter = periodKey(c.date.start, 'quarter');
    const bucket = quarters.get(quarter) ?? { total: 0, counts: emptyCounts() };
    bucket.total += 1;
    bucket.counts[c.status] += 1;
    quarters.set(quarter, bucket);
    if (c.status === 'held' && (!lastHeld || c.date.start > lastHeld.date.start)) lastHeld = c;
    if (
      c.status === 'planned' &&
      fuzzyDateEnd(c.date) >= today &&
      (!nextPlanned || c.date.start < nextPlanned.date.start)
    )
      nextPlanned = c;

    const topics = new Set<string>();
    for (const t of c.topicIds) {
      taggedTopics.add(t);
      lineage(t, topicParent, topics);
    }
    for (const t of topics) count(topicCounts, t);

    const bodies = new Set<string>();
    const people = new Set<string>();
    const parties = new Set<string>();
    for (const d of c.delegations) {
      parties.add(d.partyId);
      if (d.leadBodyId) {
        leadingBodies.add(d.leadBodyId);
        lineage(d.leadBodyId, bodyParent, bodies);
      }
      if (d.headPersonId) people.add(d.headPersonId);
      for (const m of d.memberIds) people.add(m);
      if (kind === 'body' && d.leadBodyId === id) direct += 1;
      if (kind === 'person' && d.headPersonId === id) led.push(c);
      if (kind === 'person' && d.headPersonId !== id && d.memberIds.includes(id)) member += 1;
    }
    for (const b of bodies) count(bodyCounts, b);
    for (const p of people) count(peopleCounts, p);
    for (const p of parties) count(partyCounts, p);
    const planId = c.planItemId ? planOfItem.get(c.planItemId) : undefined;
    if (planId) count(planCounts, planId);
  }

  // Sides: the entry's own party against everyone else. A body's own chain of command and a
  // person themselves are the subject, not company.
  const partyOfBody = (b: string) => db.get('bodies', b)?.partyId;
  const partyOfPerson = (p: string) => db.get('people', p)?.partyId;
  const ancestors = new Set<string>();
  if (kind === 'body') lineage(id, bodyParent, ancestors);
  const notSubject = (b: string) => !subtree.has(b) && !ancestors.has(b);
  const ownBodies = tallies(
    bodyCounts,
    (b) => leadingBodies.has(b) && partyOfBody(b) === sideParty && notSubject(b),
  );
  const otherBodies = tallies(
    bodyCounts,
    (b) => leadingBodies.has(b) && partyOfBody(b) !== sideParty,
  );
  const ownPeople = tallies(peopleCounts, (p) => p !== id && partyOfPerson(p) === sideParty);
  const otherPeople = tallies(peopleCounts, (p) => partyOfPerson(p) !== sideParty);
  const otherParties = tallies(partyCounts, (p) => p !== sideParty);

  const plans = profilePlans(ctx, kind, id, subtree, planCounts, today);

  const ref = (c: Consultation | null) => (c ? toRef(c) : null);
  const recent = matched
    .filter((c) => c.date.start <= today)
    .sort(newestFirst)
    .slice(0, RECENT_LIMIT);
  const upcoming = matched
    .filter((c) => c.status === 'planned' && fuzzyDateEnd(c.date) >= today)
    .sort(soonestFirst)
    .slice(0, UPCOMING_LIMIT);
  const ledItems = led.sort(newestFirst).slice(0, LED_LIMIT);

  const base = {
    homePartyId: home,
    total: matched.length,
    status,
    lastHeld: ref(lastHeld),
    nextPlanned: ref(nextPlanned),
    quarters: fillQuarters(quarters),
    topics: tallies(topicCounts, (t) => taggedTopics.has(t)),
    ownSide: { bodies: ownBodies, people: ownPeople },
    counterparts: { parties: otherParties, bodies: otherBodies, people: otherPeople },
    plans,
    recent: recent.map(toRef),
    upcoming: upcoming.map(toRef),
    removed: removal(db, kind, entity),
  };

  // Names of everything mentioned, so the page needs nothing else.
  const ids = {
    party: new Set<string>(),
    body: new Set<string>(),
    person: new Set<string>(),
    topic: new Set<string>(),
  };
  const mention = (set: Set<string>, list: Iterable<string | null | undefined>) => {
    for (const x of list) if (x) set.add(x);
  };
  mention(ids.party, [sideParty, home, ...otherParties.map((t) => t.id)]);
  for (const c of [...recent, ...upcoming, ...ledItems, lastHeld, nextPlanned])
    if (c)
      mention(
        ids.party,
        c.delegations.map((d) => d.partyId),
      );
  mention(
    ids.body,
    [...ownBodies, ...otherBodies].map((t) => t.id),
  );
  mention(
    ids.person,
    [...ownPeople, ...otherPeople].map((t) => t.id),
  );
  mention(
    ids.topic,
    base.topics.map((t) => t.id),
  );
  mention(ids[kind], [base.removed?.mergedInto]);

  if (kind === 'party') {
    let bodies = 0;
    let people = 0;
    for (const b of db.values('bodies')) if (!b.deletedAt && b.partyId === id) bodies += 1;
    for (const p of db.values('people')) if (!p.deletedAt && p.partyId === id) people += 1;
    return {
      kind,
      entity: db.get('parties', id)!,
      ...base,
      structure: { bodies, people },
      names: namesOf(db, ids),
    };
  }
  if (kind === 'body') {
    const body = entity as Body;
    const children = allBodies
      .filter((b) => !b.deletedAt && b.parentId === id)
      .map((b) => ({ id: b.id, count: bodyCounts.get(b.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    const staff: StaffRow[] = [];
    for (const p of db.values('people')) {
      if (p.deletedAt) continue;
      for (const pos of p.positions) {
        if (pos.bodyId === id)
          staff.push({
            personId: p.id,
            title: pos.title,
            ...(pos.from ? { from: pos.from } : {}),
            ...(pos.to ? { to: pos.to } : {}),
          });
      }
    }
    staff.sort(
      (a, b) =>
        Number(Boolean(a.to)) - Number(Boolean(b.to)) || (b.from ?? '').localeCompare(a.from ?? ''),
    );
    mention(ids.body, [body.parentId, ...children.map((c) => c.id)]);
    mention(
      ids.person,
      staff.map((s) => s.personId),
    );
    return { kind, entity: body, ...base, direct, children, staff, names: namesOf(db, ids) };
  }
  const person = entity as Person;
  mention(
    ids.body,
    person.positions.map((p) => p.bodyId),
  );
  return {
    kind,
    entity: person,
    ...base,
    led: { total: led.length, items: ledItems.map(toRef) },
    member,
    names: namesOf(db, ids),
  };
}

/** Plans the entry is party to: by the plan's parties, by the bodies of its items, or by its consultations. */
function profilePlans(
  ctx: RuleContext,
  kind: ProfileKind,
  id: string,
  subtree: Set<string>,
  planCounts: Map<string, number>,
  today: string,
): ProfilePlan[] {
  const { db } = ctx;
  const planIds = new Set(planCounts.keys());
  if (kind === 'party')
    for (const p of db.values('plans')) if (p.partyIds.includes(id)) planIds.add(p.id);
  if (kind === 'body') {
    for (const item of db.values('planItems'))
      if (!item.deletedAt && item.bodyIds.some((b) => subtree.has(b))) planIds.add(item.planId);
  }
  const plans = [...planIds].map((p) => db.get('plans', p)).filter((p) => p && !p.deletedAt);
  if (!plans.length) return [];
  const linked = consultationsByItem(db);
  const out: ProfilePlan[] = [];
  for (const plan of plans) {
    if (!plan) continue;
    const fulfilment = emptyFulfilment();
    let itemCount = 0;
    for (const item of db.values('planItems')) {
      if (item.planId !== plan.id || item.deletedAt) continue;
      itemCount += 1;
      fulfilment[withFulfilment(item, linked, today).fulfilment] += 1;
    }
    out.push({
      planId: plan.id,
      title: plan.title,
      period: plan.period,
      status: planStatus(plan, today),
      itemCount,
      fulfilment,
      consultations: planCounts.get(plan.id) ?? 0,
    });
  }
  return out.sort(
    (a, b) => b.period.start.localeCompare(a.period.start) || a.planId.localeCompare(b.planId),
  );
}

function label(db: Db, ref: Reference): LabelledReference {
  switch (ref.entity) {
    case 'consultation':
      return { ...ref, title: db.get('consultations', ref.id)?.title ?? ref.id };
    case 'planItem': {
      const item = db.get('planItems', ref.id);
      return { ...ref, title: item?.title ?? ref.id, ...(item ? { planId: item.planId } : {}) };
    }
    case 'plan': {
      const plan = db.get('plans', ref.id);
      return plan ? { ...ref, name: plan.title } : ref;
    }
    default: {
      const record = db.get(collectionOf[ref.entity], ref.id);
      return record && 'name' in record ? { ...ref, name: record.name } : ref;
    }
  }
}

function summarise(db: Db, refs: Reference[]): ReferenceSummary {
  const counts: Record<string, number> = {};
  for (const r of refs) counts[r.entity] = (counts[r.entity] ?? 0) + 1;
  return {
    total: refs.length,
    counts,
    items: refs.slice(0, REFERENCE_LIMIT).map((r) => label(db, r)),
  };
}

const referenceKinds = ['party', 'body', 'person', 'topic', 'place'] as const;

/** What points at a directory entry, labelled: shown when its deletion is refused. */
export function entryReferences(ctx: RuleContext, rawKind: string, id: string): ReferenceSummary {
  requireUser(ctx);
  const kind = referenceKinds.find((k) => k === rawKind);
  if (!kind) throw badRequest(`Unknown directory kind ${rawKind}.`);
  const entry = ctx.db.get(collectionOf[kind], id);
  if (!entry) throw notFound(kind, id);
  return summarise(ctx.db, referencesTo(ctx.db, kind, id));
}

/**
 * Why a merge of `sourceId` into `targetId` would be refused, as field errors: into itself, an
 * entry of another kind or another party, or (for trees) into its own descendant.
 */
export function mergeRefusals(db: Db, kind: MergeableKind, sourceId: string, targetId: string) {
  const collection = collectionOf[kind];
  if (sourceId === targetId) return [fieldError('targetId', 'merge_into_self')];
  const source = db.get(collection, sourceId);
  const target = db.get(collection, targetId);
  if (!source || source.deletedAt) return [fieldError('sourceId', 'unknown_id')];
  if (!target || target.deletedAt) {
    const elsewhere = referenceKinds.some((k) => k !== kind && db.get(collectionOf[k], targetId));
    return [fieldError('targetId', elsewhere ? 'merge_across_kinds' : 'unknown_id')];
  }
  if (kind !== 'topic' && (source as Body | Person).partyId !== (target as Body | Person).partyId) {
    return [fieldError('targetId', 'merge_across_parties')];
  }
  if (kind !== 'person') {
    const parentOf = (x: string) =>
      (db.get(collection, x) as { parentId: string | null } | undefined)?.parentId ?? null;
    const seen = new Set<string>();
    for (let cursor = parentOf(targetId); cursor && !seen.has(cursor); cursor = parentOf(cursor)) {
      if (cursor === sourceId) return [fieldError('targetId', 'merge_into_descendant')];
      seen.add(cursor);
    }
  }
  return [];
}

/** What merging one entry into another would move, checked as the merge itself checks, without writing. */
export function mergePreview(
  ctx: RuleContext,
  rawKind: string,
  sourceId: string,
  rawQuery: unknown,
): MergePreview {
  const parsedKind = MergeableKind.safeParse(rawKind);
  if (!parsedKind.success) throw badRequest(`Entries of kind ${rawKind} are not merged here.`);
  const kind = parsedKind.data;
  requireUser(ctx, kind === 'topic' ? 'write:topic' : 'write:directory');
  const { into } = parseOr(MergePreviewQuery, rawQuery, 'query');
  const errors = mergeRefusals(ctx.db, kind, sourceId, into);
  if (errors.length) throw unprocessable(errors);
  const named = (x: string): NamedEntry => {
    const r = ctx.db.get(collectionOf[kind], x)!;
    return { name: r.name, ...('partyId' in r ? { partyId: r.partyId } : {}) };
  };
  return {
    kind,
    sourceId,
    targetId: into,
    source: named(sourceId),
    target: named(into),
    moves: summarise(ctx.db, referencesTo(ctx.db, kind as Mergeable, sourceId)),
  };
}
