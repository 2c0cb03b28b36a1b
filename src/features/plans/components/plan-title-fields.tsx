import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type LocalizedText } from '@/api/schemas';

/**
 * A plan's title in Kazakh, Russian and English, as one group; a message about the title (none
 * given, too long) is tied to the group, so it is read out with it.
 */
export function PlanTitleFields({ value, onChange, error }: { value: LocalizedText; onChange: (next: LocalizedText) => void; error?: string | undefined }) {
  const { t } = useTranslation('plans');
  const errorId = `${useId()}-title-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{t('detail.title')}</legend>
      {languages.map((lang) => (
        <label key={lang} className="stacked">
          <span>{t('detail.titleIn', { language: t(`common:languages.${lang}`) })}</span>
          <input lang={lang} value={value[lang] ?? ''} aria-invalid={Boolean(error) || undefined} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
