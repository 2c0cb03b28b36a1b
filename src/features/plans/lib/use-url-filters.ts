import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the page's address, so a filtered view is a link to share. The page reads its
 * own copy, updated at once: the router commits an address change a moment later, and two quick
 * changes must not undo each other. An address changed from outside (back, a link) wins.
 */
export function useUrlFilters() {
  const [search, setSearch] = useSearchParams();
  const [filters, setFilters] = useState(() => new URLSearchParams(search));
  const current = useRef(filters);
  // Our own writes not yet seen back from the router: they arrive late and in order.
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const text = search.toString();
    const own = pending.current.indexOf(text);
    if (own >= 0) {
      pending.current = pending.current.slice(own + 1);
      return;
    }
    if (text === current.current.toString()) return;
    pending.current = [];
    current.current = new URLSearchParams(search);
    setFilters(current.current);
  }, [search]);
  const setFilter = useCallback(
    (key: string, value: string, defaultValue = '') => {
      const next = new URLSearchParams(current.current);
      if (value && value !== defaultValue) next.set(key, value);
      else next.delete(key);
      current.current = next;
      pending.current.push(next.toString());
      setFilters(next);
      // A filter is not a page to go back to: the history entry is replaced.
      setSearch(next, { replace: true });
    },
    [setSearch],
  );
  return [filters, setFilter] as const;
}
