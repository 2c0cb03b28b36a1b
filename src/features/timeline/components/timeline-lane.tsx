import { memo, type CSSProperties } from 'react';
import type { Language } from '@/api/schemas';
import type { CollapsedCell, PlacedThing } from '../lib/layout';
import { formatCount, type LaneView, type T } from '../lib/labels';
import { LANE_PADDING, PERIOD_ROW_HEIGHT, ROW_HEIGHT, TimelineThing } from './timeline-thing';

export const COLLAPSED_HEIGHT = 28;
const CUT_BLEED = 4;

export const laneHeight = (rows: number, periodRows: number, collapsed: boolean): number =>
  collapsed ? COLLAPSED_HEIGHT : Math.max(rows, 1) * ROW_HEIGHT + periodRows * PERIOD_ROW_HEIGHT + 2 * LANE_PADDING;

export interface LaneProps {
  lane: LaneView;
  domId: string;
  things: readonly PlacedThing[];
  collapsed: boolean;
  collapsedCells: readonly CollapsedCell[] | null;
  /** Rows of the main band: the band of imprecise dates starts below them. */
  mainRows: number;
  /** Consultations in view in this lane. */
  count: number;
  offset: number;
  windowWidth: number;
  /** Day → pixel in the lane's layout, for collapsed cells. */
  dayX: (day: number) => number;
  tabbableKey: string | null;
  selectedId: string | null;
  style: CSSProperties;
  language: Language;
  t: T;
  onToggle: (key: string) => void;
}

/**
 * One lane: its name, how many consultations it has in view, a button to collapse it, and the
 * things drawn on it. A collapsed lane keeps one row of counts, so it still shows when it was busy.
 */
export const TimelineLane = memo(function TimelineLane(props: LaneProps) {
  const { lane, domId, things, collapsed, count, offset, windowWidth, tabbableKey, selectedId, language, t } = props;
  const labelId = `${domId}-name`;
  const shift = (offset / windowWidth) * 100;
  // Things that reach past the window are cut at its edges (a little beyond, hidden by the track).
  const lo = offset - CUT_BLEED;
  const hi = offset + windowWidth + CUT_BLEED;
  return (
    <div className={`tl-lane${collapsed ? ' tl-lane-collapsed' : ''}`} role="group" aria-labelledby={labelId} style={props.style} data-lane={lane.key}>
      <div className="tl-lane-head">
        <button
          type="button"
          className="tl-lane-toggle"
          aria-expanded={!collapsed}
          aria-label={t('timeline:lane.toggle', { name: lane.fullName })}
          onClick={() => props.onToggle(lane.key)}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        </button>
        <span id={labelId} className="tl-lane-name" title={lane.fullName}>
          {lane.name}
          {lane.organisation && <span className="visually-hidden"> {t('timeline:lane.organisation')}</span>}
        </span>
        <span className="tl-lane-count" title={t('timeline:lane.inView', { count })}>
          {formatCount(count, language)}
        </span>
      </div>
      <div className="tl-lane-track">
        {/* The layer starts where the laid-out range starts; the window shows part of it. */}
        <div className="tl-track-layer" style={{ left: `${-shift}%`, right: `${shift}%` }}>
          {collapsed
            ? props.collapsedCells?.map((cell) => {
                const x0 = props.dayX(cell.start);
                const x1 = props.dayX(cell.end + 1);
                return (
                  <span
                    key={cell.start}
                    className="tl-collapsed-cell"
                    aria-hidden="true"
                    style={{ left: `${(x0 / windowWidth) * 100}%`, width: `${((x1 - x0) / windowWidth) * 100}%` }}
                  >
                    {formatCount(cell.total, language)}
                  </span>
                );
              })
            : things.map((thing) => {
                const focusKey = `${lane.key}|${thing.key}`;
                return (
                  <TimelineThing
                    key={thing.key}
                    thing={thing}
                    mainRows={props.mainRows}
                    clampFrom={thing.x0 < lo ? lo : null}
                    clampTo={thing.x1 > hi ? hi : null}
                    windowWidth={windowWidth}
                    focusKey={focusKey}
                    tabbable={tabbableKey === focusKey}
                    selected={thing.kind === 'mark' && thing.mark.id === selectedId}
                    describedBy={labelId}
                    language={language}
                    t={t}
                  />
                );
              })}
        </div>
      </div>
    </div>
  );
});
