import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FormValues } from './form-values';

/**
 * Drafts of the consultation form, kept in IndexedDB so that what a person typed survives a
 * reload, a crash or a closed tab. IndexedDB rather than localStorage: a draft with a long summary
 * and many rows can be large, writes do not block typing, and other tabs see the same store.
 */
export interface Draft {
  key: string;
  values: FormValues;
  /** ISO time of the last save. */
  savedAt: string;
  /** For an edit: the record and the version the person started from. */
  recordId: string | null;
  baseVersion: number | null;
  /** The form (tab) that wrote it last: a save elsewhere does not discard it. */
  writer: string;
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: Draft };
}

const DB_NAME = 'kenes-drafts';
let opened: { factory: IDBFactory; db: Promise<IDBPDatabase<DraftDb>> } | null = null;

/** One connection per IndexedDB factory (tests swap the factory between cases). */
function database(): Promise<IDBPDatabase<DraftDb>> | null {
  if (typeof indexedDB === 'undefined') return null;
  if (!opened || opened.factory !== indexedDB) {
    opened = {
      factory: indexedDB,
      db: openDB<DraftDb>(DB_NAME, 1, {
        upgrade(db) {
          db.createObjectStore('drafts', { keyPath: 'key' });
        },
      }),
    };
  }
  return opened.db;
}

/** The key of a new consultation's draft: one per user, or per slot (a second form, a prefilled link). */
export const newDraftKey = (userId: string, slot?: string | null) =>
  `new:${userId}${slot ? `:${slot}` : ''}`;

/** The key of an edit's draft: per user, record and the version the edit is based on. */
export const editDraftKey = (userId: string, recordId: string, version: number) =>
  `edit:${userId}:${recordId}:v${version}`;
const editPrefix = (userId: string, recordId: string) => `edit:${userId}:${recordId}:v`;

/**
 * A page being closed or reloaded does not wait for IndexedDB: what is pending then is copied
 * synchronously to localStorage, and the next load moves it back into IndexedDB.
 */
const RESCUE_PREFIX = 'kenes.draft-rescue:';

function readRescued(matches: (key: string) => boolean): Draft[] {
  if (typeof localStorage === 'undefined') return [];
  const found: Draft[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const storageKey = localStorage.key(i);
    if (!storageKey?.startsWith(RESCUE_PREFIX) || !matches(storageKey.slice(RESCUE_PREFIX.length)))
      continue;
    try {
      const draft = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Draft | null;
      if (
        draft &&
        typeof draft.key === 'string' &&
        typeof draft.savedAt === 'string' &&
        draft.values &&
        typeof draft.values === 'object'
      )
        found.push(draft);
    } catch {
      // A damaged copy is dropped below with the others.
    }
  }
  return found;
}
const dropRescued = (key: string) => {
  if (typeof localStorage !== 'undefined') localStorage.removeItem(RESCUE_PREFIX + key);
};

/** Moves rescued copies into IndexedDB where they are newer than what it holds. */
async function absorbRescued(
  db: IDBPDatabase<DraftDb>,
  matches: (key: string) => boolean,
): Promise<void> {
  for (const rescued of readRescued(matches)) {
    const stored = await db.get('drafts', rescued.key);
    if (!stored || stored.savedAt <= rescued.savedAt) await db.put('drafts', rescued);
    dropRescued(rescued.key);
  }
}

export const draftStore = {
  async load(key: string): Promise<Draft | null> {
    const db = await database();
    if (!db) return null;
    await absorbRescued(db, (k) => k === key);
    return (await db.get('drafts', key)) ?? null;
  },

  /** The newest draft of an edit of this record, whichever version it was based on. */
  async loadEdit(userId: string, recordId: string): Promise<Draft | null> {
    const db = await database();
    if (!db) return null;
    const prefix = editPrefix(userId, recordId);
    await absorbRescued(db, (k) => k.startsWith(prefix));
    const drafts = await db.getAll('drafts', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    return (
      drafts.sort(
        (a, b) => (b.baseVersion ?? 0) - (a.baseVersion ?? 0) || b.savedAt.localeCompare(a.savedAt),
      )[0] ?? null
    );
  },

  async save(draft: Draft): Promise<void> {
    const db = await database();
    await db?.put('drafts', draft);
  },

  /** Synchronously, for a page that is going away. */
  rescue(draft: Draft): void {
    try {
      localStorage.setItem(RESCUE_PREFIX + draft.key, JSON.stringify(draft));
    } catch {
      // Storage full or unavailable: the last debounced save stands.
    }
  },

  /** Removes a draft; with `onlyIf`, only when that form wrote it last (another tab may be typing). */
  async discard(key: string, onlyIf?: { writer: string }): Promise<void> {
    const rescued = readRescued((k) => k === key)[0];
    if (rescued && (!onlyIf || rescued.writer === onlyIf.writer)) dropRescued(key);
    const db = await database();
    if (!db) return;
    const tx = db.transaction('drafts', 'readwrite');
    const current = await tx.store.get(key);
    if (current && (!onlyIf || current.writer === onlyIf.writer)) await tx.store.delete(key);
    await tx.done;
  },
};
