import type {
  Consultation,
  ConsultationFormat,
  ConsultationKind,
  ConsultationLevel,
  ConsultationStatus,
  Delegation,
  FollowUp,
  FuzzyDate,
  Language,
  OutcomeKind,
  PlaceRef,
  Source,
} from '@/api/schemas';
import { addDays, periodEnd, timestamp } from './dates';
import {
  bodyWithRole,
  cityName,
  holdersAt,
  kzRegionalBody,
  mainBodyOf,
  placeCountry,
} from './lookup';
import { partyFormsOf, partyId } from './parties';
import type { Random } from './prng';
import { DEMO_AS_OF, DIRECTORY_CREATED_AT } from './records';
import { randomSources } from './sources';
import { consultationSummary, consultationTitle, randomOutcomes } from './texts';
import { topicArea, type TopicArea } from './topics';

export interface HostSpec {
  partyCode: string;
  /** Null for a meeting by video: someone organises it, but there is no city. */
  placeId: string | null;
  venue?: string;
}

export interface DelegationOverride {
  leadBodyId?: string | null;
  headPersonId?: string | null;
  memberIds?: string[];
}

export type FollowUpDraft = Omit<FollowUp, 'id'>;

/**
 * Everything that decides a consultation. The random generator fills all of it from the seeded
 * stream; the hand-written records give what the sources say and leave the rest (delegations,
 * summary, sources, audit fields) to `buildConsultation`, so both kinds come out alike.
 *
 * The builder takes ownership of a spec's arrays and objects and puts them in the record as
 * they are (copying 50,000 records' worth of them cost real time): pass each spec once, and pass
 * hand-written constants through `completeSpec`, which copies them.
 */
export interface ConsultationSpec {
  id: string;
  kind: ConsultationKind;
  /** Party codes: bilateral [KZ, partner]; multilateral [organisation, KZ, members…]. */
  partyCodes: string[];
  level: ConsultationLevel;
  format: ConsultationFormat;
  status: ConsultationStatus;
  /** Keys in schema order (start, end, precision, approximate), as a parse would give them. */
  date: FuzzyDate;
  topicIds: string[];
  language: Language;
  host?: HostSpec | null;
  title?: string;
  summary?: string;
  condition?: string;
  planItemId?: string | null;
  outcomes?: { kind: OutcomeKind; text: string }[];
  followUps?: FollowUpDraft[];
  sources?: Source[];
  /** Per party code: what the source says about that side's delegation. */
  delegations?: Record<string, DelegationOverride>;
  createdBy?: string;
  createdAt?: string;
}

/** A date with its keys in schema order, so a stored record equals its parsed form. */
export function fuzzyDate(
  start: string,
  precision: FuzzyDate['precision'],
  approximate: boolean,
  end?: string,
): FuzzyDate {
  return end ? { start, end, precision, approximate } : { start, precision, approximate };
}

/**
 * A fresh copy of a hand-written spec, with every key present in one order. The generator's
 * specs have this shape already; giving the few hand-written ones the same shape keeps
 * `buildConsultation`'s property lookups monomorphic, which matters at 50,000 records.
 */
export function completeSpec(spec: ConsultationSpec): ConsultationSpec {
  const { date } = spec;
  return {
    id: spec.id,
    kind: spec.kind,
    partyCodes: [...spec.partyCodes],
    level: spec.level,
    format: spec.format,
    status: spec.status,
    date: fuzzyDate(date.start, date.precision, date.approximate, date.end),
    topicIds: [...spec.topicIds],
    language: spec.language,
    host: spec.host ? { ...spec.host } : spec.host,
    title: spec.title,
    summary: spec.summary,
    condition: spec.condition,
    planItemId: spec.planItemId,
    outcomes: spec.outcomes?.map((o) => ({ ...o })),
    followUps: spec.followUps?.map((f) => ({
      ...f,
      due: f.due ? fuzzyDate(f.due.start, f.due.precision, f.due.approximate, f.due.end) : null,
      place: f.place ? { ...f.place } : null,
    })),
    sources: spec.sources?.map((s) => ({ ...s })),
    delegations: spec.delegations
      ? Object.fromEntries(
          Object.entries(spec.delegations).map(([code, d]) => [
            code,
            { ...d, ...(d.memberIds ? { memberIds: [...d.memberIds] } : {}) },
          ]),
        )
      : undefined,
    createdBy: spec.createdBy,
    createdAt: spec.createdAt,
  };
}

