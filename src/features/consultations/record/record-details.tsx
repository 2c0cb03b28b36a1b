import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planItemQueries } from '@/api/queries/consultation-record';
import { planQueries } from '@/api/queries/plans';
import type { Consultation } from '@/api/schemas';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { formatDay, formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { useNames } from './use-names';

/** The plan item a consultation fulfils, linked to its plan. */
function PlanItemLink({ id }: { id: string }) {
  const { t } = useTranslation('consultations');
  const language = useLanguage();
  const item = useQuery(planItemQueries.detail(id));
  const plan = useQuery({
    ...planQueries.detail(item.data?.planId ?? ''),
    enabled: Boolean(item.data),
  });
  if (!item.data) return <>{item.isError ? t('record.unknownPlanItem') : id}</>;
  const planTitle = plan.data ? localize(plan.data.title, language) : '';
  return (
    <>
      <Link to={paths.plan(item.data.planId)}>{item.data.title}</Link>
      {planTitle && <span className="muted"> — {planTitle}</span>}
    </>
  );
}

/** The facts of a consultation: what, when, where, under which plan. */
export function RecordDetails({ c }: { c: Consultation }) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const names = useNames();
  const city = c.place.placeId ? names.place(c.place.placeId, c.date.start) : c.place.city;
  const place = [city, c.place.venue].filter(Boolean).join(', ');
  // A multi-day meeting has an end; so does a vague date (a quarter ends on its last day).
  const end = c.date.end && c.date.end !== c.date.start ? c.date.end : null;
  return (
    <section aria-labelledby="record-details" className="record-section">
      <h2 id="record-details">{t('record.details')}</h2>
      <dl className="record-facts">
        <dt>{t('record.fields.date')}</dt>
        <dd>
          {formatFuzzyDate(c.date, language, tCommon)}
          <span className="muted">
            {' '}
            ({t('record.precision', { precision: tCommon(`precision.${c.date.precision}`) })}
            {c.date.approximate ? `, ${t('record.approximate')}` : ''})
          </span>
        </dd>
        {end && (
          <>
            <dt>{t('record.fields.end')}</dt>
            <dd>{formatDay(end, language)}</dd>
          </>
        )}
        {!end && c.date.precision !== 'day' && (
          <>
            <dt>{t('record.span')}</dt>
            <dd>
              {t('filters:between', {
                from: formatDay(c.date.start, language),
                to: formatDay(fuzzyDateEnd(c.date), language),
              })}
            </dd>
          </>
        )}
        <dt>{t('record.fields.status')}</dt>
        <dd>{tCommon(`status.${c.status}`)}</dd>
        {c.condition && (
          <>
            <dt>{t('record.fields.condition')}</dt>
            <dd lang={c.language}>{c.condition}</dd>
          </>
        )}
        <dt>{t('record.fields.kind')}</dt>
        <dd>{tCommon(`kind.${c.kind}`)}</dd>
        <dt>{t('record.fields.level')}</dt>
        <dd>{tCommon(`level.${c.level}`)}</dd>
        <dt>{t('record.fields.format')}</dt>
        <dd>{tCommon(`format.${c.format}`)}</dd>
        <dt>{t('record.fields.place')}</dt>
        <dd>{place || <span className="muted">{t('record.notGiven')}</span>}</dd>
        <dt>{t('record.fields.hostPartyId')}</dt>
        <dd>
          {c.hostPartyId ? (
            <Link to={paths.participant('party', c.hostPartyId)}>{names.party(c.hostPartyId)}</Link>
          ) : (
            <span className="muted">{t('record.notGiven')}</span>
          )}
        </dd>
        <dt>{t('record.fields.planItemId')}</dt>
        <dd>
          {c.planItemId ? (
            <PlanItemLink id={c.planItemId} />
          ) : (
            <span className="muted">{t('record.noPlanItem')}</span>
          )}
        </dd>
      </dl>
    </section>
  );
}
