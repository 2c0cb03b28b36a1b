import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { collections, STORE_FORMAT, type DataSet } from './data-set';
import { Db } from './db';
import { CorruptStoreError, validateDataSet } from './validate';

const META = 'meta';

export const databaseName = (size: number | null) => (size ? `kenes-generated-${size}` : 'kenes-demo');

/**
 * The embedded API's store in the browser: IndexedDB, one object store per collection, so that a
 * write saves only the records it changed. An empty database is filled with the demo data; one of
 * another format, or with a record that breaks the contract, is reported rather than used.
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
  const format = (await idb.get(META, 'format')) as unknown;
  let data: DataSet;
  if (format === undefined) {
    data = await makeData();
    await saveAll(idb, data);
  } else if (format !== STORE_FORMAT) {
    idb.close();
    throw new CorruptStoreError(`format ${JSON.stringify(format)}, expected ${STORE_FORMAT}`);
  } else {
    data = await loadAll(idb);
    try {
      validateDataSet(data);
    } catch (error) {
      idb.close();
      throw error;
    }
  }
  const db = new Db(data);
  db.onWrite((collection, records) => {
    const tx = idb.transaction(collection, 'readwrite');
    for (const record of records) void tx.store.put(record);
    tx.done.catch((error: unknown) => console.error('Could not save to the browser store', error));
  });
  return db;
}

async function saveAll(idb: IDBPDatabase, data: DataSet): Promise<void> {
  const tx = idb.transaction([...collections, META], 'readwrite');
  for (const name of collections) {
    const store = tx.objectStore(name);
    for (const record of data[name]) void store.put(record);
  }
  void tx.objectStore(META).put(STORE_FORMAT, 'format');
  await tx.done;
}

async function loadAll(idb: IDBPDatabase): Promise<DataSet> {
  const tx = idb.transaction(collections, 'readonly');
  const entries = await Promise.all(collections.map(async (name) => [name, await tx.objectStore(name).getAll()] as const));
  return Object.fromEntries(entries) as unknown as DataSet;
}

/** Throws the stored data away; the next start fills it with demo data again. */
export async function resetBrowserStore(size: number | null): Promise<void> {
  await deleteDB(databaseName(size));
}
