import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '@/api/schemas';
import { loadCatalogue, namespaces } from '@/locales';

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

/** Reads catalogues from the bundle's lazily loaded JSON chunks. */
const catalogueBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    loadCatalogue(language, namespace).then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Resolves when the common words of the starting language are there; the app renders after it. */
export const i18nReady = i18n
  .use(catalogueBackend)
  .use(initReactI18next)
  .init({
  ns: ['common'],
  defaultNS: 'common',
  lng: initialLanguage(),
  fallbackLng: false,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
  // Components re-render when a namespace arrives, so a word never stays a key.
  react: { bindI18nStore: 'added' },
});

/** Every namespace of the current language, fetched after the first screen is up. */
export const loadAllNamespaces = () => i18n.loadNamespaces(namespaces);

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
