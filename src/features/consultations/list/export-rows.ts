import type { Page } from '@/api/schemas';

/** The most rows one export collects: a spreadsheet or calendar beyond that is rarely what is wanted. */
export const EXPORT_CAP = 5_000;
/** The API's largest page. */
export const EXPORT_PAGE = 500;

/**
 * Collects a filtered set page by page, up to `cap` rows, in the list's order. Reports progress
 * after each page; stops early when the set is exhausted or the signal aborts.
 */
export async function collectPages<T>(
  fetchPage: (offset: number, limit: number, signal?: AbortSignal) => Promise<Page<T>>,
  options: {
    cap?: number;
    pageSize?: number;
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<{ rows: T[]; total: number; capped: boolean }> {
  const { cap = EXPORT_CAP, pageSize = EXPORT_PAGE, signal, onProgress } = options;
  const rows: T[] = [];
  let total = Infinity;
  while (rows.length < Math.min(cap, total)) {
    signal?.throwIfAborted();
    const limit = Math.min(pageSize, cap - rows.length);
    const page = await fetchPage(rows.length, limit, signal);
    total = page.total;
    rows.push(...page.items);
    onProgress?.(rows.length, Math.min(cap, total));
    if (page.items.length < limit) break;
  }
  return { rows, total: Number.isFinite(total) ? total : rows.length, capped: total > rows.length };
}
