import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '@/api/schemas';
import { resources, namespaces } from '@/locales';

const STORAGE_KEY = 'kenes.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** The remembered choice, else the browser's language if it is one of ours, else Kazakh. */
export function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2);
  if (isLanguage(browser)) return browser;
  return browser ? 'en' : 'kk';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  ns: namespaces,
  defaultNS: 'common',
  lng: initialLanguage(),
  fallbackLng: false,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const applyToDocument = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18n.changeLanguage(language);
}

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/** BCP 47 tags for Intl: Kazakh as written in Kazakhstan. */
export const localeTag: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
