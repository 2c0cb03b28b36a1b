import type { Consultation, Fulfilment, FulfilmentCounts, PlanItem } from '@/api/schemas';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';

/**
 * What became of a plan item, from the consultations linked to it and today's date:
 * held if any was held; otherwise the most hopeful state of the linked ones; a plan item
 * or meeting whose whole period has passed without being held is overdue.
 */
export function itemFulfilment(
  item: Pick<PlanItem, 'period'>,
  linked: Pick<Consultation, 'status' | 'date' | 'deletedAt'>[],
  today: string,
): Fulfilment {
  const live = linked.filter((c) => !c.deletedAt);
  if (live.some((c) => c.status === 'held')) return 'held';
  const planned = live.filter((c) => c.status === 'planned');
  if (planned.length) {
    return planned.some((c) => fuzzyDateEnd(c.date) >= today) ? 'planned' : 'overdue';
  }
  if (live.some((c) => c.status === 'postponed')) return 'postponed';
  if (live.some((c) => c.status === 'cancelled')) return 'cancelled';
  return fuzzyDateEnd(item.period) < today ? 'overdue' : 'planned';
}

export const emptyFulfilment = (): FulfilmentCounts => ({ planned: 0, held: 0, postponed: 0, cancelled: 0, overdue: 0 });
