import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Language, LocalizedText } from '@/api/schemas';
import { directoryQueries, type DirectoryEntry, type DirectoryKind } from '@/api/queries/directory';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

/** The name to show for a directory entry: a place by its current name. */
export function entryName(entry: DirectoryEntry<DirectoryKind> | undefined, language: Language): string {
  if (!entry) return '';
  if ('names' in entry) return localize(entry.names.at(-1)?.name, language);
  return localize(entry.name as LocalizedText, language);
}

/** Short form where there is one: ССТБД, CIS. */
export function entryShortName(entry: DirectoryEntry<DirectoryKind> | undefined, language: Language): string {
  if (entry && 'short' in entry && entry.short) return localize(entry.short, language);
  return entryName(entry, language);
}

/**
 * Every entry of a directory kind by id. The directory is small (hundreds of entries) and changes
 * rarely, so one cached list serves every name on every page.
 */
export function useDirectoryLookup<K extends DirectoryKind>(kind: K): Map<string, DirectoryEntry<K>> {
  const { data } = useQuery(directoryQueries.list(kind, { limit: 1000 }));
  return useMemo(() => new Map((data?.items ?? []).map((entry) => [entry.id, entry])), [data]);
}

/** An entry's name in the UI language; the id while the directory loads. */
export function EntityName({ kind, id, short = false }: { kind: DirectoryKind; id: string | null | undefined; short?: boolean }) {
  const lookup = useDirectoryLookup(kind);
  const language = useLanguage();
  if (!id) return null;
  const entry = lookup.get(id);
  return <>{entry ? (short ? entryShortName(entry, language) : entryName(entry, language)) : id}</>;
}
