import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party, PartyType } from '@/api/schemas';
import { EntityPicker } from '@/components/entity-picker';
import { FormShell } from './form-shell';
import {
  NameAndShortFields,
  emptyLocalized,
  fromLocalizedDraft,
  toLocalizedDraft,
} from './localized-fields';
import { useEntrySave } from './use-entry-save';
import { useFieldMessage } from './use-field-message';

interface Props {
  party?: Party;
  onDone: (id: string | null) => void;
}

/** A country (ISO code) or an international organisation, with names and acronyms in three languages. */
export function PartyForm({ party, onDone }: Props) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const message = useFieldMessage();
  const id = useId();
  const [type, setType] = useState<PartyType>(party?.type ?? 'country');
  const [code, setCode] = useState(party?.code ?? '');
  const [name, setName] = useState(party ? toLocalizedDraft(party.name) : emptyLocalized());
  const [short, setShort] = useState(party ? toLocalizedDraft(party.short) : emptyLocalized());
  const [capitalPlaceId, setCapital] = useState<string | null>(party?.capitalPlaceId ?? null);
  const { save, errors, failure, pending } = useEntrySave('party', party, onDone);

  const submit = () => {
    const shortText = fromLocalizedDraft(short);
    save({
      type,
      code: code.trim().toUpperCase(),
      name: fromLocalizedDraft(name),
      ...(Object.keys(shortText).length ? { short: shortText } : {}),
      ...(capitalPlaceId ? { capitalPlaceId } : {}),
    });
  };

  return (
    <FormShell
      heading={party ? t('form.editParty') : t('form.newParty')}
      onSubmit={submit}
      onCancel={() => onDone(null)}
      pending={pending}
      errors={errors}
      failure={failure}
    >
      <fieldset className="choice-group">
        <legend>{t('form.partyType')}</legend>
        {(['country', 'organisation'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-type`}
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
            />
            {tc(`partyType.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-code`}>
          {t('form.code')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id={`${id}-code`}
          value={code}
          maxLength={12}
          className="code-input"
          aria-invalid={Boolean(errors.code) || undefined}
          aria-describedby={`${id}-code-message`}
          onChange={(event) => setCode(event.target.value)}
        />
        <p id={`${id}-code-message`} className={errors.code ? 'field-error' : 'field-hint'}>
          {errors.code
            ? message(errors.code)
            : t(type === 'country' ? 'form.codeHintCountry' : 'form.codeHintOrganisation')}
        </p>
      </div>
      <NameAndShortFields name={name} onName={setName} short={short} onShort={setShort} errors={errors} />
      <EntityPicker
        kind="place"
        label={type === 'country' ? t('form.capital') : t('form.seat')}
        value={capitalPlaceId}
        onChange={setCapital}
        error={errors.capitalPlaceId ? message(errors.capitalPlaceId) : undefined}
      />
    </FormShell>
  );
}
