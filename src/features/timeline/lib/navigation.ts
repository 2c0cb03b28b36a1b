/**
 * Arrow-key movement between the things drawn on the timeline: left and right along one lane in
 * time, up and down to the nearest thing in the lane above or below (lanes with nothing to focus,
 * such as collapsed ones, are passed over), Home and End to a lane's first and last.
 */

export interface NavThing {
  key: string;
  /** The middle of the thing, in pixels from the window's start. */
  x: number;
  row: number;
}

export interface NavLane {
  key: string;
  /** In order along the axis, then by row. */
  things: readonly NavThing[];
}

export interface FocusPoint {
  lane: string;
  thing: string;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
export const navKeys: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

export const firstFocus = (lanes: readonly NavLane[]): FocusPoint | null => {
  const lane = lanes.find((l) => l.things.length);
  const thing = lane?.things[0];
  return lane && thing ? { lane: lane.key, thing: thing.key } : null;
};

function nearest(things: readonly NavThing[], x: number, row: number): NavThing | undefined {
  let best: NavThing | undefined;
  let bestScore = Infinity;
  for (const t of things) {
    // Distance along the axis decides; the row only breaks ties.
    const score = Math.abs(t.x - x) * 100 + Math.abs(t.row - row);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Where focus goes for a key. Returns null at an edge (no thing further that way), so the caller
 * can move the window instead; a focus that is no longer drawn starts again at the first thing.
 */
export function moveFocus(lanes: readonly NavLane[], current: FocusPoint | null, key: NavKey): FocusPoint | null {
  const laneIndex = current ? lanes.findIndex((l) => l.key === current.lane) : -1;
  const lane = lanes[laneIndex];
  const index = lane && current ? lane.things.findIndex((t) => t.key === current.thing) : -1;
  const here = lane?.things[index];
  if (!lane || !here) return firstFocus(lanes);
  const at = (thing: NavThing | undefined, l = lane): FocusPoint | null => (thing ? { lane: l.key, thing: thing.key } : null);
  switch (key) {
    case 'ArrowLeft':
      return at(lane.things[index - 1]);
    case 'ArrowRight':
      return at(lane.things[index + 1]);
    case 'Home':
      return at(lane.things[0]);
    case 'End':
      return at(lane.things[lane.things.length - 1]);
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      for (let i = laneIndex + step; i >= 0 && i < lanes.length; i += step) {
        const other = lanes[i] as NavLane;
        if (other.things.length) return at(nearest(other.things, here.x, here.row), other);
      }
      return null;
    }
  }
}
