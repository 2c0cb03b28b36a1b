import type { EntityType, FieldChange, HistoryAction, HistoryEntry } from '@/api/schemas';
import { write, type Write } from '../store/db';
import type { RuleContext } from './context';

const ignored = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy']);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The top-level fields that differ between two versions of a record, with both values. */
export function diffRecords(before: object | null, after: object | null): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (ignored.has(field) || field === 'id') continue;
    if (!same(a[field], b[field])) changes.push({ field, from: a[field] ?? null, to: b[field] ?? null });
  }
  return changes;
}

export function historyWrite(
  ctx: RuleContext,
  entry: {
    entity: EntityType;
    entityId: string;
    action: HistoryAction;
    version: number;
    changes?: FieldChange[];
    comment?: string;
  },
): Write {
  const record: HistoryEntry = {
    id: ctx.newId('h'),
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    userId: ctx.user?.id ?? 'system',
    at: ctx.now.toISOString(),
    version: entry.version,
    changes: entry.changes ?? [],
    comment: entry.comment ?? '',
  };
  return write('history', record);
}
