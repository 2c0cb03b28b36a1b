import { useTranslation } from 'react-i18next';
import { firstDirectionDesc, type Sort, type SortField } from './list-view';

interface SortHeaderProps {
  field: SortField;
  label: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
}

/** A column header that sorts: the state is in `aria-sort`, the action is a button. */
export function SortHeader({ field, label, sort, onSort }: SortHeaderProps) {
  const { t } = useTranslation('consultations');
  const active = sort.field === field;
  const ariaSort = active ? (sort.desc ? 'descending' : 'ascending') : undefined;
  const next: Sort = active
    ? { field, desc: !sort.desc }
    : { field, desc: firstDirectionDesc(field) };
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        title={t(next.desc ? 'list.sortDescending' : 'list.sortAscending', { column: label })}
        onClick={() => onSort(next)}
      >
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (sort.desc ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
