import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body } from '@/api/schemas';
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
  body?: Body;
  /** For a new body: the party whose page it was added from. */
  partyId?: string | null;
  onDone: (id: string | null) => void;
}

/** A department, directorate or committee of a party, perhaps under a parent body. */
export function BodyForm({ body, partyId: initialParty, onDone }: Props) {
  const { t } = useTranslation('participants');
  const message = useFieldMessage();
  const [partyId, setPartyId] = useState<string | null>(body?.partyId ?? initialParty ?? null);
  const [parentId, setParentId] = useState<string | null>(body?.parentId ?? null);
  const [name, setName] = useState(body ? toLocalizedDraft(body.name) : emptyLocalized());
  const [short, setShort] = useState(body ? toLocalizedDraft(body.short) : emptyLocalized());
  const { save, errors, failure, pending } = useEntrySave('body', body, onDone);

  const submit = () => {
    const shortText = fromLocalizedDraft(short);
    save({
      partyId: partyId ?? undefined,
      parentId,
      name: fromLocalizedDraft(name),
      ...(Object.keys(shortText).length ? { short: shortText } : {}),
    });
  };

  return (
    <FormShell
      heading={body ? t('form.editBody') : t('form.newBody')}
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
        onChange={(id) => {
          setPartyId(id);
          // A parent body belongs to the same party.
          if (id !== partyId) setParentId(null);
        }}
        error={errors.partyId ? message(errors.partyId) : undefined}
      />
      <EntityPicker
        kind="body"
        label={t('form.parentBody')}
        value={parentId}
        onChange={setParentId}
        party={partyId ? [partyId] : undefined}
        disabled={!partyId}
        hint={partyId ? t('form.parentHint') : t('form.choosePartyFirst')}
        error={errors.parentId ? message(errors.parentId) : undefined}
      />
      <NameAndShortFields name={name} onName={setName} short={short} onShort={setShort} errors={errors} />
    </FormShell>
  );
}
