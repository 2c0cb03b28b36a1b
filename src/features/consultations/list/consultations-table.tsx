import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationSummary } from '@/api/schemas';
import { entryName, useDirectoryLookup } from '@/components/entity-name';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { counterpartIds } from '@/lib/counterparts';
import { StatusBadge } from '../status-badge';
import type { Sort } from './list-view';
import { SortHeader } from './sort-header';

interface ConsultationsTableProps {
  rows: ConsultationSummary[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  caption: string;
  busy: boolean;
}

/** One page of consultations as a real table: column headers, the sort state on its column. */
export function ConsultationsTable({ rows, sort, onSort, caption, busy }: ConsultationsTableProps) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const parties = useDirectoryLookup('party');
  return (
    <div className="consultations-table-wrap">
      <table className="consultations-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortHeader field="date" label={t('list.columns.date')} sort={sort} onSort={onSort} />
            <SortHeader field="title" label={t('list.columns.title')} sort={sort} onSort={onSort} />
            <th scope="col">{t('list.columns.counterparts')}</th>
            <SortHeader field="level" label={t('list.columns.level')} sort={sort} onSort={onSort} />
            <th scope="col">{t('list.columns.format')}</th>
            <SortHeader
              field="status"
              label={t('list.columns.status')}
              sort={sort}
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr
              key={c.id}
              data-bench="consultation-row"
              className={c.deletedAt ? 'is-deleted' : undefined}
            >
              <td className="cell-date">{formatFuzzyDate(c.date, language, tCommon)}</td>
              <td className="cell-title">
                <Link to={paths.consultation(c.id)}>{c.title}</Link>
                {c.deletedAt && <span className="deleted-mark"> {t('list.deletedMark')}</span>}
              </td>
              <td>
                {counterpartIds(c.partyIds, parties)
                  .map((id) => entryName(parties.get(id), language) || id)
                  .join(', ')}
              </td>
              <td>{t(`common:level.${c.level}`)}</td>
              <td>{t(`common:format.${c.format}`)}</td>
              <td>
                <StatusBadge status={c.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
