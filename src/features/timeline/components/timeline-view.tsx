import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Suspense, useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineQueries } from '@/api/queries/timeline';
import type { CellUnit } from '@/api/schemas/timeline';
import { apiErrorMessage } from '@/lib/api-error-message';
import { useLanguage } from '@/lib/i18n/use-language';
import { useElementWidth } from '../hooks/use-element-width';
import { stretchTrackLayers, usePanZoom } from '../hooks/use-pan-zoom';
import { usePrintMode } from '../hooks/use-print-mode';
import { marksParams, useTimelineMarks } from '../hooks/use-timeline-marks';
import type { TimelineState } from '../hooks/use-timeline-state';
import { periodLabel, sortLanes } from '../lib/labels';
import { quoted } from '../lib/selectors';
import { collapsedCells, isVisible, layoutLane, pxPerDay, type LaneLayout, type PlacedCluster, type PlacedThing, type Scale } from '../lib/layout';
import { moveFocus, navKeys, type FocusPoint, type NavKey, type NavLane } from '../lib/navigation';
import { scaleWindow, shiftWindow, stepWindow, windowDays, zoomStep, type ViewWindow } from '../lib/view-window';
import { TimelineAxis, TimelineGrid, useAxisTicks } from './timeline-axis';
import { TimelineEmpty } from './later-parts';
import { TimelineLane, laneHeight } from './timeline-lane';

/** The width to lay out for before the track is measured (and where nothing is, as in tests). */
const FALLBACK_WIDTH = 960;
/** Height of the axis row above the lanes, in pixels. */
const AXIS_HEIGHT = 46;
const EMPTY: readonly PlacedThing[] = [];

export interface OpenCluster {
  laneKey: string;
  laneName: string;
  cluster: PlacedCluster;
  focusKey: string;
  /** The range and unit the cluster was counted in: the same question lists its members. */
  range: { from: string; to: string; unit: CellUnit };
}

export interface TimelineViewProps {
  state: TimelineState;
  selectedId: string | null;
  onOpenMark: (id: string, focusKey: string) => void;
  onOpenItem: (id: string, focusKey: string) => void;
  onOpenCluster: (open: OpenCluster) => void;
}

const parseKey = (key: string): FocusPoint => {
  const at = key.indexOf('|');
  return { lane: key.slice(0, at), thing: key.slice(at + 1) };
};

/**
 * The timeline itself: the axis, a lane per counterpart (or plan, body, topic), and on each lane
 * what happened when. Only what is in the window is drawn, and only the lanes scrolled into view;
 * the API sends counts where a lane is too busy to draw one by one.
 */
