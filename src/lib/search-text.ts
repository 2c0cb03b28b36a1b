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

/** Latin spellings that transliteration systems disagree on, folded to one form. */
const latinFolds: [RegExp, string][] = [
  [/h/g, ''],
  [/y/g, 'i'],
  [/j/g, 'zh'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/c(?!h)/g, 'k'],
];

/** One table from every Cyrillic letter to its search form, built once. */
const letterTable = new Map<string, string>();
for (const letter of 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі') {
  const russian = kazakhToRussian[letter] ?? letter;
  letterTable.set(letter, russian.length === 1 ? (cyrillicToLatin[russian] ?? russian) : russian);
}

export function normalizeForSearch(input: string): string {
  let out = input.toLowerCase();
  // Diacritics go (é → e, й → и, ё → е); plain ASCII text skips the work.
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(out)) {
    out = out.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u0400-\u04ff]/g, (ch) => letterTable.get(ch) ?? ch);
  }
  out = out.replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const [pattern, replacement] of latinFolds) out = out.replace(pattern, replacement);
  return out.replace(/(.)\1+/g, '$1').replace(/\s+/g, ' ').trim();
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

/** True when every word of the query, or its stem, occurs in the text. */
export function matchesSearch(normalizedText: string, query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => normalizedText.includes(word) || normalizedText.includes(stem(word)));
}
