import type {
  Consultation,
  ConsultationFormat,
  ConsultationInput,
  ConsultationKind,
  ConsultationLevel,
  ConsultationStatus,
  DatePrecision,
  FollowUpStatus,
  Language,
  OutcomeKind,
} from '@/api/schemas';

/**
 * What the form holds while a person types: the contract's consultation with every field a plain
 * value an input can show ('' for "not given"), and a key per repeated row so React keeps focus.
 */
export interface DateValues {
  start: string;
  end: string;
  precision: DatePrecision;
  approximate: boolean;
}

export interface PlaceValues {
  placeId: string | null;
  city: string;
  countryCode: string;
  venue: string;
}

export interface DelegationValues {
  key: string;
  partyId: string | null;
  leadBodyId: string | null;
  headPersonId: string | null;
  memberIds: string[];
}

export interface OutcomeValues {
  id: string;
  kind: OutcomeKind;
  text: string;
}

export interface FollowUpValues {
  id: string;
  text: string;
  due: DateValues;
  condition: string;
  place: PlaceValues;
  status: FollowUpStatus;
  becameConsultationId: string | null;
  becamePlanItemId: string | null;
}

export interface SourceValues {
  key: string;
  url: string;
  publisher: string;
  publishedOn: string;
  language: Language | '';
}

export interface FormValues {
  title: string;
  kind: ConsultationKind;
  level: ConsultationLevel;
  format: ConsultationFormat;
  status: ConsultationStatus;
  date: DateValues;
  condition: string;
  place: PlaceValues;
  hostPartyId: string | null;
  planItemId: string | null;
  delegations: DelegationValues[];
  topicIds: string[];
  summary: string;
  outcomes: OutcomeValues[];
  followUps: FollowUpValues[];
  sources: SourceValues[];
  language: Language;
}

/** The top-level fields, in the order the form shows them. */
export const formFields = [
  'title',
  'kind',
  'level',
  'format',
  'status',
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
] as const satisfies readonly (keyof FormValues)[];
export type FormField = (typeof formFields)[number];

let counter = 0;
/** A short id for a new row; outcome and follow-up ids are stored, so they must fit the contract's Id. */
export const newRowId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const emptyDate = (precision: DatePrecision = 'day'): DateValues => ({
  start: '',
  end: '',
  precision,
  approximate: false,
});
export const emptyPlace = (): PlaceValues => ({
  placeId: null,
  city: '',
  countryCode: '',
  venue: '',
});

export const emptyDelegation = (partyId: string | null = null): DelegationValues => ({
  key: newRowId('d'),
  partyId,
  leadBodyId: null,
  headPersonId: null,
  memberIds: [],
});
export const emptyOutcome = (): OutcomeValues => ({
  id: newRowId('o'),
  kind: 'agreement',
  text: '',
});
export const emptyFollowUp = (): FollowUpValues => ({
  id: newRowId('f'),
  text: '',
  due: emptyDate('year'),
  condition: '',
  place: emptyPlace(),
  status: 'open',
  becameConsultationId: null,
  becamePlanItemId: null,
});
export const emptySource = (language: Language | '' = ''): SourceValues => ({
  key: newRowId('s'),
  url: '',
  publisher: '',
  publishedOn: '',
  language,
});

export function emptyValues(language: Language): FormValues {
  return {
    title: '',
    kind: 'bilateral',
    level: 'department_head',
    format: 'in_person',
    status: 'held',
    date: emptyDate('day'),
    condition: '',
    place: emptyPlace(),
    hostPartyId: null,
    planItemId: null,
    delegations: [emptyDelegation(), emptyDelegation()],
    topicIds: [],
    summary: '',
    outcomes: [],
    followUps: [],
    sources: [],
    language,
  };
}

const dateValues = (date: {
  start: string;
  end?: string | undefined;
  precision: DatePrecision;
  approximate?: boolean;
}): DateValues => ({
  start: date.start,
  end: date.end ?? '',
  precision: date.precision,
  approximate: date.approximate ?? false,
});
const placeValues = (
  place: { placeId: string | null; city: string; countryCode: string | null; venue: string } | null,
): PlaceValues =>
  place
    ? {
        placeId: place.placeId,
        city: place.city,
        countryCode: place.countryCode ?? '',
        venue: place.venue,
      }
    : emptyPlace();

/** A stored consultation as the form shows it. */
export function fromConsultation(c: ConsultationInput | Consultation): FormValues {
  return {
    title: c.title,
    kind: c.kind,
    level: c.level,
    format: c.format,
    status: c.status,
    date: dateValues(c.date),
    condition: c.condition,
    place: placeValues(c.place),
    hostPartyId: c.hostPartyId,
    planItemId: c.planItemId,
    delegations: c.delegations.map((d) => ({
      key: newRowId('d'),
      ...d,
      memberIds: [...d.memberIds],
    })),
    topicIds: [...c.topicIds],
    summary: c.summary,
    outcomes: c.outcomes.map((o) => ({ ...o })),
    followUps: c.followUps.map((f) => ({
      id: f.id,
      text: f.text,
      due: f.due ? dateValues(f.due) : emptyDate('year'),
      condition: f.condition,
      place: placeValues(f.place),
      status: f.status,
      becameConsultationId: f.becameConsultationId,
      becamePlanItemId: f.becamePlanItemId,
    })),
    sources: c.sources.map((s) => ({
      key: newRowId('s'),
      url: s.url,
      publisher: s.publisher,
      publishedOn: s.publishedOn ?? '',
      language: s.language ?? '',
    })),
    language: c.language,
  };
}

const fuzzyDate = (date: DateValues) => ({
  start: date.start,
  ...(date.end ? { end: date.end } : {}),
  precision: date.precision,
  approximate: date.approximate,
});
const placeRef = (place: PlaceValues) => ({
  placeId: place.placeId,
  city: place.city,
  countryCode: place.countryCode || null,
  venue: place.venue,
});
const placeIsEmpty = (place: PlaceValues) =>
  !place.placeId && !place.city.trim() && !place.countryCode && !place.venue.trim();

/**
 * What the form sends: the contract's input, with "not given" as the contract says it (null, no
 * key). It is not checked here; the schema does that, so the form and the API agree.
 */
export function toInput(values: FormValues): unknown {
  return {
    title: values.title,
    kind: values.kind,
    level: values.level,
    format: values.format,
    status: values.status,
    date: fuzzyDate(values.date),
    condition: values.condition,
    place: placeRef(values.place),
    hostPartyId: values.hostPartyId,
    planItemId: values.planItemId,
    delegations: values.delegations.map((d) => ({
      partyId: d.partyId,
      leadBodyId: d.leadBodyId,
      headPersonId: d.headPersonId,
      memberIds: d.memberIds,
    })),
    topicIds: values.topicIds,
    summary: values.summary,
    outcomes: values.outcomes.map((o) => ({ id: o.id, kind: o.kind, text: o.text })),
    followUps: values.followUps.map((f) => ({
      id: f.id,
      text: f.text,
      due: f.due.start ? fuzzyDate(f.due) : null,
      condition: f.condition,
      place: placeIsEmpty(f.place) ? null : placeRef(f.place),
      status: f.status,
      becameConsultationId: f.becameConsultationId,
      becamePlanItemId: f.becamePlanItemId,
    })),
    sources: values.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      publishedOn: s.publishedOn || null,
      language: s.language || null,
    })),
    language: values.language,
  };
}
