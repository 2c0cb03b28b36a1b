import type { Language, LocalizedText, TopicStat } from '@/api/schemas';
import { localeTag } from '@/lib/i18n';
import { allForms, localize } from '@/lib/localized';
import { matchesSearch, normalizeForSearch } from '@/lib/search-text';

/** A topic of the taxonomy with its statistics and its subtopics. */
export interface TopicNode {
  id: string;
  name: string;
  /** All three forms, for search. */
  searchText: string;
  parentId: string | null;
  depth: number;
  /** Consultations tagged with the topic itself. */
  own: number;
  /** With its subtopics: what the consultations list filtered by the topic shows. */
  withChildren: number;
  trend: { period: string; count: number }[];
  cooccurring: { topicId: string; count: number }[];
  children: TopicNode[];
}

export interface TopicRecord {
  id: string;
  parentId: string | null;
  name: LocalizedText;
}

const noStat = (id: string): TopicStat => ({
  topicId: id,
  own: 0,
  withChildren: 0,
  trend: [],
  cooccurring: [],
});

/**
 * The taxonomy as a tree of roots. A topic whose parent is missing (deleted, merged away) is shown
 * as a root rather than lost; a parent chain that loops is cut where it loops.
 */
export function buildTopicTree(
  topics: readonly TopicRecord[],
  stats: readonly TopicStat[],
  language: Language,
): TopicNode[] {
  const statOf = new Map(stats.map((s) => [s.topicId, s]));
  const byId = new Map(topics.map((t) => [t.id, t]));
  const nodes = new Map<string, TopicNode>();
  for (const t of topics) {
    const stat = statOf.get(t.id) ?? noStat(t.id);
    nodes.set(t.id, {
      id: t.id,
      name: localize(t.name, language),
      searchText: normalizeForSearch(allForms(t.name)),
      parentId: t.parentId && byId.has(t.parentId) ? t.parentId : null,
      depth: 0,
      own: stat.own,
      withChildren: stat.withChildren,
      trend: stat.trend,
      cooccurring: stat.cooccurring,
      children: [],
    });
  }
  const roots: TopicNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && !loops(node.id, byId)) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (list: TopicNode[], depth: number) => {
    for (const n of list) {
      n.depth = depth;
      setDepth(n.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

function loops(id: string, byId: Map<string, TopicRecord>): boolean {
  const seen = new Set<string>([id]);
  for (let cursor = byId.get(id)?.parentId; cursor; cursor = byId.get(cursor)?.parentId) {
    if (seen.has(cursor)) return true;
    seen.add(cursor);
  }
  return false;
}

export type TopicOrder = 'name' | 'count';

/** Siblings in order, at every level: by name in the UI language, or most discussed first. */
export function sortTree(
  nodes: readonly TopicNode[],
  order: TopicOrder,
  language: Language,
): TopicNode[] {
  const collator = new Intl.Collator(localeTag[language], { sensitivity: 'base', numeric: true });
  const compare = (a: TopicNode, b: TopicNode) =>
    (order === 'count' ? b.withChildren - a.withChildren : 0) ||
    collator.compare(a.name, b.name) ||
    a.id.localeCompare(b.id);
  return [...nodes]
    .sort(compare)
    .map((n) => ({ ...n, children: sortTree(n.children, order, language) }));
}

/** Topics whose name matches in any language, with the path down to them so they keep their place. */
export function filterTree(nodes: readonly TopicNode[], query: string): TopicNode[] {
  if (!normalizeForSearch(query)) return [...nodes];
  const out: TopicNode[] = [];
  for (const n of nodes) {
    const children = filterTree(n.children, query);
    if (children.length || matchesSearch(n.searchText, query)) out.push({ ...n, children });
  }
  return out;
}

/** The tree in reading order, for tables and counting. */
export function flatten(nodes: readonly TopicNode[]): TopicNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** Every quarter from the earliest to the latest in any trend: one shared axis for all sparklines. */
export function quarterAxis(stats: readonly { trend: { period: string }[] }[]): string[] {
  let first: string | null = null;
  let last: string | null = null;
  for (const s of stats) {
    for (const { period } of s.trend) {
      if (!first || period < first) first = period;
      if (!last || period > last) last = period;
    }
  }
  if (!first || !last) return [];
  const out: string[] = [];
  let year = Number(first.slice(0, 4));
  let q = Number(first.slice(6));
  for (let guard = 0; guard < 400; guard++) {
    const period = `${year}-Q${q}`;
    out.push(period);
    if (period === last) break;
    q = q === 4 ? 1 : q + 1;
    if (q === 1) year += 1;
  }
  return out;
}

/** A trend on the shared axis, zeros where nothing happened. */
export const onAxis = (
  trend: readonly { period: string; count: number }[],
  axis: readonly string[],
): number[] => {
  const counts = new Map(trend.map((t) => [t.period, t.count]));
  return axis.map((p) => counts.get(p) ?? 0);
};

/** The ids of a topic and everything below it: where it may not be moved. */
export function descendantsOf(
  id: string,
  topics: readonly { id: string; parentId: string | null }[],
): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of topics)
    if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop() as string;
    if (out.has(next)) continue;
    out.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** `2020-Q4` → the first and last day of that quarter, for the consultations list. */
export function quarterSpan(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(6));
  const first = (q - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(first + 2)}-${lastDay}` };
}
