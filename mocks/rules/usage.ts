import type { Consultation } from '@/api/schemas';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import type { Db } from '../store/db';
import { revisionCache } from './revision-cache';

export interface Usage {
  consultations: number;
  lastHeld: string | null;
  nextPlanned: string | null;
}

type UsageIndex = { party: Map<string, Usage>; body: Map<string, Usage>; person: Map<string, Usage>; topic: Map<string, Usage> };
const indexes = revisionCache<UsageIndex>(2);

const bump = (map: Map<string, Usage>, id: string, c: Consultation, today: string) => {
  const usage = map.get(id) ?? { consultations: 0, lastHeld: null, nextPlanned: null };
  usage.consultations += 1;
  if (c.status === 'held' && (!usage.lastHeld || c.date.start > usage.lastHeld)) usage.lastHeld = c.date.start;
  if (c.status === 'planned' && fuzzyDateEnd(c.date) >= today && (!usage.nextPlanned || c.date.start < usage.nextPlanned)) {
    usage.nextPlanned = c.date.start;
  }
  map.set(id, usage);
};

/**
 * How often each party, body, person and topic appears in live consultations, and when last and
 * next. One pass over the store, kept until the next write.
 */
export const usageIndex = (db: Db, today: string): UsageIndex => indexes(db, today, () => buildUsageIndex(db, today));

function buildUsageIndex(db: Db, today: string): UsageIndex {
  const index: UsageIndex = { party: new Map(), body: new Map(), person: new Map(), topic: new Map() };
  for (const c of db.values('consultations')) {
    if (c.deletedAt) continue;
    const people = new Set<string>();
    for (const d of c.delegations) {
      bump(index.party, d.partyId, c, today);
      if (d.leadBodyId) bump(index.body, d.leadBodyId, c, today);
      if (d.headPersonId) people.add(d.headPersonId);
      for (const m of d.memberIds) people.add(m);
    }
    for (const p of people) bump(index.person, p, c, today);
    for (const t of new Set(c.topicIds)) bump(index.topic, t, c, today);
  }
  return index;
}

export const noUsage: Usage = { consultations: 0, lastHeld: null, nextPlanned: null };
