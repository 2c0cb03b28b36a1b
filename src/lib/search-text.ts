/**
 * Normalises text for search so that case, diacritics, ё/е and the Kazakh letters do not get in
 * the way: "Шәмішев", "Шамишев" and "SHAMISHEV" meet in one key. The transliteration is a search
 * key, not a spelling: Cyrillic is folded onto Latin so a Latin query finds a Cyrillic name.
 */
const kazakhToRussian: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  й: 'и',
  ъ: '',
  ь: '',
};

const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sh', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * Latin spellings that transliteration systems disagree on, folded to one form, letter by letter:
 * h goes (so kh, zh, sh, ch meet k, z, s, c), c is k, y is i, w is v, q is k, x is ks; j is zh.
 */
const latinFolds: Record<string, string> = { h: '', c: 'k', y: 'i', j: 'zh', w: 'v', q: 'k', x: 'ks' };
const foldLatin = (text: string) => [...text].map((ch) => latinFolds[ch] ?? ch).join('');

/** One table from every Cyrillic letter to its search form, built once. */
const letterTable = new Map<string, string>();
for (const letter of 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі') {
  const russian = kazakhToRussian[letter] ?? letter;
  letterTable.set(letter, russian.length === 1 ? (cyrillicToLatin[russian] ?? russian) : russian);
}

const SEPARATOR = ' ';
const letterOrNumber = /^[\p{L}\p{N}]/u;
const marks = /\p{M}/gu;

/**
 * What one (lower-case) character becomes in a search key: its base letters without diacritics,
 * Cyrillic transliterated, Latin folded; anything that is not a letter or a digit separates words.
 * Worked out once per character (see the tables below), so that a key is built in one pass.
 */
function pieceOf(ch: string): string {
  let piece = '';
  for (const base of ch.normalize('NFD').replace(marks, '')) {
    const letter = letterTable.get(base) ?? base;
    piece += letter === '' || letterOrNumber.test(letter) ? foldLatin(letter) : SEPARATOR;
  }
  return piece;
}

/** What characters become, kept: Latin, Cyrillic and their neighbours by code; others by character. */
const commonPieces: (string | undefined)[] = [];
const otherPieces = new Map<string, string>();

/**
 * The key is written as UTF-16 code units into one buffer and decoded once: adding to a string a
 * letter at a time would keep each key as a chain of hundreds of pieces until something flattened it.
 */
let codes = new Uint16Array(1024);
const utf16 = new TextDecoder('utf-16le');
const SEPARATOR_CODE = SEPARATOR.charCodeAt(0);

export function normalizeForSearch(input: string): string {
  const text = input.toLowerCase();
  let length = 0;
  let last = SEPARATOR_CODE; // so that the key does not start with a separator
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: string;
    if (code < 0x500) piece = commonPieces[code] ??= pieceOf(text.charAt(i));
    else {
      // A character beyond the basic plane is two code units: it is looked up whole.
      const low = text.charCodeAt(i + 1);
      const pair = code >= 0xd800 && code < 0xdc00 && low >= 0xdc00 && low < 0xe000;
      const ch = pair ? text.slice(i, i + 2) : text.charAt(i);
      if (pair) i += 1;
      let known = otherPieces.get(ch);
      if (known === undefined) otherPieces.set(ch, (known = pieceOf(ch)));
      piece = known;
    }
    for (let k = 0; k < piece.length; k++) {
      const next = piece.charCodeAt(k);
      // A doubled letter or a run of separators counts once ("Ассамблея" meets "Асамблея").
      if (next === last) continue;
      if (length === codes.length) {
        const grown = new Uint16Array(length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes[length++] = next;
      last = next;
    }
  }
  if (last === SEPARATOR_CODE && length > 0) length -= 1;
  return utf16.decode(codes.subarray(0, length));
}

/**
 * Case endings of Russian and Kazakh, folded as above, longest first: "Беларуси", "Беларусью",
 * "Қазақстанның", "Минскіде" find "Беларусь", "Қазақстан", "Минск".
 */
const endings = [
  'larinin', 'lerinin', 'ninin', 'nin', 'din', 'tin', 'nan', 'nen', 'dan', 'den', 'tan', 'ten',
  'men', 'ben', 'pen', 'ga', 'ge', 'ka', 'ke', 'na', 'ne', 'da', 'de', 'ta', 'te', 'ida', 'ide',
  'ami', 'akh', 'om', 'em', 'oi', 'ei', 'ia', 'iu', 'u', 'a', 'e', 'i', 'o',
].sort((a, b) => b.length - a.length);

/** The query word without a case ending, while at least four letters stay. */
export function stem(word: string): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * A test of texts against one query, true when every word of the query, or its stem, occurs in
 * the text. The query is normalised once, however many texts it is tried on.
 */
export function searchMatcher(query: string): (normalizedText: string) => boolean {
  const words = normalizeForSearch(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => [word, stem(word)] as const);
  return (text) => words.every(([word, stemmed]) => text.includes(word) || text.includes(stemmed));
}

/** True when every word of the query, or its stem, occurs in the text. */
export const matchesSearch = (normalizedText: string, query: string): boolean => searchMatcher(query)(normalizedText);
