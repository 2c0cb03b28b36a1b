import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import type { FormValues } from './form-values';

const isIsoDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Waits until typing pauses, so that each keystroke of a date does not ask the API. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A consultation with the same parties in an overlapping period is probably this one: say so, without blocking. */
export function DuplicateWarning({
  values,
  excludeId,
}: {
  values: FormValues;
  excludeId?: string | undefined;
}) {
  const { t } = useTranslation('consultationForm');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const parties = [
    ...new Set(values.delegations.map((d) => d.partyId).filter((p): p is string => Boolean(p))),
  ].sort();
  const { start, precision } = values.date;
  const end = isIsoDay(start)
    ? values.date.end && isIsoDay(values.date.end) && values.date.end >= start
      ? values.date.end
      : fuzzyDateEnd({ start, precision })
    : '';
  const query = useSettled(JSON.stringify({ parties, start, end }));
  const settled = JSON.parse(query) as { parties: string[]; start: string; end: string };
  const ready = settled.parties.length >= 1 && isIsoDay(settled.start) && isIsoDay(settled.end);
  const duplicates = useQuery({
    ...consultationQueries.duplicates(settled.parties, settled.start, settled.end, excludeId),
    enabled: ready,
  }).data;
  if (!ready || !duplicates?.length) return null;
  return (
    <div className="cf-duplicates" role="status">
      <p>{t('duplicates.intro', { count: duplicates.length })}</p>
      <ul>
        {duplicates.map((c) => (
          <li key={c.id}>
            <Link to={paths.consultation(c.id)} target="_blank" rel="noopener noreferrer">
              {c.title}
            </Link>{' '}
            — {formatFuzzyDate(c.date, language, tCommon)}{' '}
            <span className="visually-hidden">{t('newTab')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
