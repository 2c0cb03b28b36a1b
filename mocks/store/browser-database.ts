import { deleteDB } from 'idb';

/** The IndexedDB database of a data set: the curated demo data, or a generated set of a size. */
export const databaseName = (size: number | null) => (size ? `kenes-generated-${size}` : 'kenes-demo');

/** Throws away what was written in this browser; the next start begins from the starting data. */
export async function resetBrowserStore(size: number | null): Promise<void> {
  await deleteDB(databaseName(size));
}
