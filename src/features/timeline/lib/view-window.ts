import { cellIndexOf, cellIndexStart, civilFromDays, daysFromCivil, epochDay, isoOfDay } from '@/api/schemas/timeline';

/**
 * The visible window of the time axis. A preset zoom shows one year, quarter or month (from any
 * day: a drag moves it by days, not by whole periods); a custom window is any period.
 */
export const presetZooms = ['year', 'quarter', 'month'] as const;
export type PresetZoom = (typeof presetZooms)[number];
export const zooms = [...presetZooms, 'custom'] as const;
export type Zoom = (typeof zooms)[number];

export interface ViewWindow {
  zoom: Zoom;
  /** First and last visible day (inclusive), as day numbers since 1970-01-01. */
  start: number;
  end: number;
}

export const MIN_WINDOW_DAYS = 7;
/** Forty years: beyond that a window shows nothing a head could read. */
export const MAX_WINDOW_DAYS = 366 * 40;

const monthsOf: Record<PresetZoom, number> = { year: 12, quarter: 3, month: 1 };

export const windowDays = (w: Pick<ViewWindow, 'start' | 'end'>): number => w.end - w.start + 1;

/** A day moved by whole months, kept within the month it lands in (31 Jan + 1 month = 29 Feb). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = civilFromDays(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const length = daysFromCivil(y, m + 1, 1) - daysFromCivil(y, m, 1);
  return daysFromCivil(y, m, Math.min(dom, length));
}

export function presetWindow(zoom: PresetZoom, start: number): ViewWindow {
  return { zoom, start, end: addMonths(start, monthsOf[zoom]) - 1 };
}

/** The calendar period of a preset that holds a day: the year, quarter or month of it. */
export function periodContaining(zoom: PresetZoom, day: number): ViewWindow {
  const unit = zoom === 'year' ? 'year' : zoom === 'quarter' ? 'quarter' : 'month';
  return presetWindow(zoom, cellIndexStart(cellIndexOf(day, unit), unit));
}

export function customWindow(start: number, end: number): ViewWindow {
  const from = Math.min(start, end);
  let to = Math.max(start, end);
  if (to - from + 1 < MIN_WINDOW_DAYS) to = from + MIN_WINDOW_DAYS - 1;
  if (to - from + 1 > MAX_WINDOW_DAYS) to = from + MAX_WINDOW_DAYS - 1;
  return { zoom: 'custom', start: from, end: to };
}

/** Whole years around the data: the default view shows everything there is. */
export function extentWindow(first: string | null, last: string | null, today: number): ViewWindow {
  if (!first || !last) return periodContaining('year', today);
  const from = daysFromCivil(Number(first.slice(0, 4)), 1, 1);
  const to = daysFromCivil(Number(last.slice(0, 4)) + 1, 1, 1) - 1;
  return customWindow(from, to);
}

/** The window moved by a number of days (a drag, a wheel); a preset keeps its length in months. */
export function shiftWindow(w: ViewWindow, days: number): ViewWindow {
  const shift = Math.round(days);
  if (!shift) return w;
  if (w.zoom === 'custom') return { ...w, start: w.start + shift, end: w.end + shift };
  return presetWindow(w.zoom, w.start + shift);
}

/** One step earlier or later: a whole year, quarter or month; a custom window by its own length. */
export function stepWindow(w: ViewWindow, direction: 1 | -1): ViewWindow {
  if (w.zoom === 'custom') return shiftWindow(w, direction * windowDays(w));
  return presetWindow(w.zoom, addMonths(w.start, direction * monthsOf[w.zoom]));
}

export const centreOf = (w: Pick<ViewWindow, 'start' | 'end'>): number => Math.floor((w.start + w.end) / 2);

/** A preset zoom at the period holding the current centre: "year" over 2019–2022 shows 2021. */
export function zoomTo(w: ViewWindow, zoom: PresetZoom): ViewWindow {
  return periodContaining(zoom, centreOf(w));
}

/** Zooming in steps custom → year → quarter → month; out steps back, and past a year to `wide`. */
export function zoomStep(w: ViewWindow, direction: 'in' | 'out', wide: ViewWindow): ViewWindow {
  const order: Zoom[] = ['custom', 'year', 'quarter', 'month'];
  if (direction === 'in') {
    if (w.zoom === 'custom') {
      // A custom window shorter than a year zooms in to the preset that fits inside it.
      const days = windowDays(w);
      const preset: PresetZoom = days > 366 ? 'year' : days > 92 ? 'quarter' : 'month';
      return zoomTo(w, preset);
    }
    const next = order[order.indexOf(w.zoom) + 1] as PresetZoom | undefined;
    return next ? zoomTo(w, next) : w;
  }
  if (w.zoom === 'month') return zoomTo(w, 'quarter');
  if (w.zoom === 'quarter') return zoomTo(w, 'year');
  if (w.zoom === 'year') return windowDays(wide) > windowDays(w) ? wide : customWindow(w.start - 365, w.end + 365);
  // Custom: twice as wide around the same centre.
  const days = windowDays(w);
  return customWindow(w.start - Math.ceil(days / 2), w.end + Math.ceil(days / 2));
}

/** A continuous zoom (ctrl + wheel) around an anchor day: a factor above 1 zooms out. */
export function scaleWindow(w: ViewWindow, factor: number, anchor: number): ViewWindow {
  const days = windowDays(w);
  const next = Math.min(MAX_WINDOW_DAYS, Math.max(MIN_WINDOW_DAYS, Math.round(days * factor)));
  const ratio = (anchor - w.start) / days;
  const start = Math.round(anchor - ratio * next);
  return customWindow(start, start + next - 1);
}

/** The window holding today, at the same zoom. */
export function todayWindow(w: ViewWindow, today: number): ViewWindow {
  if (w.zoom !== 'custom') return periodContaining(w.zoom, today);
  const half = Math.floor(windowDays(w) / 2);
  return customWindow(today - half, today - half + windowDays(w) - 1);
}

export const windowFrom = (w: ViewWindow): string => isoOfDay(w.start);
export const windowTo = (w: ViewWindow): string => isoOfDay(w.end);
export const sameWindow = (a: ViewWindow | null, b: ViewWindow | null): boolean =>
  a === b || (!!a && !!b && a.zoom === b.zoom && a.start === b.start && a.end === b.end);

export const todayDay = (now: Date = new Date()): number => epochDay(now.toISOString().slice(0, 10));
