import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { planApi, planQueries } from '@/api/queries/plans';
import type { FollowUpRow, FuzzyDate, PlanWithFulfilment } from '@/api/schemas';
import { EntityMultiPicker } from '@/components/entity-picker';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { shiftIntoPeriod } from '@/lib/plan-period';
import { toastStore } from '@/lib/toasts';
import { FormActions } from '../components/form-actions';
import { TextField } from '../components/text-field';
import { FuzzyDateField } from '../components/fuzzy-date-field';
import { PlaceHostFields, placeRefFor } from '../components/place-host-fields';
import { formatPlanPeriod } from '../lib/dates';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { mayEditPlan } from '../lib/permissions';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';

/** Plans this follow-up can go into: with the same parties, changeable by this person, drafts first. */
export function plansForFollowUp(
  plans: readonly PlanWithFulfilment[],
  row: FollowUpRow,
  role: Parameters<typeof mayEditPlan>[0],
) {
  return plans
    .filter(
      (p) =>
        !p.deletedAt &&
        p.partyIds.every((id) => row.partyIds.includes(id)) &&
        mayEditPlan(role, p.approval),
    )
    .filter((p) => p.status !== 'expired' || role === 'head')
    .sort(
      (a, b) =>
        Number(b.approval === 'draft') - Number(a.approval === 'draft') ||
        b.period.start.localeCompare(a.period.start),
    );
}

const dueIn = (row: FollowUpRow, plan: PlanWithFulfilment): FuzzyDate =>
  shiftIntoPeriod(
    row.due ?? { start: plan.period.start, precision: 'year', approximate: false },
    plan.period,
  );

/**
 * A follow-up as an item of a plan, in one step: its text, the due date moved into the plan's
 * period, the agreed place and the condition come prefilled; the follow-up then points at the item.
 */
export function FollowUpToItem({ row, onDone }: { row: FollowUpRow; onDone: () => void }) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const me = useMe();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const allPlans = useQuery(planQueries.list()).data?.items;
  const plans = useMemo(
    () => (me && allPlans ? plansForFollowUp(allPlans, row, me.role) : []),
    [allPlans, row, me],
  );
  const source = useQuery(consultationQueries.detail(row.consultationId)).data;

  const [planId, setPlanId] = useState('');
  const plan = plans.find((p) => p.id === planId) ?? plans[0];
  const [title, setTitle] = useState(row.text.slice(0, 500));
  const [ownPeriod, setOwnPeriod] = useState<FuzzyDate | null>(null);
  const period =
    ownPeriod ??
    (plan
      ? dueIn(row, plan)
      : (row.due ?? {
          start: `${new Date().getFullYear() + 1}-01-01`,
          precision: 'year',
          approximate: false,
        }));
  const agreedPlace = row.place?.placeId ?? '';
  const agreedHost =
    plan?.partyIds.find(
      (p) =>
        names.parties.get(p)?.code ===
        (row.place?.countryCode ?? names.places.get(agreedPlace)?.countryCode),
    ) ?? '';
  const [where, setWhere] = useState<{ hostPartyId: string; placeId: string } | null>(null);
  const place = where ?? { hostPartyId: agreedHost, placeId: agreedPlace };
  const [condition, setCondition] = useState(row.condition);
  const [ownBodies, setOwnBodies] = useState<string[] | null>(null);
  const bodyIds =
    ownBodies ??
    (source?.delegations ?? []).map((d) => d.leadBodyId).filter((b): b is string => Boolean(b));
  useEffect(() => headingRef.current?.focus(), []);

  const create = useMutation({
    mutationFn: (target: PlanWithFulfilment) =>
      planApi.createItem({
        planId: target.id,
        title,
        description: '',
        bodyIds,
        period,
        place: placeRefFor(names, place.placeId, period.start),
        hostPartyId: place.hostPartyId || null,
        recurring: false,
        condition,
        carriedFromItemId: null,
        fromFollowUp: { consultationId: row.consultationId, followUpId: row.followUpId },
      }),
    meta: { silent: true },
    onSuccess: async (_item, target) => {
      toastStore.show({
        kind: 'success',
        message: t('followUps.addedToPlan', { plan: localize(target.title, names.language) }),
        action: { label: t('followUps.openPlan'), run: () => void navigate(paths.plan(target.id)) },
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['consultations'] }),
      ]);
      onDone();
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (plan) create.mutate(plan);
  };
  const known = [
    'title',
    'period.start',
    'period.end',
    'period',
    'hostPartyId',
    'place.placeId',
    'bodyIds',
    'condition',
  ];
  const other = create.isError && !Object.keys(errors).some((f) => known.includes(f));

  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('followUps.toItemTitle')}
      </h3>
      {!plan ? (
        <p>
          {t('followUps.noPlan')} <Link to={paths.newPlan()}>{t('followUps.draftPlan')}</Link>
        </p>
      ) : (
        <>
          <label className="stacked">
            <span>{t('followUps.plan')}</span>
            <select
              value={plan.id}
              onChange={(e) => {
                setPlanId(e.target.value);
                setOwnPeriod(null);
              }}
            >
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {localize(p.title, names.language)} ({formatPlanPeriod(p.period, names.language)},{' '}
                  {t(`common:planStatus.${p.status}`)})
                </option>
              ))}
            </select>
          </label>
          <TextField label={t('item.titleField')} value={title} onChange={setTitle} error={errors.title ? errorText.field(errors.title) : undefined} />
          <FuzzyDateField
            legend={t('item.period')}
            value={period}
            onChange={setOwnPeriod}
            error={errorText.field(errors['period.start'] ?? errors['period.end'] ?? errors.period)}
          />
          <EntityMultiPicker
            kind="body"
            label={t('item.bodies')}
            value={bodyIds}
            onChange={setOwnBodies}
            party={plan.partyIds}
            error={errorText.field(errors.bodyIds)}
          />
          <PlaceHostFields
            partyIds={plan.partyIds}
            date={period.start}
            hostPartyId={place.hostPartyId}
            placeId={place.placeId}
            onChange={setWhere}
            hostError={errorText.field(errors.hostPartyId)}
            placeError={errorText.field(errors['place.placeId'])}
          />
          <TextField label={t('item.condition')} value={condition} onChange={setCondition} />
          {other && (
            <p className="field-error" role="alert">
              {errorText.request(create.error)}
            </p>
          )}
          <FormActions submitLabel={t('followUps.addToPlan')} pending={create.isPending} onCancel={onDone} />
        </>
      )}
    </form>
  );
}
