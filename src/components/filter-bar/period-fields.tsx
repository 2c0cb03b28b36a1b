import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  quarterPeriod,
  quarters,
  quickChoiceOf,
  yearChoices,
  yearPeriod,
  type Quarter,
} from './period';

interface PeriodFieldsProps {
  from: string | undefined;
  to: string | undefined;
  onChange: (period: { from: string | undefined; to: string | undefined }) => void;
  facetYears?: readonly string[];
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The period: two date fields, and a year and a quarter to choose in one step. A half-typed date
 * stays in its field until it is a whole day; an end before the start is said at the field and not
 * applied.
 */
export function PeriodFields({ from, to, onChange, facetYears }: PeriodFieldsProps) {
  const { t } = useTranslation('filters');
  const id = useId();
  const [fromText, setFromText] = useState(from ?? '');
  const [toText, setToText] = useState(to ?? '');
  const [error, setError] = useState(false);
  useEffect(() => {
    setFromText(from ?? '');
    setToText(to ?? '');
    setError(false);
  }, [from, to]);

  const quick = quickChoiceOf(from, to);
  const years = yearChoices(facetYears, quick?.year ?? null);

  const commit = (nextFrom: string, nextTo: string) => {
    const f = isDay(nextFrom) ? nextFrom : undefined;
    const e = isDay(nextTo) ? nextTo : undefined;
    // Half-typed: wait. (A date input reports '' until the day is whole.)
    if ((nextFrom && !f) || (nextTo && !e)) return;
    if (f && e && e < f) {
      setError(true);
      return;
    }
    setError(false);
    onChange({ from: f, to: e });
  };

  const chooseYear = (value: string) => {
    if (!value) onChange({ from: undefined, to: undefined });
    else onChange(yearPeriod(Number(value)));
  };
  const chooseQuarter = (value: string) => {
    const year = quick?.year ?? (from ? Number(from.slice(0, 4)) : new Date().getUTCFullYear());
    if (!value) onChange(yearPeriod(year));
    else onChange(quarterPeriod(year, Number(value) as Quarter));
  };

  const errorId = `${id}-error`;
  return (
    <fieldset className="filter-bar-group filter-bar-period">
      <legend>{t('period')}</legend>
      <div className="filter-bar-row">
        <label className="filter-bar-field">
          <span>{t('from')}</span>
          <input
            type="date"
            value={fromText}
            min="1900-01-01"
            max="2100-12-31"
            aria-invalid={error || undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setFromText(event.target.value);
              commit(event.target.value, toText);
            }}
          />
        </label>
        <label className="filter-bar-field">
          <span>{t('to')}</span>
          <input
            type="date"
            value={toText}
            min="1900-01-01"
            max="2100-12-31"
            aria-invalid={error || undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setToText(event.target.value);
              commit(fromText, event.target.value);
            }}
          />
        </label>
        <label className="filter-bar-field">
          <span>{t('year')}</span>
          <select
            value={quick ? String(quick.year) : ''}
            onChange={(event) => chooseYear(event.target.value)}
          >
            <option value="">
              {quick || (!from && !to) ? t('anyYear') : t('customPeriod')}
            </option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-bar-field">
          <span>{t('quarter')}</span>
          <select
            value={quick?.quarter ? String(quick.quarter) : ''}
            onChange={(event) => chooseQuarter(event.target.value)}
          >
            <option value="">{t('wholeYear')}</option>
            {quarters.map((quarter) => (
              <option key={quarter} value={quarter}>
                {t('quarterN', { quarter })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t('common:field.end_before_start')}
        </p>
      )}
    </fieldset>
  );
}
