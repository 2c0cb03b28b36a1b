import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  draftStore,
  editDraftKey,
  newDraftKey,
  type Draft,
} from '@/features/consultation-form/draft-store';
import { emptyValues } from '@/features/consultation-form/form-values';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const draft = (key: string, extra: Partial<Draft> = {}): Draft => ({
  key,
  values: { ...emptyValues('kk'), title: key },
  savedAt: '2026-11-28T10:00:00.000Z',
  recordId: null,
  baseVersion: null,
  writer: 'w-1',
  ...extra,
});

describe('the draft store', () => {
  it('keeps a new form’s draft per user (and per slot) across connections', async () => {
    await draftStore.save(draft(newDraftKey('u-analyst')));
    await draftStore.save(draft(newDraftKey('u-analyst', 'p-2')));
    expect((await draftStore.load(newDraftKey('u-analyst')))?.values.title).toBe('new:u-analyst');
    expect((await draftStore.load(newDraftKey('u-analyst', 'p-2')))?.values.title).toBe(
      'new:u-analyst:p-2',
    );
    expect(await draftStore.load(newDraftKey('u-head'))).toBeNull();
  });

  it('finds an edit’s draft by record, the newest base version first', async () => {
    await draftStore.save(
      draft(editDraftKey('u-analyst', 'c-1', 2), { recordId: 'c-1', baseVersion: 2 }),
    );
    await draftStore.save(
      draft(editDraftKey('u-analyst', 'c-1', 10), { recordId: 'c-1', baseVersion: 10 }),
    );
    await draftStore.save(
      draft(editDraftKey('u-analyst', 'c-10', 1), { recordId: 'c-10', baseVersion: 1 }),
    );
    expect((await draftStore.loadEdit('u-analyst', 'c-1'))?.baseVersion).toBe(10);
    expect((await draftStore.loadEdit('u-analyst', 'c-10'))?.baseVersion).toBe(1);
    expect(await draftStore.loadEdit('u-head', 'c-1')).toBeNull();
  });

  it('a save elsewhere does not discard what this form wrote last; a request does', async () => {
    const key = newDraftKey('u-analyst');
    await draftStore.save(draft(key, { writer: 'tab-a' }));
    await draftStore.discard(key, { writer: 'tab-b' });
    expect(await draftStore.load(key)).not.toBeNull();
    await draftStore.discard(key, { writer: 'tab-a' });
    expect(await draftStore.load(key)).toBeNull();
    await draftStore.save(draft(key, { writer: 'tab-a' }));
    await draftStore.discard(key);
    expect(await draftStore.load(key)).toBeNull();
  });
});

describe('a page going away', () => {
  it('leaves a synchronous copy that the next load takes back into IndexedDB, when it is newer', async () => {
    const key = newDraftKey('u-analyst');
    await draftStore.save(draft(key, { savedAt: '2026-11-28T10:00:00.000Z' }));
    draftStore.rescue({
      ...draft(key, { savedAt: '2026-11-28T10:00:05.000Z' }),
      values: { ...emptyValues('kk'), title: 'typed at the last moment' },
    });
    expect((await draftStore.load(key))?.values.title).toBe('typed at the last moment');
    expect(localStorage.length).toBe(0);
    // An older copy does not win over what IndexedDB holds.
    draftStore.rescue({
      ...draft(key, { savedAt: '2026-11-28T09:00:00.000Z' }),
      values: { ...emptyValues('kk'), title: 'stale' },
    });
    expect((await draftStore.load(key))?.values.title).toBe('typed at the last moment');
  });

  it('a rescued edit draft is found by its record, and discarding removes the copy too', async () => {
    const key = editDraftKey('u-analyst', 'c-1', 3);
    draftStore.rescue(draft(key, { recordId: 'c-1', baseVersion: 3, writer: 'tab-a' }));
    expect((await draftStore.loadEdit('u-analyst', 'c-1'))?.baseVersion).toBe(3);
    draftStore.rescue(
      draft(key, {
        recordId: 'c-1',
        baseVersion: 3,
        writer: 'tab-a',
        savedAt: '2026-11-28T11:00:00.000Z',
      }),
    );
    await draftStore.discard(key, { writer: 'tab-a' });
    expect(localStorage.length).toBe(0);
    expect(await draftStore.loadEdit('u-analyst', 'c-1')).toBeNull();
  });
});
