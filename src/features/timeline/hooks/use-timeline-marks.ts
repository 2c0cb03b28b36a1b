import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { timelineKeys, timelineQueries, type TimelineMarksParams } from '@/api/queries/timeline';
import { epochDay, isoOfDay, type TimelineGrouping } from '@/api/schemas/timeline';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';
import { cellUnitFor, covers, fetchRange } from '../lib/fetch-range';
import type { Scale } from '../lib/layout';
import { windowDays, type ViewWindow } from '../lib/view-window';

/** A lane's cell with more consultations than this is sent as a count. */
export const MAX_PER_CELL = 4;
/** How long after its frame a moved window's request waits, so that frame is shown first. */
const PRESENT_DELAY_MS = 50;

/** The question the marks of a window, drawn `width` pixels wide, are asked with. */
export function marksParams(
  window: ViewWindow | null,
  width: number,
  filters: Omit<ConsultationFilterParams, 'from' | 'to'>,
  groupBy: TimelineGrouping,
): TimelineMarksParams | null {
  if (!window || width <= 0) return null;
  const range = fetchRange(window, cellUnitFor({ start: window.start, days: windowDays(window), width }));
  return { ...filters, from: isoOfDay(range.from), to: isoOfDay(range.to), groupBy, unit: range.unit, maxPerCell: MAX_PER_CELL };
}

/**
 * The marks for a window: asks for a range a little wider than the window (in calendar tiles, so
 * pans reuse answers), and keeps showing the previous answer while the next one loads.
 */
export function useTimelineMarks(
  window: ViewWindow | null,
  width: number,
  filters: Omit<ConsultationFilterParams, 'from' | 'to'>,
  groupBy: TimelineGrouping,
) {
  const start = window?.start;
  const days = window ? windowDays(window) : 0;
  const scale: Scale | null = useMemo(() => (start !== undefined && width > 0 ? { start, days, width } : null), [start, days, width]);
  const unit = scale ? cellUnitFor(scale) : null;
  const params = marksParams(window, width, filters, groupBy);
  // A new range is asked for after the next paint: the window first moves (with the data already
  // there), and the request, its answer's parsing and drawing follow.
  const queryClient = useQueryClient();
  const wanted = params ? JSON.stringify(params) : '';
  const latest = useRef(params);
  latest.current = params;
  const [asked, setAsked] = useState<TimelineMarksParams | null>(params);
  const askedKey = asked ? JSON.stringify(asked) : '';
  const askedRef = useRef(asked);
  askedRef.current = asked;
  const cached = params !== null && queryClient.getQueryData(timelineKeys.marks(params)) !== undefined;
  useEffect(() => {
    const next = latest.current;
    if (wanted === askedKey || !next) return;
    // Only a moved window has something to paint first; new filters ask at once.
    const before = askedRef.current;
    const moved = !before || before.from !== next.from || before.to !== next.to || before.unit !== next.unit;
    if (cached || !moved) {
      setAsked(next);
      return;
    }
    // Two cores are shared by the page, its embedded API and the compositor: the request waits
    // until the moved window has been drawn and shown.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAsked(next), PRESENT_DELAY_MS);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [wanted, askedKey, cached]);
  const current = cached ? params : asked;
  const query = useQuery({
    ...timelineQueries.marks(current ?? { from: '', to: '', groupBy, unit: 'month' }),
    enabled: current !== null,
  });
  const data = query.data;
  const dataRange = useMemo(() => (data ? { from: epochDay(data.from), to: epochDay(data.to), unit: data.unit } : null), [data]);
  // The answer on screen is for this window (not a placeholder from the previous one).
  const isCurrent = Boolean(data && !query.isPlaceholderData && current && JSON.stringify(current) === wanted);
  return {
    scale,
    unit,
    data,
    dataRange,
    current: isCurrent,
    /** The data on screen covers the whole window (a placeholder may cover part of it). */
    complete: Boolean(dataRange && window && covers(dataRange, window) && (isCurrent || dataRange.unit === unit)),
    isLoading: query.isPending && params !== null,
    isFetching: query.isFetching,
    error: query.error,
    dataUpdatedAt: query.dataUpdatedAt,
    refetch: query.refetch,
  };
}

export type TimelineMarksState = ReturnType<typeof useTimelineMarks>;
