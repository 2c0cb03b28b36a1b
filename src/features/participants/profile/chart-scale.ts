/** A round top for a chart's axis: 1, 2, 5, 10, 20, 50… at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** The quarter with the most consultations; the earliest of equals. */
export function busiestQuarter<T extends { period: string; total: number }>(
  quarters: readonly T[],
): T | null {
  let best: T | null = null;
  for (const q of quarters) if (q.total > 0 && (!best || q.total > best.total)) best = q;
  return best;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** `2020-Q4` in words: "Q4 2020", "4 кв. 2020 г.", "2020 ж. 4-тоқсан". */
export const quarterLabel = (period: string, t: T): string =>
  t('date.quarter', { quarter: Number(period.slice(6)), year: period.slice(0, 4) });
