import { z } from 'zod/mini';
import { FuzzyDate, Id, IsoDate, LocalizedText } from './common';
import { ConsultationFormat, ConsultationLevel, PlaceRef } from './consultations';
import { Fulfilment, PlanInput, PlanItemInput } from './plans';
import { HistoryEntry } from './users';

/**
 * Planning the next period: a draft plan made from an existing one, its proposed items, clash
 * warnings, links between consultations and plan items, and follow-ups turned into meetings.
 */

/** An item inside a plan that does not exist yet: everything but the plan. */
export const PlanItemDraft = z.omit(PlanItemInput, { planId: true });
export type PlanItemDraft = z.infer<typeof PlanItemDraft>;
export type PlanItemDraftInput = z.input<typeof PlanItemDraft>;

/** A new plan and its items, written in one commit; `previousPlanId` names the plan it continues. */
export const DraftPlanRequest = z.extend(PlanInput, {
  items: z._default(z.array(PlanItemDraft).check(z.maxLength(300)), []),
});
export type DraftPlanRequest = z.input<typeof DraftPlanRequest>;

export const ProposalQuery = z
  .object({ start: IsoDate, end: IsoDate })
  .check(z.refine((p) => p.end >= p.start, { message: 'end_before_start', path: ['end'] }));

export const proposalSources = ['carry_over', 'recurring', 'follow_up'] as const;
export const ProposalSource = z.enum(proposalSources);
export type ProposalSource = z.infer<typeof ProposalSource>;

/** Why a host and place are suggested. */
export const hostReasons = ['alternation', 'agreed', 'kept', 'none'] as const;
export const HostReason = z.enum(hostReasons);
export type HostReason = z.infer<typeof HostReason>;

export const HostSuggestion = z.object({
  hostPartyId: z.nullable(Id),
  placeId: z.nullable(Id),
  reason: HostReason,
  /** The meeting the alternation starts from: "last held in Minsk on 14 October 2021". */
  basedOn: z.nullable(
    z.object({
      consultationId: Id,
      title: z.string(),
      date: FuzzyDate,
      hostPartyId: z.nullable(Id),
      placeId: z.nullable(Id),
    }),
  ),
});
export type HostSuggestion = z.infer<typeof HostSuggestion>;

export const ProposedItem = z.object({
  /** Stable within a proposal: `carry:<itemId>`, `recurring:<itemId>`, `follow-up:<followUpId>`. */
  key: z.string(),
  source: ProposalSource,
  /** Offered ticked: recurring rounds are repeated unless taken out. */
  selected: z.boolean(),
  item: PlanItemDraft,
  /** Where it comes from: the previous plan's item and how it went. */
  sourceItemId: z.nullable(Id),
  sourcePeriod: z.nullable(FuzzyDate),
  fulfilment: z.nullable(Fulfilment),
  /** An item already carried into another plan. */
  carriedInto: z.nullable(z.object({ planId: Id, itemId: Id })),
  followUp: z.nullable(
    z.object({
      consultationId: Id,
      consultationTitle: z.string(),
      consultationDate: FuzzyDate,
      due: z.nullable(FuzzyDate),
    }),
  ),
  host: HostSuggestion,
});
export type ProposedItem = z.infer<typeof ProposedItem>;

export const PlanProposal = z.object({
  fromPlanId: Id,
  partyIds: z.array(Id),
  period: z.object({ start: IsoDate, end: IsoDate }),
  items: z.array(ProposedItem),
});
export type PlanProposal = z.infer<typeof PlanProposal>;

/** What a clash check looks at: the items of a plan or of a draft. */
export const ClashCheckItem = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(120)),
  title: z._default(z.string().check(z.maxLength(500)), ''),
  period: FuzzyDate,
  bodyIds: z._default(z.array(Id).check(z.maxLength(40)), []),
  hostPartyId: z._default(z.nullable(Id), null),
  place: z._default(z.nullable(PlaceRef), null),
});
export type ClashCheckItem = z.input<typeof ClashCheckItem>;

export const ClashCheckRequest = z.object({
  partyIds: z.array(Id).check(z.minLength(1), z.maxLength(60)),
  /** A plan whose stored items the checked ones replace (they are not counted twice). */
  planId: z._default(z.nullable(Id), null),
  items: z.array(ClashCheckItem).check(z.maxLength(300)),
});
export type ClashCheckRequest = z.input<typeof ClashCheckRequest>;

export const clashKinds = [
  'booked_twice_in_week',
  'same_counterpart_month',
  'public_holiday',
] as const;
export const ClashKind = z.enum(clashKinds);
export type ClashKind = z.infer<typeof ClashKind>;

export const BookingRef = z.object({
  kind: z.enum(['draft', 'planItem', 'consultation']),
  /** The item key for a draft, else the record's id. */
  id: z.string(),
  title: z.string(),
  date: FuzzyDate,
  planId: z.nullable(Id),
});
export type BookingRef = z.infer<typeof BookingRef>;

export const Clash = z.object({
  kind: ClashKind,
  item: BookingRef,
  other: z.nullable(BookingRef),
  bodyIds: z.array(Id),
  personIds: z.array(Id),
  partyIds: z.array(Id),
  holiday: z.nullable(z.object({ date: IsoDate, countryCode: z.string(), name: LocalizedText })),
});
export type Clash = z.infer<typeof Clash>;

export const LinkConsultationRequest = z.object({
  consultationId: Id,
  /** The consultation's version the person saw. */
  version: z.int().check(z.positive()),
});

/** A follow-up turned into a planned consultation; the follow-up is marked in the same commit. */
export const FollowUpConsultationRequest = z.object({
  consultationId: Id,
  followUpId: Id,
  title: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(500, 'too_long')),
  date: FuzzyDate,
  place: z._default(z.nullable(PlaceRef), null),
  hostPartyId: z._default(z.nullable(Id), null),
  condition: z._default(z.string().check(z.trim(), z.maxLength(1000, 'too_long')), ''),
  level: z.optional(ConsultationLevel),
  format: z.optional(ConsultationFormat),
  planItemId: z._default(z.nullable(Id), null),
});
export type FollowUpConsultationRequest = z.input<typeof FollowUpConsultationRequest>;

/** A plan's history: its own entries, its items', and consultations linked to or from its items. */
export const PlanHistory = z.object({
  entries: z.array(HistoryEntry),
  itemTitles: z.record(z.string(), z.string()),
  consultationTitles: z.record(z.string(), z.string()),
});
export type PlanHistory = z.infer<typeof PlanHistory>;
