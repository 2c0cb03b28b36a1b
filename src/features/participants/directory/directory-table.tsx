import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth, formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { consultationsOf } from '../links';
import {
  firstDirectionDesc,
  type DirectoryRow,
  type DirectorySort,
  type DirectorySortField,
} from './directory-view';

interface Props {
  rows: DirectoryRow[];
  sort: DirectorySort;
  onSort: (sort: DirectorySort) => void;
  partyName: (id: string) => string;
}

function SortHeader({
  field,
  label,
  sort,
  onSort,
  numeric,
}: {
  field: DirectorySortField;
  label: string;
  sort: DirectorySort;
  onSort: Props['onSort'];
  numeric?: boolean;
}) {
  const { t } = useTranslation('participants');
  const active = sort.field === field;
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ field, desc: active ? !sort.desc : firstDirectionDesc(field) })}
        aria-label={t('directory.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sort.desc ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * The directory as a table: each name opens its profile, each count the consultations with it.
 * Dates are shown to the month: the API's usage gives when a meeting began, not how precisely.
 */
export function DirectoryTable({ rows, sort, onSort, partyName }: Props) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="directory-table">
        <caption className="visually-hidden">{t('directory.caption')}</caption>
        <thead>
          <tr>
            <SortHeader field="name" label={t('directory.name')} sort={sort} onSort={onSort} />
            <th scope="col">{t('directory.kind')}</th>
            <th scope="col">{t('directory.party')}</th>
            <SortHeader
              field="consultations"
              label={t('directory.consultations')}
              sort={sort}
              onSort={onSort}
              numeric
            />
            <SortHeader
              field="lastMet"
              label={t('directory.lastHeld')}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('directory.nextPlanned')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}-${row.id}`} data-bench="directory-row">
              <th scope="row">
                <Link to={paths.participant(row.kind, row.id)}>{row.name}</Link>
                {row.detail && <span className="row-detail">{row.detail}</span>}
              </th>
              <td>{row.kind === 'party' ? tc(`partyType.${row.tab}`) : t(`kinds.${row.kind}`)}</td>
              <td>
                {row.partyId ? (
                  <Link to={paths.participant('party', row.partyId)}>
                    {partyName(row.partyId) || row.partyId}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">
                {row.usage.consultations > 0 ? (
                  <Link
                    to={consultationsOf({ kind: row.kind, id: row.id })}
                    aria-label={t('directory.consultationsWith', {
                      count: row.usage.consultations,
                      formatted: formatNumber(row.usage.consultations, language),
                      name: row.name,
                    })}
                  >
                    {formatNumber(row.usage.consultations, language)}
                  </Link>
                ) : (
                  formatNumber(0, language)
                )}
              </td>
              <td>
                {row.usage.lastHeld ? (
                  formatMonth(row.usage.lastHeld, language)
                ) : (
                  <span className="muted">{t('directory.never')}</span>
                )}
              </td>
              <td>
                {row.usage.nextPlanned ? (
                  formatMonth(row.usage.nextPlanned, language)
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
