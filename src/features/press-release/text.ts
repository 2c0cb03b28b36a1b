import type { Language } from '@/api/schemas';
import { normalizeForSearch } from '@/lib/search-text';

/** A word of the text, with where it stands and the key it is compared by. */
export interface Token {
  raw: string;
  /** Offset of the word in the text it was read from. */
  start: number;
  end: number;
  /** Normalised stem: declined forms of one word share it. */
  key: string;
  /** Written in capitals (ССТБД, CIS): compared whole, never stemmed. */
  acronym: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
}

const kazakhLetters = /[әғқңөұүһі]/giu;
const cyrillicLetters = /[а-яёәғқңөұүһі]/giu;
const latinLetters = /[a-z]/giu;

/** The language a text is written in: Kazakh letters decide between Kazakh and Russian. */
export function detectLanguage(text: string): Language {
  const kazakh = text.match(kazakhLetters)?.length ?? 0;
  const cyrillic = text.match(cyrillicLetters)?.length ?? 0;
  const latin = text.match(latinLetters)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return 'en';
  if (cyrillic >= latin) return kazakh >= Math.max(3, cyrillic * 0.01) ? 'kk' : 'ru';
  return 'en';
}

/**
 * Endings a press release puts on names ("Беларусьтің", "Республикасының", "комитетінде"), removed
 * in the reverse of the order Kazakh adds them: case, possessive, plural, then the adjective suffix
 * "-лық". Other derivational suffixes stay, so "жоспарлау" (planning) is not "жоспар" (plan).
 * Russian and English words lose one ending.
 */
// prettier-ignore
const kazakhStages: readonly (readonly string[])[] = [
  [
    'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нда', 'нде',
    'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'да', 'де',
    'та', 'те', 'ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'н',
  ],
  ['сы', 'сі', 'ы', 'і'],
  ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
  ['лығ', 'ліг', 'дығ', 'діг', 'тығ', 'тіг', 'лық', 'лік', 'дық', 'дік', 'тық', 'тік'],
];
// prettier-ignore
const russianEndings = [
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ых', 'их', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя',
  'ое', 'ее', 'ую', 'юю', 'ом', 'ем', 'ым', 'им', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ию', 'ия', 'ии', 'ие', 'ью',
  'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь',
];
const englishEndings = ['ies', 'es', 's'];
const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const stagesByLanguage: Record<Language, string[][]> = {
  kk: kazakhStages.map(byLength),
  ru: [byLength(russianEndings)],
  en: [byLength(englishEndings)],
};

/** The word without its endings, keeping at least four letters. */
export function stemWord(word: string, language: Language): string {
  let stem = word.toLocaleLowerCase('ru').replace(/ь$/u, '');
  for (const stage of stagesByLanguage[language]) {
    const ending = stage.find((e) => stem.endsWith(e) && stem.length - e.length >= 4);
    if (ending) stem = stem.slice(0, -ending.length);
  }
  return stem;
}

/**
 * Two stems name the same word when equal, or when one only adds a few letters to the other:
 * stemming is rough ("Қазақстан" loses "-тан" like an ablative, "Қазақстанның" keeps it).
 */
export function similarKeys(a: string, b: string, tolerance: number): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= tolerance && long.startsWith(short);
}

const wordPattern = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;
const acronymWithSuffix = /^([\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*)[-‐]\p{Ll}+$/u;
const isAcronym = (word: string) =>
  /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && [...word].length >= 2;

function makeToken(raw: string, start: number, language: Language): Token {
  const acronym = isAcronym(raw);
  return {
    raw,
    start,
    end: start + raw.length,
    key: acronym ? normalizeForSearch(raw) : normalizeForSearch(stemWord(raw, language)),
    acronym,
    capital: /^\p{Lu}/u.test(raw),
  };
}

/**
 * The words of a text. An acronym with a Kazakh case suffix ("ТМД-ның") is the acronym; other
 * hyphenated words ("Нұр-Сұлтан", "ақпараттық-талдау") are their parts, as names are split too.
 */
export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    const at = match.index;
    const withSuffix = acronymWithSuffix.exec(word);
    if (withSuffix?.[1]) {
      tokens.push(makeToken(withSuffix[1], at, language));
      continue;
    }
    let offset = 0;
    for (const part of word.split(/[-‐]/)) {
      const clean = part.replace(/['’]s$/u, '').replace(/['’]/gu, '');
      if (clean) tokens.push(makeToken(clean, at + offset, language));
      offset += part.length + 1;
    }
  }
  return tokens.filter((t) => t.key);
}

/** Sentences of a paragraph: a stop followed by a capital, a digit or an opening quote. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}«"“„])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lines of a news page that are navigation, not news. */
// prettier-ignore
const noiseLines = [
  'Басты', 'Басты бет', 'Басқа жаңалықтар', 'Соңғы жаңалықтар', 'Бөлісу', 'Пікірлер', 'Тағы оқыңыз', 'Оқи отырыңыз',
  'Главная', 'Главная страница', 'Другие новости', 'Последние новости', 'Поделиться', 'Читайте также', 'Комментарии',
  'Back to top button', 'Back to top', 'Home', 'Other news', 'Related news', 'Latest news', 'Share', 'Read more',
  'Related', 'Comments', 'Menu', 'Меню', 'Мәзір', 'Print', 'Печать', 'Басып шығару',
].map((line) => normalizeForSearch(line));

export function isNoiseLine(line: string): boolean {
  const key = normalizeForSearch(line);
  if (!key) return true;
  return noiseLines.includes(key);
}

/** Paragraphs of the pasted text without page noise: blank lines and line breaks both separate. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && !isNoiseLine(line));
}
