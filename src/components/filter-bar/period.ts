/** The quick period choices of the filter bar: a whole year, or a quarter of it. */

export type Quarter = 1 | 2 | 3 | 4;
export const quarters: readonly Quarter[] = [1, 2, 3, 4];

const quarterEnds = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' } as const;
const quarterStarts = { 1: '01-01', 2: '04-01', 3: '07-01', 4: '10-01' } as const;

export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export const quarterPeriod = (year: number, quarter: Quarter) => ({
  from: `${year}-${quarterStarts[quarter]}`,
  to: `${year}-${quarterEnds[quarter]}`,
});

/**
 * Which quick choice a period is, if any, so the year and quarter selects show what the date fields
 * hold (a period typed by hand, or read from a link, selects them too).
 */
export function quickChoiceOf(
  from: string | undefined,
  to: string | undefined,
): { year: number; quarter: Quarter | null } | null {
  if (!from || !to) return null;
  const year = Number(from.slice(0, 4));
  if (!Number.isInteger(year) || to.slice(0, 4) !== from.slice(0, 4)) return null;
  const whole = yearPeriod(year);
  if (from === whole.from && to === whole.to) return { year, quarter: null };
  for (const quarter of quarters) {
    const q = quarterPeriod(year, quarter);
    if (from === q.from && to === q.to) return { year, quarter };
  }
  return null;
}

/**
 * The years to offer: a span around today (plans look a year or two ahead), every year that holds
 * consultations (from the facets, which follow the filters, so they only ever add), and the year
 * already chosen.
 */
export function yearChoices(
  facetYears: readonly string[] | undefined,
  chosen: number | null = null,
  today: Date = new Date(),
): number[] {
  const current = today.getUTCFullYear();
  const years = new Set<number>();
  for (let y = current - 6; y <= current + 2; y += 1) years.add(y);
  for (const y of facetYears ?? []) {
    const n = Number(y);
    if (Number.isInteger(n) && n > 0) years.add(n);
  }
  if (chosen !== null) years.add(chosen);
  return [...years].sort((a, b) => b - a);
}
