import type { DatePrecision } from '@/api/schemas';
import type { BookingRef, Clash } from '@/api/schemas/planning';
import type { PublicHoliday } from './holidays';

/** Something that takes people's time on known days: a plan item, a draft item or a consultation. */
export interface Booking {
  ref: BookingRef;
  /** First and last day it may take (inclusive). */
  span: { start: string; end: string };
  precision: DatePrecision;
  bodyIds: readonly string[];
  /** Heads of delegation: named on a consultation, or the heads of an item's bodies on its date. */
  personIds: readonly string[];
  /** The foreign parties it is held with. */
  counterpartIds: readonly string[];
  hostCountryCode: string | null;
  /** Ids of records that are the same meeting (an item and the consultations linked to it). */
  sameAs: readonly string[];
}

const DAY = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;

/** Only a meeting known to the day, lasting at most a week, can be "twice in one week". */
export const knownToTheWeek = (b: Pick<Booking, 'precision' | 'span'>): boolean =>
  b.precision === 'day' && dayNumber(b.span.end) - dayNumber(b.span.start) < 7;

/** A booking whose whole span lies in one calendar month: a month- or day-precision one. */
const monthOf = (b: Booking): string | null =>
  (b.precision === 'day' || b.precision === 'month') &&
  b.span.start.slice(0, 7) === b.span.end.slice(0, 7)
    ? b.span.start.slice(0, 7)
    : null;

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));

const sameMeeting = (a: Booking, b: Booking) =>
  (a.ref.kind === b.ref.kind && a.ref.id === b.ref.id) ||
  a.sameAs.includes(b.ref.id) ||
  b.sameAs.includes(a.ref.id);

function pairClashes(a: Booking, b: Booking): Clash[] {
  if (sameMeeting(a, b)) return [];
  const out: Clash[] = [];
  if (knownToTheWeek(a) && knownToTheWeek(b)) {
    const [first, second] = a.span.start <= b.span.start ? [a, b] : [b, a];
    const gap = dayNumber(second.span.start) - dayNumber(first.span.end);
    const bodyIds = shared(a.bodyIds, b.bodyIds);
    const personIds = shared(a.personIds, b.personIds);
    if (gap < 7 && (bodyIds.length || personIds.length)) {
      out.push({
        kind: 'booked_twice_in_week',
        item: a.ref,
        other: b.ref,
        bodyIds,
        personIds,
        partyIds: [],
        holiday: null,
      });
    }
  }
  const isItem = (x: Booking) => x.ref.kind !== 'consultation';
  const month = monthOf(a);
  if (isItem(a) && isItem(b) && month && month === monthOf(b)) {
    const partyIds = shared(a.counterpartIds, b.counterpartIds);
    if (partyIds.length)
      out.push({
        kind: 'same_counterpart_month',
        item: a.ref,
        other: b.ref,
        bodyIds: [],
        personIds: [],
        partyIds,
        holiday: null,
      });
  }
  return out;
}

/**
 * Warnings for a set of planned meetings: the same body or head of delegation booked twice
 * within a week, two items with the same counterpart in one month, and a meeting on a public
 * holiday of the host country. Each pair is reported once, on the checked booking (the earlier
 * one when both are checked). Warnings never block saving: a planner may have good reasons.
 */
export function detectClashes(
  checked: readonly Booking[],
  existing: readonly Booking[],
  holidaysOf: (countryCode: string, from: string, to: string) => readonly PublicHoliday[],
): Clash[] {
  const out: Clash[] = [];
  checked.forEach((a, i) => {
    for (const b of checked.slice(i + 1)) out.push(...pairClashes(a, b));
    for (const b of existing) out.push(...pairClashes(a, b));
    if (a.precision === 'day' && a.hostCountryCode) {
      const seen = new Set<string>();
      for (const holiday of holidaysOf(a.hostCountryCode, a.span.start, a.span.end)) {
        const name = JSON.stringify(holiday.name);
        if (seen.has(name)) continue;
        seen.add(name);
        out.push({
          kind: 'public_holiday',
          item: a.ref,
          other: null,
          bodyIds: [],
          personIds: [],
          partyIds: [],
          holiday: { date: holiday.date, countryCode: holiday.countryCode, name: holiday.name },
        });
      }
    }
  });
  return out.sort(
    (x, y) =>
      x.item.date.start.localeCompare(y.item.date.start) ||
      x.kind.localeCompare(y.kind) ||
      x.item.id.localeCompare(y.item.id),
  );
}
