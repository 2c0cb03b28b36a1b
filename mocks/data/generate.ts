import type { Consultation, PlanItem } from '@/api/schemas';
import type { DataSet } from '@mocks/store/data-set';
import { createDirectory } from './directory';
import { generateConsultations } from './generate-consultations';
import { createHistory } from './history';
import { createPlanConsultations } from './plan-consultations';
import { createPlans } from './plans';
import { createSeedConsultations } from './seed-consultations';

/** One seed for every size, so a small store's generated records are also in the larger ones. */
const GENERATOR_SEED = 20201222;

/**
 * A store with exactly `size` consultations: the demo directory and plans, the two seed
 * consultations, the hand-written plan consultations, then generated ones spread over
 * 2019–2022. Deterministic: the same size always gives the same data.
 */
export function generateDataSet(size: number): DataSet {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`size must be a positive integer, got ${size}`);
  const directory = createDirectory();
  const { plans, planItems } = createPlans();
  const fixed = [...createSeedConsultations(), ...createPlanConsultations()];
  const consultations =
    size <= fixed.length
      ? fixed.slice(0, size)
      : [...fixed, ...generateConsultations(size - fixed.length, GENERATOR_SEED)];
  if (size < fixed.length) dropDanglingLinks(consultations, planItems);
  const data = { ...directory, plans, planItems, consultations };
  return { ...data, history: createHistory(data) };
}

/** A tiny store leaves out some hand-written meetings: forget links that would point at them. */
function dropDanglingLinks(consultations: Consultation[], planItems: PlanItem[]): void {
  const ids = new Set(consultations.map((c) => c.id));
  for (const c of consultations) {
    for (const f of c.followUps) {
      if (f.becameConsultationId && !ids.has(f.becameConsultationId)) {
        f.becameConsultationId = null;
        if (!f.becamePlanItemId) f.status = 'open';
      }
    }
  }
  for (const item of planItems) {
    if (item.fromFollowUp && !ids.has(item.fromFollowUp.consultationId)) item.fromFollowUp = null;
  }
}
