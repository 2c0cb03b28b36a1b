export { createDemoData, DEMO_CONSULTATION_COUNT } from './demo';
export { generateDataSet } from './generate';
export { DEMO_AS_OF } from './records';
export * from './ids';

/** Store sizes offered for performance work (consultations). */
export const demoSizes = [1000, 10000, 50000] as const;
