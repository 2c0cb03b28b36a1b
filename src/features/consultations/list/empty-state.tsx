import { useTranslation } from 'react-i18next';
import { useFilterChips } from '@/components/filter-bar';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';

/** Nothing matched: says which filters are on, and offers to clear them. */
export function EmptyState({
  filters,
  onClear,
}: {
  filters: ConsultationFilterParams;
  onClear: () => void;
}) {
  const { t } = useTranslation('consultations');
  const chips = useFilterChips(filters);
  return (
    <div className="consultations-empty" role="status">
      {chips.length ? (
        <>
          <p>{t('list.emptyFiltered')}</p>
          <ul>
            {chips.map((chip) => (
              <li key={chip.key}>{chip.label}</li>
            ))}
          </ul>
          <button type="button" onClick={onClear}>
            {t('filters:clearAll')}
          </button>
        </>
      ) : (
        <p>{t('list.empty')}</p>
      )}
    </div>
  );
}
