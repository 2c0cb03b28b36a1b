import type { Language } from '@/api/schemas';
import type { Usage } from '@/api/queries/directory';
import type { ProfileKind } from '@/api/schemas/profiles';
import { localeTag } from '@/lib/i18n';

/** The directory's tabs: parties split into countries and organisations, then bodies and people. */
export const directoryTabs = ['all', 'country', 'organisation', 'body', 'person'] as const;
export type DirectoryTab = (typeof directoryTabs)[number];

export const directorySortFields = ['name', 'consultations', 'lastMet'] as const;
export type DirectorySortField = (typeof directorySortFields)[number];
export interface DirectorySort {
  field: DirectorySortField;
  desc: boolean;
}

/** What the directory shows, all of it in its address so a view can be shared. */
export interface DirectoryView {
  tab: DirectoryTab;
  q: string;
  sort: DirectorySort;
  /** Only this party and its bodies and people. */
  party: string | null;
}

export const DEFAULT_SORT: DirectorySort = { field: 'name', desc: false };
/** Counts and dates read best largest and newest first; names A to Z. */
export const firstDirectionDesc = (field: DirectorySortField) => field !== 'name';

export function parseDirectoryView(params: URLSearchParams): DirectoryView {
  const tab = params.get('kind');
  const rawSort = params.get('sort') ?? '';
  const field = rawSort.replace(/^-/, '');
  const sort = (directorySortFields as readonly string[]).includes(field)
    ? { field: field as DirectorySortField, desc: rawSort.startsWith('-') }
    : DEFAULT_SORT;
  return {
    tab: (directoryTabs as readonly string[]).includes(tab ?? '') ? (tab as DirectoryTab) : 'all',
    q: (params.get('q') ?? '').slice(0, 200),
    sort,
    party: params.get('party') || null,
  };
}

/** The view as an address, defaults left out. */
export function serializeDirectoryView(view: DirectoryView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.tab !== 'all') params.set('kind', view.tab);
  if (view.q.trim()) params.set('q', view.q);
  if (view.party) params.set('party', view.party);
  if (view.sort.field !== DEFAULT_SORT.field || view.sort.desc !== DEFAULT_SORT.desc) {
    params.set('sort', `${view.sort.desc ? '-' : ''}${view.sort.field}`);
  }
  return params;
}

export interface DirectoryRow {
  kind: ProfileKind;
  /** The tab it belongs to. */
  tab: Exclude<DirectoryTab, 'all'>;
  id: string;
  name: string;
  partyId: string | null;
  /** A second line: a party's code, a body's parent, a person's current position. */
  detail: string;
  usage: Usage;
}

export const tabOf = (
  kind: ProfileKind,
  partyType?: 'country' | 'organisation',
): DirectoryRow['tab'] => (kind === 'party' ? (partyType ?? 'country') : kind);

export function countByTab(rows: readonly DirectoryRow[]): Record<DirectoryTab, number> {
  const counts: Record<DirectoryTab, number> = {
    all: rows.length,
    country: 0,
    organisation: 0,
    body: 0,
    person: 0,
  };
  for (const row of rows) counts[row.tab] += 1;
  return counts;
}

/**
 * Rows in the chosen order. Entries never met sort last by date whichever the direction: "no
 * meeting" is not older than any meeting, it is another thing. Ties go by name.
 */
export function sortRows(
  rows: readonly DirectoryRow[],
  sort: DirectorySort,
  language: Language,
): DirectoryRow[] {
  const collator = new Intl.Collator(localeTag[language], { sensitivity: 'base', numeric: true });
  const byName = (a: DirectoryRow, b: DirectoryRow) =>
    collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.field === 'consultations')
      return sign * (a.usage.consultations - b.usage.consultations) || byName(a, b);
    if (sort.field === 'lastMet') {
      const x = a.usage.lastHeld;
      const y = b.usage.lastHeld;
      if (x === y) return byName(a, b);
      if (!x) return 1;
      if (!y) return -1;
      return sign * x.localeCompare(y) || byName(a, b);
    }
    return sign * byName(a, b);
  });
}
