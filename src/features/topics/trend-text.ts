type T = (key: string, options?: Record<string, unknown>) => string;

/** `2020-Q4` in the UI language, from the shared date words. */
export const quarterLabel = (period: string, t: T): string =>
  t('date.quarter', { quarter: Number(period.slice(6)), year: period.slice(0, 4) });

/** The busiest quarter of a series on an axis (the earliest of equals), or null when all are zero. */
export function peakOf(
  values: readonly number[],
  axis: readonly string[],
): { period: string; count: number } | null {
  let best = -1;
  values.forEach((v, i) => {
    if (v > 0 && (best < 0 || v > (values[best] ?? 0))) best = i;
  });
  return best < 0 ? null : { period: axis[best] ?? '', count: values[best] ?? 0 };
}
