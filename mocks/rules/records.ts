import type { EntityType, RecordMeta } from '@/api/schemas';
import type { CollectionName, DataSet } from '../store/data-set';
import { write, type Write } from '../store/db';
import type { RuleContext } from './context';
import { conflict, notFound } from './errors';
import { diffRecords, historyWrite } from './history';

type Stored<C extends CollectionName> = DataSet[C][number];
type Versioned = Exclude<CollectionName, 'users' | 'history'>;

export const entityOf: Record<Versioned, EntityType> = {
  parties: 'party',
  bodies: 'body',
  people: 'person',
  places: 'place',
  topics: 'topic',
  plans: 'plan',
  planItems: 'planItem',
  consultations: 'consultation',
};

/** A record that exists and is not deleted (unless asked), or 404. */
export function findRecord<C extends Versioned>(
  ctx: RuleContext,
  collection: C,
  id: string,
  { includeDeleted = false } = {},
): Stored<C> {
  const record = ctx.db.get(collection, id) as (Stored<C> & RecordMeta) | undefined;
  if (!record || (record.deletedAt && !includeDeleted)) throw notFound(entityOf[collection], id);
  return record;
}

const meta = (ctx: RuleContext, prefix: string): RecordMeta => {
  const at = ctx.now.toISOString();
  const by = ctx.user?.id ?? 'system';
  return { id: ctx.newId(prefix), version: 1, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by, deletedAt: null };
};

/** A new record with its history entry, as writes to commit. */
export function createWrites<C extends Versioned>(
  ctx: RuleContext,
  collection: C,
  prefix: string,
  data: Omit<Stored<C>, keyof RecordMeta>,
  extra: Write[] = [],
): { record: Stored<C>; writes: Write[] } {
  const record = { ...meta(ctx, prefix), ...data } as unknown as Stored<C>;
  return {
    record,
    writes: [
      write(collection, record),
      historyWrite(ctx, {
        entity: entityOf[collection],
        entityId: record.id,
        action: 'create',
        version: 1,
        changes: diffRecords(null, record),
      }),
      ...extra,
    ],
  };
}

/**
 * An update based on `version`. A stale version never overwrites: 409 carries the stored record
 * so the person can compare field by field.
 */
export function updateWrites<C extends Versioned>(
  ctx: RuleContext,
  collection: C,
  current: Stored<C>,
  version: number,
  data: Partial<Omit<Stored<C>, keyof RecordMeta>>,
  action: 'update' | 'delete' | 'restore' | 'merge' | 'submit' | 'approve' | 'return' = 'update',
  comment = '',
): { record: Stored<C>; writes: Write[] } {
  const stored = current as Stored<C> & RecordMeta;
  if (stored.version !== version) {
    throw conflict(
      `This ${entityOf[collection]} was changed (version ${stored.version}) after the version ${version} you edited.`,
      stored,
    );
  }
  const record = {
    ...stored,
    ...data,
    version: stored.version + 1,
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.user?.id ?? 'system',
  } as Stored<C> & RecordMeta;
  return {
    record,
    writes: [
      write(collection, record),
      historyWrite(ctx, {
        entity: entityOf[collection],
        entityId: record.id,
        action,
        version: record.version,
        changes: diffRecords(stored, record),
        comment,
      }),
    ],
  };
}

export function softDeleteWrites<C extends Versioned>(
  ctx: RuleContext,
  collection: C,
  current: Stored<C>,
  version: number,
) {
  return updateWrites(ctx, collection, current, version, { deletedAt: ctx.now.toISOString() } as Partial<Stored<C>>, 'delete');
}

export function restoreWrites<C extends Versioned>(
  ctx: RuleContext,
  collection: C,
  current: Stored<C>,
  version: number,
) {
  return updateWrites(ctx, collection, current, version, { deletedAt: null } as Partial<Stored<C>>, 'restore');
}

/** Pages a sorted array. */
export const pageOfItems = <T>(items: T[], offset: number, limit: number) => ({
  items: items.slice(offset, offset + limit),
  total: items.length,
  offset,
  limit,
});
