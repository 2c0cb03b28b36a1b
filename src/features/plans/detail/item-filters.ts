import { fulfilments, type Fulfilment, type PlanItemWithFulfilment } from '@/api/schemas';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { matchesSearch, normalizeForSearch } from '@/lib/search-text';

export const itemSorts = ['period', '-period', 'title', 'fulfilment'] as const;
export type ItemSort = (typeof itemSorts)[number];

export interface ItemFilters {
  fulfilment: Fulfilment | null;
  host: string | null;
  body: string | null;
  q: string;
  sort: ItemSort;
}

/** The item filters as they are written in the page's address. */
export function readItemFilters(search: URLSearchParams): ItemFilters {
  const fulfilment = search.get('fulfilment');
  const sort = search.get('sort');
  return {
    fulfilment:
      fulfilment && (fulfilments as readonly string[]).includes(fulfilment)
        ? (fulfilment as Fulfilment)
        : null,
    host: search.get('host') || null,
    body: search.get('body') || null,
    q: search.get('q') ?? '',
    sort: sort && (itemSorts as readonly string[]).includes(sort) ? (sort as ItemSort) : 'period',
  };
}

/** Most urgent first: what is overdue, then postponed, planned, cancelled, held. */
const urgency: Record<Fulfilment, number> = {
  overdue: 0,
  postponed: 1,
  planned: 2,
  cancelled: 3,
  held: 4,
};
const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

const byPeriod = (a: PlanItemWithFulfilment, b: PlanItemWithFulfilment) =>
  a.period.start.localeCompare(b.period.start) ||
  fuzzyDateEnd(a.period).localeCompare(fuzzyDateEnd(b.period));

/** The items a person asked for, in the order asked; ties keep the plan's order (by period). */
export function filterItems(
  items: readonly PlanItemWithFulfilment[],
  filters: ItemFilters,
): PlanItemWithFulfilment[] {
  const q = filters.q.trim();
  const kept = items.filter(
    (item) =>
      (!filters.fulfilment || item.fulfilment === filters.fulfilment) &&
      (!filters.host || item.hostPartyId === filters.host) &&
      (!filters.body || item.bodyIds.includes(filters.body)) &&
      (!q ||
        matchesSearch(
          normalizeForSearch(`${item.title} ${item.description} ${item.condition}`),
          q,
        )),
  );
  const compare = {
    period: byPeriod,
    '-period': (a: PlanItemWithFulfilment, b: PlanItemWithFulfilment) => -byPeriod(a, b),
    title: (a: PlanItemWithFulfilment, b: PlanItemWithFulfilment) =>
      collator.compare(a.title, b.title),
    fulfilment: (a: PlanItemWithFulfilment, b: PlanItemWithFulfilment) =>
      urgency[a.fulfilment] - urgency[b.fulfilment] || byPeriod(a, b),
  }[filters.sort];
  return [...kept].sort((a, b) => compare(a, b) || a.id.localeCompare(b.id));
}
