import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planApi, planQueries } from '@/api/queries/plans';
import { type LocalizedText, type PlanWithFulfilment } from '@/api/schemas';
import { formatDay } from '@/lib/i18n/format';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { FormActions } from '../components/form-actions';
import { PlanTitleFields } from '../components/plan-title-fields';
import { PlanStatusBadge } from '../components/badges';
import { FulfilmentBar } from '../components/fulfilment-bar';
import { formatPlanPeriod } from '../lib/dates';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { mayDraftPlans, mayEditPlan } from '../lib/permissions';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';

/** The plan's title, facts and links to the plans before and after it. */
export function PlanHeader({ plan }: { plan: PlanWithFulfilment }) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const allPlans = useQuery(planQueries.list()).data?.items ?? [];
  const previous = allPlans.find((p) => p.id === plan.previousPlanId);
  const next = allPlans.filter((p) => p.previousPlanId === plan.id);
  const title = localize(plan.title, names.language);
  return (
    <header className="plan-header">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link to={paths.plans()}>{t('common:nav.plans')}</Link>
      </nav>
      <h1>{title}</h1>
      <dl className="facts">
        <div>
          <dt>{t('detail.parties')}</dt>
          <dd>{plan.partyIds.map((id) => names.party(id)).join(' – ')}</dd>
        </div>
        <div>
          <dt>{t('detail.period')}</dt>
          <dd>{formatPlanPeriod(plan.period, names.language)}</dd>
        </div>
        <div>
          <dt>{t('detail.signedOn')}</dt>
          <dd>
            {plan.signedOn ? formatDay(plan.signedOn, names.language) : t('detail.notSigned')}
          </dd>
        </div>
        <div>
          <dt>{t('detail.status')}</dt>
          <dd>
            <PlanStatusBadge status={plan.status} />
          </dd>
        </div>
        {previous && (
          <div>
            <dt>{t('detail.continues')}</dt>
            <dd>
              <Link to={paths.plan(previous.id)}>{localize(previous.title, names.language)}</Link>
            </dd>
          </div>
        )}
        {next.length > 0 && (
          <div>
            <dt>{t('detail.continuedBy')}</dt>
            <dd>
              {next.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && '; '}
                  <Link to={paths.plan(p.id)}>{localize(p.title, names.language)}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <div className="plan-fulfilment">
        <h2 className="visually-hidden">{t('detail.fulfilment')}</h2>
        <FulfilmentBar counts={plan.fulfilment} />
      </div>
      {me && (
        <div className="actions no-print">
          {mayDraftPlans(me.role) && (
            <Link
              className="button-link"
              to={paths.newPlan(`?from=${encodeURIComponent(plan.id)}`)}
            >
              {t('detail.draftNext')}
            </Link>
          )}
          {mayEditPlan(me.role, plan.approval) && !editing && (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('detail.editDetails')}
            </button>
          )}
        </div>
      )}
      {editing && <PlanDetailsForm plan={plan} onDone={() => setEditing(false)} />}
    </header>
  );
}

/** Title in three languages, period and signing date; items must stay inside the period. */
function PlanDetailsForm({ plan, onDone }: { plan: PlanWithFulfilment; onDone: () => void }) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState<LocalizedText>({ ...plan.title });
  const [start, setStart] = useState(plan.period.start);
  const [end, setEnd] = useState(plan.period.end);
  const [signedOn, setSignedOn] = useState(plan.signedOn ?? '');
  const save = useMutation({
    mutationFn: () =>
      planApi.update(plan.id, plan.version, {
        title,
        partyIds: plan.partyIds,
        period: { start, end },
        signedOn: signedOn || null,
        previousPlanId: plan.previousPlanId,
      }),
    meta: { silent: true },
    onSuccess: async () => {
      toastStore.show({ kind: 'success', message: t('detail.saved') });
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error, 'data.');
  const periodError = errorText.field(errors['period.start'] ?? errors.period);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form
      className="panel plan-details-form"
      onSubmit={submit}
      aria-labelledby="plan-details-heading"
      noValidate
    >
      <h2 id="plan-details-heading">{t('detail.editDetails')}</h2>
      <PlanTitleFields value={title} onChange={setTitle} error={errors.title ? errorText.field(errors.title) : undefined} />
      <div className="field-row">
        <label className="stacked">
          <span>{t('detail.start')}</span>
          <input
            type="date"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            aria-invalid={Boolean(periodError) || undefined}
          />
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
        <label className="stacked">
          <span>{t('detail.signedOn')}</span>
          <input type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
        </label>
      </div>
      {periodError && <p className="field-error">{periodError}</p>}
      {errors['period.end'] && (
        <p className="field-error">{errorText.field(errors['period.end'])}</p>
      )}
      {save.isError && !Object.keys(errors).length && (
        <p className="field-error" role="alert">
          {errorText.request(save.error)}
        </p>
      )}
      <FormActions submitLabel={t('common:actions.save')} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
