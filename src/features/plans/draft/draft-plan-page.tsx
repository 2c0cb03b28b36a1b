import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { planningApi, planningQueries } from '@/api/queries/planning';
import { planQueries } from '@/api/queries/plans';
import { languages, type LocalizedText, type PlanWithFulfilment } from '@/api/schemas';
import { proposalSources, type ProposedItem } from '@/api/schemas/planning';
import { localize } from '@/lib/localized';
import { nextPeriod } from '@/lib/plan-period';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { ClashList } from '../components/clash-list';
import { formatPlanPeriod } from '../lib/dates';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { mayDraftPlans } from '../lib/permissions';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';
import { BlankPlanForm } from './blank-plan-form';
import { nextTitle } from './next-title';
import { ProposalList } from './proposal-list';
import '../plans.css';

const isIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** `/plans/new`: from an existing plan (`?from=<id>`) or from nothing. */
export function DraftPlanPage({ fromId }: { fromId: string | null }) {
  const { t } = useTranslation('plans');
  const me = useMe();
  const plans = useQuery(planQueries.list());
  const source = plans.data?.items.find((p) => p.id === fromId);
  if (me && !mayDraftPlans(me.role)) {
    return (
      <section className="page plans-feature">
        <h1>{t('draft.title')}</h1>
        <p role="alert">{t('draft.notAllowed')}</p>
      </section>
    );
  }
  if (fromId && plans.isPending) return <p role="status">{t('common:state.loading')}</p>;
  if (fromId && !source) {
    return (
      <section className="page plans-feature">
        <h1>{t('draft.title')}</h1>
        <p role="alert">{t('draft.sourceMissing')}</p>
        <Link to={paths.newPlan()}>{t('draft.chooseAnother')}</Link>
      </section>
    );
  }
  return source ? (
    <DraftFromPlan key={source.id} source={source} />
  ) : (
    <ChooseSource plans={plans.data?.items ?? []} />
  );
}

function ChooseSource({ plans }: { plans: readonly PlanWithFulfilment[] }) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(plans[0]?.id ?? '');
  return (
    <section className="page plans-feature draft-page" aria-labelledby="draft-heading">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link to={paths.plans()}>{t('common:nav.plans')}</Link>
      </nav>
      <h1 id="draft-heading">{t('draft.newTitle')}</h1>
      <form
        className="panel"
        aria-labelledby="from-plan-heading"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) void navigate(paths.newPlan(`?from=${encodeURIComponent(chosen)}`));
        }}
      >
        <h2 id="from-plan-heading">{t('draft.fromExisting')}</h2>
        <p>{t('draft.fromExistingHint')}</p>
        <label className="stacked">
          <span>{t('draft.sourcePlan')}</span>
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {localize(p.title, names.language)} ({formatPlanPeriod(p.period, names.language)})
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <button type="submit" disabled={!chosen}>
            {t('draft.continue')}
          </button>
        </div>
      </form>
      <BlankPlanForm />
    </section>
  );
}

