import type { Consultation, PlanItem } from '@/api/schemas';
import type { Db } from '../store/db';

export type Mergeable = 'party' | 'body' | 'person' | 'topic' | 'place';

export interface Reference {
  entity: 'consultation' | 'planItem' | 'plan' | 'body' | 'person' | 'topic' | 'party';
  id: string;
  field: string;
}

const swap = (id: string | null, from: string, to: string) => (id === from ? to : id);
const swapAll = (ids: string[], from: string, to: string) => [...new Set(ids.map((x) => (x === from ? to : x)))];

/** A consultation with every use of `from` (of the given kind) pointed at `to`. */
export function relinkConsultation(c: Consultation, kind: Mergeable, from: string, to: string): Consultation {
  switch (kind) {
    case 'party':
      return {
        ...c,
        hostPartyId: swap(c.hostPartyId, from, to),
        delegations: c.delegations.map((d) => ({ ...d, partyId: d.partyId === from ? to : d.partyId })),
      };
    case 'body':
      return { ...c, delegations: c.delegations.map((d) => ({ ...d, leadBodyId: swap(d.leadBodyId, from, to) })) };
    case 'person':
      return {
        ...c,
        delegations: c.delegations.map((d) => ({
          ...d,
          headPersonId: swap(d.headPersonId, from, to),
          memberIds: swapAll(d.memberIds, from, to),
        })),
      };
    case 'topic':
      return { ...c, topicIds: swapAll(c.topicIds, from, to) };
    case 'place':
      return {
        ...c,
        place: { ...c.place, placeId: swap(c.place.placeId, from, to) },
        followUps: c.followUps.map((f) => (f.place ? { ...f, place: { ...f.place, placeId: swap(f.place.placeId, from, to) } } : f)),
      };
  }
}

export function relinkPlanItem(item: PlanItem, kind: Mergeable, from: string, to: string): PlanItem {
  switch (kind) {
    case 'party':
      return { ...item, hostPartyId: swap(item.hostPartyId, from, to) };
    case 'body':
      return { ...item, bodyIds: swapAll(item.bodyIds, from, to) };
    case 'place':
      return item.place ? { ...item, place: { ...item.place, placeId: swap(item.place.placeId, from, to) } } : item;
    default:
      return item;
  }
}

const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Every live record that points at an entry: what blocks its deletion, what a merge moves. */
export function referencesTo(db: Db, kind: Mergeable, id: string): Reference[] {
  const refs: Reference[] = [];
  const other = `${id}\u0000none`;
  for (const c of db.values('consultations')) {
    if (!c.deletedAt && changed(c, relinkConsultation(c, kind, id, other))) refs.push({ entity: 'consultation', id: c.id, field: kind });
  }
  for (const item of db.values('planItems')) {
    if (!item.deletedAt && changed(item, relinkPlanItem(item, kind, id, other))) refs.push({ entity: 'planItem', id: item.id, field: kind });
  }
  if (kind === 'party') {
    for (const p of db.values('plans')) if (!p.deletedAt && p.partyIds.includes(id)) refs.push({ entity: 'plan', id: p.id, field: 'partyIds' });
    for (const b of db.values('bodies')) if (!b.deletedAt && b.partyId === id) refs.push({ entity: 'body', id: b.id, field: 'partyId' });
    for (const p of db.values('people')) if (!p.deletedAt && p.partyId === id) refs.push({ entity: 'person', id: p.id, field: 'partyId' });
  }
  if (kind === 'body') {
    for (const b of db.values('bodies')) if (!b.deletedAt && b.parentId === id) refs.push({ entity: 'body', id: b.id, field: 'parentId' });
    for (const p of db.values('people')) {
      if (!p.deletedAt && p.positions.some((pos) => pos.bodyId === id)) refs.push({ entity: 'person', id: p.id, field: 'positions' });
    }
  }
  if (kind === 'topic') {
    for (const t of db.values('topics')) if (!t.deletedAt && t.parentId === id) refs.push({ entity: 'topic', id: t.id, field: 'parentId' });
  }
  return refs;
}
