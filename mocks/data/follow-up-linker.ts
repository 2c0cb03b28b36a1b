import type { Consultation, ConsultationKind, FollowUp } from '@/api/schemas';
import { periodEnd, periodStart } from './dates';
import type { Random } from './prng';
import { DEMO_AS_OF } from './records';

/** Open follow-ups of one counterpart, by the first day of the year or quarter they are due in. */
interface Due {
  year: Map<string, FollowUp[]>;
  quarter: Map<string, FollowUp[]>;
}

/**
 * Answers follow-ups ("the next round next year") with the meetings that came after them, in one
 * pass over consultations generated in date order: the first meeting with the same counterpart
 * (the partner of a bilateral meeting, the organisation of a multilateral one) in a follow-up's
 * due year or quarter answers it. Follow-ups are bucketed by that period, so each meeting looks
 * up two buckets instead of scanning: this stays cheap at 50,000 records.
 *
 * Generated follow-ups are due "next year" or "in two quarters", so the due period always starts
 * after the meeting that agreed it; other precisions are left open.
 */
export class FollowUpLinker {
  private readonly due: Record<ConsultationKind, Map<string, Due>> = {
    bilateral: new Map(),
    multilateral: new Map(),
  };
  private readonly all: FollowUp[] = [];

  /** Call for each consultation in date order: it answers what is due, then adds its own. */
  add(c: Consultation): void {
    this.answer(c);
    for (const followUp of c.followUps) {
      const precision = followUp.due?.precision;
      if (followUp.status !== 'open' || followUp.becameConsultationId || !followUp.due) continue;
      if (precision !== 'year' && precision !== 'quarter') continue;
      this.all.push(followUp);
      const map = this.due[c.kind];
      const key = counterpartId(c);
      let due = map.get(key);
      if (!due) {
        due = { year: new Map(), quarter: new Map() };
        map.set(key, due);
      }
      const buckets = due[precision];
      const bucket = buckets.get(followUp.due.start);
      if (bucket) bucket.push(followUp);
      else buckets.set(followUp.due.start, [followUp]);
    }
  }

  /** Follow-ups nobody answered before they fell due are sometimes dropped. */
  finish(rng: Random): void {
    for (const followUp of this.all) {
      if (followUp.status !== 'open' || !followUp.due) continue;
      const end = periodEnd(followUp.due.start, followUp.due.precision);
      if (end < DEMO_AS_OF && rng.chance(0.35)) followUp.status = 'dropped';
    }
  }

  private answer(c: Consultation): void {
    if (c.status === 'cancelled') return;
    const due = this.due[c.kind].get(counterpartId(c));
    if (!due) return;
    const start = c.date.start;
    this.take(due.year, periodStart(start, 'year'), c);
    this.take(due.quarter, periodStart(start, 'quarter'), c);
  }

  private take(buckets: Map<string, FollowUp[]>, period: string, c: Consultation): void {
    const bucket = buckets.get(period);
    if (!bucket) return;
    for (const followUp of bucket) {
      followUp.becameConsultationId = c.id;
      followUp.status = c.status === 'held' ? 'done' : 'planned';
    }
    buckets.delete(period);
  }
}

function counterpartId(c: Consultation): string {
  const counterpart = c.kind === 'bilateral' ? c.delegations[1] : c.delegations[0];
  return counterpart?.partyId ?? '';
}
