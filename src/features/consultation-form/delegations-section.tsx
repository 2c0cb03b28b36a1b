import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityMultiPicker, EntityPicker } from '@/components/entity-picker';
import { CreateEntry, type CreateRequest } from './create-entry';
import { removeAt, replaceAt, useFormApi } from './form-context';
import { GroupMessage, RowFieldset } from './form-controls';
import { emptyDelegation, type DelegationValues } from './form-values';
import { fieldId } from './validation';

/** Each party's delegation: the party, its lead body, the head and the members, all from the directory. */
export function DelegationsSection() {
  const { t } = useTranslation('consultationForm');
  const { values, update, error } = useFormApi();
  const [creating, setCreating] = useState<(CreateRequest & { row: number }) | null>(null);
  const groupError = error('delegations');

  const set = (index: number, field: keyof DelegationValues, patch: Partial<DelegationValues>) =>
    update(
      `delegations.${index}.${field}`,
      (v) => ({ ...v, delegations: replaceAt(v.delegations, index, patch) }),
      { touch: true },
    );

  return (
    <fieldset
      className="cf-section"
      id={fieldId('delegations')}
      tabIndex={-1}
      aria-describedby={groupError ? `${fieldId('delegations')}-message` : undefined}
    >
      <legend>
        <h2>{t('sections.delegations')}</h2>
      </legend>
      <p className="field-hint">{t('delegations.hint')}</p>
      <GroupMessage name="delegations" error={groupError} />
      {values.delegations.map((d, i) => {
        const at = `delegations.${i}`;
        const party = d.partyId ? [d.partyId] : undefined;
        const n = i + 1;
        // A body or person typed but not in the directory is created for this row's party.
        const createIn = (kind: 'body' | 'person', onCreated: (id: string) => void) => (text: string) =>
          setCreating({ row: i, kind, text, partyId: d.partyId, onCreated });
        return (
          <RowFieldset
            key={d.key}
            legend={t('delegations.row', { n })}
            removeLabel={t('delegations.remove', { n })}
            onRemove={() =>
              update('delegations', (v) => ({ ...v, delegations: removeAt(v.delegations, i) }), {
                touch: true,
              })
            }
          >
            <div className="cf-grid">
              <EntityPicker
                kind="party"
                id={fieldId(`${at}.partyId`)}
                label={t('delegations.party')}
                required
                value={d.partyId}
                error={error(`${at}.partyId`)}
                onChange={(partyId) => set(i, 'partyId', { partyId })}
              />
              <EntityPicker
                kind="body"
                id={fieldId(`${at}.leadBodyId`)}
                label={t('delegations.leadBody')}
                party={party}
                disabled={!d.partyId}
                hint={d.partyId ? undefined : t('delegations.partyFirst')}
                value={d.leadBodyId}
                error={error(`${at}.leadBodyId`)}
                onChange={(leadBodyId) => set(i, 'leadBodyId', { leadBodyId })}
                onCreate={createIn('body', (id) => set(i, 'leadBodyId', { leadBodyId: id }))}
              />
              <EntityPicker
                kind="person"
                id={fieldId(`${at}.headPersonId`)}
                label={t('delegations.head')}
                party={party}
                disabled={!d.partyId}
                value={d.headPersonId}
                error={error(`${at}.headPersonId`)}
                onChange={(headPersonId) => set(i, 'headPersonId', { headPersonId })}
                onCreate={createIn('person', (id) => set(i, 'headPersonId', { headPersonId: id }))}
              />
              <EntityMultiPicker
                kind="person"
                id={fieldId(`${at}.memberIds`)}
                label={t('delegations.members')}
                party={party}
                disabled={!d.partyId}
                value={d.memberIds}
                error={error(`${at}.memberIds`)}
                onChange={(memberIds) => set(i, 'memberIds', { memberIds })}
                onCreate={createIn('person', (id) =>
                  update(
                    `${at}.memberIds`,
                    (v) => ({
                      ...v,
                      delegations: v.delegations.map((x, j) => (j === i ? { ...x, memberIds: [...new Set([...x.memberIds, id])] } : x)),
                    }),
                    { touch: true },
                  ),
                )}
              />
            </div>
            {creating?.row === i && (
              <CreateEntry request={creating} onClose={() => setCreating(null)} />
            )}
          </RowFieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          update(
            'delegations',
            (v) => ({ ...v, delegations: [...v.delegations, emptyDelegation()] }),
            { touch: true },
          )
        }
      >
        {t('delegations.add')}
      </button>
    </fieldset>
  );
}
