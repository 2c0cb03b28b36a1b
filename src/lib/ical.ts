import type { ConsultationStatus, Fulfilment, FuzzyDate } from '@/api/schemas';
import { fuzzyDateEnd, nextDay } from './fuzzy-date';

export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/** One VEVENT: an all-day event over the days a date stands for. */
export interface CalendarEvent {
  /** Stable across exports, so a calendar updates the event instead of adding a copy. */
  uid: string;
  summary: string;
  date: FuzzyDate;
  status: EventStatus;
  description?: string;
  location?: string;
  url?: string;
  categories?: readonly string[];
  /** Bumped by every change of the record (its version), so calendars take the newer copy. */
  sequence?: number;
  lastModified?: string;
}

/**
 * How sure an event is. Cancelled ones say so; a date known only to the month, quarter or year,
 * an approximate one, a conditional one, a postponed or overdue one is tentative; a meeting fixed
 * to the day, planned or held, is confirmed.
 */
export function eventStatus(
  date: FuzzyDate,
  state: ConsultationStatus | Fulfilment,
  conditional = false,
): EventStatus {
  if (state === 'cancelled') return 'CANCELLED';
  if (date.precision !== 'day' || date.approximate || conditional) return 'TENTATIVE';
  return state === 'held' || state === 'planned' ? 'CONFIRMED' : 'TENTATIVE';
}

const PRODID = '-//Kenes//Consultations and cooperation plans//EN';
const UID_DOMAIN = 'kenes.example';

/** A calendar of events, written with ical.js (loaded only when a file is made). */
export async function eventsToIcs(
  events: readonly CalendarEvent[],
  options: { calendarName: string; now?: Date },
): Promise<string> {
  const { default: ICAL } = await import('ical.js');
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', PRODID);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', options.calendarName);
  const stamp = ICAL.Time.fromJSDate(options.now ?? new Date(), true);
  for (const event of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.updatePropertyWithValue('uid', event.uid);
    vevent.updatePropertyWithValue('dtstamp', stamp);
    // All-day: DTSTART and an exclusive DTEND as DATE values, no time zone to get wrong.
    vevent.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(event.date.start));
    vevent.updatePropertyWithValue(
      'dtend',
      ICAL.Time.fromDateString(nextDay(fuzzyDateEnd(event.date))),
    );
    vevent.updatePropertyWithValue('summary', event.summary);
    vevent.updatePropertyWithValue('status', event.status);
    vevent.updatePropertyWithValue('transp', 'TRANSPARENT');
    if (event.description) vevent.updatePropertyWithValue('description', event.description);
    if (event.location) vevent.updatePropertyWithValue('location', event.location);
    if (event.url) vevent.updatePropertyWithValue('url', event.url);
    if (event.sequence !== undefined) vevent.updatePropertyWithValue('sequence', event.sequence);
    if (event.lastModified)
      vevent.updatePropertyWithValue(
        'last-modified',
        ICAL.Time.fromJSDate(new Date(event.lastModified), true),
      );
    if (event.categories?.length) {
      const categories = new ICAL.Property('categories', vevent);
      categories.setValues([...event.categories]);
      vevent.addProperty(categories);
    }
    calendar.addSubcomponent(vevent);
  }
  return `${calendar.toString()}\r\n`;
}

/** What a consultation needs to become an event; ConsultationSummary and Consultation fit. */
export interface IcsConsultation {
  id: string;
  title: string;
  status: ConsultationStatus;
  date: FuzzyDate;
  condition?: string;
  city?: string;
  version?: number;
  updatedAt?: string;
}

export interface IcsOptions<T> {
  calendarName: string;
  now?: Date;
  locationOf?: (item: T) => string;
  descriptionOf?: (item: T) => string;
  urlOf?: (item: T) => string | undefined;
  categoriesOf?: (item: T) => readonly string[];
}

const sequenceOf = (version: number | undefined) =>
  version === undefined ? undefined : Math.max(0, version - 1);

/** Any set of consultations (a filtered list) as a calendar: one event each. */
export function consultationsToIcs<T extends IcsConsultation>(
  items: readonly T[],
  options: IcsOptions<T>,
): Promise<string> {
  const events = items.map((c): CalendarEvent => ({
    uid: `consultation-${c.id}@${UID_DOMAIN}`,
    summary: c.title,
    date: c.date,
    status: eventStatus(c.date, c.status, Boolean(c.condition)),
    location: options.locationOf ? options.locationOf(c) : (c.city ?? ''),
    description: options.descriptionOf?.(c) ?? '',
    url: options.urlOf?.(c),
    categories: options.categoriesOf?.(c),
    sequence: sequenceOf(c.version),
    lastModified: c.updatedAt,
  }));
  return eventsToIcs(events, options);
}

/** What a plan item needs to become an event; PlanItemWithFulfilment fits. */
export interface IcsPlanItem {
  id: string;
  title: string;
  period: FuzzyDate;
  fulfilment: Fulfilment;
  condition?: string;
  version?: number;
  updatedAt?: string;
}

/** A plan's items as a calendar to send: one event each, over its planned period. */
export function planToIcs<T extends IcsPlanItem>(
  plan: { id: string; title: string },
  items: readonly T[],
  options: Partial<IcsOptions<T>> = {},
): Promise<string> {
  const events = items.map((item): CalendarEvent => ({
    uid: `plan-item-${item.id}@${UID_DOMAIN}`,
    summary: item.title,
    date: item.period,
    status: eventStatus(item.period, item.fulfilment, Boolean(item.condition)),
    location: options.locationOf?.(item) ?? '',
    description: options.descriptionOf?.(item) ?? '',
    url: options.urlOf?.(item),
    categories: options.categoriesOf?.(item) ?? [plan.title],
    sequence: sequenceOf(item.version),
    lastModified: item.updatedAt,
  }));
  return eventsToIcs(events, {
    calendarName: options.calendarName ?? plan.title,
    now: options.now,
  });
}
