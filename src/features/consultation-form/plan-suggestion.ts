import type { PlanItemWithFulfilment, PlanWithFulfilment } from '@/api/schemas';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import type { PastedProposal } from './prefill';

/** What a proposal is matched on: who met, when, which bodies led, and whether a plan was named. */
type Proposal = Pick<PastedProposal, 'partyIds' | 'date' | 'delegations' | 'mentionsPlan'>;

/** Plans that are or were in force: a draft is not yet what meetings are held under. */
const agreed = new Set<PlanWithFulfilment['status']>(['approved', 'in_force', 'expired']);

/**
 * The plans a proposal may have been held under: it says it was held under a cooperation plan,
 * every party of the meeting is a party of the plan, and its date falls in the plan's period.
 */
export function plansFor(proposal: Proposal, plans: readonly PlanWithFulfilment[]): PlanWithFulfilment[] {
  const { date } = proposal;
  if (!proposal.mentionsPlan || !date || proposal.partyIds.length === 0) return [];
  return plans.filter(
    (plan) =>
      !plan.deletedAt &&
      agreed.has(plan.status) &&
      proposal.partyIds.every((id) => plan.partyIds.includes(id)) &&
      plan.period.start <= date.start &&
      date.start <= plan.period.end,
  );
}

/**
 * The plan item a pasted consultation most likely fulfils, or null when none fits or two fit
 * equally well (the person then chooses in the form). An item fits when its planned period
 * overlaps the meeting's date; one led by the same bodies fits better than one still open, and
 * an open one better than one already held.
 */
export function suggestPlanItem(
  proposal: Proposal,
  plans: readonly PlanWithFulfilment[],
  itemsOf: (planId: string) => readonly PlanItemWithFulfilment[] | undefined,
): PlanItemWithFulfilment | null {
  const { date } = proposal;
  if (!date) return null;
  const from = date.start;
  const to = fuzzyDateEnd(date);
  const bodies = new Set(proposal.delegations.map((d) => d.leadBodyId).filter(Boolean));
  const scored = plansFor(proposal, plans)
    .flatMap((plan) => itemsOf(plan.id) ?? [])
    .filter((item) => !item.deletedAt && item.period.start <= to && from <= fuzzyDateEnd(item.period))
    .map((item) => ({
      item,
      score: (item.bodyIds.some((id) => bodies.has(id)) ? 2 : 0) + (item.fulfilment === 'held' ? 0 : 1),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || (next && next.score === best.score)) return null;
  return best.item;
}
