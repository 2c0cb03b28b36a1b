import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '@/api/schemas';
import { formatDateTime } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { applyChoices, differingFields, type Choice } from './conflict';
import { FieldValue } from './field-value';
import { fromConsultation, type FormField, type FormValues } from './form-values';

interface ConflictPanelProps {
  mine: FormValues;
  stored: Consultation;
  saving: boolean;
  /** Saves the chosen values against the stored version. */
  onResolve: (values: FormValues, version: number) => void;
  onClose: () => void;
}

/**
 * Someone saved the record after this person opened it. Field by field, only where the two differ,
 * the person sees their value and the stored one and chooses; nothing of theirs is lost unless they
 * choose the stored value, and the draft keeps their values until the save succeeds.
 */
export function ConflictPanel({ mine, stored, saving, onResolve, onClose }: ConflictPanelProps) {
  const { t } = useTranslation('consultationForm');
  const language = useLanguage();
  const theirs = useMemo(() => fromConsultation(stored), [stored]);
  const fields = useMemo(() => differingFields(mine, theirs), [mine, theirs]);
  const [choices, setChoices] = useState<Partial<Record<FormField, Choice>>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="cf-conflict" aria-labelledby="cf-conflict-title">
      <h2 id="cf-conflict-title" ref={headingRef} tabIndex={-1}>
        {t('conflict.title')}
      </h2>
      <p>
        {t('conflict.intro', {
          version: stored.version,
          when: formatDateTime(stored.updatedAt, language),
        })}
      </p>
      {fields.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        fields.map((field) => {
          const choice = choices[field] ?? 'mine';
          const name = `cf-conflict-${field}`;
          return (
            <fieldset key={field} className="cf-conflict-field">
              <legend>{t(`fields.${field}`)}</legend>
              <div className="cf-conflict-options">
                <label className="cf-conflict-option" data-chosen={choice === 'mine' || undefined}>
                  <input
                    type="radio"
                    name={name}
                    value="mine"
                    checked={choice === 'mine'}
                    onChange={() => setChoices((c) => ({ ...c, [field]: 'mine' }))}
                  />
                  <span className="cf-conflict-label">{t('conflict.mine')}</span>
                  <span className="cf-conflict-value">
                    <FieldValue field={field} values={mine} />
                  </span>
                </label>
                <label
                  className="cf-conflict-option"
                  data-chosen={choice === 'theirs' || undefined}
                >
                  <input
                    type="radio"
                    name={name}
                    value="theirs"
                    checked={choice === 'theirs'}
                    onChange={() => setChoices((c) => ({ ...c, [field]: 'theirs' }))}
                  />
                  <span className="cf-conflict-label">{t('conflict.theirs')}</span>
                  <span className="cf-conflict-value">
                    <FieldValue field={field} values={theirs} />
                  </span>
                </label>
              </div>
            </fieldset>
          );
        })
      )}
      <div className="cf-actions">
        <button
          type="button"
          disabled={saving}
          onClick={() => onResolve(applyChoices(mine, theirs, choices), stored.version)}
        >
          {saving ? t('saving') : t('conflict.save')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('conflict.later')}
        </button>
      </div>
    </section>
  );
}
