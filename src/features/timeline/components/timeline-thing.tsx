import { memo } from 'react';
import type { CSSProperties } from 'react';
import type { Language } from '@/api/schemas';
import type { PlacedThing } from '../lib/layout';
import { clusterLabel, formatCount, markLabel, planItemLabel, type T } from '../lib/labels';

/** Height of one stacked row, and the padding above the first, in pixels. */
export const ROW_HEIGHT = 24;
export const LANE_PADDING = 6;
/** Rows of the thinner band of imprecise dates. */
export const PERIOD_ROW_HEIGHT = 16;

const percent = (x: number, width: number) => Math.round((x / width) * 100000) / 1000;

/** Spans at least this wide carry their title as text. */
const TITLE_ROOM = 72;

export interface ThingProps {
  thing: PlacedThing;
  mainRows: number;
  /**
   * Where a thing wider than the window is cut (in the lane's layout pixels), so its count or title
   * stays in view; null for everything that fits, which then never re-renders on a pan.
   */
  clampFrom: number | null;
  clampTo: number | null;
  windowWidth: number;
  focusKey: string;
  tabbable: boolean;
  selected: boolean;
  describedBy: string;
  language: Language;
  t: T;
}

/**
 * One thing on a lane, as one button: a consultation (its status as a shape and a pattern, not only
 * a colour), a plan item that slipped, or a count of consultations that opens on click. Positions
 * are percentages of the window, so printing on another width needs no new layout.
 */
export const TimelineThing = memo(function TimelineThing(props: ThingProps) {
  const { thing, windowWidth, focusKey, tabbable, selected, describedBy, language, t } = props;
  // Where it is cut, a span has no soft end (its end is not there).
  const x0 = props.clampFrom === null ? thing.x0 : Math.max(thing.x0, props.clampFrom);
  const x1 = props.clampTo === null ? thing.x1 : Math.min(thing.x1, props.clampTo);
  const cutStart = x0 > thing.x0;
  const cutEnd = x1 < thing.x1;
  const width = x1 - x0;
  const style: CSSProperties = {
    left: `${percent(x0, windowWidth)}%`,
    width: `${percent(width, windowWidth)}%`,
    top: `${thing.band === 'main' ? LANE_PADDING + thing.row * ROW_HEIGHT : LANE_PADDING + props.mainRows * ROW_HEIGHT + thing.row * PERIOD_ROW_HEIGHT}px`,
  };
  const cut = `${cutStart ? ' tl-cut-start' : ''}${cutEnd ? ' tl-cut-end' : ''}`;
  const common = {
    type: 'button' as const,
    style,
    tabIndex: tabbable ? 0 : -1,
    'data-focus-key': focusKey,
    'aria-describedby': describedBy,
  };
  switch (thing.kind) {
    case 'mark': {
      const { mark } = thing;
      const label = markLabel(mark, language, t);
      const classes = ['tl-thing', 'tl-mark', `tl-${mark.status}`, `tl-${thing.shape}`, `tl-band-${thing.band}`];
      if (thing.soft) classes.push('tl-soft');
      if (mark.overdue) classes.push('tl-overdue');
      if (selected) classes.push('tl-selected');
      return (
        <button {...common} className={classes.join(' ') + cut} aria-label={label} title={label} aria-current={selected || undefined} data-mark-id={mark.id}>
          {thing.shape === 'span' && thing.band === 'main' && width >= TITLE_ROOM ? <span className="tl-mark-title">{mark.title}</span> : null}
        </button>
      );
    }
    case 'item': {
      const label = planItemLabel(thing.item, language, t);
      const classes = ['tl-thing', 'tl-item', `tl-${thing.shape}`, `tl-band-${thing.band}`];
      if (thing.soft) classes.push('tl-soft');
      return (
        <button {...common} className={classes.join(' ') + cut} aria-label={label} title={label}>
          {thing.shape === 'span' && thing.band === 'main' && width >= TITLE_ROOM ? <span className="tl-mark-title">{thing.item.title}</span> : null}
        </button>
      );
    }
    case 'cluster': {
      const label = clusterLabel(thing, language, t);
      const classes = ['tl-thing', 'tl-cluster', `tl-band-${thing.band}`];
      if (thing.coarse) classes.push('tl-soft', 'tl-coarse');
      if (thing.overdue) classes.push('tl-has-overdue');
      return (
        <button {...common} className={classes.join(' ') + cut} aria-label={label} title={label} aria-haspopup="dialog">
          {formatCount(thing.total, language)}
        </button>
      );
    }
  }
});
