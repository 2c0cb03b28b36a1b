import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineGroupings, type TimelineGrouping } from '@/api/schemas/timeline';
import type { TimelineState } from '../hooks/use-timeline-state';
import type { View } from '../lib/url-state';
import { presetZooms, stepWindow, todayWindow, zoomStep, zoomTo, type ViewWindow } from '../lib/view-window';

/**
 * The view's controls: zoom (a year, a quarter, a month, in and out), moving the window (earlier,
 * today, later, the whole range), how lanes are grouped, the timeline or the table, and print.
 */
export function TimelineToolbar({ state, onPrint }: { state: TimelineState; onPrint: () => void }) {
  const { t } = useTranslation('timeline');
  const id = useId();
  const { window, params } = state;
  const move = (next: ViewWindow | null) => next && state.setWindow(next, 'push');
  const wide = state.defaultWindow ?? window;
  const setView = (view: View) => state.update({ view, page: 1 });

  return (
    <div className="tl-toolbar no-print">
      <div className="tl-toolbar-group" role="group" aria-label={t('toolbar.zoom')}>
        {presetZooms.map((zoom) => (
          <button
            key={zoom}
            type="button"
            className="secondary"
            aria-pressed={window?.zoom === zoom}
            disabled={!window}
            onClick={() => window && move(zoomTo(window, zoom))}
          >
            {t(`zoom.${zoom}`)}
          </button>
        ))}
        <button
          type="button"
          className="secondary"
          aria-pressed={!state.isDefaultWindow ? false : true}
          disabled={!state.defaultWindow}
          onClick={() => state.update({ window: null })}
        >
          {t('zoom.all')}
        </button>
        <button
          type="button"
          className="secondary tl-icon-button"
          aria-label={t('toolbar.zoomIn')}
          title={t('toolbar.zoomIn')}
          disabled={!window || window.zoom === 'month'}
          onClick={() => window && wide && move(zoomStep(window, 'in', wide))}
        >
          +
        </button>
        <button
          type="button"
          className="secondary tl-icon-button"
          aria-label={t('toolbar.zoomOut')}
          title={t('toolbar.zoomOut')}
          disabled={!window}
          onClick={() => window && wide && move(zoomStep(window, 'out', wide))}
        >
          −
        </button>
      </div>
      <div className="tl-toolbar-group" role="group" aria-label={t('toolbar.move')}>
        <button type="button" className="secondary" disabled={!window} onClick={() => window && move(stepWindow(window, -1))}>
          <span aria-hidden="true">◀ </span>
          {t('toolbar.earlier')}
        </button>
        <button type="button" className="secondary" disabled={!window} onClick={() => window && move(todayWindow(window, state.today))}>
          {t('toolbar.today')}
        </button>
        <button type="button" className="secondary" disabled={!window} onClick={() => window && move(stepWindow(window, 1))}>
          {t('toolbar.later')}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <label className="tl-toolbar-field" htmlFor={`${id}-group`}>
        {t('toolbar.group')}
      </label>
      <select
        id={`${id}-group`}
        value={params.group}
        onChange={(event) => state.update({ group: event.target.value as TimelineGrouping, collapsed: [] })}
      >
        {timelineGroupings.map((group) => (
          <option key={group} value={group}>
            {t(`groupOption.${group}`)}
          </option>
        ))}
      </select>
      <div className="tl-toolbar-group" role="group" aria-label={t('toolbar.view')}>
        <button type="button" className="secondary" aria-pressed={params.view === 'timeline'} onClick={() => setView('timeline')}>
          {t('toolbar.timelineView')}
        </button>
        <button type="button" className="secondary" aria-pressed={params.view === 'table'} onClick={() => setView('table')}>
          {t('toolbar.tableView')}
        </button>
      </div>
      <button type="button" className="secondary" onClick={onPrint}>
        {t('toolbar.print')}
      </button>
    </div>
  );
}
