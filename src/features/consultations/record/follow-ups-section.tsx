import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planItemQueries } from '@/api/queries/consultation-record';
import { consultationQueries } from '@/api/queries/consultations';
import type { Consultation, FollowUp } from '@/api/schemas';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { useNames } from './use-names';

function BecameConsultation({ id }: { id: string }) {
  const { data } = useQuery(consultationQueries.detail(id));
  return <Link to={paths.consultation(id)}>{data?.title ?? id}</Link>;
}

function BecamePlanItem({ id }: { id: string }) {
  const { data } = useQuery(planItemQueries.detail(id));
  return data ? <Link to={paths.plan(data.planId)}>{data.title}</Link> : <>{id}</>;
}

function FollowUpItem({ f, c }: { f: FollowUp; c: Consultation }) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const names = useNames();
  const place = f.place
    ? [
        f.place.placeId ? names.place(f.place.placeId, f.due?.start ?? c.date.start) : f.place.city,
        f.place.venue,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <li className="follow-up">
      <p className="follow-up-text" lang={c.language}>
        {f.text}
      </p>
      <dl className="record-facts">
        <dt>{t('record.fields.status')}</dt>
        <dd>{tCommon(`followUpStatus.${f.status}`)}</dd>
        {f.due && (
          <>
            <dt>{t('record.due')}</dt>
            <dd>{formatFuzzyDate(f.due, language, tCommon)}</dd>
          </>
        )}
        {f.condition && (
          <>
            <dt>{t('record.fields.condition')}</dt>
            <dd lang={c.language}>{f.condition}</dd>
          </>
        )}
        {place && (
          <>
            <dt>{t('record.fields.place')}</dt>
            <dd>{place}</dd>
          </>
        )}
        {(f.becameConsultationId || f.becamePlanItemId) && (
          <>
            <dt>{t('record.became')}</dt>
            <dd>
              {f.becameConsultationId && <BecameConsultation id={f.becameConsultationId} />}
              {f.becameConsultationId && f.becamePlanItemId && '; '}
              {f.becamePlanItemId && <BecamePlanItem id={f.becamePlanItemId} />}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

/** What was agreed to do next, and what each became: a planned consultation or a plan item. */
export function FollowUpsSection({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  return (
    <section aria-labelledby="record-follow-ups" className="record-section">
      <h2 id="record-follow-ups">{t('record.fields.followUps')}</h2>
      {c.followUps.length === 0 ? (
        <p className="muted">{t('record.noFollowUps')}</p>
      ) : (
        <ul className="follow-ups">
          {c.followUps.map((f) => (
            <FollowUpItem key={f.id} f={f} c={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