export function TimelineView({ state, selectedId, onOpenMark, onOpenItem, onOpenCluster }: TimelineViewProps) {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const printing = usePrintMode();
  const helpId = useId();
  const domId = useId().replace(/:/g, '');
  const scrollRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(trackRef) || FALLBACK_WIDTH;
  // The window chosen (toolbar, keys, a drag) and the window the lanes are laid out for: the latter
  // follows as a deferred value, so the frame that answers the input shows the preview (see below)
  // and the lanes' layout is worked out just after it, without holding it up.
  const chosenWindow = state.window;
  const window = useDeferredValue(chosenWindow);
  const { group, filters, collapsed } = state.params;
  const marks = useTimelineMarks(window, width, filters, group);
  const fallbackScale = useMemo(() => ({ start: 0, days: 1, width }), [width]);
  const scale: Scale = marks.scale ?? fallbackScale;
  const ppd = pxPerDay(scale);
  const ticks = useAxisTicks(scale, language);
  const [panning, setPanning] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const lanes = useMemo(() => (marks.data ? sortLanes(marks.data.lanes, group, language, t) : []), [marks.data, group, language, t]);
  const collapsedSet = useMemo(() => new Set(collapsed), [collapsed]);
  const range = marks.dataRange;
  const layouts: LaneLayout[] = useMemo(() => {
    if (!range) return [];
    const days = range.to - range.from + 1;
    const layoutScale: Scale = { start: range.from, days, width: days * ppd };
    return lanes.map((l) => (collapsedSet.has(l.key) ? { rows: 1, periodRows: 0, things: [] } : layoutLane(l.lane, layoutScale, range.unit)));
  }, [lanes, range, ppd, collapsedSet]);

  // How far the window starts into the laid-out range, in pixels.
  const offset = range ? (scale.start - range.from) * ppd : 0;
  // While a drag is on, what lies half a window beyond either edge is drawn too (a moment later).
  const margin = useDeferredValue(panning) ? width / 2 : 0;
  const views = useMemo(
    () =>
      lanes.map((lane, i) => {
        const layout = layouts[i];
        const things: PlacedThing[] = [];
        let count = 0;
        // Rows in use near the window (half a window either side, as far as a drag reveals): the
        // lane is as tall as they need, not as the busiest part of the whole fetched range.
        let rows = 1;
        let periodRows = 0;
        let near = false;
        for (const thing of layout?.things ?? []) {
          const shifted = { x0: thing.x0 - offset, x1: thing.x1 - offset };
          if (!isVisible(shifted, scale, width / 2)) continue;
          near = true;
          if (thing.band === 'main') rows = Math.max(rows, thing.row + 1);
          else periodRows = Math.max(periodRows, thing.row + 1);
          if (isVisible(shifted, scale, margin)) things.push(thing);
          if (isVisible(shifted, scale)) count += thing.kind === 'cluster' ? thing.total : thing.kind === 'mark' ? 1 : 0;
        }
        const isCollapsed = collapsedSet.has(lane.key);
        const cells = isCollapsed && range ? collapsedCells(lane.lane, range.unit, scale.start) : null;
        if (cells) count = cells.filter((c) => c.end >= scale.start && c.start < scale.start + scale.days).reduce((s, c) => s + c.total, 0);
        const height = laneHeight(rows, periodRows, isCollapsed);
        return { lane, things: things.length ? things : EMPTY, count, collapsed: isCollapsed, cells, rows, height, near };
      })
        // A lane with nothing near the window (only further off, in the fetched range) is left out.
        .filter((v) => v.near || v.collapsed),
    [lanes, layouts, offset, scale, margin, width, collapsedSet, range],
  );
  const inView = views.reduce((sum, v) => sum + v.count, 0);
  const overdueInView = views.some((v) => v.things.some((th) => th.kind === 'item'));

  // Keyboard: what can take focus, lane by lane, in the window.
  const navLanes: NavLane[] = useMemo(
    () =>
      views.map((v) => ({
        key: v.lane.key,
        things: v.collapsed
          ? []
          : v.things
              .filter((th) => isVisible({ x0: th.x0 - offset, x1: th.x1 - offset }, scale))
              .map((th) => ({ key: th.key, x: (th.x0 + th.x1) / 2 - offset, row: th.band === 'main' ? th.row : v.rows + th.row })),
      })),
    [views, offset, scale],
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const focusExists = (key: string | null) => {
    if (!key) return false;
    const { lane, thing } = parseKey(key);
    return navLanes.some((l) => l.key === lane && l.things.some((th) => th.key === thing));
  };
  const firstKey = (() => {
    const lane = navLanes.find((l) => l.things.length);
    const thing = lane?.things[0];
    return lane && thing ? `${lane.key}|${thing.key}` : null;
  })();
  const tabbableKey = focusExists(focusKey) ? focusKey : firstKey;

  // Vertical virtualisation: only lanes scrolled into view are in the document (all when printing).
  const heights = views.map((v) => v.height);
  const totalHeight = heights.reduce((a, b) => a + b, 0);
  const virtualize = !printing && views.length > 10;
  const virtualizer = useVirtualizer({
    count: views.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => heights[i] ?? 40,
    getItemKey: (i) => views[i]?.lane.key ?? i,
    overscan: 4,
    scrollMargin: AXIS_HEIGHT,
    initialRect: { width: 1000, height: 700 },
    enabled: virtualize,
  });
  const heightsKey = heights.join(',');
  useEffect(() => {
    if (virtualize) virtualizer.measure();
  }, [heightsKey, virtualize, virtualizer]);
  const rows: { index: number; top: number }[] = [];
  if (virtualize) {
    for (const item of virtualizer.getVirtualItems()) rows.push({ index: item.index, top: item.start - AXIS_HEIGHT });
  } else {
    let top = 0;
    views.forEach((v, index) => {
      rows.push({ index, top });
      top += v.height;
    });
  }

  const moveWindow = useCallback(
    (next: NonNullable<typeof window>, mode: 'push' | 'settle', message?: string) => {
      state.setWindow(next, mode);
      if (message) setAnnouncement(message);
    },
    [state],
  );

  // A drag has moved the picture already (by a transform); the lanes are laid out for the new
  // window as the deferred value above. Pans released before the last one is drawn add up from
  // the window they lead to.
  const panningTo = useRef<ViewWindow | null>(null);
  const { settle } = usePanZoom(scrollRef, trackRef, {
    pxPerDay: () => ppd,
    onPanStart: () => setPanning(true),
    onPan: (days) => {
      const from = panningTo.current ?? chosenWindow;
      if (!from) return;
      const next = shiftWindow(from, days);
      panningTo.current = next;
      setPanning(false);
      moveWindow(next, 'settle');
    },
    onZoom: (factor, ratio) => {
      if (window) moveWindow(scaleWindow(window, factor, window.start + ratio * windowDays(window)), 'settle');
    },
  });

  // After the window moved, the lanes are drawn at their new places: drop the drag's offset.
  useLayoutEffect(() => {
    panningTo.current = null;
    settle();
  }, [window?.start, window?.end, settle]);

  // A window chosen elsewhere (toolbar, keys, a cluster) is shown at once by stretching and shifting
  // what is drawn, from the window drawn now; the exact lanes follow (see useTimelineState).
  const drawnWindow = useRef(window);
  useLayoutEffect(() => {
    drawnWindow.current = window;
  });
  const statePreview = state.preview;
  useEffect(() => {
    statePreview.current = (next) => {
      const from = drawnWindow.current;
      const container = scrollRef.current;
      const windowWidth = trackRef.current?.clientWidth;
      if (!from || !container || !windowWidth) return;
      stretchTrackLayers(container, windowWidth, { start: from.start, days: windowDays(from) }, { start: next.start, days: windowDays(next) });
    };
    return () => {
      statePreview.current = null;
    };
  }, [statePreview]);
  const statePrefetch = state.prefetch;
  const queryClient = useQueryClient();
  useEffect(() => {
    statePrefetch.current = (nextWindow, next) => {
      const params = marksParams(nextWindow, width, next.filters, next.group);
      if (params) void queryClient.prefetchQuery(timelineQueries.marks(params));
    };
    return () => {
      statePrefetch.current = null;
    };
  }, [statePrefetch, queryClient, width]);

  // Keys: arrows between marks, Page Up/Down to move the window, + and − to zoom.
  const keyState = useRef({ navLanes, focusKey: tabbableKey, window: chosenWindow, views, data: marks.data, onOpenMark, onOpenItem, onOpenCluster });
  keyState.current = { navLanes, focusKey: tabbableKey, window: chosenWindow, views, data: marks.data, onOpenMark, onOpenItem, onOpenCluster };
  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const { window: w, focusKey: current } = keyState.current;
      if (!w || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (!target.closest('[data-focus-key], .tl-scroll') || target.closest('.tl-lane-head')) return;
      if (event.key === 'PageUp' || event.key === 'PageDown') {
        event.preventDefault();
        const next = stepWindow(w, event.key === 'PageUp' ? -1 : 1);
        moveWindow(next, 'push');
        return;
      }
      if (event.key === '+' || event.key === '=' || event.key === '-') {
        event.preventDefault();
        const next = zoomStep(w, event.key === '-' ? 'out' : 'in', state.defaultWindow ?? w);
        moveWindow(next, 'push');
        return;
      }
      if (!navKeys.includes(event.key)) return;
      event.preventDefault();
      const next = moveFocus(keyState.current.navLanes, current ? parseKey(current) : null, event.key as NavKey);
      if (!next) {
        setAnnouncement(t(event.key === 'ArrowLeft' ? 'keys.startOfLane' : event.key === 'ArrowRight' ? 'keys.endOfLane' : 'keys.noLane'));
        return;
      }
      const key = `${next.lane}|${next.thing}`;
      pendingFocus.current = key;
      setFocusKey(key);
      const laneIndex = keyState.current.views.findIndex((v) => v.lane.key === next.lane);
      if (virtualize && laneIndex >= 0) virtualizer.scrollToIndex(laneIndex, { align: 'auto' });
    };
    // Clicks are handled once here for every mark; each mark is a button, so Enter and Space work too.
    const onClick = (event: MouseEvent) => {
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-focus-key]');
      const key = button?.dataset.focusKey;
      if (!key) return;
      const { lane: laneKeyValue, thing } = parseKey(key);
      const view = keyState.current.views.find((v) => v.lane.key === laneKeyValue);
      const placed = view?.things.find((th) => th.key === thing);
      if (!view || !placed) return;
      setFocusKey(key);
      const open = keyState.current;
      if (placed.kind === 'mark') open.onOpenMark(placed.mark.id, key);
      else if (placed.kind === 'item') open.onOpenItem(placed.item.id, key);
      else if (open.data) {
        const range = { from: open.data.from, to: open.data.to, unit: open.data.unit };
        open.onOpenCluster({ laneKey: view.lane.key, laneName: view.lane.fullName, cluster: placed, focusKey: key, range });
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      const key = (event.target as HTMLElement).dataset?.focusKey;
      if (key) setFocusKey(key);
    };
    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('click', onClick);
    return () => {
      container.removeEventListener('click', onClick);
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
    };
  }, [moveWindow, state.defaultWindow, t, virtualize, virtualizer]);

  // Focus follows the arrow keys once the target is drawn (its lane may have needed scrolling).
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-focus-key="${quoted(key)}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  // For the benchmark and for anyone curious: when this window's data arrived, and was drawn.
  const ready = marks.current && !marks.isFetching;
  const drawnFor = useRef(0);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame || !ready || drawnFor.current === marks.dataUpdatedAt) return;
    drawnFor.current = marks.dataUpdatedAt;
    frame.dataset.drawnAt = String(Date.now());
    frame.dataset.dataAt = String(marks.dataUpdatedAt);
  });

  const toggleLane = useCallback(
    (key: string) => {
      const next = collapsed.includes(key) ? collapsed.filter((k) => k !== key) : [...collapsed, key];
      state.update({ collapsed: next }, 'replace');
    },
    [collapsed, state],
  );
  const rangeFrom = range?.from ?? scale.start;
  const dayX = useCallback((day: number) => (day - rangeFrom) * ppd, [rangeFrom, ppd]);

  if (!window) return <p className="tl-loading" role="status">{t('common:state.loading')}</p>;
  const empty = marks.current && inView === 0 && !overdueInView;
  // What the drawn data answers: the window, the filters and the grouping (the benchmark waits on it).
  const viewKey = `${window.start}..${window.end}|${group}|${JSON.stringify(filters)}`;
  const period = periodLabel(window.start, window.end, language, t);

  return (
    <div
      ref={frameRef}
      className="tl-frame"
      tabIndex={-1}
      data-state={ready ? 'ready' : 'loading'}
      data-window={`${window.start}..${window.end}`}
      data-view={viewKey}
      data-bench="timeline"
    >
      <p id={helpId} className="visually-hidden">
        {t('keys.help')}
      </p>
      {marks.error ? (
        <div className="tl-error" role="alert">
          <p>{t('view.error', { reason: apiErrorMessage(marks.error, tc) })}</p>
          <button type="button" onClick={() => void marks.refetch()}>
            {t('common:actions.retry')}
          </button>
        </div>
      ) : null}
      {empty ? (
        <Suspense fallback={null}>
          <TimelineEmpty state={state} />
        </Suspense>
      ) : null}
      <div className="tl-lane-tools no-print">
        <button
          type="button"
          className="link-button"
          disabled={!views.length || views.every((v) => v.collapsed)}
          onClick={() => state.update({ collapsed: lanes.map((l) => l.key) }, 'replace')}
        >
          {t('lane.collapseAll')}
        </button>
        <button type="button" className="link-button" disabled={!collapsed.length} onClick={() => state.update({ collapsed: [] }, 'replace')}>
          {t('lane.expandAll')}
        </button>
      </div>
      <div
        ref={scrollRef}
        className={`tl-scroll${empty ? ' tl-scroll-empty' : ''}`}
        role="region"
        aria-label={t('view.label', { period: period, count: inView, group: t(`group.${group}`) })}
        aria-describedby={helpId}
        aria-busy={!ready}
      >
        <div className="tl-axis-row">
          <div className="tl-corner">{t(`group.${group}`)}</div>
          <div className="tl-axis-track" ref={trackRef}>
            <TimelineAxis scale={scale} ticks={ticks} today={state.today} />
          </div>
        </div>
        <div className="tl-lanes" style={{ height: `${totalHeight}px` }}>
          <div className="tl-grid-box">
            <TimelineGrid scale={scale} ticks={ticks} today={state.today} />
          </div>
          {rows.map(({ index, top }) => {
            const view = views[index];
            if (!view) return null;
            return (
              <TimelineLane
                key={view.lane.key}
                lane={view.lane}
                domId={`${domId}-${index}`}
                things={view.things}
                collapsed={view.collapsed}
                collapsedCells={view.cells}
                mainRows={view.rows}
                count={view.count}
                offset={offset}
                windowWidth={width}
                dayX={dayX}
                tabbableKey={tabbableKey}
                selectedId={selectedId}
                style={{ transform: `translateY(${top}px)`, height: `${view.height}px` }}
                language={language}
                t={t}
                onToggle={toggleLane}
              />
            );
          })}
        </div>
        {!marks.data && !marks.error ? (
          <p className="tl-loading" role="status">
            {t('common:state.loading')}
          </p>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {marks.isFetching && marks.data ? <span className="tl-busy" aria-hidden="true" /> : null}
    </div>
  );
}
