import { useTranslation } from 'react-i18next';
import { datePrecisions, type DatePrecision, type Language } from '@/api/schemas';
import { snapStart } from '@/lib/fuzzy-date';
import { monthName } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { CheckboxField, SelectField, TextField } from './form-controls';
import type { DateValues } from './form-values';
import { earliestYear, fieldId, latestYear } from './validation';

interface DateFieldsProps {
  /** `date` or `followUps.0.due`. */
  name: string;
  legend: string;
  value: DateValues;
  onChange: (value: DateValues, changedKey: string) => void;
  onBlur: (key: string) => void;
  error: (key: string) => string | undefined;
  required?: boolean;
  /** Multi-day meetings have a last day; a due date does not. */
  withEnd?: boolean;
}

/** Month names as they stand alone ("январь", not "января"). */
const monthNames = (language: Language): string[] => Array.from({ length: 12 }, (_, i) => monthName(i, language));

const isIsoDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const pad = (n: number) => String(n).padStart(2, '0');

/** The parts of a start as typed so far: "2020-12-01" → 2020, 12; "-12-01" → no year yet. */
function partsOf(start: string) {
  const [year = '', month = ''] = start.split('-');
  return { year, month: month && month !== '00' ? String(Number(month)) : '' };
}
/** A start from its parts; an unfinished one stays unfinished, so the schema names what is missing. */
function startFrom(year: string, month: string): string {
  if (!year && !month) return '';
  return `${year.trim()}-${month ? pad(Number(month)) : '00'}-01`;
}

/**
 * A date as precise as it is known: a day, a month (month + year), a quarter (quarter + year) or a
 * year, with an "approximate" mark and, for a meeting over several days, its last day. The start
 * is always the first day of the period, as the contract stores it.
 */
export function DateFields({
  name,
  legend,
  value,
  onChange,
  onBlur,
  error,
  required,
  withEnd,
}: DateFieldsProps) {
  const { t } = useTranslation('consultationForm');
  const language = useLanguage();
  const startKey = `${name}.start`;
  const startId = fieldId(startKey);
  const startError = error(startKey);
  const { year, month } = partsOf(value.start);
  const today = new Date();
  const min = `${earliestYear}-01-01`;
  const max = `${latestYear(today)}-12-31`;

  const setPrecision = (precision: DatePrecision) => {
    const start = isIsoDay(value.start)
      ? snapStart(value.start, precision)
      : precision === 'day'
        ? ''
        : value.start;
    onChange(
      { ...value, precision, start, end: precision === 'day' ? value.end : '' },
      `${name}.precision`,
    );
  };
  const setStart = (start: string) => onChange({ ...value, start }, startKey);
  const describedBy = startError ? `${startId}-message` : undefined;
  const yearInput = (id: string) => (
    <div className="cf-field cf-year">
      <label htmlFor={id}>{t('dateField.year')}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={6}
        value={year}
        aria-invalid={Boolean(startError) || undefined}
        aria-describedby={describedBy}
        onChange={(e) =>
          setStart(
            value.precision === 'year'
              ? e.target.value
                ? `${e.target.value.trim()}-01-01`
                : ''
              : startFrom(e.target.value, month),
          )
        }
        onBlur={() => onBlur(startKey)}
      />
    </div>
  );

  return (
    <fieldset className="cf-date">
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <div className="cf-date-row">
        <SelectField
          name={`${name}.precision`}
          label={t('dateField.precision')}
          value={value.precision}
          onChange={setPrecision}
          options={datePrecisions.map((p) => ({ value: p, label: t(`common:precision.${p}`) }))}
        />
        {value.precision === 'day' && (
          <TextField
            name={startKey}
            label={t('dateField.day')}
            type="date"
            min={min}
            max={max}
            value={isIsoDay(value.start) ? value.start : ''}
            onChange={setStart}
            onBlur={() => onBlur(startKey)}
            error={startError}
            required={required}
          />
        )}
        {value.precision === 'month' && (
          <>
            <div className="cf-field">
              <label htmlFor={startId}>{t('dateField.month')}</label>
              <select
                id={startId}
                value={month}
                aria-invalid={Boolean(startError) || undefined}
                aria-describedby={describedBy}
                onChange={(e) => setStart(startFrom(year, e.target.value))}
                onBlur={() => onBlur(startKey)}
              >
                <option value="">{t('dateField.chooseMonth')}</option>
                {Array.from({ length: 12 }, (_, i) => (
                  <option key={i} value={String(i + 1)}>
                    {monthNames(language)[i]}
                  </option>
                ))}
              </select>
            </div>
            {yearInput(`${startId}-year`)}
          </>
        )}
        {value.precision === 'quarter' && (
          <>
            <div className="cf-field">
              <label htmlFor={startId}>{t('dateField.quarter')}</label>
              <select
                id={startId}
                value={month ? String(Math.floor((Number(month) - 1) / 3) + 1) : ''}
                aria-invalid={Boolean(startError) || undefined}
                aria-describedby={describedBy}
                onChange={(e) =>
                  setStart(
                    startFrom(
                      year,
                      e.target.value ? String((Number(e.target.value) - 1) * 3 + 1) : '',
                    ),
                  )
                }
                onBlur={() => onBlur(startKey)}
              >
                <option value="">{t('dateField.chooseQuarter')}</option>
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={String(q)}>
                    {t('dateField.quarterOption', { quarter: q })}
                  </option>
                ))}
              </select>
            </div>
            {yearInput(`${startId}-year`)}
          </>
        )}
        {value.precision === 'year' && yearInput(startId)}
      </div>
      {startError && value.precision !== 'day' && (
        <p id={`${startId}-message`} className="field-error">
          {startError}
        </p>
      )}
      <div className="cf-date-row">
        <CheckboxField
          name={`${name}.approximate`}
          label={t('dateField.approximate')}
          checked={value.approximate}
          onChange={(approximate) => onChange({ ...value, approximate }, `${name}.approximate`)}
        />
        {withEnd && (value.precision === 'day' || value.end) && (
          <TextField
            name={`${name}.end`}
            label={t('dateField.end')}
            hint={t('dateField.endHint')}
            type="date"
            min={isIsoDay(value.start) ? value.start : min}
            max={max}
            value={value.end}
            error={error(`${name}.end`)}
            onChange={(end) => onChange({ ...value, end }, `${name}.end`)}
            onBlur={() => onBlur(`${name}.end`)}
          />
        )}
      </div>
    </fieldset>
  );
}
