import { z } from 'zod/mini';
import {
  FuzzyDate,
  Id,
  IsoDate,
  Language,
  RecordMeta,
  flagParam,
  idList,
  listParam,
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

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'too_long'));
const requiredText = (max: number) => text(max).check(z.minLength(1, 'required'));

/** Only web addresses: `javascript:` and `data:` sources are refused. */
export const SourceUrl = z.string().check(
  z.trim(),
  z.maxLength(2000, 'too_long'),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'invalid_url'),
);

export const PlaceRef = z.object({
  /** A known city from the directory (its name follows renames); or free text. */
  placeId: z._default(z.nullable(Id), null),
  city: z._default(text(200), ''),
  countryCode: z._default(z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, 'invalid_country_code'))), null),
  venue: z._default(text(300), ''),
});
export type PlaceRef = z.infer<typeof PlaceRef>;

export const Delegation = z.object({
  partyId: Id,
  leadBodyId: z._default(z.nullable(Id), null),
  headPersonId: z._default(z.nullable(Id), null),
  memberIds: z._default(z.array(Id).check(z.maxLength(100)), []),
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
  due: z._default(z.nullable(FuzzyDate), null),
  /** "depending on the sanitary-epidemiological situation" */
  condition: z._default(text(1000), ''),
  place: z._default(z.nullable(PlaceRef), null),
  status: z._default(FollowUpStatus, 'open'),
  /** What answered it: a planned consultation or a plan item. */
  becameConsultationId: z._default(z.nullable(Id), null),
  becamePlanItemId: z._default(z.nullable(Id), null),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Source = z.object({
  url: SourceUrl,
  publisher: z._default(text(300), ''),
  publishedOn: z._default(z.nullable(IsoDate), null),
  language: z._default(z.nullable(Language), null),
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
    condition: z._default(text(1000), ''),
    place: z._default(PlaceRef, { placeId: null, city: '', countryCode: null, venue: '' }),
    hostPartyId: z._default(z.nullable(Id), null),
    planItemId: z._default(z.nullable(Id), null),
    delegations: z.array(Delegation).check(z.minLength(1, 'required'), z.maxLength(60)),
    topicIds: z._default(z.array(Id).check(z.maxLength(100)), []),
    summary: z._default(text(20000), ''),
    outcomes: z._default(z.array(Outcome).check(z.maxLength(100)), []),
    followUps: z._default(z.array(FollowUp).check(z.maxLength(100)), []),
    sources: z._default(z.array(Source).check(z.maxLength(50)), []),
    language: Language,
  })
  .check(
    z.refine((c) => c.kind !== 'bilateral' || c.delegations.length === 2, {
      message: 'bilateral_needs_two',
      path: ['delegations'],
    }),
    z.refine((c) => c.kind !== 'multilateral' || c.delegations.length >= 1, {
      message: 'required',
      path: ['delegations'],
    }),
    z.refine(
      (c) => new Set(c.delegations.map((d) => d.partyId)).size === c.delegations.length,
      { message: 'duplicate_party', path: ['delegations'] },
    ),
  );
export type ConsultationInput = z.infer<typeof ConsultationInput>;
export type ConsultationInputDraft = z.input<typeof ConsultationInput>;

export const Consultation = z.intersection(RecordMeta, ConsultationInput);
export type Consultation = z.infer<typeof Consultation>;

/** An update names the version it was based on; a stale one is refused with 409. */
export const ConsultationUpdate = z.object({
  version: z.int().check(z.positive()),
  data: ConsultationInput,
});
export type ConsultationUpdate = z.infer<typeof ConsultationUpdate>;

export const consultationSortFields = ['date', 'title', 'status', 'updatedAt', 'level'] as const;

/** Filters shared by the list, the facets and the statistics. */
export const ConsultationFilters = z.object({
  from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'))),
  to: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'))),
  party: z.optional(idList),
  body: z.optional(idList),
  person: z.optional(idList),
  topic: z.optional(idList),
  plan: z.optional(idList),
  planItem: z.optional(idList),
  status: z.optional(listParam(ConsultationStatus)),
  kind: z.optional(ConsultationKind),
  level: z.optional(listParam(ConsultationLevel)),
  format: z.optional(ConsultationFormat),
  q: z.optional(z.string().check(z.maxLength(200))),
  includeDeleted: z.optional(flagParam),
  onlyDeleted: z.optional(flagParam),
});
export type ConsultationFilters = z.infer<typeof ConsultationFilters>;
/** Filters as they travel in a URL. */
export type ConsultationFilterParams = z.input<typeof ConsultationFilters>;

export const ConsultationListQuery = z.extend(ConsultationFilters, {
  sort: z.prefault(sortParam(consultationSortFields), '-date'),
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
  planItemId: z.nullable(Id),
  placeId: z.nullable(Id),
  city: z.string(),
  version: z.int(),
  updatedAt: z.string(),
  deletedAt: z.nullable(z.string()),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummary>;

export const FacetCount = z.object({ value: z.string(), count: z.int() });
export type FacetCount = z.infer<typeof FacetCount>;
export const ConsultationFacets = z.object({
  total: z.int(),
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
  from: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')),
  to: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')),
  exclude: z.optional(Id),
});
