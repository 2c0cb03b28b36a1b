/**
 * A small seeded random source. Demo data must be identical on every run (tests compare two
 * calls, screenshots and bookmarks rely on stable ids), so nothing here touches Math.random.
 */

/** mulberry32: a 32-bit generator, tiny and fast; plenty for picking demo values. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a record id into a seed, so a hand-written record gets its own stable stream. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type Weighted<T> = readonly (readonly [T, number])[];

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: Weighted<T>): T;
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted<T>(entries: Weighted<T>): T {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample<T>(items: readonly T[], count: number): T[] {
      // Rejection on indices rather than copying the list: it is called tens of thousands of
      // times for two or three items out of a handful.
      const wanted = Math.min(count, items.length);
      const chosen: number[] = [];
      const out: T[] = [];
      while (out.length < wanted) {
        const index = Math.floor(next() * items.length);
        if (chosen.includes(index)) continue;
        chosen.push(index);
        const item = items[index];
        if (item !== undefined) out.push(item);
      }
      return out;
    },
  };
}

/**
 * A weighted choice over a fixed table, with the running totals worked out once: the generator
 * picks from the same tables tens of thousands of times.
 */
export function weightedPicker<T>(entries: Weighted<T>): (random: Random) => T {
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return (random) => {
    const roll = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? total) > roll) hi = mid;
      else lo = mid + 1;
    }
    const value = values[lo];
    if (value === undefined) throw new Error('weighted pick from an empty list');
    return value;
  };
}
