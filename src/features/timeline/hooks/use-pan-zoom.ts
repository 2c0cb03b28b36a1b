import { useEffect, useRef, type RefObject } from 'react';

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
 * Drag and wheel on the timeline. While the pointer moves, only a CSS variable changes (the lanes
 * and the axis are shifted by a transform, with no re-render); when it is released, the window
 * moves once and the data follow. A drag that started on a mark does not also open it.
 */
export function usePanZoom(containerRef: RefObject<HTMLElement | null>, trackRef: RefObject<HTMLElement | null>, handlers: PanZoomHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

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

    const setPan = (px: number) => container.style.setProperty('--tl-pan', `${px}px`);
    const commit = (px: number) => {
      const days = -px / latest.current.pxPerDay();
      if (Math.round(days) === 0) setPan(0);
      else latest.current.onPan(days);
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
}
