import type { FuzzyDate } from '@/api/schemas';
import type { HostSuggestion } from '@/api/schemas/planning';

/** A meeting held in person in one party's city: what alternation starts from. */
export interface Hosting {
  consultationId: string;
  title: string;
  date: FuzzyDate;
  hostPartyId: string;
  placeId: string | null;
}

export interface HostInput {
  /** The plan's parties in their order; hosting rotates through them. */
  partyIds: readonly string[];
  /** Meetings of this round held in person: the item's and those of the items it continues. */
  lineHistory: readonly Hosting[];
  /** Every meeting between the plan's parties held in person, for a round not held yet. */
  relationHistory: readonly Hosting[];
  /** A place agreed at a meeting ("next year in Nur-Sultan"): it wins over alternation. */
  agreed?: { placeId: string | null; hostPartyId: string | null } | null;
  /** Where the previous plan put the round; kept when nothing was ever held. */
  planned?: { hostPartyId: string | null; placeId: string | null } | null;
  /** A party's capital (a country) or seat (an organisation). */
  capitalOf: (partyId: string) => string | null;
}

const latest = (list: readonly Hosting[]): Hosting | undefined =>
  [...list].sort(
    (a, b) =>
      b.date.start.localeCompare(a.date.start) || b.consultationId.localeCompare(a.consultationId),
  )[0];

/**
 * Who hosts the next round and where. Capitals alternate: the round last held in Minsk is next
 * held in Astana (the party after the last host, in the plan's order, for more than two). A place
 * agreed at a meeting comes first; a round never held keeps the host the previous plan gave it.
 */
export function suggestHost(input: HostInput): HostSuggestion {
  const { partyIds, capitalOf } = input;
  if (input.agreed && (input.agreed.placeId || input.agreed.hostPartyId)) {
    const hostPartyId =
      input.agreed.hostPartyId && partyIds.includes(input.agreed.hostPartyId)
        ? input.agreed.hostPartyId
        : null;
    const placeId = input.agreed.placeId ?? (hostPartyId ? capitalOf(hostPartyId) : null);
    return { hostPartyId, placeId, reason: 'agreed', basedOn: null };
  }
  const inPlan = (h: Hosting) => partyIds.includes(h.hostPartyId);
  const last =
    latest(input.lineHistory.filter(inPlan)) ?? latest(input.relationHistory.filter(inPlan));
  if (last && partyIds.length > 1) {
    const next = partyIds[(partyIds.indexOf(last.hostPartyId) + 1) % partyIds.length] as string;
    return {
      hostPartyId: next,
      placeId: capitalOf(next),
      reason: 'alternation',
      basedOn: {
        consultationId: last.consultationId,
        title: last.title,
        date: last.date,
        hostPartyId: last.hostPartyId,
        placeId: last.placeId,
      },
    };
  }
  if (input.planned && (input.planned.hostPartyId || input.planned.placeId)) {
    return {
      hostPartyId: input.planned.hostPartyId,
      placeId: input.planned.placeId,
      reason: 'kept',
      basedOn: null,
    };
  }
  return { hostPartyId: null, placeId: null, reason: 'none', basedOn: null };
}
