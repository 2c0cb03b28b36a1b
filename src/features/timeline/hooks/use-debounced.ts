import { useEffect, useState } from 'react';

/**
 * A value that follows another once it has stopped changing for `ms`. It starts as `initial`
 * (the value itself unless given), so a costly request can also wait before its first run.
 */
export function useDebounced<T>(value: T, ms: number, same: (a: T, b: T) => boolean = Object.is, initial: T = value): T {
  const [debounced, setDebounced] = useState(initial);
  useEffect(() => {
    if (same(value, debounced)) return;
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, debounced, ms, same]);
  return debounced;
}
