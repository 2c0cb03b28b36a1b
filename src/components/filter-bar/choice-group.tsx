import { useTranslation } from 'react-i18next';
import type { FacetCount } from '@/api/schemas';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';

/** "held (1 234)": a value's label with its count in the current view, when counts are known. */
export function useCountLabel(counts: readonly FacetCount[] | undefined) {
  const { t } = useTranslation('filters');
  const language = useLanguage();
  return (value: string, label: string) => {
    if (!counts) return label;
    const count = counts.find((c) => c.value === value)?.count ?? 0;
    return t('withCount', { label, count: formatNumber(count, language) });
  };
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  value: readonly T[] | undefined;
  onChange: (next: T[] | undefined) => void;
  counts?: readonly FacetCount[];
}

/** Several values of one filter, any of which may match (held or planned). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  labelOf,
  value,
  onChange,
  counts,
}: CheckboxGroupProps<T>) {
  const countLabel = useCountLabel(counts);
  const chosen = new Set(value ?? []);
  const toggle = (option: T, on: boolean) => {
    const next = options.filter((o) => (o === option ? on : chosen.has(o)));
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset className="filter-bar-group">
      <legend>{legend}</legend>
      <div className="filter-bar-checks">
        {options.map((option) => (
          <label key={option} className="filter-bar-check">
            <input
              type="checkbox"
              checked={chosen.has(option)}
              onChange={(event) => toggle(option, event.target.checked)}
            />
            <span>{countLabel(option, labelOf(option))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  anyLabel: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  value: T | undefined;
  onChange: (next: T | undefined) => void;
  counts?: readonly FacetCount[];
}

/** One value of a filter, or any. */
export function SelectField<T extends string>({
  label,
  anyLabel,
  options,
  labelOf,
  value,
  onChange,
  counts,
}: SelectFieldProps<T>) {
  const countLabel = useCountLabel(counts);
  return (
    <label className="filter-bar-field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as T | undefined)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {countLabel(option, labelOf(option))}
          </option>
        ))}
      </select>
    </label>
  );
}
