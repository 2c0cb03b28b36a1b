import { openDB, type IDBPDatabase } from 'idb';
import { databaseName } from './browser-database';
import { collections, STORE_FORMAT, type CollectionName, type DataSet } from './data-set';
import { Db, type Write } from './db';
import { CorruptStoreError, validateRecords } from './validate';

const META = 'meta';

/**
 * The embedded API's store in the browser. The starting data (the demo data or a generated set) is
 * made afresh from code on every start — it is deterministic — and IndexedDB keeps only what people
 * wrote since, one object store per collection, laid over it. A start thus reads a handful of
 * records instead of tens of thousands, and a reload keeps every write. A database of another
 * format, or a stored record that breaks the contract, is reported rather than used.
 */
export async function openBrowserStore(size: number | null, makeData: () => DataSet | Promise<DataSet>): Promise<Db> {
  const idb = await openDB(databaseName(size), 1, {
    upgrade(database) {
      for (const name of collections) database.createObjectStore(name, { keyPath: 'id' });
      database.createObjectStore(META);
    },
    // A reset (here or in another tab) waits for open connections; this one steps aside.
    blocking() {
      idb.close();
    },
  });
  try {
    const format = (await idb.get(META, 'format')) as unknown;
    if (format === undefined) await idb.put(META, STORE_FORMAT, 'format');
    else if (format !== STORE_FORMAT) throw new CorruptStoreError(`format ${JSON.stringify(format)}, expected ${STORE_FORMAT}`);
    const written = await loadWrites(idb);
    const data = await makeData();
    for (const name of collections) {
      validateRecords(name, written[name]);
      if (written[name].length) data[name] = overlay(data[name], written[name]) as never;
    }
    const db = new Db(data);
    // Each tab serves the API from its own copy: a write is announced to the other tabs of this
    // data set, which apply it, so a save in one tab is seen by the next request in another and a
    // stale version there is refused (409) instead of overwriting silently.
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`kenes-store:${databaseName(size)}`);
    let applyingRemote = false;
    db.onWrite((collection, records) => {
      // Another tab has stored and announced it already.
      if (applyingRemote) return;
      const tx = idb.transaction(collection, 'readwrite');
      for (const record of records) void tx.store.put(record);
      tx.done.catch((error: unknown) => console.error('Could not save to the browser store', error));
      channel?.postMessage({ collection, records });
    });
    if (channel) {
      channel.onmessage = (event: MessageEvent<{ collection: CollectionName; records: { id: string }[] }>) => {
        const { collection, records } = event.data;
        if (!collections.includes(collection) || !Array.isArray(records)) return;
        applyingRemote = true;
        try {
          db.commit(records.map((record) => ({ collection, record }) as Write));
        } finally {
          applyingRemote = false;
        }
      };
    }
    return db;
  } catch (error) {
    idb.close();
    throw error;
  }
}

/** The starting records with the written ones in their place, and new ones added. */
function overlay<T extends { id: string }>(base: T[], written: T[]): T[] {
  const byId = new Map(written.map((r) => [r.id, r]));
  const merged = base.map((r) => byId.get(r.id) ?? r);
  const known = new Set(base.map((r) => r.id));
  for (const r of written) if (!known.has(r.id)) merged.push(r);
  return merged;
}

async function loadWrites(idb: IDBPDatabase): Promise<Record<CollectionName, { id: string }[]>> {
  const tx = idb.transaction(collections, 'readonly');
  const entries = await Promise.all(
    collections.map(async (name) => [name, (await tx.objectStore(name).getAll()) as { id: string }[]] as const),
  );
  return Object.fromEntries(entries) as Record<CollectionName, { id: string }[]>;
}
