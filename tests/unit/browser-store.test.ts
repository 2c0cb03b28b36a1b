import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoData } from '@mocks/data';
import { SEED_KZ_BY_ID } from '@mocks/data/ids';
import { databaseName, resetBrowserStore } from '@mocks/store/browser-database';
import { openBrowserStore } from '@mocks/store/browser-store';
import { write } from '@mocks/store/db';
import { CorruptStoreError } from '@mocks/store/validate';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(async () => {
  await resetBrowserStore(null);
});

describe('the browser store', () => {
  it('starts from the demo data and stores nothing until something is written', async () => {
    const db = await openBrowserStore(null, createDemoData);
    expect(db.get('consultations', SEED_KZ_BY_ID)?.id).toBe(SEED_KZ_BY_ID);
    const idb = await openDB(databaseName(null), 1);
    expect(await idb.count('consultations')).toBe(0);
    idb.close();
  });

  it('keeps what was written across a reopen', async () => {
    const db = await openBrowserStore(null, createDemoData);
    const seed = db.get('consultations', SEED_KZ_BY_ID);
    if (!seed) throw new Error('seed missing');
    db.commit([
      write('consultations', { ...seed, title: 'Edited offline', version: seed.version + 1 }),
      write('consultations', { ...seed, id: 'c-new-offline', title: 'Logged offline' }),
    ]);
    await settle();
    const reopened = await openBrowserStore(null, createDemoData);
    expect(reopened.get('consultations', SEED_KZ_BY_ID)?.title).toBe('Edited offline');
    expect(reopened.get('consultations', SEED_KZ_BY_ID)?.version).toBe(seed.version + 1);
    expect(reopened.get('consultations', 'c-new-offline')?.title).toBe('Logged offline');
    expect(reopened.count('consultations')).toBe(createDemoData().consultations.length + 1);
  });

  it('reports a record that breaks the contract instead of using it', async () => {
    await openBrowserStore(null, createDemoData);
    const idb = await openDB(databaseName(null), 1);
    await idb.put('consultations', { id: SEED_KZ_BY_ID, title: 42 });
    idb.close();
    await expect(openBrowserStore(null, createDemoData)).rejects.toBeInstanceOf(CorruptStoreError);
  });

  it('reports a store of an older format, and a reset starts afresh', async () => {
    await openBrowserStore(null, createDemoData);
    const idb = await openDB(databaseName(null), 1);
    await idb.put('meta', 0, 'format');
    idb.close();
    await expect(openBrowserStore(null, createDemoData)).rejects.toThrow(/format 0/);
    await resetBrowserStore(null);
    const fresh = await openBrowserStore(null, createDemoData);
    expect(fresh.count('consultations')).toBe(createDemoData().consultations.length);
    expect(fresh.get('consultations', SEED_KZ_BY_ID)?.title).toBe(createDemoData().consultations.find((c) => c.id === SEED_KZ_BY_ID)?.title);
  });
});
