import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { directoryQueries } from '@/api/queries/directory';
import { sessionQueries } from '@/api/queries/session';
import type { User } from '@/api/schemas';
import { apiErrorMessage } from '@/lib/api-error-message';
import { mayWriteConsultations } from '@/lib/consultation-permissions';
import { toIsoDate } from '@/lib/fuzzy-date';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { ConsultationForm } from './consultation-form';
import { emptyDelegation, emptyValues, fromConsultation } from './form-values';
import { hasPrefill, prefillSlot, valuesFromParams, type PressReleaseParser } from './prefill';

/** What a viewer or planner sees instead of the form: the API would refuse the save anyway. */
function RoleRefusal({ user, back }: { user: User; back: string }) {
  const { t } = useTranslation('consultationForm');
  const { t: tCommon } = useTranslation();
  return (
    <div className="cf-refusal" role="alert">
      <p>{t('refused', { role: tCommon(`roles.${user.role}`) })}</p>
      <p>
        <Link to={back}>{t('refusedBack')}</Link>
      </p>
    </div>
  );
}

function useMe(): User | null | undefined {
  return useQuery(sessionQueries.me()).data;
}

/** `/consultations/new`, optionally prefilled from a link (the plans page) or a second proposal (`?draft=`). */
export function NewConsultationPage({ parse }: { parse?: PressReleaseParser }) {
  const { t } = useTranslation('consultationForm');
  const language = useLanguage();
  const me = useMe();
  const [params] = useSearchParams();
  const bodies = useQuery(directoryQueries.list('body', { limit: 1000 }));
  const homeParty = me?.bodyId
    ? (bodies.data?.items.find((b) => b.id === me.bodyId)?.partyId ?? null)
    : null;
  const slotParam = params.get('draft');
  const slot =
    slotParam && /^[A-Za-z0-9_-]{1,64}$/.test(slotParam)
      ? slotParam
      : hasPrefill(params)
        ? prefillSlot(params)
        : null;
  const initial = useMemo(() => {
    const empty = emptyValues(language);
    // An analyst logs their own ministry's meetings: its party leads the first delegation.
    if (homeParty) empty.delegations = [emptyDelegation(homeParty), emptyDelegation()];
    return hasPrefill(params) ? valuesFromParams(params, empty, toIsoDate(new Date())) : empty;
  }, [params, language, homeParty]);

  if (!me) return null;
  return (
    <section className="page cf-page" aria-labelledby="cf-page-title">
      <h1 id="cf-page-title">{t('newTitle')}</h1>
      {mayWriteConsultations(me.role) ? (
        // The user's body decides the first delegation; wait for it so the form starts complete.
        me.bodyId && bodies.isPending ? (
          <p role="status">{t('common:state.loading')}</p>
        ) : (
          <ConsultationForm
            key={slot ?? 'default'}
            mode="new"
            userId={me.id}
            initial={initial}
            draftSlot={slot}
            parse={parse}
          />
        )
      ) : (
        <RoleRefusal user={me} back={paths.consultations()} />
      )}
    </section>
  );
}

/** `/consultations/:id/edit`. */
export function EditConsultationPage({ id }: { id: string }) {
  const { t } = useTranslation('consultationForm');
  const { t: tCommon } = useTranslation();
  const me = useMe();
  const record = useQuery(consultationQueries.detail(id));
  const initial = useMemo(
    () => (record.data ? fromConsultation(record.data) : null),
    [record.data],
  );

  if (!me) return null;
  if (!mayWriteConsultations(me.role)) {
    return (
      <section className="page cf-page" aria-labelledby="cf-page-title">
        <h1 id="cf-page-title">{t('editTitle')}</h1>
        <RoleRefusal user={me} back={paths.consultation(id)} />
      </section>
    );
  }
  if (record.isPending) return <p role="status">{tCommon('state.loading')}</p>;
  if (record.isError || !record.data || !initial) {
    return (
      <section className="page cf-page" aria-labelledby="cf-page-title">
        <h1 id="cf-page-title">{t('editTitle')}</h1>
        <p role="alert">{apiErrorMessage(record.error, tCommon)}</p>
      </section>
    );
  }
  return (
    <section className="page cf-page" aria-labelledby="cf-page-title">
      <h1 id="cf-page-title">
        {t('editTitle')}: <span className="cf-record-title">{record.data.title}</span>
      </h1>
      <ConsultationForm
        key={id}
        mode="edit"
        userId={me.id}
        initial={initial}
        record={record.data}
      />
    </section>
  );
}
