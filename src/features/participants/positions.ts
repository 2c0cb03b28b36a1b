/** A position is current while it has no end, or its end is still ahead. */
export const isCurrent = (p: { to?: string | undefined }, today: string): boolean =>
  !p.to || p.to >= today;

/** The latest-begun position still held, if any. */
export function currentPosition<P extends { from?: string | undefined; to?: string | undefined }>(
  positions: readonly P[],
  today: string,
): P | undefined {
  return [...positions]
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
    .find((p) => isCurrent(p, today) && (!p.from || p.from <= today));
}
