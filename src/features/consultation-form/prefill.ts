import {
  datePrecisions,
  type ConsultationFormat,
  type ConsultationKind,
  type ConsultationStatus,
  type DatePrecision,
  type Language,
  type OutcomeKind,
} from '@/api/schemas';
import type { DirectoryEntry } from '@/api/queries/directory';
import { snapStart } from '@/lib/fuzzy-date';
import {
  emptyDate,
  emptyDelegation,
  emptyPlace,
  newRowId,
  type DateValues,
  type FormValues,
  type PlaceValues,
} from './form-values';

interface ProposedDate {
  start: string;
  end?: string;
  precision: DatePrecision;
  approximate: boolean;
}
interface ProposedPlace {
  placeId: string | null;
  city: string;
  countryCode: string | null;
}

/** A consultation proposed from a pasted press release: what the form needs of the parser's answer. */
export interface PastedProposal {
  title: string;
  language: Language;
  kind: ConsultationKind;
  status: ConsultationStatus;
  format: ConsultationFormat | null;
  date: ProposedDate | null;
  dateInText: boolean;
  condition: string;
  delegations: {
    partyId: string;
    leadBodyId: string | null;
    headPersonId: string | null;
    memberIds: string[];
  }[];
  partyIds: string[];
  bodyIds: string[];
  personIds: string[];
  topicIds: string[];
  place: ProposedPlace | null;
  summary: string;
  outcomes: { kind: OutcomeKind; text: string }[];
  followUps: {
    text: string;
    due: ProposedDate | null;
    condition: string;
    place: ProposedPlace | null;
  }[];
  source: { url: string; publisher: string; publishedOn: string | null; language: Language } | null;
  mentionsPlan: boolean;
  excerpt: string;
  /** The plan item the paste panel matched it to (the parser does not know the plans). */
  planItemId?: string | null;
}

/** The directory as the API lists it, handed to the parser. */
export interface PastedDirectory {
  parties: DirectoryEntry<'party'>[];
  bodies: DirectoryEntry<'body'>[];
  people: DirectoryEntry<'person'>[];
  topics: DirectoryEntry<'topic'>[];
  places: DirectoryEntry<'place'>[];
}

/** Reads a press release into proposals; given by the app so that features stay apart. */
export type PressReleaseParser = (
  text: string,
  directory: PastedDirectory,
  options: { publishedOn?: string | null },
) => PastedProposal[];

const dateValues = (d: ProposedDate | null, fallback: DateValues): DateValues =>
  d
    ? { start: d.start, end: d.end ?? '', precision: d.precision, approximate: d.approximate }
    : fallback;
const placeValues = (p: ProposedPlace | null): PlaceValues =>
  p
    ? { placeId: p.placeId, city: p.city, countryCode: p.countryCode ?? '', venue: '' }
    : emptyPlace();

/** The form filled from a proposal; what the text does not tell stays as it was. */
export function valuesFromProposal(p: PastedProposal, base: FormValues): FormValues {
  const delegations = p.delegations.map((d) => ({
    ...emptyDelegation(d.partyId),
    ...d,
    memberIds: [...d.memberIds],
  }));
  return {
    ...base,
    title: p.title,
    language: p.language,
    kind: p.kind,
    status: p.status,
    format: p.format ?? base.format,
    date: dateValues(p.date, base.date),
    condition: p.condition,
    planItemId: p.planItemId ?? base.planItemId,
    place: placeValues(p.place),
    delegations: delegations.length ? delegations : base.delegations,
    topicIds: [...p.topicIds],
    summary: p.summary,
    outcomes: p.outcomes.map((o) => ({ id: newRowId('o'), kind: o.kind, text: o.text })),
    followUps: p.followUps.map((f) => ({
      id: newRowId('f'),
      text: f.text,
      due: dateValues(f.due, emptyDate('year')),
      condition: f.condition,
      place: placeValues(f.place),
      status: 'open',
      becameConsultationId: null,
      becamePlanItemId: null,
    })),
    sources: p.source
      ? [
          {
            key: newRowId('s'),
            url: p.source.url,
            publisher: p.source.publisher,
            publishedOn: p.source.publishedOn ?? '',
            language: p.source.language,
          },
        ]
      : base.sources,
  };
}

/** The query parameters the plans page links with: `planItem`, `title`, `party`, `from`, `precision`. */
export const prefillParams = ['planItem', 'title', 'party', 'from', 'precision'] as const;

export function hasPrefill(params: URLSearchParams): boolean {
  return prefillParams.some((p) => params.get(p));
}

/** A new form filled from a link: `?planItem=…&title=…&party=party-kz,party-by&from=2021-01-01&precision=year`. */
export function valuesFromParams(
  params: URLSearchParams,
  base: FormValues,
  today: string,
): FormValues {
  const next: FormValues = { ...base };
  const title = params.get('title');
  if (title) next.title = title.slice(0, 500);
  const planItem = params.get('planItem');
  if (planItem && /^[A-Za-z0-9_-]{1,64}$/.test(planItem)) next.planItemId = planItem;
  const parties = [
    ...new Set(
      (params.get('party') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^[A-Za-z0-9_-]{1,64}$/.test(s)),
    ),
  ];
  if (parties.length) {
    next.delegations = parties.map((id) => emptyDelegation(id));
    if (parties.length === 1) next.delegations.push(emptyDelegation());
    next.kind = parties.length > 2 ? 'multilateral' : 'bilateral';
  }
  const precisionParam = params.get('precision');
  const precision = (datePrecisions as readonly string[]).includes(precisionParam ?? '')
    ? (precisionParam as DatePrecision)
    : 'day';
  const from = params.get('from');
  if (from && /^\d{4}-\d{2}-\d{2}$/.test(from)) {
    const start = snapStart(from, precision);
    next.date = { ...emptyDate(precision), start };
    if (start > today) next.status = 'planned';
  } else if (precisionParam) {
    next.date = emptyDate(precision);
  }
  return next;
}

/** A stable slot name for a prefilled link, so that its draft comes back with it. */
export function prefillSlot(params: URLSearchParams): string {
  const text = prefillParams.map((p) => `${p}=${params.get(p) ?? ''}`).join('&');
  let hash = 0;
  for (const ch of text) hash = (Math.imul(hash, 31) + (ch.codePointAt(0) ?? 0)) | 0;
  return `link-${(hash >>> 0).toString(36)}`;
}
