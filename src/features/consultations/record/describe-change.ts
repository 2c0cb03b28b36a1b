import { z } from 'zod/mini';
import {
  ConsultationFormat,
  ConsultationKind,
  ConsultationLevel,
  ConsultationStatus,
  Delegation,
  FollowUp,
  FuzzyDate,
  Language,
  Outcome,
  PlaceRef,
  Source,
  type FieldChange,
} from '@/api/schemas';
import { formatDateTime, formatFuzzyDate } from '@/lib/i18n/format';

type T = (key: string, options?: Record<string, unknown>) => string;

/** Names of directory entries, in the UI language; the id when unknown. */
export interface NameLookup {
  party: (id: string) => string;
  body: (id: string) => string;
  person: (id: string) => string;
  topic: (id: string) => string;
  /** A place's name, as it was on a day when one is given. */
  place: (id: string, on?: string) => string;
}

export interface DescribeContext {
  /** Translates in the consultations namespace ('common:' keys reach the shared words). */
  t: T;
  /** Translates in the common namespace (dates). */
  tCommon: T;
  language: Language;
  names: NameLookup;
}

/** Fields of a consultation in the order the record page shows them. */
export const consultationFields = [
  'title',
  'status',
  'kind',
  'level',
  'format',
  'date',
  'condition',
  'place',
  'hostPartyId',
  'planItemId',
  'delegations',
  'topicIds',
  'summary',
  'outcomes',
  'followUps',
  'sources',
  'language',
  'deletedAt',
] as const;

const LONG_TEXT = 240;
const clip = (text: string, max = LONG_TEXT) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** A readable field name ("Lead body" rather than "delegations"); unknown fields keep their key. */
export const fieldLabel = (field: string, t: T): string =>
  t(`record.fields.${field}`, { defaultValue: field });

function describePlace(place: PlaceRef, ctx: DescribeContext, on?: string): string {
  const city = place.placeId ? ctx.names.place(place.placeId, on) : place.city;
  return [city, place.venue, place.countryCode].filter(Boolean).join(', ');
}

function describeDelegation(d: Delegation, ctx: DescribeContext): string {
  const parts = [
    d.leadBodyId ? ctx.names.body(d.leadBodyId) : '',
    d.headPersonId
      ? ctx.t('record.history.headOf', { name: ctx.names.person(d.headPersonId) })
      : '',
    d.memberIds.length
      ? ctx.t('record.history.members', { names: d.memberIds.map(ctx.names.person).join(', ') })
      : '',
  ].filter(Boolean);
  const party = ctx.names.party(d.partyId);
  return parts.length ? `${party} (${parts.join('; ')})` : party;
}

/**
 * A value of a field as a person reads it: enums in words, dates with their precision, ids as
 * names, lists joined, long texts clipped. What cannot be read (an older format) is shown as text.
 */
export function describeValue(field: string, value: unknown, ctx: DescribeContext): string {
  if (isEmpty(value)) return ctx.t('record.history.none');
  const { t, tCommon, language, names } = ctx;
  const as = <S extends z.ZodMiniType>(schema: S): z.infer<S> | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  switch (field) {
    case 'title':
    case 'condition':
    case 'summary':
      if (typeof value === 'string') return clip(value);
      break;
    case 'status': {
      const v = as(ConsultationStatus);
      if (v) return t(`common:status.${v}`);
      break;
    }
    case 'kind': {
      const v = as(ConsultationKind);
      if (v) return t(`common:kind.${v}`);
      break;
    }
    case 'level': {
      const v = as(ConsultationLevel);
      if (v) return t(`common:level.${v}`);
      break;
    }
    case 'format': {
      const v = as(ConsultationFormat);
      if (v) return t(`common:format.${v}`);
      break;
    }
    case 'language': {
      const v = as(Language);
      if (v) return t(`common:languages.${v}`);
      break;
    }
    case 'date': {
      const v = as(FuzzyDate);
      if (v) return formatFuzzyDate(v, language, tCommon);
      break;
    }
    case 'place': {
      const v = as(PlaceRef);
      if (v) return describePlace(v, ctx) || t('record.history.none');
      break;
    }
    case 'hostPartyId':
      if (typeof value === 'string') return names.party(value);
      break;
    case 'planItemId':
      if (typeof value === 'string') return value;
      break;
    case 'topicIds': {
      const v = as(z.array(z.string()));
      if (v) return v.map(names.topic).join(', ');
      break;
    }
    case 'delegations': {
      const v = as(z.array(Delegation));
      if (v) return v.map((d) => describeDelegation(d, ctx)).join('; ');
      break;
    }
    case 'outcomes': {
      const v = as(z.array(Outcome));
      if (v)
        return v
          .map((o) => `${t(`common:outcomeKind.${o.kind}`)}: ${clip(o.text, 120)}`)
          .join('; ');
      break;
    }
    case 'followUps': {
      const v = as(z.array(FollowUp));
      if (v)
        return v
          .map((f) => `${clip(f.text, 120)} (${t(`common:followUpStatus.${f.status}`)})`)
          .join('; ');
      break;
    }
    case 'sources': {
      const v = as(z.array(Source));
      if (v) return v.map((s) => [s.publisher, s.url].filter(Boolean).join(' — ')).join('; ');
      break;
    }
    case 'deletedAt':
      if (typeof value === 'string') return formatDateTime(value, language);
      break;
  }
  return clip(typeof value === 'string' ? value : JSON.stringify(value));
}

export interface DescribedChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

/** The changes of one history entry, in the record page's field order, ready to show. */
export function describeChanges(
  changes: readonly FieldChange[],
  ctx: DescribeContext,
): DescribedChange[] {
  const order = (field: string) => {
    const i = (consultationFields as readonly string[]).indexOf(field);
    return i === -1 ? consultationFields.length : i;
  };
  return [...changes]
    .sort((a, b) => order(a.field) - order(b.field))
    .map((c) => ({
      field: c.field,
      label: fieldLabel(c.field, ctx.t),
      from: describeValue(c.field, c.from, ctx),
      to: describeValue(c.field, c.to, ctx),
    }));
}
