import { z } from 'zod/mini';
import { Id, IsoDate, LocalizedText, RecordMeta, flagParam, idList, paging, sortParam } from './common';

/** A country (ISO 3166-1 alpha-2) or an international organisation. */
export const partyTypes = ['country', 'organisation'] as const;
export const PartyType = z.enum(partyTypes);
export type PartyType = z.infer<typeof PartyType>;

export const PartyInput = z
  .object({
    type: PartyType,
    /** ISO alpha-2 for a country (KZ, BY); a short Latin key for an organisation (CIS). */
    code: z.string().check(z.trim(), z.minLength(2, 'required'), z.maxLength(12), z.regex(/^[A-Z0-9-]+$/, 'invalid_code')),
    name: LocalizedText,
    /** Acronyms: ТМД / СНГ / CIS. */
    short: z.optional(LocalizedText),
    capitalPlaceId: z.optional(Id),
  })
  .check(
    z.refine((p) => p.type !== 'country' || /^[A-Z]{2}$/.test(p.code), {
      message: 'invalid_country_code',
      path: ['code'],
    }),
  );
export type PartyInput = z.infer<typeof PartyInput>;
export const Party = z.intersection(RecordMeta, PartyInput);
export type Party = z.infer<typeof Party>;

/** A unit of a party: a department, a directorate, an executive committee. */
export const BodyInput = z.object({
  partyId: Id,
  parentId: z._default(z.nullable(Id), null),
  name: LocalizedText,
  short: z.optional(LocalizedText),
});
export type BodyInput = z.infer<typeof BodyInput>;
export const Body = z.intersection(RecordMeta, BodyInput);
export type Body = z.infer<typeof Body>;

export const Position = z
  .object({
    bodyId: Id,
    title: LocalizedText,
    from: z.optional(IsoDate),
    to: z.optional(IsoDate),
  })
  .check(z.refine((p) => !p.from || !p.to || p.to >= p.from, { message: 'end_before_start', path: ['to'] }));
export type Position = z.infer<typeof Position>;

export const PersonInput = z.object({
  partyId: Id,
  /** Spellings in each language: Ерлан Шәмішев / Ерлан Шамишев / Erlan Shamishev. */
  name: LocalizedText,
  positions: z._default(z.array(Position).check(z.maxLength(50)), []),
});
export type PersonInput = z.infer<typeof PersonInput>;
export const Person = z.intersection(RecordMeta, PersonInput);
export type Person = z.infer<typeof Person>;

/** A city whose name changes over time (Akmola → Astana → Nur-Sultan → Astana). */
export const PlaceName = z.object({
  name: LocalizedText,
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
export type PlaceName = z.infer<typeof PlaceName>;
export const PlaceInput = z.object({
  countryCode: z.string().check(z.regex(/^[A-Z]{2}$/, 'invalid_country_code')),
  names: z.array(PlaceName).check(z.minLength(1, 'required'), z.maxLength(20)),
});
export type PlaceInput = z.infer<typeof PlaceInput>;
export const Place = z.intersection(RecordMeta, PlaceInput);
export type Place = z.infer<typeof Place>;

/** A node of the topic taxonomy. A merged topic points at the topic that absorbed it. */
export const TopicInput = z.object({
  parentId: z._default(z.nullable(Id), null),
  name: LocalizedText,
});
export type TopicInput = z.infer<typeof TopicInput>;
export const Topic = z.intersection(
  RecordMeta,
  z.extend(TopicInput, { mergedInto: z._default(z.nullable(Id), null) }),
);
export type Topic = z.infer<typeof Topic>;

export const MergeRequest = z.object({ sourceId: Id, targetId: Id });
export type MergeRequest = z.infer<typeof MergeRequest>;

export const DirectoryQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  party: z.optional(idList),
  type: z.optional(PartyType),
  parent: z.optional(Id),
  includeDeleted: z.optional(flagParam),
  sort: z.optional(sortParam(['name', 'consultations', 'lastMet'] as const)),
  ...paging,
  limit: z._default(z.coerce.number().check(z.int(), z.positive(), z.maximum(1000)), 200),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;
