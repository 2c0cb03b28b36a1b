import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListView, serializeListView, type ListView } from './list-view';

/**
 * The list's view lives in the address: a link reproduces it, and back and forward step through
 * earlier views. Each change is a new history entry.
 */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const { view, problems } = useMemo(() => parseListView(params), [params]);
  const setView = useCallback(
    (next: ListView, options: { replace?: boolean } = {}) => {
      setParams((current) => serializeListView(next, current), {
        replace: options.replace ?? false,
      });
    },
    [setParams],
  );
  return { view, problems, setView };
}
