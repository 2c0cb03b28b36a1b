import { useTranslation } from 'react-i18next';

/**
 * A field error code in words: the participants' own wording where it has one (merges across
 * kinds), otherwise the app's shared messages.
 */
export function useFieldMessage(): (code: string) => string {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  return (code) =>
    t(`field.${code}`, {
      defaultValue: tc(`field.${code}`, { defaultValue: tc('field.invalid') }),
    });
}
