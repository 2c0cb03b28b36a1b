import { useTranslation } from 'react-i18next';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';
import { useFilterChips } from './use-filter-labels';

interface FilterChipsProps {
  value: ConsultationFilterParams;
  onChange: (next: ConsultationFilterParams) => void;
}

/** The active filters as chips, each removable, and one button to clear them all. */
export function FilterChips({ value, onChange }: FilterChipsProps) {
  const { t } = useTranslation('filters');
  const chips = useFilterChips(value);
  if (!chips.length) return null;
  return (
    <div className="filter-bar-active">
      <ul className="chips" aria-label={t('active')}>
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span>{chip.label}</span>
            <button
              type="button"
              className="link-button"
              aria-label={t('remove', { label: chip.label })}
              onClick={() => onChange(chip.without)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={() => onChange({})}>
        {t('clearAll')}
      </button>
    </div>
  );
}
