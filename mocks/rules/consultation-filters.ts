import type { Consultation, ConsultationFilters } from '@/api/schemas';
import { overlapsPeriod } from '@/lib/fuzzy-date';
import { normalizeForSearch, searchMatcher } from '@/lib/search-text';
import type { Db } from '../store/db';
import { searchKey } from './search-index';

/** An id and every id below it in a parent/child tree (bodies, topics). */
export function withDescendants(
  records: Iterable<{ id: string; parentId: string | null }>,
  ids: readonly string[],
): Set<string> {
  const children = new Map<string, string[]>();
  for (const r of records) {
    if (!r.parentId) continue;
    const list = children.get(r.parentId) ?? [];
    list.push(r.id);
    children.set(r.parentId, list);
  }
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

type Predicate = (c: Consultation) => boolean;

/**
 * Builds one predicate from the filters: values within a filter are alternatives (Belarus or
 * Russia), filters together must all hold. Topics and bodies include their descendants.
 */
export function consultationPredicate(db: Db, f: ConsultationFilters): Predicate {
  const checks: Predicate[] = [];
  if (f.onlyDeleted) checks.push((c) => Boolean(c.deletedAt));
  else if (!f.includeDeleted) checks.push((c) => !c.deletedAt);
  if (f.from || f.to) checks.push((c) => overlapsPeriod(c.date, f.from, f.to));
  if (f.status?.length) {
    const set = new Set<string>(f.status);
    checks.push((c) => set.has(c.status));
  }
  if (f.kind) checks.push((c) => c.kind === f.kind);
  if (f.level?.length) {
    const set = new Set<string>(f.level);
    checks.push((c) => set.has(c.level));
  }
  if (f.format) checks.push((c) => c.format === f.format);
  if (f.party?.length) {
    const set = new Set(f.party);
    checks.push((c) => c.delegations.some((d) => set.has(d.partyId)));
  }
  if (f.body?.length) {
    const set = withDescendants(db.values('bodies'), f.body);
    checks.push((c) => c.delegations.some((d) => d.leadBodyId !== null && set.has(d.leadBodyId)));
  }
  if (f.person?.length) {
    const set = new Set(f.person);
    checks.push((c) =>
      c.delegations.some(
        (d) => (d.headPersonId !== null && set.has(d.headPersonId)) || d.memberIds.some((m) => set.has(m)),
      ),
    );
  }
  if (f.topic?.length) {
    const set = withDescendants(db.values('topics'), f.topic);
    checks.push((c) => c.topicIds.some((t) => set.has(t)));
  }
  if (f.planItem?.length) {
    const set = new Set(f.planItem);
    checks.push((c) => c.planItemId !== null && set.has(c.planItemId));
  }
  if (f.plan?.length) {
    const plans = new Set(f.plan);
    const items = new Set<string>();
    for (const item of db.values('planItems')) if (plans.has(item.planId)) items.add(item.id);
    checks.push((c) => c.planItemId !== null && items.has(c.planItemId));
  }
  if (f.q && normalizeForSearch(f.q)) {
    const matches = searchMatcher(f.q);
    checks.push((c) => matches(searchKey(db, c)));
  }
  return (c) => checks.every((check) => check(c));
}

export function filterConsultations(db: Db, f: ConsultationFilters): Consultation[] {
  const predicate = consultationPredicate(db, f);
  const out: Consultation[] = [];
  for (const c of db.values('consultations')) if (predicate(c)) out.push(c);
  return out;
}
