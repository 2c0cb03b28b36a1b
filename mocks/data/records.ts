import type { LocalizedText, RecordMeta } from '@/api/schemas';

/**
 * The demo store is a snapshot "as of" this day: every record was created on or before it,
 * meetings after it are still planned. Exported so views and tests can use it as a fixed "today".
 */
export const DEMO_AS_OF = '2022-09-30';

/** When the directory (parties, places, bodies, topics) was first loaded. */
export const DIRECTORY_CREATED_AT = '2019-01-10T04:00:00.000Z';

export function recordMeta(id: string, at: string, by: string): RecordMeta {
  return {
    id,
    version: 1,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    deletedAt: null,
  };
}

/** kk / ru / en in one call; the argument order matches the glossary's columns. */
export function lt(kk: string, ru: string, en: string): LocalizedText {
  return { kk, ru, en };
}
