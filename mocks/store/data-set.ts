import type {
  Body,
  Consultation,
  HistoryEntry,
  Party,
  Person,
  Place,
  Plan,
  PlanItem,
  Topic,
  User,
} from '@/api/schemas';

/** Everything the embedded API keeps: one array per collection. */
export interface DataSet {
  users: User[];
  parties: Party[];
  bodies: Body[];
  people: Person[];
  places: Place[];
  topics: Topic[];
  plans: Plan[];
  planItems: PlanItem[];
  consultations: Consultation[];
  history: HistoryEntry[];
}

export const collections = [
  'users',
  'parties',
  'bodies',
  'people',
  'places',
  'topics',
  'plans',
  'planItems',
  'consultations',
  'history',
] as const satisfies readonly (keyof DataSet)[];
export type CollectionName = (typeof collections)[number];

/** Bumped when the stored shape changes; an older browser store is detected and offered a reset. */
export const STORE_FORMAT = 1;
