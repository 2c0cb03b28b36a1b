import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: then every lane is drawn, not only those scrolled into view.
 * Follows the print media query (also when a test emulates it) and the before/after print events;
 * before printing, the page is drawn at once, as the browser takes its picture right after.
 */
export function usePrintMode(): boolean {
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('print').matches === true);
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const query = window.matchMedia?.('print');
    const follow = () => setPrinting(query?.matches === true);
    const before = () => flushSync(() => setPrinting(true));
    query?.addEventListener?.('change', follow);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', follow);
    return () => {
      query?.removeEventListener?.('change', follow);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return printing;
}

/** True a moment after the page is first drawn (or at once when printing): for what can wait. */
export function useAfterFirstDraw(ms = 1200): boolean {
  const printing = usePrintMode();
  const [later, setLater] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLater(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return later || printing;
}
