import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@/api/schemas';
import { useFieldMessage } from './use-field-message';

export type LocalizedDraft = Record<Language, string>;
export const emptyLocalized = (): LocalizedDraft => ({ kk: '', ru: '', en: '' });
export const toLocalizedDraft = (
  text: Partial<Record<Language, string>> | undefined,
): LocalizedDraft => ({
  kk: text?.kk ?? '',
  ru: text?.ru ?? '',
  en: text?.en ?? '',
});

/** Only the forms that were filled in, trimmed; the API falls back between them. */
export function fromLocalizedDraft(draft: LocalizedDraft): Partial<Record<Language, string>> {
  const out: Partial<Record<Language, string>> = {};
  for (const lang of languages) if (draft[lang].trim()) out[lang] = draft[lang].trim();
  return out;
}

interface Props {
  /** Which set of labels: "Name in Kazakh", "Short name in Kazakh", "Title in Kazakh". */
  labels: 'name' | 'short' | 'title';
  legend: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  /** Errors keyed by field, e.g. { name: 'required', 'name.en': 'duplicate_name' }. */
  errors: Record<string, string>;
  /** The field the API names: `name`, `short`, `positions.0.title`. */
  field: string;
  required?: boolean;
  hint?: string;
}

/** One text in Kazakh, Russian and English: three inputs in a group, each with its own error. */
export function LocalizedFields({
  labels,
  legend,
  value,
  onChange,
  errors,
  field,
  required,
  hint,
}: Props) {
  const { t } = useTranslation('participants');
  const message = useFieldMessage();
  const id = useId();
  const groupError = errors[field];
  const describedBy =
    [hint ? `${id}-hint` : null, groupError ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <fieldset className="localized-fields" aria-describedby={describedBy}>
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {groupError && (
        <p id={`${id}-error`} className="field-error">
          {message(groupError)}
        </p>
      )}
      <div className="localized-inputs">
        {languages.map((lang) => {
          const error = errors[`${field}.${lang}`];
          const inputId = `${id}-${lang}`;
          return (
            <div key={lang} className="form-field">
              <label htmlFor={inputId}>{t(`form.${labels}In.${lang}`)}</label>
              <input
                id={inputId}
                lang={lang}
                value={value[lang]}
                aria-invalid={Boolean(error || groupError) || undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
              />
              {error && (
                <p id={`${inputId}-error`} className="field-error">
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

/** The name an entry is known by and its short form (ССТБД, CIS), each in three languages. */
export function NameAndShortFields(props: {
  name: LocalizedDraft;
  onName: (next: LocalizedDraft) => void;
  short: LocalizedDraft;
  onShort: (next: LocalizedDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('participants');
  return (
    <>
      <LocalizedFields labels="name" legend={t('form.name')} field="name" value={props.name} onChange={props.onName} errors={props.errors} required />
      <LocalizedFields labels="short" legend={t('form.short')} field="short" value={props.short} onChange={props.onShort} errors={props.errors} hint={t('form.shortHint')} />
    </>
  );
}
