import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** A drag shorter than this is a click. */
const DRAG_THRESHOLD_PX = 4;
/** Wheel panning is committed once the wheel rests this long. */
const WHEEL_SETTLE_MS = 160;

export interface PanZoomHandlers {
  /** The pixels of one day at the current zoom. */
  pxPerDay: () => number;
  /** A drag or wheel pan ended: move the window by this many days (negative: earlier). */
  onPan: (days: number) => void;
  /** Ctrl/⌘ + wheel: zoom by a factor (above 1: out) around the day under the pointer. */
  onZoom: (factor: number, anchorRatio: number) => void;
  onPanStart?: () => void;
}

/**
 * Shifts what is drawn on the time axis (the axis, the grid and every lane's track) by `px`. Each
 * layer gets its own transform: a variable set on the container would make the browser restyle
 * every mark on every pointer move, where this restyles a few dozen layers.
 */
export function shiftTrackLayers(container: HTMLElement, px: number): void {
  const transform = px ? `translateX(${px}px)` : '';
  for (const layer of container.querySelectorAll<HTMLElement | SVGElement>('.tl-track-layer')) {
    layer.style.transform = transform;
    layer.style.transformOrigin = '';
  }
}

/**
 * Shows the window `to` with what is drawn for the window `from` (both in days), at once: every
 * layer is stretched by `from.days / to.days` about the window's left edge and shifted, so a day
 * stands where the new window puts it. Marks look wider or narrower for the moment it takes to lay
 * them out anew; `shiftTrackLayers(container, 0)` puts them back.
 */
export function stretchTrackLayers(container: HTMLElement, windowWidth: number, from: { start: number; days: number }, to: { start: number; days: number }): void {
  const scale = from.days / to.days;
  const shift = ((from.start - to.start) * windowWidth) / to.days;
  for (const layer of container.querySelectorAll<HTMLElement | SVGElement>('.tl-track-layer')) {
    // A lane's layer starts before the window (it holds more than the window), where its track
    // starts: the window's edge, its origin, is that far into it. (offsetLeft ignores transforms.)
    const origin = layer instanceof HTMLElement ? -layer.offsetLeft : 0;
    layer.style.transformOrigin = `${origin}px 0`;
    layer.style.transform = `translateX(${shift}px) scaleX(${scale})`;
  }
}

/**
 * Drag and wheel on the timeline. While the pointer moves, the lanes and the axis are shifted by a
 * transform, with no re-render; when it is released, the window moves once and the data follow.
 * A drag that started on a mark does not also open it.
 */
export function usePanZoom(containerRef: RefObject<HTMLElement | null>, trackRef: RefObject<HTMLElement | null>, handlers: PanZoomHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  // The shift of a pan that was released but whose window is not drawn yet: a drag that starts
  // meanwhile continues from it.
  const released = useRef(0);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let drag: { id: number; x: number; dx: number; moved: boolean } | null = null;
    let suppressClick = false;
    let wheelDx = 0;
    let wheelTimer: ReturnType<typeof setTimeout> | null = null;
    let zoomFrame = 0;
    let zoomFactor = 1;
    let zoomAnchor = 0.5;

    const setPan = (px: number) => shiftTrackLayers(container, released.current + px);
    const commit = (px: number) => {
      const days = -px / latest.current.pxPerDay();
      if (Math.round(days) === 0) {
        setPan(0);
        return;
      }
      released.current += px;
      latest.current.onPan(days);
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || !event.isPrimary) return;
      const target = event.target as HTMLElement;
      // The lane names and their buttons are not part of the time axis.
      if (target.closest('.tl-lane-head, .tl-corner')) return;
      drag = { id: event.pointerId, x: event.clientX, dx: 0, moved: false };
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.id) return;
      drag.dx = event.clientX - drag.x;
      if (!drag.moved && Math.abs(drag.dx) > DRAG_THRESHOLD_PX) {
        drag.moved = true;
        try {
          container.setPointerCapture(drag.id);
        } catch {
          // A pointer the browser does not know (a synthetic one) cannot be captured; the drag works without.
        }
        container.classList.add('tl-dragging');
        latest.current.onPanStart?.();
      }
      if (drag.moved) setPan(drag.dx);
    };
    const onPointerUp = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.id) return;
      const { moved, dx } = drag;
      drag = null;
      container.classList.remove('tl-dragging');
      if (!moved) return;
      suppressClick = true;
      setTimeout(() => (suppressClick = false), 0);
      commit(dx);
    };
    const onClick = (event: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
    };
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const rect = trackRef.current?.getBoundingClientRect();
        zoomAnchor = rect && rect.width ? Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width)) : 0.5;
        zoomFactor *= Math.exp(event.deltaY * 0.0015);
        if (!zoomFrame) {
          zoomFrame = requestAnimationFrame(() => {
            zoomFrame = 0;
            const factor = zoomFactor;
            zoomFactor = 1;
            latest.current.onZoom(factor, zoomAnchor);
          });
        }
        return;
      }
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
      if (!horizontal) return;
      event.preventDefault();
      if (!wheelDx) latest.current.onPanStart?.();
      wheelDx -= horizontal;
      setPan(wheelDx);
      if (wheelTimer) clearTimeout(wheelTimer);
      wheelTimer = setTimeout(() => {
        const dx = wheelDx;
        wheelDx = 0;
        commit(dx);
      }, WHEEL_SETTLE_MS);
    };

    container.addEventListener('pointerdown', onPointerDown);
    container.addEventListener('pointermove', onPointerMove);
    container.addEventListener('pointerup', onPointerUp);
    container.addEventListener('pointercancel', onPointerUp);
    container.addEventListener('click', onClick, true);
    container.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('pointermove', onPointerMove);
      container.removeEventListener('pointerup', onPointerUp);
      container.removeEventListener('pointercancel', onPointerUp);
      container.removeEventListener('click', onClick, true);
      container.removeEventListener('wheel', onWheel);
      if (wheelTimer) clearTimeout(wheelTimer);
      if (zoomFrame) cancelAnimationFrame(zoomFrame);
    };
  }, [containerRef, trackRef]);

  /** The moved window is drawn: the lanes stand where they belong, unshifted. */
  const settle = useCallback(() => {
    released.current = 0;
    if (containerRef.current) shiftTrackLayers(containerRef.current, 0);
  }, [containerRef]);
  return { settle };
}
