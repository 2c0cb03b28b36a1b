import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '@/api/schemas';
import { EntityPicker } from '@/components/entity-picker';
import { FormShell } from './form-shell';
import {
  LocalizedFields,
  emptyLocalized,
  fromLocalizedDraft,
  toLocalizedDraft,
} from './localized-fields';
import { PositionFields, type PositionDraft } from './position-fields';
import { useEntrySave } from './use-entry-save';
import { useFieldMessage } from './use-field-message';

interface Props {
  person?: Person;
  partyId?: string | null;
  onDone: (id: string | null) => void;
}

/** A person: their name as each language spells it, their party, and positions over time. */
export function PersonForm({ person, partyId: initialParty, onDone }: Props) {
  const { t } = useTranslation('participants');
  const message = useFieldMessage();
  const headingId = useId();
  const nextKey = useRef(0);
  const keyed = (p: Omit<PositionDraft, 'key'>): PositionDraft => ({
    ...p,
    key: nextKey.current++,
  });
  const [partyId, setPartyId] = useState<string | null>(person?.partyId ?? initialParty ?? null);
  const [name, setName] = useState(person ? toLocalizedDraft(person.name) : emptyLocalized());
  const [positions, setPositions] = useState<PositionDraft[]>(() =>
    (person?.positions ?? []).map((p) =>
      keyed({
        bodyId: p.bodyId,
        title: toLocalizedDraft(p.title),
        from: p.from ?? '',
        to: p.to ?? '',
      }),
    ),
  );
  const { save, errors, failure, pending } = useEntrySave('person', person, onDone);

  const submit = () =>
    save({
      partyId: partyId ?? undefined,
      name: fromLocalizedDraft(name),
      positions: positions.map((p) => ({
        bodyId: p.bodyId ?? undefined,
        title: fromLocalizedDraft(p.title),
        ...(p.from ? { from: p.from } : {}),
        ...(p.to ? { to: p.to } : {}),
      })),
    });

  return (
    <FormShell
      heading={person ? t('form.editPerson') : t('form.newPerson')}
      onSubmit={submit}
      onCancel={() => onDone(null)}
      pending={pending}
      errors={errors}
      failure={failure}
    >
      <EntityPicker
        kind="party"
        label={t('form.party')}
        required
        value={partyId}
        onChange={setPartyId}
        error={errors.partyId ? message(errors.partyId) : undefined}
      />
      <LocalizedFields
        labels="name"
        legend={t('form.personName')}
        field="name"
        value={name}
        onChange={setName}
        errors={errors}
        required
        hint={t('form.personNameHint')}
      />
      <section className="positions-editor" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('form.positions')}</h3>
        {errors.positions && <p className="field-error">{message(errors.positions)}</p>}
        {positions.length === 0 && <p className="field-hint">{t('form.noPositions')}</p>}
        {positions.map((position, index) => (
          <PositionFields
            key={position.key}
            index={index}
            value={position}
            partyId={partyId}
            errors={errors}
            onChange={(next) =>
              setPositions((list) => list.map((p) => (p.key === position.key ? next : p)))
            }
            onRemove={() => setPositions((list) => list.filter((p) => p.key !== position.key))}
          />
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setPositions((list) => [
              ...list,
              keyed({ bodyId: null, title: emptyLocalized(), from: '', to: '' }),
            ])
          }
        >
          {t('form.addPosition')}
        </button>
      </section>
    </FormShell>
  );
}
