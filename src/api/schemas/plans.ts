import { z } from 'zod/mini';
import { FuzzyDate, Id, IsoDate, LocalizedText, Period, RecordMeta, idList, paging } from './common';
import { FollowUpStatus, PlaceRef } from './consultations';

/** What is stored: a draft, submitted for approval, or approved. */
export const planApprovals = ['draft', 'submitted', 'approved'] as const;
export const PlanApproval = z.enum(planApprovals);
export type PlanApproval = z.infer<typeof PlanApproval>;

/** What people see: an approved plan is in force during its period and expired after. */
export const planStatuses = ['draft', 'submitted', 'approved', 'in_force', 'expired'] as const;
export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PlanInput = z.object({
  title: LocalizedText,
  partyIds: z.array(Id).check(z.minLength(2, 'required'), z.maxLength(60)),
  period: Period,
  signedOn: z._default(z.nullable(IsoDate), null),
  /** The plan this one was drafted from. */
  previousPlanId: z._default(z.nullable(Id), null),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const PlanReview = z.object({
  at: z.string(),
  by: Id,
  action: z.enum(['submit', 'approve', 'return']),
  comment: z._default(z.string().check(z.maxLength(2000)), ''),
});
export type PlanReview = z.infer<typeof PlanReview>;

export const Plan = z.intersection(
  RecordMeta,
  z.extend(PlanInput, {
    approval: PlanApproval,
    reviews: z._default(z.array(PlanReview), []),
  }),
);
export type Plan = z.infer<typeof Plan>;

export const fulfilments = ['planned', 'held', 'postponed', 'cancelled', 'overdue'] as const;
export const Fulfilment = z.enum(fulfilments);
export type Fulfilment = z.infer<typeof Fulfilment>;

export const PlanItemInput = z.object({
  planId: Id,
  title: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(500, 'too_long')),
  description: z._default(z.string().check(z.trim(), z.maxLength(5000, 'too_long')), ''),
  /** The bodies on each side that hold it. */
  bodyIds: z._default(z.array(Id).check(z.maxLength(40)), []),
  period: FuzzyDate,
  place: z._default(z.nullable(PlaceRef), null),
  hostPartyId: z._default(z.nullable(Id), null),
  /** A round that repeats every period (annual consultations). */
  recurring: z._default(z.boolean(), false),
  condition: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
  carriedFromItemId: z._default(z.nullable(Id), null),
  fromFollowUp: z._default(z.nullable(z.object({ consultationId: Id, followUpId: Id })), null),
});
export type PlanItemInput = z.infer<typeof PlanItemInput>;
export const PlanItem = z.intersection(RecordMeta, PlanItemInput);
export type PlanItem = z.infer<typeof PlanItem>;

export const PlanItemWithFulfilment = z.intersection(
  PlanItem,
  z.object({ fulfilment: Fulfilment, consultationIds: z.array(Id) }),
);
export type PlanItemWithFulfilment = z.infer<typeof PlanItemWithFulfilment>;

export const FulfilmentCounts = z.object({
  planned: z.int(),
  held: z.int(),
  postponed: z.int(),
  cancelled: z.int(),
  overdue: z.int(),
});
export type FulfilmentCounts = z.infer<typeof FulfilmentCounts>;

export const PlanWithFulfilment = z.intersection(
  Plan,
  z.object({ status: PlanStatus, fulfilment: FulfilmentCounts, itemCount: z.int() }),
);
export type PlanWithFulfilment = z.infer<typeof PlanWithFulfilment>;

export const PlanUpdate = z.object({ version: z.int().check(z.positive()), data: PlanInput });
export const PlanItemUpdate = z.object({ version: z.int().check(z.positive()), data: PlanItemInput });
export const PlanReviewRequest = z.object({
  version: z.int().check(z.positive()),
  comment: z._default(z.string().check(z.trim(), z.maxLength(2000, 'too_long')), ''),
});

export const PlanListQuery = z.object({
  party: z.optional(idList),
  status: z.optional(PlanStatus),
  q: z.optional(z.string().check(z.maxLength(200))),
  ...paging,
});

/** A follow-up agreed at a consultation, with where it came from. */
export const FollowUpRow = z.object({
  consultationId: Id,
  consultationTitle: z.string(),
  consultationDate: FuzzyDate,
  partyIds: z.array(Id),
  followUpId: Id,
  text: z.string(),
  due: z.nullable(FuzzyDate),
  condition: z.string(),
  place: z.nullable(PlaceRef),
  status: FollowUpStatus,
  becameConsultationId: z.nullable(Id),
  becamePlanItemId: z.nullable(Id),
});
export type FollowUpRow = z.infer<typeof FollowUpRow>;
