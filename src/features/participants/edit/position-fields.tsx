import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '@/components/entity-picker';
import { LocalizedFields, type LocalizedDraft } from './localized-fields';
import { useFieldMessage } from './use-field-message';

export interface PositionDraft {
  key: number;
  bodyId: string | null;
  title: LocalizedDraft;
  from: string;
  to: string;
}

interface Props {
  index: number;
  value: PositionDraft;
  partyId: string | null;
  errors: Record<string, string>;
  onChange: (value: PositionDraft) => void;
  onRemove: () => void;
}

/** One position: the body, the title in three languages, and when it was held. */
export function PositionFields({ index, value, partyId, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation('participants');
  const message = useFieldMessage();
  const id = useId();
  const field = `positions.${index}`;
  const dateField = (key: 'from' | 'to') => {
    const error = errors[`${field}.${key}`];
    return (
      <div className="form-field">
        <label htmlFor={`${id}-${key}`}>
          {t(`form.position${key === 'from' ? 'From' : 'To'}`)}
        </label>
        <input
          id={`${id}-${key}`}
          type="date"
          value={value[key]}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? `${id}-${key}-error` : undefined}
          onChange={(event) => onChange({ ...value, [key]: event.target.value })}
        />
        {error && (
          <p id={`${id}-${key}-error`} className="field-error">
            {message(error)}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="position-fields">
      <legend>{t('form.positionNumber', { number: index + 1 })}</legend>
      <EntityPicker
        kind="body"
        label={t('form.positionBody')}
        required
        value={value.bodyId}
        party={partyId ? [partyId] : undefined}
        onChange={(bodyId) => onChange({ ...value, bodyId })}
        error={errors[`${field}.bodyId`] ? message(errors[`${field}.bodyId`] ?? '') : undefined}
      />
      <LocalizedFields
        labels="title"
        legend={t('form.positionTitle')}
        field={`${field}.title`}
        value={value.title}
        onChange={(title) => onChange({ ...value, title })}
        errors={errors}
        required
      />
      <div className="date-pair">
        {dateField('from')}
        {dateField('to')}
      </div>
      <button type="button" className="link-button" onClick={onRemove}>
        {t('form.removePosition', { number: index + 1 })}
      </button>
    </fieldset>
  );
}
