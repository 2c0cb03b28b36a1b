import { z } from 'zod';

/** The three languages of the UI and of records. */
export const languages = ['kk', 'ru', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'invalid_id');

/** ISO calendar date, YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'invalid_date');
export type IsoDate = z.infer<typeof IsoDate>;

export const IsoDateTime = z.iso.datetime({ offset: true });

/** A text in kk / ru / en; at least one form is given, the others fall back. */
export const LocalizedText = z
  .object({
    kk: z.string().trim().max(500).optional(),
    ru: z.string().trim().max(500).optional(),
    en: z.string().trim().max(500).optional(),
  })
  .refine((t) => Boolean(t.kk || t.ru || t.en), { message: 'required' });
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
    end: IsoDate.optional(),
    precision: DatePrecision,
    approximate: z.boolean().default(false),
  })
  .refine((d) => !d.end || d.end >= d.start, { message: 'end_before_start', path: ['end'] });
export type FuzzyDate = z.infer<typeof FuzzyDate>;

export const Period = z
  .object({ start: IsoDate, end: IsoDate })
  .refine((p) => p.end >= p.start, { message: 'end_before_start', path: ['end'] });
export type Period = z.infer<typeof Period>;

/** RFC 9457 problem details, with per-field messages for validation errors. */
export const FieldError = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .object({
    type: z.string().default('about:blank'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
    /** For 409: the record as it is stored now, so the client can show both versions. */
    current: z.unknown().optional(),
  })
  .loose();
export type Problem = z.infer<typeof Problem>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
  });
export type Page<T> = { items: T[]; total: number; offset: number; limit: number };

/** Fields every stored record has. */
export const RecordMeta = z.object({
  id: Id,
  version: z.number().int().positive(),
  createdAt: IsoDateTime,
  createdBy: Id,
  updatedAt: IsoDateTime,
  updatedBy: Id,
  deletedAt: IsoDateTime.nullable().default(null),
});
export type RecordMeta = z.infer<typeof RecordMeta>;
export const metaKeys = ['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt'] as const;

/** Sort: a field name, `-` in front for descending. */
export const sortParam = <F extends string>(fields: readonly [F, ...F[]]) =>
  z
    .string()
    .regex(new RegExp(`^-?(${fields.join('|')})$`), 'invalid_sort')
    .transform((s) => ({ field: s.replace(/^-/, '') as F, desc: s.startsWith('-') }));

/** A list parameter given as repeated keys or comma-separated. */
export const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean))
  .pipe(z.array(Id).max(200));

export const paging = {
  offset: z.coerce.number().int().nonnegative().max(10_000_000).default(0),
  limit: z.coerce.number().int().positive().max(500).default(50),
};
