import type { EntityType, HistoryEntry } from '@/api/schemas';
import type { DataSet } from '@mocks/store/data-set';

type Audited = Omit<DataSet, 'users' | 'history'>;

const entityOf: Record<keyof Audited, EntityType> = {
  parties: 'party',
  bodies: 'body',
  people: 'person',
  places: 'place',
  topics: 'topic',
  plans: 'plan',
  planItems: 'planItem',
  consultations: 'consultation',
};

/** One "create" entry per record, in the order they were created: the store's starting history. */
export function createHistory(data: Audited): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const key of Object.keys(entityOf) as (keyof Audited)[]) {
    const entity = entityOf[key];
    for (const record of data[key]) {
      entries.push({
        id: '',
        entity,
        entityId: record.id,
        action: 'create',
        userId: record.createdBy,
        at: record.createdAt,
        version: 1,
        changes: [],
        comment: '',
      });
    }
  }
  // Timestamps share one format, so string order is time order; the sort is stable for ties.
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  entries.forEach((entry, i) => {
    entry.id = `h-${String(i + 1).padStart(6, '0')}`;
  });
  return entries;
}
