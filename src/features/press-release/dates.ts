import type { DatePrecision } from '@/api/schemas';

/** A date the text gives, where it stands, and whether it counts from the item's own date. */
export interface DateMention {
  start: string;
  end?: string;
  precision: DatePrecision;
  approximate: boolean;
  index: number;
  length: number;
  /** "next year": resolved against the item's date. */
  relative: boolean;
}

// prettier-ignore
const monthStems: readonly (readonly string[])[] = [
  ['қаңтар', 'январ', 'january', 'jan'],
  ['ақпан', 'феврал', 'february', 'feb'],
  ['наурыз', 'март', 'march', 'mar'],
  ['сәуір', 'апрел', 'april', 'apr'],
  ['мамыр', 'мая', 'мае', 'май', 'may'],
  ['маусым', 'июн', 'june', 'jun'],
  ['шілде', 'июл', 'july', 'jul'],
  ['тамыз', 'август', 'august', 'aug'],
  ['қыркүйек', 'сентябр', 'september', 'sept', 'sep'],
  ['қазан', 'октябр', 'october', 'oct'],
  ['қараша', 'ноябр', 'november', 'nov'],
  ['желтоқсан', 'декабр', 'december', 'dec'],
];
const monthAlternation = monthStems
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A month name with whatever ending it carries ("желтоқсанында", "декабря", "Dec."). */
const MONTH = `(${monthAlternation})[\\p{L}]*\\.?`;

