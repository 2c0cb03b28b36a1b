import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { planningApi } from '@/api/queries/planning';
import { type LocalizedText } from '@/api/schemas';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { PlanTitleFields } from '../components/plan-title-fields';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';

/**
 * A plan from nothing: the ministry (the signed-in user's side) and one partner, a period and a
 * title. Items are added on the plan's page.
 */
export function BlankPlanForm() {
  const { t } = useTranslation('plans');
  const names = useNames();
  const me = useMe();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const year = new Date().getFullYear() + 1;
  const [title, setTitle] = useState<LocalizedText>({});
  const [partner, setPartner] = useState('');
  const [start, setStart] = useState(`${year}-01-01`);
  const [end, setEnd] = useState(`${year}-12-31`);
  const home = me?.bodyId ? names.bodies.get(me.bodyId)?.partyId : undefined;
  const partners = useMemo(
    () =>
      [...names.parties.values()]
        .filter((p) => !p.deletedAt && p.id !== home)
        .map((p) => ({ id: p.id, name: names.party(p.id) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [names, home],
  );
  const create = useMutation({
    mutationFn: () =>
      planningApi.createDraft({
        title,
        partyIds: [home, partner].filter((id): id is string => Boolean(id)),
        period: { start, end },
        previousPlanId: null,
        items: [],
      }),
    meta: { silent: true },
    onSuccess: async (plan) => {
      toastStore.show({ kind: 'success', message: t('draft.created', { count: 0 }) });
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      await navigate(paths.plan(plan.id));
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="panel" aria-labelledby="blank-plan-heading" onSubmit={submit} noValidate>
      <h2 id="blank-plan-heading">{t('draft.blank')}</h2>
      <label className="stacked">
        <span>{t('draft.partner')}</span>
        <select
          value={partner}
          onChange={(e) => setPartner(e.target.value)}
          aria-invalid={Boolean(errors.partyIds) || undefined}
        >
          <option value="">{t('draft.choosePartner')}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {errors.partyIds && <p className="field-error">{t('draft.partnerRequired')}</p>}
      <PlanTitleFields value={title} onChange={setTitle} error={errors.title ? errorText.field(errors.title) : undefined} />
      <div className="field-row">
        <label className="stacked">
          <span>{t('detail.start')}</span>
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="stacked">
          <span>{t('detail.end')}</span>
          <input
            type="date"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            aria-invalid={Boolean(errors['period.end']) || undefined}
          />
        </label>
      </div>
      {(errors['period.end'] || errors['period.start']) && (
        <p className="field-error">
          {errorText.field(errors['period.end'] ?? errors['period.start'])}
        </p>
      )}
      {create.isError && !Object.keys(errors).length && (
        <p className="field-error" role="alert">
          {errorText.request(create.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          {t('draft.createBlank')}
        </button>
      </div>
    </form>
  );
}
