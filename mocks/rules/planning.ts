import {
  ConsultationInput,
  type Consultation,
  type FieldError,
  type FollowUpRow,
  type PlaceRef,
  type Plan,
  type PlanItem,
} from '@/api/schemas';
import {
  ClashCheckRequest,
  DraftPlanRequest,
  FollowUpConsultationRequest,
  LinkConsultationRequest,
  ProposalQuery,
  type Clash,
  type PlanHistory,
  type PlanProposal,
  type ProposedItem,
} from '@/api/schemas/planning';
import { fuzzyDateEnd, fuzzyDateSpan } from '@/lib/fuzzy-date';
import { placeNameAt } from '@/lib/place-name';
import type { Db, Write } from '../store/db';
import { checkConsultationReferences } from './consultations';
import { can, requireUser, type RuleContext } from './context';
import { revisionCache } from './revision-cache';
import { badRequest, fieldError, forbidden, parseOr, unprocessable } from './errors';
import { publicHolidays } from './holidays';
import { consultationsByItem, listFollowUps, listPlanItems } from './plans';
import {
  carriedItemDraft,
  carryOverOffers,
  followUpItemDraft,
  isSamePeriodCarryOver,
} from './planning-carry-over';
import { detectClashes, knownToTheWeek, type Booking } from './planning-clashes';
import { suggestHost, type Hosting } from './planning-host';
import { createWrites, findRecord, updateWrites } from './records';
import { counterpartsOf, homePartyId } from './stats';

const live = <T extends { deletedAt: string | null }>(r: T | undefined): r is T =>
  Boolean(r && !r.deletedAt);

/** Planning a meeting is a planner's or an analyst's job; a viewer only reads. */
function requirePlanningUser(ctx: RuleContext) {
  const user = requireUser(ctx);
  if (!can(user.role, 'write:plan') && !can(user.role, 'write:consultation')) {
    throw forbidden(`The role ${user.role} may not plan or link consultations.`);
  }
  return user;
}

// ---------------------------------------------------------------------------------------------
// Places and hosts

/** A place reference with the name valid on `date` (kept in Russian, the plans' working language). */
export function placeRefAt(db: Db, placeId: string | null, date: string): PlaceRef | null {
  if (!placeId) return null;
  const place = db.get('places', placeId);
  if (!place) return null;
  return {
    placeId,
    city: placeNameAt(place, date, 'ru'),
    countryCode: place.countryCode,
    venue: '',
  };
}

const capitalOf = (db: Db) => (partyId: string) =>
  db.get('parties', partyId)?.capitalPlaceId ?? null;

/** The plan's party that a place is in: Astana → Kazakhstan. */
function partyOfPlace(db: Db, partyIds: readonly string[], place: PlaceRef | null): string | null {
  const code =
    place?.countryCode ??
    (place?.placeId ? db.get('places', place.placeId)?.countryCode : undefined);
  if (!code) return null;
  return partyIds.find((id) => db.get('parties', id)?.code === code) ?? null;
}

/** A held meeting in a host's city, or nothing (a video call alternates nothing). */
function hostingOf(c: Consultation): Hosting | null {
  if (c.deletedAt || c.status !== 'held' || c.format === 'video' || !c.hostPartyId) return null;
  if (!c.place.placeId && !c.place.city) return null;
  return {
    consultationId: c.id,
    title: c.title,
    date: c.date,
    hostPartyId: c.hostPartyId,
    placeId: c.place.placeId,
  };
}

/** Held in-person meetings at which all the given parties sat. */
function relationHostings(db: Db, partyIds: readonly string[]): Hosting[] {
  const out: Hosting[] = [];
  for (const c of db.values('consultations')) {
    const hosting = hostingOf(c);
    if (hosting && partyIds.every((p) => c.delegations.some((d) => d.partyId === p)))
      out.push(hosting);
  }
  return out;
}

