import type {
  Body,
  ConsultationFormat,
  ConsultationKind,
  ConsultationStatus,
  DatePrecision,
  Language,
  OutcomeKind,
  Party,
  Person,
  Place,
  Topic,
} from '@/api/schemas';

/** The directory as the API returns it; plain data, so the parser stays pure. */
export interface PressReleaseDirectory {
  parties: readonly Pick<Party, 'id' | 'code' | 'type' | 'name' | 'short' | 'deletedAt'>[];
  bodies: readonly Pick<Body, 'id' | 'partyId' | 'parentId' | 'name' | 'short' | 'deletedAt'>[];
  people: readonly Pick<Person, 'id' | 'partyId' | 'name' | 'positions' | 'deletedAt'>[];
  topics: readonly (Pick<Topic, 'id' | 'parentId' | 'name' | 'deletedAt'> & {
    mergedInto?: string | null;
  })[];
  places: readonly Pick<Place, 'id' | 'countryCode' | 'names' | 'deletedAt'>[];
}

export interface ParseOptions {
  /** The day the item was published: "next year" counts from it. */
  publishedOn?: string | null;
}

export interface ProposedDate {
  start: string;
  end?: string;
  precision: DatePrecision;
  approximate: boolean;
}

export interface ProposedPlace {
  placeId: string | null;
  city: string;
  countryCode: string | null;
}

export interface ProposedDelegation {
  partyId: string;
  leadBodyId: string | null;
  headPersonId: string | null;
  memberIds: string[];
}

export interface ProposedOutcome {
  kind: OutcomeKind;
  text: string;
}

export interface ProposedFollowUp {
  text: string;
  due: ProposedDate | null;
  condition: string;
  place: ProposedPlace | null;
}

export interface ProposedSource {
  url: string;
  publisher: string;
  publishedOn: string | null;
  language: Language;
}

/** One consultation the text reports, as far as the text tells; a person accepts or changes it. */
export interface PressReleaseProposal {
  title: string;
  language: Language;
  kind: ConsultationKind;
  status: ConsultationStatus;
  format: ConsultationFormat | null;
  /** Null when the text gives no date and none can be guessed. */
  date: ProposedDate | null;
  /** False when the date is a guess from the item's date, not read from the text. */
  dateInText: boolean;
  condition: string;
  delegations: ProposedDelegation[];
  partyIds: string[];
  bodyIds: string[];
  personIds: string[];
  topicIds: string[];
  place: ProposedPlace | null;
  summary: string;
  outcomes: ProposedOutcome[];
  followUps: ProposedFollowUp[];
  source: ProposedSource | null;
  /** Whether the text says it was held under a cooperation plan. */
  mentionsPlan: boolean;
  /** The part of the text this proposal was read from. */
  excerpt: string;
}
