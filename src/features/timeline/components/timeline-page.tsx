import { Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { epochDay, isoOfDay } from '@/api/schemas/timeline';
// The chips, not the whole filter bar: the bar is fetched when it is first opened.
import { FilterChips } from '@/components/filter-bar/filter-chips';
import { activeFilterCount, type ConsultationFilterParams } from '@/lib/consultation-filter-params';
import { useLanguage } from '@/lib/i18n/use-language';
import { useAfterFirstDraw } from '../hooks/use-print-mode';
import { useTimelineState } from '../hooks/use-timeline-state';
import { periodLabel } from '../lib/labels';
import type { TimelineParams } from '../lib/url-state';
import { customWindow } from '../lib/view-window';
import { ClusterPanel, ConsultationPanel, FilterBar, PlanItemPanel, preloadLaterParts, TimelineTable } from './later-parts';
import { PeriodSummary } from './period-summary';
import { PrintHeader } from './print-header';
import { TimelineLegend } from './timeline-legend';
import { TimelineNotices } from './timeline-notices';
import { TimelineToolbar } from './timeline-toolbar';
import { TimelineView, type OpenCluster } from './timeline-view';
import { quoted } from '../lib/selectors';
import '../timeline.css';

/**
 * The timeline page for department heads: what was held, what is planned, what slipped, for one
 * counterpart or the whole ministry, over a month or over years. Everything that makes the view —
 * window, filters, lanes, the open record, the table — is in the address, so a link shares it.
 */
export function TimelinePage() {
  const { t } = useTranslation('timeline');
  const language = useLanguage();
  const state = useTimelineState();
  const { params, window } = state;
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [cluster, setCluster] = useState<OpenCluster | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  // The print header names the filters, which needs the directory: it is drawn after the timeline.
  const printReady = useAfterFirstDraw();
  useEffect(() => {
    if (printReady) preloadLaterParts();
  }, [printReady]);

  const rememberOpener = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
  const giveFocusBack = (id: string | null) => {
    requestAnimationFrame(() => {
      const target =
        (opener.current?.isConnected ? opener.current : null) ??
        (id ? document.querySelector<HTMLElement>(`[data-mark-id="${quoted(id)}"], [data-open-id="${quoted(id)}"]`) : null);
      target?.focus();
    });
  };

  const openMark = useCallback(
    (id: string) => {
      rememberOpener();
      state.update({ selected: id, item: null });
    },
    [state],
  );
  const openItem = useCallback(
    (id: string) => {
      rememberOpener();
      state.update({ item: id, selected: null });
    },
    [state],
  );
  const openCluster = useCallback((open: OpenCluster) => {
    rememberOpener();
    setCluster(open);
  }, []);
  const clusterOpener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (cluster) clusterOpener.current = opener.current;
  }, [cluster]);

  const closeRecord = () => {
    const id = params.selected ?? params.item;
    state.update({ selected: null, item: null }, 'replace');
    giveFocusBack(id);
  };
  const closeCluster = () => {
    setCluster(null);
    const back = clusterOpener.current;
    requestAnimationFrame(() => back?.isConnected && back.focus());
  };

  // Esc on the timeline closes the record or the list that is open.
  const escape = useRef({ close: closeRecord, closeCluster, open: Boolean(params.selected || params.item), cluster: Boolean(cluster) });
  escape.current = { close: closeRecord, closeCluster, open: Boolean(params.selected || params.item), cluster: Boolean(cluster) };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (!(target === document.body || target.closest('.tl-layout'))) return;
      if (escape.current.open) escape.current.close();
      else if (escape.current.cluster) escape.current.closeCluster();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const filterValue: ConsultationFilterParams = {
    ...params.filters,
    ...(window && !state.isDefaultWindow ? { from: isoOfDay(window.start), to: isoOfDay(window.end) } : {}),
  };
  const onFilters = (next: ConsultationFilterParams) => {
    const { from, to, ...filters } = next;
    const patch: Partial<TimelineParams> = { filters, page: 1, selected: null, item: null };
    if (from !== filterValue.from || to !== filterValue.to) {
      if (!from && !to) patch.window = null;
      else {
        const start = from ? epochDay(from) : epochDay(to as string) - 364;
        const end = to ? epochDay(to) : start + 364;
        patch.window = customWindow(start, end);
      }
    }
    setCluster(null);
    state.update(patch);
  };
  const filterCount = activeFilterCount(params.filters);

  return (
    <section className="page timeline-page" aria-labelledby={`${filtersId}-title`}>
      <div className="tl-head">
        <h1 id={`${filtersId}-title`}>{t('common:nav.timeline')}</h1>
        <p className="tl-period">{window ? periodLabel(window.start, window.end, language, t) : ''}</p>
      </div>
      {printReady ? <PrintHeader filters={params.filters} window={window} group={params.group} /> : null}
      <TimelineNotices filterProblems={state.filterProblems} problems={state.problems} />
      <TimelineToolbar state={state} onPrint={() => globalThis.print()} />
      <div className="tl-filters no-print">
        <button
          type="button"
          className="secondary"
          aria-expanded={filtersOpen}
          aria-controls={`${filtersId}-filters`}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filterCount ? t('filters.toggleCount', { count: filterCount }) : t('filters.toggle')}
        </button>
        {!filtersOpen && filterCount > 0 && <FilterChips value={params.filters} onChange={(filters) => onFilters({ ...filterValue, ...emptyFilters, ...filters })} />}
      </div>
      <div id={`${filtersId}-filters`} hidden={!filtersOpen} className="no-print">
        {filtersOpen && (
          <Suspense fallback={<p role="status">{t('common:state.loading')}</p>}>
            <FilterBar value={filterValue} onChange={onFilters} />
          </Suspense>
        )}
      </div>
      <div className="tl-layout">
        <div className="tl-main">
          {params.view === 'table' ? (
            <Suspense fallback={<p role="status">{t('common:state.loading')}</p>}>
              <TimelineTable state={state} onOpen={openMark} />
            </Suspense>
          ) : (
            <>
              <TimelineLegend group={params.group} />
              <TimelineView state={state} selectedId={params.selected} onOpenMark={openMark} onOpenItem={openItem} onOpenCluster={openCluster} />
            </>
          )}
        </div>
        <PeriodSummary state={state} />
        {/* A panel appears once its code is in: it is fetched right after the first draw. */}
        <Suspense fallback={null}>
          {cluster && params.view === 'timeline' ? (
            <ClusterPanel key={cluster.focusKey} open={cluster} state={state} onClose={closeCluster} onOpenMark={openMark} />
          ) : null}
          {params.selected ? <ConsultationPanel id={params.selected} onClose={closeRecord} /> : null}
          {params.item ? <PlanItemPanel id={params.item} onClose={closeRecord} /> : null}
        </Suspense>
      </div>
    </section>
  );
}

/** Every filter key unset: the chips hand back the filters without the one removed. */
const emptyFilters: ConsultationFilterParams = {
  q: undefined,
  party: undefined,
  body: undefined,
  person: undefined,
  topic: undefined,
  plan: undefined,
  planItem: undefined,
  status: undefined,
  kind: undefined,
  level: undefined,
  format: undefined,
  includeDeleted: undefined,
  onlyDeleted: undefined,
};
