import { z } from 'zod/mini';

/** The three languages of the UI and of records. */
export const languages = ['kk', 'ru', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'invalid_id'));

/**
 * The schemas' own messages are codes the UI translates ('invalid_date', 'end_before_start'), not
 * prose; zod's are not. This is the code an issue carries, if it carries one of ours.
 */
export const ownCode = (issue: { message?: string | undefined }): string | null =>
  issue.message && /^[a-z_]+$/.test(issue.message) ? issue.message : null;

/** ISO calendar date, YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'),
  z.refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'invalid_date'),
);
export type IsoDate = z.infer<typeof IsoDate>;

export const IsoDateTime = z.iso.datetime({ offset: true });

/** A text in kk / ru / en; at least one form is given, the others fall back. */
export const LocalizedText = z
  .object({
    kk: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    ru: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    en: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  })
  .check(z.refine((t) => Boolean(t.kk || t.ru || t.en), { message: 'required' }));
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A date as sources give it: to the day, month, quarter or year, perhaps approximate.
 * `start` is the first day of the period; `end` is the last day of a multi-day meeting or period.
 */
export const datePrecisions = ['day', 'month', 'quarter', 'year'] as const;
export const DatePrecision = z.enum(datePrecisions);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const FuzzyDate = z
  .object({
    start: IsoDate,
    end: z.optional(IsoDate),
    precision: DatePrecision,
    approximate: z._default(z.boolean(), false),
  })
  .check(z.refine((d) => !d.end || d.end >= d.start, { message: 'end_before_start', path: ['end'] }));
export type FuzzyDate = z.infer<typeof FuzzyDate>;

export const Period = z
  .object({ start: IsoDate, end: IsoDate })
  .check(z.refine((p) => p.end >= p.start, { message: 'end_before_start', path: ['end'] }));
export type Period = z.infer<typeof Period>;

/** RFC 9457 problem details, with per-field messages for validation errors. */
export const FieldError = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z.looseObject({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** For 409: the record as it is stored now, so the client can show both versions. */
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof Problem>;

export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.int().check(z.nonnegative()),
    offset: z.int().check(z.nonnegative()),
    limit: z.int().check(z.positive()),
  });
export type Page<T> = { items: T[]; total: number; offset: number; limit: number };

/** Fields every stored record has. */
export const RecordMeta = z.object({
  id: Id,
  version: z.int().check(z.positive()),
  createdAt: IsoDateTime,
  createdBy: Id,
  updatedAt: IsoDateTime,
  updatedBy: Id,
  deletedAt: z._default(z.nullable(IsoDateTime), null),
});
export type RecordMeta = z.infer<typeof RecordMeta>;
export const metaKeys = ['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt'] as const;

/** Sort: a field name, `-` in front for descending. */
export const sortParam = <F extends string>(fields: readonly [F, ...F[]]) =>
  z.pipe(
    z.string().check(z.regex(new RegExp(`^-?(${fields.join('|')})$`), 'invalid_sort')),
    z.transform((s: string) => ({ field: s.replace(/^-/, '') as F, desc: s.startsWith('-') })),
  );

/** The values of a list parameter given as repeated keys or comma-separated. */
const listValues = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.transform((v: string | string[]) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean)),
);
/** A list parameter whose every value is one of `item`. */
export const listParam = <T extends z.ZodMiniType<unknown, string>>(item: T) => z.pipe(listValues, z.array(item));
export const idList = z.pipe(listValues, z.array(Id).check(z.maxLength(200)));

/** A yes/no query parameter: `true` or `false`. */
export const flagParam = z.pipe(z.enum(['true', 'false']), z.transform((v: 'true' | 'false') => v === 'true'));

export const paging = {
  offset: z._default(z.coerce.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.positive(), z.maximum(500)), 50),
};
