import type { Db } from '../store/db';

/**
 * Answers worked out from the whole store, kept until its next write (here or in another tab):
 * paging through a list or coming back to a page does not count 50,000 consultations again.
 * The last `size` answers of one kind are kept, by a key that names the question.
 * Callers must not change what they get back: the next caller gets the same value.
 */
export function revisionCache<V>(size: number) {
  const byDb = new WeakMap<Db, { revision: number; values: Map<string, V> }>();
  return (db: Db, key: string, compute: () => V): V => {
    let cache = byDb.get(db);
    if (cache?.revision !== db.revision) {
      cache = { revision: db.revision, values: new Map() };
      byDb.set(db, cache);
    }
    let value = cache.values.get(key);
    if (value === undefined) {
      value = compute();
      cache.values.set(key, value);
      const oldest = cache.values.keys().next().value;
      if (cache.values.size > size && oldest !== undefined) cache.values.delete(oldest);
    }
    return value;
  };
}
