import type { FollowUpRow, Period, PlaceRef, PlanItemWithFulfilment } from '@/api/schemas';
import type { HostSuggestion, PlanItemDraft, ProposalSource } from '@/api/schemas/planning';
import { periodsOverlap, shiftIntoPeriod } from '@/lib/plan-period';

export interface Offer {
  item: PlanItemWithFulfilment;
  source: Extract<ProposalSource, 'carry_over' | 'recurring'>;
  selected: boolean;
}

/**
 * What of a plan goes on into the next one: recurring rounds are repeated (offered ticked), items
 * not held are offered for carry-over (unticked: the planner decides), held one-off items are done.
 * An item already carried into another plan is offered unticked, so it is not planned twice.
 */
export function carryOverOffers(
  items: readonly PlanItemWithFulfilment[],
  alreadyCarried: ReadonlySet<string> = new Set(),
): Offer[] {
  const offers: Offer[] = [];
  for (const item of items) {
    if (item.deletedAt) continue;
    if (item.recurring)
      offers.push({ item, source: 'recurring', selected: !alreadyCarried.has(item.id) });
    else if (item.fulfilment !== 'held')
      offers.push({ item, source: 'carry_over', selected: false });
  }
  return offers;
}

/** A carry-over may not land in the period it comes from: the next plan starts after it. */
export const isSamePeriodCarryOver = (previous: Period, next: Period): boolean =>
  periodsOverlap(previous, next);

type PlaceOf = (placeId: string | null, date: string) => PlaceRef | null;

/** The next period's item for a round: moved by whole years into the period, host and place as suggested. */
export function carriedItemDraft(
  item: PlanItemWithFulfilment,
  period: Period,
  host: HostSuggestion,
  placeOf: PlaceOf,
): PlanItemDraft {
  const date = shiftIntoPeriod(item.period, period);
  return {
    title: item.title,
    description: item.description,
    bodyIds: [...item.bodyIds],
    period: date,
    place: placeOf(host.placeId, date.start),
    hostPartyId: host.hostPartyId,
    recurring: item.recurring,
    condition: item.condition,
    carriedFromItemId: item.id,
    fromFollowUp: null,
  };
}

/**
 * A follow-up as an item: its text, due date (moved into the period), place and condition; the
 * bodies that agreed on it hold it.
 */
export function followUpItemDraft(
  row: FollowUpRow,
  period: Period,
  host: HostSuggestion,
  placeOf: PlaceOf,
  bodyIds: readonly string[] = [],
): PlanItemDraft {
  const due = row.due ?? { start: period.start, precision: 'year' as const, approximate: false };
  const date = shiftIntoPeriod(due, period);
  return {
    title: row.text.slice(0, 500),
    description: '',
    bodyIds: [...bodyIds],
    period: date,
    place: placeOf(host.placeId, date.start) ?? row.place,
    hostPartyId: host.hostPartyId,
    recurring: false,
    condition: row.condition,
    carriedFromItemId: null,
    fromFollowUp: { consultationId: row.consultationId, followUpId: row.followUpId },
  };
}