/** The item and the items it was carried from, oldest last. */
function lineOf(db: Db, item: PlanItem): string[] {
  const ids = [item.id];
  let from = item.carriedFromItemId;
  while (from && !ids.includes(from)) {
    ids.push(from);
    from = db.get('planItems', from)?.carriedFromItemId ?? null;
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// The next plan's proposal

/**
 * What the next plan of `planId` could hold for a period: rounds to repeat, items to carry over,
 * follow-ups agreed with the plan's parties, each with a host and place by alternating capitals.
 */
export function planProposal(ctx: RuleContext, planId: string, rawQuery: unknown): PlanProposal {
  requireUser(ctx);
  const plan = findRecord(ctx, 'plans', planId);
  const period = parseOr(ProposalQuery, rawQuery, 'query');
  if (isSamePeriodCarryOver(plan.period, period)) {
    throw badRequest('The next plan must start after the plan it continues.', [
      fieldError('start', 'carry_over_same_period'),
    ]);
  }
  const db = ctx.db;
  const items = listPlanItems(ctx, planId);
  const linked = consultationsByItem(db);
  // "Last held" is as seen from the new period: meetings after its start do not count.
  const before = (h: Hosting) => h.date.start < period.start;
  const relation = relationHostings(db, plan.partyIds).filter(before);
  const carriedInto = new Map<string, { planId: string; itemId: string }>();
  for (const other of db.values('planItems')) {
    if (other.deletedAt || !other.carriedFromItemId || other.planId === planId) continue;
    if (live(db.get('plans', other.planId)))
      carriedInto.set(other.carriedFromItemId, { planId: other.planId, itemId: other.id });
  }
  const placeOf = (placeId: string | null, date: string) => placeRefAt(db, placeId, date);
  const proposed: ProposedItem[] = carryOverOffers(items, new Set(carriedInto.keys())).map(
    ({ item, source, selected }) => {
      const lineHistory = lineOf(db, item).flatMap((id) =>
        (linked.get(id) ?? []).map(hostingOf).filter((h): h is Hosting => h !== null && before(h)),
      );
      const host = suggestHost({
        partyIds: plan.partyIds,
        lineHistory,
        relationHistory: relation,
        planned: { hostPartyId: item.hostPartyId, placeId: item.place?.placeId ?? null },
        capitalOf: capitalOf(db),
      });
      return {
        key: `${source === 'recurring' ? 'recurring' : 'carry'}:${item.id}`,
        source,
        selected,
        item: carriedItemDraft(item, period, host, placeOf),
        sourceItemId: item.id,
        sourcePeriod: item.period,
        fulfilment: item.fulfilment,
        carriedInto: carriedInto.get(item.id) ?? null,
        followUp: null,
        host,
      };
    },
  );
  for (const row of followUpsOfParties(ctx, plan.partyIds)) {
    const host = suggestHost({
      partyIds: plan.partyIds,
      lineHistory: [],
      relationHistory: relation,
      agreed: row.place
        ? { placeId: row.place.placeId, hostPartyId: partyOfPlace(db, plan.partyIds, row.place) }
        : null,
      capitalOf: capitalOf(db),
    });
    const source = db.get('consultations', row.consultationId);
    const bodyIds = (source?.delegations ?? [])
      .map((d) => d.leadBodyId)
      .filter((id): id is string => id !== null);
    proposed.push({
      key: `follow-up:${row.followUpId}`,
      source: 'follow_up',
      selected: false,
      item: followUpItemDraft(row, period, host, placeOf, bodyIds),
      sourceItemId: null,
      sourcePeriod: null,
      fulfilment: null,
      carriedInto: null,
      followUp: {
        consultationId: row.consultationId,
        consultationTitle: row.consultationTitle,
        consultationDate: row.consultationDate,
        due: row.due,
      },
      host,
    });
  }
  return { fromPlanId: plan.id, partyIds: plan.partyIds, period, items: proposed };
}

/**
 * Unanswered follow-ups of meetings between exactly the plan's parties: what two ministries agreed
 * between themselves, not what a wider forum they both sat in agreed.
 */
function followUpsOfParties(ctx: RuleContext, partyIds: readonly string[]): FollowUpRow[] {
  return listFollowUps(ctx, {}).filter(
    (row) =>
      row.partyIds.length === partyIds.length && partyIds.every((p) => row.partyIds.includes(p)),
  );
}

// ---------------------------------------------------------------------------------------------
// A draft plan with its items, in one commit

const unanswered = (f: Consultation['followUps'][number]) =>
  f.status === 'open' && !f.becameConsultationId && !f.becamePlanItemId;

/**
 * A new draft plan and all its items at once: carried-over and repeated rounds, follow-ups as
 * items (each follow-up marked planned and pointing at its item). Refused whole, with a message per
 * field, when anything is wrong: a plan ending before it starts, a carry-over into the period it
 * comes from, an item outside the plan's period.
 */
export function createDraftPlan(ctx: RuleContext, body: unknown): Plan {
  requireUser(ctx, 'write:plan');
  const input = parseOr(DraftPlanRequest, body);
  const db = ctx.db;
  const errors: FieldError[] = [];
  input.partyIds.forEach((id, i) => {
    if (!live(db.get('parties', id))) errors.push(fieldError(`partyIds.${i}`, 'unknown_id'));
  });
  if (new Set(input.partyIds).size !== input.partyIds.length)
    errors.push(fieldError('partyIds', 'duplicate_party'));
  const previous = input.previousPlanId ? db.get('plans', input.previousPlanId) : null;
  if (input.previousPlanId && !live(previous ?? undefined))
    errors.push(fieldError('previousPlanId', 'unknown_id'));
  if (previous && isSamePeriodCarryOver(previous.period, input.period))
    errors.push(fieldError('period.start', 'carry_over_same_period'));
  const carried = new Set<string>();
  const followUps = new Set<string>();
  input.items.forEach((item, i) => {
    const at = `items.${i}.`;
    if (item.period.start < input.period.start || fuzzyDateEnd(item.period) > input.period.end)
      errors.push(fieldError(`${at}period.start`, 'outside_plan_period'));
    item.bodyIds.forEach((id, j) => {
      if (!live(db.get('bodies', id))) errors.push(fieldError(`${at}bodyIds.${j}`, 'unknown_id'));
    });
    if (item.hostPartyId && !input.partyIds.includes(item.hostPartyId))
      errors.push(fieldError(`${at}hostPartyId`, 'not_a_plan_party'));
    if (item.place?.placeId && !db.get('places', item.place.placeId))
      errors.push(fieldError(`${at}place.placeId`, 'unknown_id'));
    if (item.carriedFromItemId) {
      if (!db.get('planItems', item.carriedFromItemId))
        errors.push(fieldError(`${at}carriedFromItemId`, 'unknown_id'));
      else if (carried.has(item.carriedFromItemId))
        errors.push(fieldError(`${at}carriedFromItemId`, 'duplicate'));
      carried.add(item.carriedFromItemId);
    }
    if (item.fromFollowUp) {
      const { consultationId, followUpId } = item.fromFollowUp;
      const followUp = db
        .get('consultations', consultationId)
        ?.followUps.find((f) => f.id === followUpId);
      if (!followUp) errors.push(fieldError(`${at}fromFollowUp`, 'unknown_id'));
      else if (!unanswered(followUp))
        errors.push(fieldError(`${at}fromFollowUp`, 'already_answered'));
      else if (followUps.has(followUpId)) errors.push(fieldError(`${at}fromFollowUp`, 'duplicate'));
      followUps.add(followUpId);
    }
  });
  if (errors.length)
    throw unprocessable(errors, 'The draft plan was not saved; nothing was written.');

  const { items, ...planInput } = input;
  const { record: plan, writes } = createWrites(ctx, 'plans', 'plan', {
    ...planInput,
    approval: 'draft',
    reviews: [],
  });
  const answered = new Map<string, Map<string, string>>();
  for (const item of items) {
    const created = createWrites(ctx, 'planItems', 'item', { ...item, planId: plan.id });
    writes.push(...created.writes);
    if (item.fromFollowUp) {
      const byFollowUp =
        answered.get(item.fromFollowUp.consultationId) ?? new Map<string, string>();
      byFollowUp.set(item.fromFollowUp.followUpId, created.record.id);
      answered.set(item.fromFollowUp.consultationId, byFollowUp);
    }
  }
  // One update per source consultation, however many of its follow-ups became items.
  for (const [consultationId, byFollowUp] of answered) {
    const source = findRecord(ctx, 'consultations', consultationId);
    const next = source.followUps.map((f) => {
      const itemId = byFollowUp.get(f.id);
      return itemId ? { ...f, status: 'planned' as const, becamePlanItemId: itemId } : f;
    });
    writes.push(
      ...updateWrites(ctx, 'consultations', source, source.version, { followUps: next }).writes,
    );
  }
  db.commit(writes);
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Clashes

interface HeadsIndex {
  /** Per body, the people who have led its delegations. */
  leaders: Map<string, Set<string>>;
}
const headsIndexes = revisionCache<HeadsIndex>(1);
const headsIndex = (db: Db): HeadsIndex => headsIndexes(db, 'all', () => buildHeadsIndex(db));

function buildHeadsIndex(db: Db): HeadsIndex {
  const leaders = new Map<string, Set<string>>();
  for (const c of db.values('consultations')) {
    if (c.deletedAt) continue;
    for (const d of c.delegations) {
      if (!d.leadBodyId || !d.headPersonId) continue;
      const set = leaders.get(d.leadBodyId) ?? new Set<string>();
      set.add(d.headPersonId);
      leaders.set(d.leadBodyId, set);
    }
  }
  return { leaders };
}

/** Who would lead for a body on a day: of those who have led its delegations, whoever is in post. */
function headsOf(db: Db, bodyIds: readonly string[], date: string): string[] {
  const { leaders } = headsIndex(db);
  const out = new Set<string>();
  for (const bodyId of bodyIds) {
    for (const personId of leaders.get(bodyId) ?? []) {
      const person = db.get('people', personId);
      if (
        person?.positions.some(
          (p) => p.bodyId === bodyId && (!p.from || p.from <= date) && (!p.to || date <= p.to),
        )
      )
        out.add(personId);
    }
  }
  return [...out];
}

const hostCountry = (db: Db, hostPartyId: string | null, place: PlaceRef | null): string | null => {
  if (place?.countryCode) return place.countryCode;
  if (place?.placeId) return db.get('places', place.placeId)?.countryCode ?? null;
  const party = hostPartyId ? db.get('parties', hostPartyId) : undefined;
  return party?.type === 'country' ? party.code : null;
};

type Bookable = Pick<PlanItem, 'title' | 'period' | 'bodyIds' | 'hostPartyId' | 'place'>;

function itemBooking(
  db: Db,
  ref: Booking['ref'],
  item: Bookable,
  partyIds: readonly string[],
  homeId: string | undefined,
  sameAs: string[],
): Booking {
  const span = fuzzyDateSpan(item.period);
  return {
    ref,
    span,
    precision: item.period.precision,
    bodyIds: item.bodyIds,
    personIds: knownToTheWeek({ precision: item.period.precision, span })
      ? headsOf(db, item.bodyIds, span.start)
      : [],
    counterpartIds: partyIds.filter((id) => id !== homeId),
    hostCountryCode: hostCountry(db, item.hostPartyId, item.place),
    sameAs,
  };
}

function consultationBooking(
  db: Db,
  c: Consultation,
  homeId: string | undefined,
  planOfItem: (id: string) => string | null,
): Booking {
  return {
    ref: {
      kind: 'consultation',
      id: c.id,
      title: c.title,
      date: c.date,
      planId: c.planItemId ? planOfItem(c.planItemId) : null,
    },
    span: fuzzyDateSpan(c.date),
    precision: c.date.precision,
    bodyIds: c.delegations.map((d) => d.leadBodyId).filter((id): id is string => id !== null),
    personIds: c.delegations.map((d) => d.headPersonId).filter((id): id is string => id !== null),
    counterpartIds: counterpartsOf(db, c, homeId),
    hostCountryCode: hostCountry(db, c.hostPartyId, c.place),
    sameAs: c.planItemId ? [c.planItemId] : [],
  };
}

/** Stored items of other plans and consultations that may meet the checked ones. */
function existingBookings(
  db: Db,
  checked: readonly Booking[],
  excludePlanId: string | null,
): Booking[] {
  if (!checked.length) return [];
  const homeId = homePartyId(db);
  const from = checked.reduce((min, b) => (b.span.start < min ? b.span.start : min), '9999-12-31');
  const to = checked.reduce((max, b) => (b.span.end > max ? b.span.end : max), '0000-01-01');
  // A week either side: "twice in one week" reaches that far.
  const windowStart = new Date(Date.parse(`${from}T00:00:00Z`) - 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const windowEnd = new Date(Date.parse(`${to}T00:00:00Z`) + 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const near = (start: string, end: string) => start <= windowEnd && end >= windowStart;
  const out: Booking[] = [];
  const linked = consultationsByItem(db);
  for (const item of db.values('planItems')) {
    if (item.deletedAt || item.planId === excludePlanId) continue;
    if (item.period.precision !== 'day' && item.period.precision !== 'month') continue;
    const plan = db.get('plans', item.planId);
    if (!live(plan) || !near(item.period.start, fuzzyDateEnd(item.period))) continue;
    const ref = {
      kind: 'planItem' as const,
      id: item.id,
      title: item.title,
      date: item.period,
      planId: item.planId,
    };
    out.push(
      itemBooking(
        db,
        ref,
        item,
        plan.partyIds,
        homeId,
        (linked.get(item.id) ?? []).map((c) => c.id),
      ),
    );
  }
  const planOfItem = (id: string) => db.get('planItems', id)?.planId ?? null;
  for (const c of db.values('consultations')) {
    if (
      c.deletedAt ||
      c.date.precision !== 'day' ||
      (c.status !== 'planned' && c.status !== 'held')
    )
      continue;
    if (!near(c.date.start, fuzzyDateEnd(c.date))) continue;
    out.push(consultationBooking(db, c, homeId, planOfItem));
  }
  return out;
}

/** Warnings for items being drafted (not stored yet), against everything stored. */
export function checkClashes(ctx: RuleContext, body: unknown): Clash[] {
  requireUser(ctx);
  const input = parseOr(ClashCheckRequest, body);
  const db = ctx.db;
  const homeId = homePartyId(db);
  const checked = input.items.map((item) =>
    itemBooking(
      db,
      { kind: 'draft', id: item.key, title: item.title, date: item.period, planId: input.planId },
      item,
      input.partyIds,
      homeId,
      [],
    ),
  );
  return detectClashes(checked, existingBookings(db, checked, input.planId), publicHolidays);
}

/** Warnings for a stored plan's items. */
export function planClashes(ctx: RuleContext, planId: string): Clash[] {
  requireUser(ctx);
  const plan = findRecord(ctx, 'plans', planId, { includeDeleted: true });
  const db = ctx.db;
  const homeId = homePartyId(db);
  const linked = consultationsByItem(db);
  const checked = db
    .all('planItems')
    .filter((i) => i.planId === planId && !i.deletedAt)
    .map((item) =>
      itemBooking(
        db,
        { kind: 'planItem', id: item.id, title: item.title, date: item.period, planId },
        item,
        plan.partyIds,
        homeId,
        (linked.get(item.id) ?? []).map((c) => c.id),
      ),
    );
  return detectClashes(checked, existingBookings(db, checked, planId), publicHolidays);
}

// ---------------------------------------------------------------------------------------------
// Linking consultations to items

function linkable(ctx: RuleContext, itemId: string, body: unknown) {
  requirePlanningUser(ctx);
  const item = findRecord(ctx, 'planItems', itemId);
  const plan = findRecord(ctx, 'plans', item.planId);
  const { consultationId, version } = parseOr(LinkConsultationRequest, body);
  const consultation = findRecord(ctx, 'consultations', consultationId);
  return { item, plan, consultation, version };
}

/**
 * Records that a consultation fulfils a plan item: its `planItemId`, version-checked, with history.
 * Planners may do it (it changes no plan and no other field of the consultation).
 */
export function linkConsultation(ctx: RuleContext, itemId: string, body: unknown): Consultation {
  const { item, plan, consultation, version } = linkable(ctx, itemId, body);
  if (!plan.partyIds.every((p) => consultation.delegations.some((d) => d.partyId === p))) {
    throw unprocessable([fieldError('consultationId', 'not_plan_parties')]);
  }
  if (consultation.planItemId === item.id) return consultation;
  const { record, writes } = updateWrites(ctx, 'consultations', consultation, version, {
    planItemId: item.id,
  });
  ctx.db.commit(writes);
  return record;
}

export function unlinkConsultation(ctx: RuleContext, itemId: string, body: unknown): Consultation {
  const { item, consultation, version } = linkable(ctx, itemId, body);
  if (consultation.planItemId !== item.id)
    throw unprocessable([fieldError('consultationId', 'not_linked')]);
  const { record, writes } = updateWrites(ctx, 'consultations', consultation, version, {
    planItemId: null,
  });
  ctx.db.commit(writes);
  return record;
}

// ---------------------------------------------------------------------------------------------
// A follow-up as a planned consultation, in one commit

/**
 * A planned consultation made from a follow-up: the same sides, bodies, kind, level and topics
 * as the meeting that agreed on it; the follow-up is marked planned and points at it. Heads of
 * delegation are left open: who leads next time is not known yet.
 */
export function followUpToConsultation(ctx: RuleContext, body: unknown): Consultation {
  requirePlanningUser(ctx);
  const input = parseOr(FollowUpConsultationRequest, body);
  const source = findRecord(ctx, 'consultations', input.consultationId);
  const followUp = source.followUps.find((f) => f.id === input.followUpId);
  if (!followUp) throw unprocessable([fieldError('followUpId', 'unknown_id')]);
  if (!unanswered(followUp)) throw unprocessable([fieldError('followUpId', 'already_answered')]);
  if (input.hostPartyId && !source.delegations.some((d) => d.partyId === input.hostPartyId)) {
    throw unprocessable([fieldError('hostPartyId', 'not_a_party')]);
  }
  const inPerson = Boolean(input.place?.placeId || input.place?.city);
  const data = parseOr(ConsultationInput, {
    title: input.title,
    kind: source.kind,
    level: input.level ?? source.level,
    format: input.format ?? (inPerson ? 'in_person' : source.format),
    status: 'planned',
    date: input.date,
    condition: input.condition,
    place: input.place ?? { placeId: null, city: '', countryCode: null, venue: '' },
    hostPartyId: input.hostPartyId,
    planItemId: input.planItemId,
    delegations: source.delegations.map((d) => ({
      partyId: d.partyId,
      leadBodyId: d.leadBodyId,
      headPersonId: null,
      memberIds: [],
    })),
    topicIds: source.topicIds,
    language: source.language,
  });
  const errors = checkConsultationReferences(ctx, data);
  if (errors.length) throw unprocessable(errors);
  const { record, writes } = createWrites(ctx, 'consultations', 'c', data);
  const followUps = source.followUps.map((f) =>
    f.id === followUp.id
      ? { ...f, status: 'planned' as const, becameConsultationId: record.id }
      : f,
  );
  const marked: Write[] = updateWrites(ctx, 'consultations', source, source.version, {
    followUps,
  }).writes;
  ctx.db.commit([...writes, ...marked]);
  return record;
}

// ---------------------------------------------------------------------------------------------
// History

const touchesItems = (changes: { field: string; from: unknown; to: unknown }[], ids: Set<string>) =>
  changes.some(
    (c) =>
      c.field === 'planItemId' &&
      ((typeof c.from === 'string' && ids.has(c.from)) ||
        (typeof c.to === 'string' && ids.has(c.to))),
  );

/** Every step of a plan: its own changes and reviews, its items', and consultations linked or unlinked. */
export function planHistory(ctx: RuleContext, planId: string): PlanHistory {
  requireUser(ctx);
  findRecord(ctx, 'plans', planId, { includeDeleted: true });
  const db = ctx.db;
  const itemTitles: Record<string, string> = {};
  for (const item of db.values('planItems'))
    if (item.planId === planId) itemTitles[item.id] = item.title;
  const ids = new Set(Object.keys(itemTitles));
  const consultationTitles: Record<string, string> = {};
  const entries = db
    .all('history')
    .filter((h) => {
      if (h.entity === 'plan') return h.entityId === planId;
      if (h.entity === 'planItem') return ids.has(h.entityId);
      if (h.entity === 'consultation' && touchesItems(h.changes, ids)) {
        consultationTitles[h.entityId] = db.get('consultations', h.entityId)?.title ?? h.entityId;
        return true;
      }
      return false;
    })
    .sort((a, b) => b.at.localeCompare(a.at) || b.version - a.version || b.id.localeCompare(a.id))
    .slice(0, 500);
  return { entries, itemTitles, consultationTitles };
}
