import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { planningApi } from '@/api/queries/planning';
import type {
  ConsultationSummary,
  PlanItemWithFulfilment,
  PlanWithFulfilment,
} from '@/api/schemas';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { shiftIsoYears } from '@/lib/plan-period';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { fieldErrorsOf, useErrorText } from '../lib/errors';
import { useMe } from '../lib/use-me';
import { useNames } from '../lib/use-names';

interface Props {
  plan: PlanWithFulfilment;
  item: PlanItemWithFulfilment;
  /** The plan's consultations (those linked to any item), to show what is linked already. */
  linked: readonly ConsultationSummary[];
  onDone: () => void;
}

/**
 * Records which consultation fulfilled an item: consultations with the plan's partners from the
 * plan's start to a year after its end (rounds are often held late), searchable by title.
 */
export function LinkPanel({ plan, item, linked, onDone }: Props) {
  const { t } = useTranslation('plans');
  const tc = useTranslation().t;
  const names = useNames();
  const me = useMe();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [q, setQ] = useState('');
  useEffect(() => headingRef.current?.focus(), []);

  const homeParty = me?.bodyId ? names.bodies.get(me.bodyId)?.partyId : undefined;
  const partners = plan.partyIds.filter((p) => p !== homeParty);
  const candidates = useQuery(
    consultationQueries.list({
      party: partners,
      from: plan.period.start,
      to: shiftIsoYears(plan.period.end, 1),
      q: q.trim() || undefined,
      sort: '-date',
      limit: 30,
    }),
  );
  const mine = linked.filter((c) => c.planItemId === item.id);
  const offered = (candidates.data?.items ?? []).filter(
    (c) => c.planItemId !== item.id && plan.partyIds.every((p) => c.partyIds.includes(p)),
  );

  const change = useMutation({
    mutationFn: ({ c, link }: { c: ConsultationSummary; link: boolean }) =>
      link
        ? planningApi.linkConsultation(item.id, c.id, c.version)
        : planningApi.unlinkConsultation(item.id, c.id, c.version),
    meta: { silent: true },
    onSuccess: async (_c, { link }) => {
      toastStore.show({ kind: 'success', message: link ? t('link.linked') : t('link.unlinked') });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['consultations'] }),
      ]);
    },
  });
  const errors = fieldErrorsOf(change.error);

  const row = (c: ConsultationSummary, link: boolean) => (
    <li key={c.id} className="candidate">
      <span>
        <Link to={paths.consultation(c.id)}>{c.title}</Link>
        <span className="muted">
          {' '}
          · {formatFuzzyDate(c.date, names.language, tc)} · {tc(`status.${c.status}`)}
        </span>
        {link && c.planItemId && <span className="muted"> · {t('link.linkedElsewhere')}</span>}
      </span>
      <button
        type="button"
        className={link ? undefined : 'secondary'}
        disabled={change.isPending}
        aria-label={t(link ? 'link.linkNamed' : 'link.unlinkNamed', { title: c.title })}
        onClick={() => change.mutate({ c, link })}
      >
        {t(link ? 'link.link' : 'link.unlink')}
      </button>
    </li>
  );

  return (
    <section className="panel link-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('link.title', { title: item.title })}
      </h3>
      <h4>{t('link.current')}</h4>
      {mine.length ? (
        <ul className="candidates">{mine.map((c) => row(c, false))}</ul>
      ) : (
        <p className="muted">{t('link.noneLinked')}</p>
      )}
      <h4>{t('link.candidates')}</h4>
      <label className="stacked">
        <span>{t('link.search')}</span>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      {change.isError && (
        <p className="field-error" role="alert">
          {errors.consultationId
            ? errorText.field(errors.consultationId)
            : errorText.request(change.error)}
        </p>
      )}
      {candidates.isPending ? (
        <p>{tc('state.loading')}</p>
      ) : offered.length ? (
        <ul className="candidates">{offered.map((c) => row(c, true))}</ul>
      ) : (
        <p className="muted">{t('link.noCandidates')}</p>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={onDone}>
          {tc('actions.close')}
        </button>
      </div>
    </section>
  );
}
