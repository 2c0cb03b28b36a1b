import type { DataSet } from '@mocks/store/data-set';
import { generateDataSet } from './generate';

/**
 * The demo store: the two seed consultations, 23 hand-written plan consultations and 127
 * generated ones, 152 in all. It is the generator's output at that size, so the demo and the
 * large stores share every rule.
 */
export const DEMO_CONSULTATION_COUNT = 152;

export function createDemoData(): DataSet {
  return generateDataSet(DEMO_CONSULTATION_COUNT);
}