const PANDEMIC_FROM = '2020-03-01';
const PANDEMIC_TO = '2021-12-31';
const FIRST_DAY = DIRECTORY_CREATED_AT.slice(0, 10);

export function buildConsultation(spec: ConsultationSpec, rng: Random): Consultation {
  const { id, kind, level, status, language, date, topicIds } = spec;
  const counterpartCode = (kind === 'bilateral' ? spec.partyCodes[1] : spec.partyCodes[0]) ?? 'KZ';
  const area = topicArea(topicIds[0] ?? '');
  const region = kind === 'multilateral' ? 'organisation' : partyFormsOf(counterpartCode).region;
  const day = date.start;

  const delegations: Delegation[] = [];
  for (const code of spec.partyCodes) {
    delegations.push(
      buildDelegation(code, level, area, region, day, spec.delegations?.[code], rng),
    );
  }
  const createdAt = spec.createdAt ?? creationTime(spec, rng);
  const createdBy = spec.createdBy ?? creator(status, rng);
  const followUps: FollowUp[] = [];
  const drafts = spec.followUps;
  if (drafts) {
    for (let i = 0; i < drafts.length; i += 1) {
      const f = drafts[i];
      if (f) {
        followUps.push({
          id: `${id}-f${i + 1}`,
          text: f.text,
          due: f.due,
          condition: f.condition,
          place: f.place,
          status: f.status,
          becameConsultationId: f.becameConsultationId,
          becamePlanItemId: f.becamePlanItemId,
        });
      }
    }
  }

  // Audit fields written out rather than spread from recordMeta(): V8 builds an object literal
  // that starts with a spread and goes on with many properties on a slow path, which made
  // 50,000 records take seconds instead of a fraction of one.
  return {
    id,
    version: 1,
    createdAt,
    createdBy,
    updatedAt: createdAt,
    updatedBy: createdBy,
    deletedAt: null,
    title:
      spec.title ??
      consultationTitle({ language, kind, level, counterpartCode, topicId: topicIds[0], area }),
    kind,
    level,
    format: spec.format,
    status,
    date,
    condition: spec.condition ?? '',
    place: placeRef(spec.host ?? null, day, language),
    hostPartyId: spec.host ? partyId(spec.host.partyCode) : null,
    planItemId: spec.planItemId ?? null,
    delegations,
    topicIds,
    summary:
      spec.summary ??
      consultationSummary(language, status, topicIds, day >= PANDEMIC_FROM && day <= PANDEMIC_TO),
    outcomes: spec.outcomes
      ? spec.outcomes.map((o, i) => ({ id: `${id}-o${i + 1}`, kind: o.kind, text: o.text }))
      : status === 'held'
        ? randomOutcomes(rng, language, rng.int(1, 3), id)
        : [],
    followUps,
    sources: spec.sources ?? defaultSources(spec, counterpartCode, createdAt, rng),
    language,
  };
}

/**
 * Who leads a side: ministers' and deputies' meetings are led by the ministry itself (we keep no
 * ministers in the directory, so no head is named); department meetings by the department that
 * owns the topic, else the one that covers the counterpart's region.
 */
function leadBodyOf(
  code: string,
  level: ConsultationLevel,
  area: TopicArea,
  region: ReturnType<typeof partyFormsOf>['region'],
): string {
  if (partyFormsOf(code).type === 'organisation') {
    return (area === 'analysis' ? bodyWithRole(code, 'analysis') : undefined) ?? mainBodyOf(code);
  }
  if (level === 'ministerial' || level === 'deputy_minister') return mainBodyOf(code);
  if (code === 'KZ')
    return (area === 'general' ? undefined : bodyWithRole('KZ', area)) ?? kzRegionalBody(region);
  return (
    (area === 'general' ? undefined : bodyWithRole(code, area)) ??
    bodyWithRole(code, 'regional') ??
    mainBodyOf(code)
  );
}

