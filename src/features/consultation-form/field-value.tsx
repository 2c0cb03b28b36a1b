import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FuzzyDate } from '@/api/schemas';
import { EntityName } from '@/components/entity-name';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import type { DateValues, FormField, FormValues, PlaceValues } from './form-values';
import { planItemQuery } from './queries';

function DateText({ date }: { date: DateValues }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.start)) return <>{date.start || '—'}</>;
  const fuzzy: FuzzyDate = {
    start: date.start,
    precision: date.precision,
    approximate: date.approximate,
    ...(date.end ? { end: date.end } : {}),
  };
  return <>{formatFuzzyDate(fuzzy, language, t)}</>;
}

function PlaceText({ place }: { place: PlaceValues }) {
  const parts = [place.placeId ? null : place.city, place.countryCode, place.venue].filter(Boolean);
  if (!place.placeId && !parts.length) return <>—</>;
  return (
    <>
      {place.placeId && <EntityName kind="place" id={place.placeId} />}
      {place.placeId && parts.length > 0 && ', '}
      {parts.join(', ')}
    </>
  );
}

function PlanItemName({ id }: { id: string }) {
  const item = useQuery(planItemQuery(id)).data;
  return <>{item?.title ?? id}</>;
}

/** A field's value as a person reads it, always as text: names for ids, dates by precision. */
export function FieldValue({ field, values }: { field: FormField; values: FormValues }) {
  const { t } = useTranslation();
  const language = values.language;
  switch (field) {
    case 'title':
    case 'condition':
    case 'summary':
      return <span className="cf-value-text">{values[field] || '—'}</span>;
    case 'kind':
    case 'level':
    case 'format':
    case 'status':
      return <>{t(`${field}.${values[field]}`)}</>;
    case 'language':
      return <>{t(`languages.${language}`)}</>;
    case 'date':
      return <DateText date={values.date} />;
    case 'place':
      return <PlaceText place={values.place} />;
    case 'hostPartyId':
      return values.hostPartyId ? <EntityName kind="party" id={values.hostPartyId} /> : <>—</>;
    case 'planItemId':
      return values.planItemId ? <PlanItemName id={values.planItemId} /> : <>—</>;
    case 'topicIds':
      return values.topicIds.length ? (
        <ul>
          {values.topicIds.map((id) => (
            <li key={id}>
              <EntityName kind="topic" id={id} />
            </li>
          ))}
        </ul>
      ) : (
        <>—</>
      );
    case 'delegations':
      return (
        <ul>
          {values.delegations.map((d) => (
            <li key={d.key}>
              <EntityName kind="party" id={d.partyId} />
              {d.leadBodyId && (
                <>
                  {' — '}
                  <EntityName kind="body" id={d.leadBodyId} />
                </>
              )}
              {d.headPersonId && (
                <>
                  {' — '}
                  <EntityName kind="person" id={d.headPersonId} />
                </>
              )}
              {d.memberIds.map((m) => (
                <span key={m}>
                  {', '}
                  <EntityName kind="person" id={m} />
                </span>
              ))}
            </li>
          ))}
        </ul>
      );
    case 'outcomes':
      return values.outcomes.length ? (
        <ul>
          {values.outcomes.map((o) => (
            <li key={o.id}>
              {t(`outcomeKind.${o.kind}`)}: {o.text}
            </li>
          ))}
        </ul>
      ) : (
        <>—</>
      );
    case 'followUps':
      return values.followUps.length ? (
        <ul>
          {values.followUps.map((f) => (
            <li key={f.id}>
              {f.text}
              {f.due.start && (
                <>
                  {' ('}
                  <DateText date={f.due} />
                  {')'}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <>—</>
      );
    case 'sources':
      return values.sources.length ? (
        <ul>
          {values.sources.map((s) => (
            <li key={s.key}>
              {s.url}
              {s.publisher && ` (${s.publisher})`}
            </li>
          ))}
        </ul>
      ) : (
        <>—</>
      );
  }
}
