import { z } from 'zod';
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
  partyIds: z.array(Id).min(2, 'required').max(60),
  period: Period,
  signedOn: IsoDate.nullable().default(null),
  /** The plan this one was drafted from. */
  previousPlanId: Id.nullable().default(null),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const PlanReview = z.object({
  at: z.string(),
  by: Id,
  action: z.enum(['submit', 'approve', 'return']),
  comment: z.string().max(2000).default(''),
});
export type PlanReview = z.infer<typeof PlanReview>;

export const Plan = z.intersection(
  RecordMeta,
  PlanInput.extend({
    approval: PlanApproval,
    reviews: z.array(PlanReview).default([]),
  }),
);
export type Plan = z.infer<typeof Plan>;

export const fulfilments = ['planned', 'held', 'postponed', 'cancelled', 'overdue'] as const;
export const Fulfilment = z.enum(fulfilments);
export type Fulfilment = z.infer<typeof Fulfilment>;

export const PlanItemInput = z.object({
  planId: Id,
  title: z.string().trim().min(1, 'required').max(500, 'too_long'),
  description: z.string().trim().max(5000, 'too_long').default(''),
  /** The bodies on each side that hold it. */
  bodyIds: z.array(Id).max(40).default([]),
  period: FuzzyDate,
  place: PlaceRef.nullable().default(null),
  hostPartyId: Id.nullable().default(null),
  /** A round that repeats every period (annual consultations). */
  recurring: z.boolean().default(false),
  condition: z.string().trim().max(1000).default(''),
  carriedFromItemId: Id.nullable().default(null),
  fromFollowUp: z.object({ consultationId: Id, followUpId: Id }).nullable().default(null),
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
  planned: z.number().int(),
  held: z.number().int(),
  postponed: z.number().int(),
  cancelled: z.number().int(),
  overdue: z.number().int(),
});
export type FulfilmentCounts = z.infer<typeof FulfilmentCounts>;

export const PlanWithFulfilment = z.intersection(
  Plan,
  z.object({ status: PlanStatus, fulfilment: FulfilmentCounts, itemCount: z.number().int() }),
);
export type PlanWithFulfilment = z.infer<typeof PlanWithFulfilment>;

export const PlanUpdate = z.object({ version: z.number().int().positive(), data: PlanInput });
export const PlanItemUpdate = z.object({ version: z.number().int().positive(), data: PlanItemInput });
export const PlanReviewRequest = z.object({
  version: z.number().int().positive(),
  comment: z.string().trim().max(2000, 'too_long').default(''),
});

export const PlanListQuery = z.object({
  party: idList.optional(),
  status: PlanStatus.optional(),
  q: z.string().max(200).optional(),
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
  due: FuzzyDate.nullable(),
  condition: z.string(),
  place: PlaceRef.nullable(),
  status: FollowUpStatus,
  becameConsultationId: Id.nullable(),
  becamePlanItemId: Id.nullable(),
});
export type FollowUpRow = z.infer<typeof FollowUpRow>;
