import type { ConsultationStatus } from '@/api/schemas';
import type { ProfileKind } from '@/api/schemas/profiles';
import {
  serializeConsultationFilters,
  type ConsultationFilterParams,
} from '@/lib/consultation-filter-params';
import { paths } from '@/lib/paths';

/** The entry a profile is about, as the consultations list filters by it. */
export interface Subject {
  kind: ProfileKind;
  id: string;
}

export interface ListNarrowing {
  status?: ConsultationStatus;
  from?: string;
  to?: string;
  topic?: string;
  body?: string;
  person?: string;
  party?: string;
  plan?: string;
}

/**
 * The consultations list filtered to a subject and, optionally, narrowed further. Filters of one
 * kind are alternatives in the list (Belarus or Russia), so a second id of the subject's own kind
 * cannot narrow it; callers only narrow by other kinds.
 */
export function consultationsOf(subject: Subject | null, narrowing: ListNarrowing = {}): string {
  const filters: ConsultationFilterParams = {};
  const add = (key: 'party' | 'body' | 'person' | 'topic' | 'plan', id: string | undefined) => {
    if (id) filters[key] = [...new Set([...(filters[key] ?? []), id])];
  };
  if (subject) add(subject.kind, subject.id);
  add('party', narrowing.party);
  add('body', narrowing.body);
  add('person', narrowing.person);
  add('topic', narrowing.topic);
  add('plan', narrowing.plan);
  if (narrowing.status) filters.status = [narrowing.status];
  if (narrowing.from) filters.from = narrowing.from;
  if (narrowing.to) filters.to = narrowing.to;
  const search = serializeConsultationFilters(filters).toString();
  return paths.consultations(search ? `?${search}` : '');
}

/** The same subject on the timeline. */
export function timelineOf(subject: Subject): string {
  return paths.timeline(
    `?${serializeConsultationFilters({ [subject.kind]: [subject.id] }).toString()}`,
  );
}

/**
 * Consultations of two parties together. The list cannot say "Belarus and Russia" (two parties are
 * alternatives), but the home ministry sits at every table, so "with Belarus" is exact when one of
 * the two is the home party. Otherwise there is no such list: null.
 */
export function consultationsOfPair(
  a: string,
  b: string,
  homePartyId: string | null,
): string | null {
  if (a === homePartyId) return consultationsOf({ kind: 'party', id: b });
  if (b === homePartyId) return consultationsOf({ kind: 'party', id: a });
  return null;
}
