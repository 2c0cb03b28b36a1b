import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineQueries } from '@/api/queries/timeline';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import type { TimelineState } from '../hooks/use-timeline-state';
import { cellPeriodLabel, markLabel, statusBreakdown } from '../lib/labels';
import { customWindow, presetWindow, type ViewWindow } from '../lib/view-window';
import { SidePanel } from './side-panel';
import { StatusText } from './status-text';
import type { OpenCluster } from './timeline-view';

const PAGE = 50;

/** A month, quarter or year cell opens at that zoom; any other period as a custom window. */
function windowOfCell(start: number, end: number, label: { month: boolean; quarter: boolean; year: boolean }): ViewWindow {
  if (label.month) return presetWindow('month', start);
  if (label.quarter) return presetWindow('quarter', start);
  if (label.year) return presetWindow('year', start);
  return customWindow(start, end);
}

/**
 * What a count on the timeline holds: its consultations in date order (asked of the API, which
 * counted them, so the list and the count agree), each opening in the record panel, and a way to
 * zoom in to that period.
 */
export function ClusterPanel({
  open,
  state,
  onClose,
  onOpenMark,
}: {
  open: OpenCluster;
  state: TimelineState;
  onClose: () => void;
  onOpenMark: (id: string) => void;
}) {
  const { t } = useTranslation('timeline');
  const language = useLanguage();
  const [limit, setLimit] = useState(PAGE);
  const { cluster } = open;
  const asked = useQuery({
    ...timelineQueries.cluster({
      ...state.params.filters,
      from: open.range.from,
      to: open.range.to,
      unit: open.range.unit,
      groupBy: state.params.group,
      lane: open.laneKey,
      cell: cluster.cell,
      limit,
    }),
    enabled: cluster.members === null,
  });
  const items = cluster.members ?? asked.data?.items ?? [];
  const total = cluster.members?.length ?? asked.data?.total ?? cluster.total;
  const period = cellPeriodLabel(cluster.start, cluster.end, cluster.coarse, language, t);
  const title = t('cluster.title', { count: cluster.total, lane: open.laneName, period });
  const days = cluster.end - cluster.start + 1;
  const zoomWindow = windowOfCell(cluster.start, cluster.end, {
    month: !cluster.coarse && days >= 28 && days <= 31,
    quarter: !cluster.coarse && days >= 90 && days <= 92,
    year: !cluster.coarse && days >= 365 && days <= 366,
  });

  return (
    <SidePanel title={title} onClose={onClose} contentKey={open.focusKey} className="tl-cluster-panel">
      <p>{statusBreakdown(cluster.counts, t)}</p>
      {cluster.coarse ? <p className="tl-muted">{t('cluster.coarse')}</p> : null}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            state.setWindow(zoomWindow, 'push');
            onClose();
          }}
        >
          {t('cluster.zoom', { period })}
        </button>
      </p>
      {asked.isPending && cluster.members === null ? <p role="status">{t('common:state.loading')}</p> : null}
      <ol className="tl-cluster-list">
        {items.map((mark) => (
          <li key={mark.id}>
            <button type="button" className="link-button" aria-label={markLabel(mark, language, t)} onClick={() => onOpenMark(mark.id)}>
              {mark.title}
            </button>
            <span className="tl-cluster-meta">
              <StatusText status={mark.status} overdue={mark.overdue} />
            </span>
          </li>
        ))}
      </ol>
      {items.length < total ? (
        <button type="button" className="secondary" onClick={() => setLimit((n) => Math.min(500, n + PAGE))} disabled={limit >= 500}>
          {t('cluster.more', { shown: formatNumber(items.length, language), total: formatNumber(total, language) })}
        </button>
      ) : null}
    </SidePanel>
  );
}
