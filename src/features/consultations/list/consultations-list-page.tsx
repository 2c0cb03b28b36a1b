import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import { FilterBar, FilterProblems } from '@/components/filter-bar';
import { apiErrorMessage } from '@/lib/api-error-message';
import { activeFilterCount } from '@/lib/consultation-filter-params';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { useCanWriteConsultations } from '../use-can-write';
import { ConsultationsTable } from './consultations-table';
import { EmptyState } from './empty-state';
import { ExportButtons } from './export-buttons';
import { listParamsOf } from './list-query';
import { pageCount } from './list-view';
import { Pagination } from './pagination';
import { useListView } from './use-list-view';
import '../consultations.css';

/**
 * All consultations, a page at a time from the API (which filters, sorts and pages), so the DOM
 * holds one page whatever the store's size. Filters, order and page are the address.
 */
export function ConsultationsListPage() {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const { view, problems, setView } = useListView();
  const canWrite = useCanWriteConsultations();
  const list = useQuery(consultationQueries.list(listParamsOf(view)));
  const settled = Boolean(list.data) && !list.isPlaceholderData;
  // Counts for the filter bar are asked for once the rows are in: with the embedded API both
  // answers are computed on this thread, and the rows matter first.
  const facets = useQuery({ ...consultationQueries.facets(view.filters), enabled: settled });

  const total = list.data?.total ?? 0;
  const pages = pageCount(total, view.size);
  // A page past the end (the list shrank, or a link was edited): show the last one instead.
  useEffect(() => {
    if (settled && total > 0 && view.page > pages)
      setView({ ...view, page: pages }, { replace: true });
  }, [settled, total, pages, view, setView]);

  const filtered = activeFilterCount(view.filters) > 0;
  const countText = t(filtered ? 'list.totalFiltered' : 'list.total', {
    count: total,
    formatted: formatNumber(total, language),
  });

  return (
    <section className="page consultations-page">
      <div className="page-head">
        <h1>{tCommon('nav.consultations')}</h1>
        {canWrite && (
          <Link className="button-link" to={paths.newConsultation()}>
            {t('list.new')}
          </Link>
        )}
      </div>
      <FilterProblems problems={problems} />
      <FilterBar
        value={view.filters}
        facets={facets.data}
        showDeleted
        onChange={(filters) => setView({ ...view, filters, page: 1 })}
      />
      <div className="list-summary">
        <p className="list-count" role="status" aria-live="polite">
          {list.isPending ? tCommon('state.loading') : countText}
          {list.isFetching && !list.isPending && (
            <span className="list-updating"> {t('list.updating')}</span>
          )}
        </p>
        {settled && total > 0 && (
          <ExportButtons filters={view.filters} sort={view.sort} total={total} />
        )}
      </div>
      {list.isError && !list.data ? (
        <div role="alert" className="consultations-error">
          <p>{apiErrorMessage(list.error, tCommon)}</p>
          <button type="button" onClick={() => void list.refetch()}>
            {tCommon('actions.retry')}
          </button>
        </div>
      ) : list.isPending ? (
        <p className="consultations-loading">{tCommon('state.loading')}</p>
      ) : total === 0 && settled ? (
        <EmptyState
          filters={view.filters}
          onClear={() => setView({ ...view, filters: {}, page: 1 })}
        />
      ) : (
        <>
          <ConsultationsTable
            rows={list.data?.items ?? []}
            sort={view.sort}
            onSort={(sort) => setView({ ...view, sort, page: 1 })}
            caption={countText}
            busy={list.isFetching}
          />
          <Pagination view={view} total={total} onChange={setView} />
        </>
      )}
    </section>
  );
}