export function monthOf(word: string): number | null {
  const lower = word.toLocaleLowerCase('ru');
  const index = monthStems.findIndex((stems) => stems.some((s) => lower.startsWith(s)));
  return index < 0 ? null : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// prettier-ignore
const quarterWords: Record<string, number> = {
  бірінші: 1, екінші: 2, үшінші: 3, төртінші: 4,
  первом: 1, втором: 2, третьем: 3, четвертом: 4, четвёртом: 4, первый: 1, второй: 2, третий: 3, четвертый: 4, четвёртый: 4,
  first: 1, second: 2, third: 3, fourth: 4,
  i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
};
const QUARTER_WORD =
  '(бірінші|екінші|үшінші|төртінші|первом|втором|третьем|четв[её]ртом|первый|второй|третий|четв[её]ртый|first|second|third|fourth|IV|III|II|I|[1-4])';

type Builder = (m: RegExpExecArray) => Omit<DateMention, 'index' | 'length' | 'approximate'> | null;

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const rx = (source: string) => new RegExp(source, 'giu');

const num = (s: string | undefined) => Number(s ?? NaN);

function dayRange(year: number, month: number, day: number, endDay?: number) {
  const start = isoDay(year, month, day);
  if (!start) return null;
  const end = endDay !== undefined ? isoDay(year, month, endDay) : null;
  return end && end > start
    ? { start, end, precision: 'day' as const, relative: false }
    : { start, precision: 'day' as const, relative: false };
}

/** Patterns from the most precise to the least; a span taken by one is not read again. */
const patterns: readonly [RegExp, Builder][] = [
  // 2020 жылдың 22 желтоқсаны / 2020 жылғы 22-23 желтоқсанда
  [
    rx(
      `${L}(\\d{4})\\s*ж(?:ыл(?:дың|ғы|ы)?|\\.)?\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s*-?\\s*${MONTH}`,
    ),
    (m) => {
      const month = monthOf(m[4] ?? '');
      return month ? dayRange(num(m[1]), month, num(m[2]), m[3] ? num(m[3]) : undefined) : null;
    },
  ],
  // 22 желтоқсан 2020 / 22 декабря 2020 года / 21–22 December 2020
  [
    rx(`${L}(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+${MONTH}\\s+(\\d{4})${R}`),
    (m) => {
      const month = monthOf(m[3] ?? '');
      return month ? dayRange(num(m[4]), month, num(m[1]), m[2] ? num(m[2]) : undefined) : null;
    },
  ],
  // December 22, 2020 / Dec. 21–22, 2020
  [
    rx(`${L}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?,?\\s+(\\d{4})${R}`),
    (m) => {
      const month = monthOf(m[1] ?? '');
      return month ? dayRange(num(m[4]), month, num(m[2]), m[3] ? num(m[3]) : undefined) : null;
    },
  ],
  // 12.11.2021
  [
    rx(`${L}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${R}`),
    (m) => dayRange(num(m[3]), num(m[2]), num(m[1])),
  ],
  // 2021-11-12
  [rx(`${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`), (m) => dayRange(num(m[1]), num(m[2]), num(m[3]))],
  // 2020 жылдың бірінші тоқсанында / в первом квартале 2021 года / in the first quarter of 2021 / Q1 2021
  [
    rx(`${L}(\\d{4})\\s*ж(?:ыл(?:дың|ғы)?)?\\s+${QUARTER_WORD}(?:-?\\s*ші)?\\s+тоқсан`),
    (m) => quarter(num(m[1]), m[2]),
  ],
  [
    rx(`${L}${QUARTER_WORD}(?:-?м)?\\s+квартал\\p{L}*\\s+(\\d{4})`),
    (m) => quarter(num(m[2]), m[1]),
  ],
  [rx(`${L}${QUARTER_WORD}\\s+quarter\\s+of\\s+(\\d{4})`), (m) => quarter(num(m[2]), m[1])],
  [rx(`${L}Q([1-4])\\s+(\\d{4})${R}`), (m) => quarter(num(m[2]), m[1])],
  // 2020 жылдың желтоқсанында / в декабре 2020 года / December 2020
  [rx(`${L}(\\d{4})\\s*ж(?:ыл(?:дың|ғы)?)?\\s+${MONTH}`), (m) => month(num(m[1]), m[2])],
  [rx(`${L}${MONTH}\\s+(\\d{4})${R}`), (m) => month(num(m[2]), m[1])],
  // келесі жылы / в следующем году / next year
  [
    rx(`${L}(?:келесі|алдағы)\\s+жыл(?:ы|да)${R}`),
    () => ({ start: '', precision: 'year', relative: true }),
  ],
  [
    rx(`${L}(?:в|на)\\s+(?:следующем|будущем|следующий|будущий)\\s+год(?:у)?${R}`),
    () => ({ start: '', precision: 'year', relative: true }),
  ],
  [rx(`${L}next\\s+year${R}`), () => ({ start: '', precision: 'year', relative: true })],
  // 2021 жылы / в 2021 году / in 2021 (not a span such as "2020-2021 жылдарға")
  [rx(`${L}(?<![-–]\\s?)(\\d{4})\\s*жылы${R}`), (m) => year(num(m[1]))],
  [rx(`${L}в\\s+(\\d{4})\\s+году${R}`), (m) => year(num(m[1]))],
  [rx(`${L}in\\s+(\\d{4})${R}(?!\\s*[-–])`), (m) => year(num(m[1]))],
];

function quarter(y: number, word: string | undefined) {
  const q = quarterWords[(word ?? '').toLocaleLowerCase('ru')];
  if (!q || !Number.isFinite(y)) return null;
  return {
    start: `${y}-${pad((q - 1) * 3 + 1)}-01`,
    precision: 'quarter' as const,
    relative: false,
  };
}
function month(y: number, word: string | undefined) {
  const m = monthOf(word ?? '');
  if (!m || !Number.isFinite(y)) return null;
  return { start: `${y}-${pad(m)}-01`, precision: 'month' as const, relative: false };
}
function year(y: number) {
  if (!Number.isFinite(y)) return null;
  return { start: `${y}-01-01`, precision: 'year' as const, relative: false };
}

const approximateBefore =
  /(?:шамамен|шамасында|примерно|ориентировочно|около|приблизительно|about|around|approximately|circa|c\.)\s*$/iu;

/** Every date mentioned in a text, in the order they appear; relative ones have no start yet. */
export function findDates(text: string): DateMention[] {
  const taken: [number, number][] = [];
  const found: DateMention[] = [];
  for (const [pattern, build] of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const index = m.index;
      const length = m[0].length;
      if (taken.some(([a, b]) => index < b && index + length > a)) continue;
      const built = build(m);
      if (!built) continue;
      taken.push([index, index + length]);
      const approximate = approximateBefore.test(text.slice(Math.max(0, index - 20), index));
      found.push({ ...built, approximate, index, length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A relative mention made absolute against the item's date ("next year" of 2020 is 2021). */
export function resolveRelative(
  mention: DateMention,
  reference: string | null,
): DateMention | null {
  if (!mention.relative) return mention;
  if (!reference) return null;
  return { ...mention, start: `${Number(reference.slice(0, 4)) + 1}-01-01`, relative: false };
}

/** A line that is only a date (and maybe a time): the item's publication date on a news page. */
export function standaloneDate(line: string): string | null {
  const stripped = line
    .replace(/\b\d{1,2}:\d{2}\b/g, '')
    .replace(/[,|·•\s]+$/u, '')
    .trim();
  const mentions = findDates(stripped);
  const first = mentions[0];
  if (mentions.length !== 1 || !first || first.precision !== 'day' || first.relative) return null;
  const rest = (
    stripped.slice(0, first.index) + stripped.slice(first.index + first.length)
  ).replace(/[\s,.|·•-]|ж\.|г\.|год[а]?|жыл[ы]?/giu, '');
  return rest ? null : first.start;
}
