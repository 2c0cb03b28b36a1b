import { z } from 'zod';
import {
  FuzzyDate,
  Id,
  IsoDate,
  Language,
  RecordMeta,
  idList,
  paging,
  sortParam,
} from './common';

export const consultationKinds = ['bilateral', 'multilateral'] as const;
export const ConsultationKind = z.enum(consultationKinds);
export type ConsultationKind = z.infer<typeof ConsultationKind>;

export const consultationLevels = ['ministerial', 'deputy_minister', 'department_head', 'expert'] as const;
export const ConsultationLevel = z.enum(consultationLevels);
export type ConsultationLevel = z.infer<typeof ConsultationLevel>;

export const consultationFormats = ['in_person', 'video', 'hybrid'] as const;
export const ConsultationFormat = z.enum(consultationFormats);
export type ConsultationFormat = z.infer<typeof ConsultationFormat>;

export const consultationStatuses = ['planned', 'held', 'postponed', 'cancelled'] as const;
export const ConsultationStatus = z.enum(consultationStatuses);
export type ConsultationStatus = z.infer<typeof ConsultationStatus>;

export const outcomeKinds = ['agreement', 'proposal', 'decision'] as const;
export const OutcomeKind = z.enum(outcomeKinds);
export type OutcomeKind = z.infer<typeof OutcomeKind>;

export const followUpStatuses = ['open', 'planned', 'done', 'dropped'] as const;
export const FollowUpStatus = z.enum(followUpStatuses);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

const text = (max: number) => z.string().trim().max(max, 'too_long');
const requiredText = (max: number) => text(max).min(1, 'required');

/** Only web addresses: `javascript:` and `data:` sources are refused. */
export const SourceUrl = z
  .string()
  .trim()
  .max(2000, 'too_long')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'invalid_url');

export const PlaceRef = z.object({
  /** A known city from the directory (its name follows renames); or free text. */
  placeId: Id.nullable().default(null),
  city: text(200).default(''),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'invalid_country_code')
    .nullable()
    .default(null),
  venue: text(300).default(''),
});
export type PlaceRef = z.infer<typeof PlaceRef>;

export const Delegation = z.object({
  partyId: Id,
  leadBodyId: Id.nullable().default(null),
  headPersonId: Id.nullable().default(null),
  memberIds: z.array(Id).max(100).default([]),
});
export type Delegation = z.infer<typeof Delegation>;

export const Outcome = z.object({
  id: Id,
  kind: OutcomeKind,
  text: requiredText(5000),
});
export type Outcome = z.infer<typeof Outcome>;

export const FollowUp = z.object({
  id: Id,
  text: requiredText(5000),
  due: FuzzyDate.nullable().default(null),
  /** "depending on the sanitary-epidemiological situation" */
  condition: text(1000).default(''),
  place: PlaceRef.nullable().default(null),
  status: FollowUpStatus.default('open'),
  /** What answered it: a planned consultation or a plan item. */
  becameConsultationId: Id.nullable().default(null),
  becamePlanItemId: Id.nullable().default(null),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Source = z.object({
  url: SourceUrl,
  publisher: text(300).default(''),
  publishedOn: IsoDate.nullable().default(null),
  language: Language.nullable().default(null),
});
export type Source = z.infer<typeof Source>;

/** What a person writes; the server adds id, version and audit fields. */
export const ConsultationInput = z
  .object({
    title: requiredText(500),
    kind: ConsultationKind,
    level: ConsultationLevel,
    format: ConsultationFormat,
    status: ConsultationStatus,
    date: FuzzyDate,
    /** A planned meeting may be conditional. */
    condition: text(1000).default(''),
    place: PlaceRef.default({ placeId: null, city: '', countryCode: null, venue: '' }),
    hostPartyId: Id.nullable().default(null),
    planItemId: Id.nullable().default(null),
    delegations: z.array(Delegation).min(1, 'required').max(60),
    topicIds: z.array(Id).max(100).default([]),
    summary: text(20000).default(''),
    outcomes: z.array(Outcome).max(100).default([]),
    followUps: z.array(FollowUp).max(100).default([]),
    sources: z.array(Source).max(50).default([]),
    language: Language,
  })
  .refine((c) => c.kind !== 'bilateral' || c.delegations.length === 2, {
    message: 'bilateral_needs_two',
    path: ['delegations'],
  })
  .refine((c) => c.kind !== 'multilateral' || c.delegations.length >= 1, {
    message: 'required',
    path: ['delegations'],
  })
  .refine(
    (c) => new Set(c.delegations.map((d) => d.partyId)).size === c.delegations.length,
    { message: 'duplicate_party', path: ['delegations'] },
  );
export type ConsultationInput = z.infer<typeof ConsultationInput>;
export type ConsultationInputDraft = z.input<typeof ConsultationInput>;

export const Consultation = z.intersection(RecordMeta, ConsultationInput);
export type Consultation = z.infer<typeof Consultation>;

/** An update names the version it was based on; a stale one is refused with 409. */
export const ConsultationUpdate = z.object({
  version: z.number().int().positive(),
  data: ConsultationInput,
});
export type ConsultationUpdate = z.infer<typeof ConsultationUpdate>;

export const consultationSortFields = ['date', 'title', 'status', 'updatedAt', 'level'] as const;

/** Filters shared by the list, the facets and the statistics. */
export const ConsultationFilters = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date').optional(),
  party: idList.optional(),
  body: idList.optional(),
  person: idList.optional(),
  topic: idList.optional(),
  plan: idList.optional(),
  planItem: idList.optional(),
  status: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean))
    .pipe(z.array(ConsultationStatus))
    .optional(),
  kind: ConsultationKind.optional(),
  level: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean))
    .pipe(z.array(ConsultationLevel))
    .optional(),
  format: ConsultationFormat.optional(),
  q: z.string().max(200).optional(),
  includeDeleted: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  onlyDeleted: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type ConsultationFilters = z.infer<typeof ConsultationFilters>;
/** Filters as they travel in a URL. */
export type ConsultationFilterParams = z.input<typeof ConsultationFilters>;

export const ConsultationListQuery = ConsultationFilters.extend({
  sort: sortParam(consultationSortFields).prefault('-date'),
  ...paging,
});
export type ConsultationListQuery = z.infer<typeof ConsultationListQuery>;

/** A compact row for lists and the timeline: what a table shows, without the long texts. */
export const ConsultationSummary = z.object({
  id: Id,
  title: z.string(),
  kind: ConsultationKind,
  level: ConsultationLevel,
  format: ConsultationFormat,
  status: ConsultationStatus,
  date: FuzzyDate,
  partyIds: z.array(Id),
  topicIds: z.array(Id),
  planItemId: Id.nullable(),
  placeId: Id.nullable(),
  city: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummary>;

export const FacetCount = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof FacetCount>;
export const ConsultationFacets = z.object({
  total: z.number().int(),
  status: z.array(FacetCount),
  kind: z.array(FacetCount),
  level: z.array(FacetCount),
  format: z.array(FacetCount),
  party: z.array(FacetCount),
  body: z.array(FacetCount),
  person: z.array(FacetCount),
  topic: z.array(FacetCount),
  plan: z.array(FacetCount),
  year: z.array(FacetCount),
});
export type ConsultationFacets = z.infer<typeof ConsultationFacets>;

/** Possible duplicates: the same parties in an overlapping period. */
export const DuplicateQuery = z.object({
  party: idList,
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'),
  exclude: Id.optional(),
});
