import { useTranslation } from 'react-i18next';
import type { Language } from '@/api/schemas';
import { isLanguage } from './index';

/** The UI language, for picking kk/ru/en names and formatting dates. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
