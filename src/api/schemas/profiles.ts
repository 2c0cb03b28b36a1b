import { z } from 'zod/mini';
import { FuzzyDate, Id, IsoDate, IsoDateTime, LocalizedText, Period } from './common';
import { ConsultationStatus } from './consultations';
import { Body, Party, Person } from './directory';
import { FulfilmentCounts, PlanStatus } from './plans';
import { StatusCounts } from './stats';

/** The directory entries that have a profile page. */
export const profileKinds = ['party', 'body', 'person'] as const;
export const ProfileKind = z.enum(profileKinds);
export type ProfileKind = z.infer<typeof ProfileKind>;

/** How many consultations an entry (party, body, person, topic) appears in. */
export const Tally = z.object({ id: Id, count: z.int().check(z.nonnegative()) });
export type Tally = z.infer<typeof Tally>;

/** A consultation as a profile lists it: enough for a row with a link. */
export const ConsultationRef = z.object({
  id: Id,
  title: z.string(),
  date: FuzzyDate,
  status: ConsultationStatus,
  partyIds: z.array(Id),
});
export type ConsultationRef = z.infer<typeof ConsultationRef>;

/** One quarter of the profile's chart; `from`/`to` make the filtered-list link. */
export const QuarterCount = z.object({
  period: z.string().check(z.regex(/^\d{4}-Q[1-4]$/)),
  from: IsoDate,
  to: IsoDate,
  total: z.int().check(z.nonnegative()),
  counts: StatusCounts,
});
export type QuarterCount = z.infer<typeof QuarterCount>;

/** A cooperation plan the entry is party to, with how it is going. */
export const ProfilePlan = z.object({
  planId: Id,
  title: LocalizedText,
  period: Period,
  status: PlanStatus,
  itemCount: z.int().check(z.nonnegative()),
  fulfilment: FulfilmentCounts,
  /** The entry's consultations held under this plan. */
  consultations: z.int().check(z.nonnegative()),
});
export type ProfilePlan = z.infer<typeof ProfilePlan>;

/** Names of every entry a profile mentions, so the page needs no other request. */
export const NamedEntry = z.object({
  name: LocalizedText,
  short: z.optional(LocalizedText),
  partyId: z.optional(Id),
});
export type NamedEntry = z.infer<typeof NamedEntry>;

export const StaffRow = z.object({
  personId: Id,
  title: LocalizedText,
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
export type StaffRow = z.infer<typeof StaffRow>;

const profileStats = {
  /** The ministry whose log this is (Kazakhstan): it is at nearly every table. */
  homePartyId: z.nullable(Id),
  total: z.int().check(z.nonnegative()),
  status: StatusCounts,
  lastHeld: z.nullable(ConsultationRef),
  nextPlanned: z.nullable(ConsultationRef),
  /** Every quarter from the first to the last consultation, empty ones included. */
  quarters: z.array(QuarterCount),
  /** Topics tagged on its consultations; counts include subtopics, as the filtered list does. */
  topics: z.array(Tally),
  /** Its own side at those meetings (for a person: their colleagues). */
  ownSide: z.object({ bodies: z.array(Tally), people: z.array(Tally) }),
  /** The other sides. */
  counterparts: z.object({
    parties: z.array(Tally),
    bodies: z.array(Tally),
    people: z.array(Tally),
  }),
  plans: z.array(ProfilePlan),
  /** The latest consultations up to today, newest first. */
  recent: z.array(ConsultationRef),
  /** Planned consultations still ahead, soonest first. */
  upcoming: z.array(ConsultationRef),
  names: z.record(z.string(), NamedEntry),
  /** Set when the entry was deleted or merged into another. */
  removed: z.nullable(z.object({ at: IsoDateTime, mergedInto: z.nullable(Id) })),
};

export const PartyProfile = z.object({
  kind: z.literal('party'),
  entity: Party,
  ...profileStats,
  structure: z.object({ bodies: z.int(), people: z.int() }),
});
export type PartyProfile = z.infer<typeof PartyProfile>;

export const BodyProfile = z.object({
  kind: z.literal('body'),
  entity: Body,
  ...profileStats,
  /** Consultations it led itself; `total` includes those of its subordinate bodies. */
  direct: z.int().check(z.nonnegative()),
  children: z.array(Tally),
  staff: z.array(StaffRow),
});
export type BodyProfile = z.infer<typeof BodyProfile>;

export const PersonProfile = z.object({
  kind: z.literal('person'),
  entity: Person,
  ...profileStats,
  /** Delegations the person headed, newest first (at most 50 listed). */
  led: z.object({ total: z.int().check(z.nonnegative()), items: z.array(ConsultationRef) }),
  /** Consultations attended as a member of a delegation. */
  member: z.int().check(z.nonnegative()),
});
export type PersonProfile = z.infer<typeof PersonProfile>;

export const Profile = z.discriminatedUnion('kind', [PartyProfile, BodyProfile, PersonProfile]);
export type Profile = z.infer<typeof Profile>;

/** What points at an entry: what blocks its deletion and what a merge moves. */
export const referenceEntities = [
  'consultation',
  'planItem',
  'plan',
  'body',
  'person',
  'topic',
  'party',
] as const;
export const ReferenceEntity = z.enum(referenceEntities);
export type ReferenceEntity = z.infer<typeof ReferenceEntity>;

export const LabelledReference = z.object({
  entity: ReferenceEntity,
  id: Id,
  field: z.string(),
  /** A consultation's or plan item's title; a directory entry's or plan's name. */
  title: z.optional(z.string()),
  name: z.optional(LocalizedText),
  /** For a plan item: the plan it belongs to (its page lists it). */
  planId: z.optional(Id),
});
export type LabelledReference = z.infer<typeof LabelledReference>;

export const ReferenceSummary = z.object({
  total: z.int().check(z.nonnegative()),
  counts: z.record(z.string(), z.int()),
  /** The first references, labelled; `total` says how many there are. */
  items: z.array(LabelledReference),
});
export type ReferenceSummary = z.infer<typeof ReferenceSummary>;

export const mergeableKinds = ['body', 'person', 'topic'] as const;
export const MergeableKind = z.enum(mergeableKinds);
export type MergeableKind = z.infer<typeof MergeableKind>;

export const MergePreviewQuery = z.object({ into: Id });

/** What a merge of `sourceId` into `targetId` would do, checked but not done. */
export const MergePreview = z.object({
  kind: MergeableKind,
  sourceId: Id,
  targetId: Id,
  source: NamedEntry,
  target: NamedEntry,
  moves: ReferenceSummary,
});
export type MergePreview = z.infer<typeof MergePreview>;
