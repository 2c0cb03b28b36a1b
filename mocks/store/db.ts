import { collections, type CollectionName, type DataSet } from './data-set';

type RecordOf<C extends CollectionName> = DataSet[C][number];
export type WriteListener = (collection: CollectionName, records: { id: string }[]) => void;

/**
 * The embedded API's store: one map per collection, kept in memory. Writes are applied together
 * by `commit`, so a rule that changes several records either changes all of them or none; a
 * listener (the browser's IndexedDB persistence) is told what changed.
 */
export class Db {
  private readonly maps: { [C in CollectionName]: Map<string, RecordOf<C>> };
  private readonly listeners = new Set<WriteListener>();
  /** Bumped on every commit, so derived caches (search keys, statistics) know when to refresh. */
  revision = 0;

  constructor(data: DataSet) {
    this.maps = Object.fromEntries(
      collections.map((name) => [name, new Map(data[name].map((r) => [r.id, r]))]),
    ) as { [C in CollectionName]: Map<string, RecordOf<C>> };
  }

  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined {
    return this.maps[collection].get(id);
  }

  all<C extends CollectionName>(collection: C): RecordOf<C>[] {
    return [...this.maps[collection].values()];
  }

  values<C extends CollectionName>(collection: C): IterableIterator<RecordOf<C>> {
    return this.maps[collection].values();
  }

  count(collection: CollectionName): number {
    return this.maps[collection].size;
  }

  /** Applies a batch of writes at once; validate everything before calling this. */
  commit(writes: Write[]): void {
    const byCollection = new Map<CollectionName, { id: string }[]>();
    for (const write of writes) {
      (this.maps[write.collection] as Map<string, { id: string }>).set(write.record.id, write.record);
      const list = byCollection.get(write.collection) ?? [];
      list.push(write.record);
      byCollection.set(write.collection, list);
    }
    this.revision += 1;
    for (const [collection, records] of byCollection) {
      for (const listener of this.listeners) listener(collection, records);
    }
  }

  onWrite(listener: WriteListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): DataSet {
    return Object.fromEntries(collections.map((name) => [name, this.all(name)])) as unknown as DataSet;
  }
}

export type Write = { [C in CollectionName]: { collection: C; record: RecordOf<C> } }[CollectionName];

export const write = <C extends CollectionName>(collection: C, record: RecordOf<C>): Write =>
  ({ collection, record }) as Write;
