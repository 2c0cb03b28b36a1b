import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavigationType, useNavigationType, useSearchParams } from 'react-router';
import { timelineQueries } from '@/api/queries/timeline';
import { parseTimelineParams, serializeTimelineParams, type TimelineParams } from '../lib/url-state';
import { extentWindow, sameWindow, todayDay, type ViewWindow } from '../lib/view-window';

export type HistoryMode = 'push' | 'replace';

/** How long a pan waits before it is written to the address (one history entry per pan, replaced). */
const PAN_WRITE_DELAY_MS = 350;
/** A zoom or a step is written right after it is drawn. */
const AFTER_PAINT_MS = 32;

/**
 * The view's state, kept in the address. The window is also kept here, in memory, so that a drag
 * or a wheel redraws at once; the address follows a moment later (replaced, so a pan adds no
 * history entry). Discrete changes — zoom, filters, grouping, selection — are pushed, so back and
 * forward step through them.
 */
export function useTimelineState() {
  const [search, setSearch] = useSearchParams();
  const today = useMemo(() => todayDay(), []);
  const parsed = useMemo(() => parseTimelineParams(search, today), [search, today]);
  const extent = useQuery(timelineQueries.extent());
  const defaultWindow = useMemo(
    () => (extent.data ? extentWindow(extent.data.first, extent.data.last, today) : extent.isError ? extentWindow(null, null, today) : null),
    [extent.data, extent.isError, today],
  );

  const urlWindow = parsed.params.window;
  const [localWindow, setLocalWindow] = useState<ViewWindow | null>(urlWindow);
  // The windows this view wrote lately, and the window the address last held. A window that comes
  // into the address is taken up unless it is one of ours still arriving (a navigation runs its
  // loaders first, and a later pan may have moved on meanwhile); back and forward always are.
  const written = useRef<(ViewWindow | null)[]>([urlWindow]);
  const seen = useRef<ViewWindow | null>(urlWindow);
  const navigationType = useNavigationType();
  useEffect(() => {
    if (sameWindow(seen.current, urlWindow)) return;
    seen.current = urlWindow;
    if (navigationType !== NavigationType.Pop && written.current.some((w) => sameWindow(w, urlWindow))) return;
    written.current = [urlWindow];
    setLocalWindow(urlWindow);
  }, [urlWindow, navigationType]);
  const remember = (w: ViewWindow | null) => {
    written.current = [...written.current.slice(-7), w];
  };

  const latest = useRef({ params: parsed.params, localWindow, defaultWindow });
  latest.current = { params: parsed.params, localWindow, defaultWindow };
  const prefetch = useRef<((window: ViewWindow, next: TimelineParams) => void) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const write = useCallback(
    (patch: Partial<TimelineParams>, mode: HistoryMode) => {
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
      }
      const next: TimelineParams = { ...latest.current.params, window: latest.current.localWindow, ...patch };
      // The new marks are asked for now, while the address changes and the page renders.
      const nextWindow = next.window ?? latest.current.defaultWindow;
      if (nextWindow) prefetch.current?.(nextWindow, next);
      if ('window' in patch) {
        latest.current.localWindow = next.window;
        setLocalWindow(next.window);
      }
      remember(next.window);
      setSearch(serializeTimelineParams(next), { replace: mode === 'replace', preventScrollReset: true });
    },
    [setSearch],
  );

  /** A discrete change of anything but the window (filters, grouping, lanes, selection, view). */
  const update = useCallback((patch: Partial<TimelineParams>, mode: HistoryMode = 'push') => write(patch, mode), [write]);

  // The view shows a moved window at once by shifting and stretching what is drawn; it lays the
  // lanes out for it just after, as a deferred value (see TimelineView), so that work never holds
  // up the frame that answers the click, the key or the drag.
  const preview = useRef<((next: ViewWindow) => void) | null>(null);

  /** Moves the window: shown now, drawn exactly next; written to the address now (push) or after the pan settles. */
  const setWindow = useCallback(
    (next: ViewWindow, mode: HistoryMode | 'settle') => {
      preview.current?.(next);
      setLocalWindow(next);
      latest.current.localWindow = next;
      remember(next);
      if (timer.current) clearTimeout(timer.current);
      // The address is written once the new window is on screen: a navigation has work of its own.
      timer.current = setTimeout(
        () => {
          timer.current = null;
          write({ window: latest.current.localWindow }, mode === 'settle' ? 'replace' : mode);
        },
        mode === 'settle' ? PAN_WRITE_DELAY_MS : AFTER_PAINT_MS,
      );
    },
    [write],
  );

  return {
    params: parsed.params,
    filterProblems: parsed.filterProblems,
    problems: parsed.problems,
    /** The window drawn: the chosen one, else the whole range of the data (null while that loads). */
    window: localWindow ?? defaultWindow,
    isDefaultWindow: !localWindow,
    defaultWindow,
    extent: extent.data ?? null,
    today,
    update,
    setWindow,
    /** Where the view registers how it shows a moved window before it is laid out. */
    preview,
    /** Where the view registers how it asks for the marks of a view about to be shown. */
    prefetch,
  };
}

export type TimelineState = ReturnType<typeof useTimelineState>;