/** The next plan drafted from `source`: period, title, and what to take over, then one save. */
function DraftFromPlan({ source }: { source: PlanWithFulfilment }) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const initial = useMemo(() => nextPeriod(source.period), [source.period]);
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const [ownTitle, setOwnTitle] = useState<LocalizedText | null>(null);
  const [signedOn, setSignedOn] = useState('');
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const datesValid = isIsoDate(start) && isIsoDate(end);
  const title =
    ownTitle ??
    (datesValid ? nextTitle(source.title, source.period, { start, end }) : source.title);

  const proposal = useQuery({
    ...planningQueries.proposal(source.id, start, end),
    enabled: datesValid,
  });
  const proposals = useMemo(() => proposal.data?.items ?? [], [proposal.data]);
  const isSelected = (p: ProposedItem) => choices[p.key] ?? p.selected;
  const selected = proposals.filter(isSelected);

  const clashBody = {
    partyIds: source.partyIds,
    planId: null,
    items: selected.map((p) => ({
      key: p.key,
      title: p.item.title,
      period: p.item.period,
      bodyIds: p.item.bodyIds,
      hostPartyId: p.item.hostPartyId,
      place: p.item.place,
    })),
  };
  const clashes = useQuery({
    ...planningQueries.draftClashes(clashBody),
    enabled: selected.length > 0,
  });

  const create = useMutation({
    mutationFn: () =>
      planningApi.createDraft({
        title,
        partyIds: source.partyIds,
        period: { start, end },
        signedOn: signedOn || null,
        previousPlanId: source.id,
        items: selected.map((p) => p.item),
      }),
    meta: { silent: true },
    onSuccess: async (plan) => {
      toastStore.show({ kind: 'success', message: t('draft.created', { count: selected.length }) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['consultations'] }),
      ]);
      await navigate(paths.plan(plan.id));
    },
  });

  // Refusals: the period's from the proposal (while choosing) or from saving; items' by index.
  const saveErrors = fieldErrorsOf(create.error);
  const proposalErrors = fieldErrorsOf(proposal.error);
  const startError = errorText.field(saveErrors['period.start'] ?? proposalErrors.start);
  const endError = errorText.field(saveErrors['period.end'] ?? proposalErrors.end);
  const itemErrors: Record<string, string | undefined> = {};
  for (const [field, code] of Object.entries(saveErrors)) {
    const match = /^items\.(\d+)\./.exec(field);
    const p = match ? selected[Number(match[1])] : undefined;
    if (p) itemErrors[p.key] ??= errorText.field(code);
  }
  const otherError =
    create.isError && !startError && !endError && !Object.keys(itemErrors).length
      ? saveErrors.title
        ? `${t('detail.title')}: ${errorText.field(saveErrors.title)}`
        : errorText.request(create.error)
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const sourceTitle = localize(source.title, names.language);

  return (
    <section className="page plans-feature draft-page" aria-labelledby="draft-heading">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link to={paths.plans()}>{t('common:nav.plans')}</Link> ›{' '}
        <Link to={paths.plan(source.id)}>{sourceTitle}</Link>
      </nav>
      <h1 id="draft-heading">{t('draft.title')}</h1>
      <p className="lead">{t('draft.intro', { source: sourceTitle })}</p>
      <form onSubmit={submit} noValidate>
        <section className="panel" aria-labelledby="draft-plan-heading">
          <h2 id="draft-plan-heading">{t('draft.planHeading')}</h2>
          <p>
            <strong>{t('detail.parties')}:</strong>{' '}
            {source.partyIds.map((id) => names.party(id)).join(' – ')}
          </p>
          <div className="field-row">
            <label className="stacked">
              <span>{t('detail.start')}</span>
              <input
                type="date"
                value={start}
                onChange={(e) => setStart(e.target.value)}
                aria-invalid={Boolean(startError) || undefined}
                aria-describedby={startError ? 'draft-start-error' : undefined}
              />
            </label>
            <label className="stacked">
              <span>{t('detail.end')}</span>
              <input
                type="date"
                value={end}
                onChange={(e) => setEnd(e.target.value)}
                aria-invalid={Boolean(endError) || undefined}
                aria-describedby={endError ? 'draft-end-error' : undefined}
              />
            </label>
            <label className="stacked">
              <span>{t('detail.signedOn')}</span>
              <input type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
            </label>
          </div>
          {startError && (
            <p id="draft-start-error" className="field-error" role="alert">
              {startError}
            </p>
          )}
          {endError && (
            <p id="draft-end-error" className="field-error" role="alert">
              {endError}
            </p>
          )}
          <fieldset>
            <legend>{t('detail.title')}</legend>
            {languages.map((lang) => (
              <label key={lang} className="stacked">
                <span>{t('detail.titleIn', { language: t(`common:languages.${lang}`) })}</span>
                <input
                  lang={lang}
                  value={title[lang] ?? ''}
                  onChange={(e) => setOwnTitle({ ...title, [lang]: e.target.value })}
                />
              </label>
            ))}
          </fieldset>
        </section>

        <section className="draft-items" aria-labelledby="draft-items-heading">
          <h2 id="draft-items-heading">{t('draft.itemsHeading')}</h2>
          <p role="status" className="result-count">
            {proposal.isFetching && !proposal.data
              ? t('common:state.loading')
              : t('draft.selectedCount', { count: selected.length })}
          </p>
          {proposal.data && proposals.length === 0 && <p>{t('draft.nothingToCarry')}</p>}
          {proposalSources.map((group) => (
            <ProposalList
              key={group}
              source={group}
              proposals={proposals.filter((p) => p.source === group)}
              isSelected={(key) => {
                const p = proposals.find((x) => x.key === key);
                return p ? isSelected(p) : false;
              }}
              onToggle={(key, value) => setChoices((c) => ({ ...c, [key]: value }))}
              errors={itemErrors}
            />
          ))}
        </section>

        {selected.length > 0 && clashes.data && (
          <ClashList clashes={clashes.data} headingId="draft-clashes" heading={t('clash.title')} />
        )}

        {otherError && (
          <p className="field-error" role="alert">
            {otherError}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={create.isPending || !datesValid}>
            {t('draft.create')}
          </button>
          <Link to={paths.plan(source.id)}>{t('common:actions.cancel')}</Link>
        </div>
        <p className="muted">{t('draft.afterCreate')}</p>
      </form>
    </section>
  );
}
