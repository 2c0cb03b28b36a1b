import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@/api/schemas';

export type NamesDraft = Record<Language, string>;
export const toNamesDraft = (text?: Partial<Record<Language, string>>): NamesDraft => ({
  kk: text?.kk ?? '',
  ru: text?.ru ?? '',
  en: text?.en ?? '',
});
export function fromNamesDraft(draft: NamesDraft): Partial<Record<Language, string>> {
  const out: Partial<Record<Language, string>> = {};
  for (const lang of languages) if (draft[lang].trim()) out[lang] = draft[lang].trim();
  return out;
}

interface Props {
  value: NamesDraft;
  onChange: (value: NamesDraft) => void;
  /** Error codes by field: `name` for the whole, `name.en` for one language. */
  errors: Record<string, string>;
  message: (code: string) => string;
}

/** A topic's name in Kazakh, Russian and English, each with its own error. */
export function NameFields({ value, onChange, errors, message }: Props) {
  const { t } = useTranslation('topics');
  const id = useId();
  const groupError = errors.name;
  return (
    <fieldset
      className="localized-fields"
      aria-describedby={groupError ? `${id}-error` : `${id}-hint`}
    >
      <legend>
        {t('form.name')}
        <span aria-hidden="true"> *</span>
      </legend>
      {groupError ? (
        <p id={`${id}-error`} className="field-error">
          {message(groupError)}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field-hint">
          {t('form.nameHint')}
        </p>
      )}
      <div className="localized-inputs">
        {languages.map((lang) => {
          const error = errors[`name.${lang}`];
          return (
            <div key={lang} className="form-field">
              <label htmlFor={`${id}-${lang}`}>{t(`form.nameIn.${lang}`)}</label>
              <input
                id={`${id}-${lang}`}
                lang={lang}
                value={value[lang]}
                aria-invalid={Boolean(error || groupError) || undefined}
                aria-describedby={error ? `${id}-${lang}-error` : undefined}
                onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
              />
              {error && (
                <p id={`${id}-${lang}-error`} className="field-error">
                  {message(error)}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
