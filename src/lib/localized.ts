import type { Language, LocalizedText } from '@/api/schemas';

const fallbackOrder: Record<Language, Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/** A name in the wanted language, else the nearest one: Kazakh and Russian readers share forms. */
export function localize(text: LocalizedText | undefined | null, language: Language): string {
  if (!text) return '';
  for (const lang of fallbackOrder[language]) {
    const value = text[lang];
    if (value) return value;
  }
  return '';
}

/** All spellings, for search. */
export const allForms = (text: LocalizedText | undefined | null): string =>
  text ? [text.kk, text.ru, text.en].filter(Boolean).join(' ') : '';
