import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePrecisions, type DatePrecision, type FuzzyDate, type Language } from '@/api/schemas';
import { snapStart } from '@/lib/fuzzy-date';
import { monthName as sharedMonthName } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';

interface Props {
  legend: string;
  value: FuzzyDate;
  onChange: (value: FuzzyDate) => void;
  error?: string;
  disabled?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isYear = (text: string) => /^\d{4}$/.test(text);
/** A month's name standing alone: "January", "январь", "қаңтар". */
const monthName = (month: number, language: Language) => sharedMonthName(month - 1, language);

/**
 * A planned date at the precision it is known: a year (or several), a quarter, a month, or days.
 * The start is always the first day of the chosen span.
 */
export function FuzzyDateField({ legend, value, onChange, error, disabled }: Props) {
  const { t } = useTranslation('plans');
  const language = useLanguage();
  const id = useId();
  const errorId = `${id}-error`;
  const year = value.start.slice(0, 4);
  const month = Number(value.start.slice(5, 7));
  const [yearText, setYearText] = useState(year);
  const [endYearText, setEndYearText] = useState(
    value.end && value.precision === 'year' ? value.end.slice(0, 4) : '',
  );
  useEffect(() => setYearText(year), [year]);
  useEffect(
    () => setEndYearText(value.end && value.precision === 'year' ? value.end.slice(0, 4) : ''),
    [value.end, value.precision],
  );

  const described = error ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
  const setPrecision = (precision: DatePrecision) =>
    onChange({
      start: snapStart(value.start, precision),
      precision,
      approximate: value.approximate,
    });
  const setStart = (start: string) =>
    onChange({ ...value, start, end: value.precision === 'year' ? value.end : undefined });

  return (
    <fieldset className="fuzzy-date-field" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="field-row">
        <label>
          <span>{t('date.precision')}</span>
          <select
            value={value.precision}
            onChange={(e) => setPrecision(e.target.value as DatePrecision)}
          >
            {datePrecisions.map((p) => (
              <option key={p} value={p}>
                {t(`common:precision.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {value.precision !== 'day' && (
          <label>
            <span>{t('date.year')}</span>
            <input
              type="number"
              inputMode="numeric"
              min={1991}
              max={2100}
              value={yearText}
              {...described}
              onChange={(e) => {
                setYearText(e.target.value);
                if (isYear(e.target.value)) setStart(`${e.target.value}${value.start.slice(4)}`);
              }}
            />
          </label>
        )}
        {value.precision === 'year' && (
          <label>
            <span>{t('date.untilYear')}</span>
            <input
              type="number"
              inputMode="numeric"
              min={1991}
              max={2100}
              value={endYearText}
              onChange={(e) => {
                setEndYearText(e.target.value);
                if (!e.target.value) onChange({ ...value, end: undefined });
                else if (isYear(e.target.value))
                  onChange({
                    ...value,
                    end: e.target.value === year ? undefined : `${e.target.value}-12-31`,
                  });
              }}
            />
          </label>
        )}
        {value.precision === 'quarter' && (
          <label>
            <span>{t('date.quarter')}</span>
            <select
              value={Math.floor((month - 1) / 3) + 1}
              onChange={(e) => setStart(`${year}-${pad((Number(e.target.value) - 1) * 3 + 1)}-01`)}
            >
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {t('date.quarterN', { quarter: q })}
                </option>
              ))}
            </select>
          </label>
        )}
        {value.precision === 'month' && (
          <label>
            <span>{t('date.month')}</span>
            <select
              value={month}
              onChange={(e) => setStart(`${year}-${pad(Number(e.target.value))}-01`)}
            >
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <option key={m} value={m}>
                  {monthName(m, language)}
                </option>
              ))}
            </select>
          </label>
        )}
        {value.precision === 'day' && (
          <>
            <label>
              <span>{t('date.day')}</span>
              <input
                type="date"
                value={value.start}
                required
                {...described}
                onChange={(e) => e.target.value && setStart(e.target.value)}
              />
            </label>
            <label>
              <span>{t('date.lastDay')}</span>
              <input
                type="date"
                value={value.end ?? ''}
                min={value.start}
                onChange={(e) =>
                  onChange({
                    ...value,
                    end:
                      e.target.value && e.target.value !== value.start ? e.target.value : undefined,
                  })
                }
              />
            </label>
          </>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