function buildDelegation(
  code: string,
  level: ConsultationLevel,
  area: TopicArea,
  region: ReturnType<typeof partyFormsOf>['region'],
  day: string,
  override: DelegationOverride | undefined,
  rng: Random,
): Delegation {
  const leadBodyId =
    override?.leadBodyId !== undefined
      ? override.leadBodyId
      : leadBodyOf(code, level, area, region);
  const holders = leadBodyId ? holdersAt(leadBodyId, day) : [];
  let headPersonId: string | null = null;
  if (override?.headPersonId !== undefined) headPersonId = override.headPersonId;
  else if (level === 'department_head')
    headPersonId = holders.find((h) => h.lead)?.personId ?? null;
  else if (level === 'expert') headPersonId = holders.find((h) => !h.lead)?.personId ?? null;

  let memberIds: string[];
  if (override?.memberIds !== undefined) memberIds = override.memberIds;
  else if (code === 'KZ' && (level === 'ministerial' || level === 'deputy_minister')) {
    // The director who prepared the meeting sits in the minister's delegation.
    const department = leadBodyOf(code, 'department_head', area, region);
    memberIds = holdersAt(department, day)
      .filter((h) => h.lead)
      .slice(0, 1)
      .map((h) => h.personId);
  } else {
    const wanted = code === 'KZ' ? rng.int(0, 2) : rng.chance(0.25) ? 1 : 0;
    memberIds =
      wanted === 0
        ? []
        : rng.sample(
            holders.filter((h) => h.personId !== headPersonId).map((h) => h.personId),
            wanted,
          );
  }
  return { partyId: partyId(code), leadBodyId, headPersonId, memberIds };
}

function placeRef(host: HostSpec | null, day: string, language: Language): PlaceRef {
  if (!host?.placeId)
    return { placeId: null, city: '', countryCode: null, venue: host?.venue ?? '' };
  return {
    placeId: host.placeId,
    city: cityName(host.placeId, day, language),
    countryCode: placeCountry(host.placeId),
    venue: host.venue ?? '',
  };
}

function clampDay(day: string): string {
  if (day < FIRST_DAY) return FIRST_DAY;
  return day > DEMO_AS_OF ? DEMO_AS_OF : day;
}

/**
 * When the record was logged: a held meeting a day or so after it ended (from the press
 * release), a planned one weeks before. Never before the directory or after the snapshot.
 */
function creationTime(spec: ConsultationSpec, rng: Random): string {
  const { date } = spec;
  const day =
    spec.status === 'held'
      ? addDays(
          date.end ?? periodEnd(date.start, date.precision),
          date.precision === 'day' ? rng.int(0, 3) : rng.int(1, 20),
        )
      : addDays(date.start, -rng.int(14, 90));
  return timestamp(clampDay(day), rng.int(5, 12), rng.int(0, 59));
}

/** Analysts log what happened; planners, much of what is planned. */
function creator(status: ConsultationStatus, rng: Random): string {
  if (status === 'held') return rng.chance(0.85) ? 'u-analyst' : 'u-head';
  return status === 'planned' && rng.chance(0.6) ? 'u-planner' : 'u-analyst';
}

function defaultSources(
  spec: ConsultationSpec,
  counterpartCode: string,
  createdAt: string,
  rng: Random,
): Source[] {
  const chance = spec.status === 'held' ? 0.85 : spec.status === 'planned' ? 0.15 : 0.4;
  if (!rng.chance(chance)) return [];
  // A press release is dated the day of the meeting or the next; an announcement, the day logged.
  const publishedOn =
    spec.status === 'held'
      ? spec.date.precision === 'day'
        ? clampDay(addDays(spec.date.end ?? spec.date.start, rng.int(0, 1)))
        : null
      : createdAt.slice(0, 10);
  const count = spec.status === 'held' && rng.chance(0.35) ? 2 : 1;
  return randomSources(rng, spec.language, counterpartCode, publishedOn, count);
}
