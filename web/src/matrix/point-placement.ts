/**
 * Where the 2x2 draws its points and their names, in chart pixels. Pure.
 *
 * Ties: capability gain takes few values (0, 1/16, 2/16… for a company with
 * sixteen capabilities), so points stack in rows and twenty sit on one spot.
 * `dodge` nudges a point that would cover another along a spiral round its
 * true place (best scores keep theirs), never across a threshold line, so
 * every point can be seen and clicked; the tooltip gives the exact values.
 *
 * Names: `placeNames` tries spots round each point, near first, then further
 * out with a leader line; the names that must be drawn (conflicts, the top
 * few, the selection) take the first spot inside the chart when none is free.
 */

export interface Dot {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface Walls {
  /** Threshold lines (px) a nudged point must not cross; undefined when the threshold is off the chart. */
  x?: number;
  y?: number;
}

/** Spacing of the sunflower spiral of tries (px): try n sits SPACING·√n from the true place. */
const SPACING = 3;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Points in the given order (best first) each at the first spot of a spiral
 * round its true place that overlaps no point placed before it (1 px apart),
 * stays on its side of the thresholds and inside the plot. A point that
 * finds none within `maxShift` stays where it belongs.
 */
export function dodge(
  dots: readonly Dot[],
  bounds: { width: number; height: number },
  walls: Walls = {},
  maxShift = 90,
): Dot[] {
  const placed: Dot[] = [];
  for (const dot of dots) {
    let spot = { x: dot.x, y: dot.y };
    for (let step = 0; SPACING * Math.sqrt(step) <= maxShift; step++) {
      const radius = SPACING * Math.sqrt(step);
      const candidate = {
        x: dot.x + radius * Math.cos(step * GOLDEN_ANGLE),
        y: dot.y + radius * Math.sin(step * GOLDEN_ANGLE),
      };
      if (!inside(candidate, dot.r, bounds) || crosses(dot, candidate, walls)) continue;
      if (placed.every((other) => Math.hypot(other.x - candidate.x, other.y - candidate.y) >= other.r + dot.r + 1)) {
        spot = candidate;
        break;
      }
    }
    placed.push({ ...dot, x: round(spot.x), y: round(spot.y) });
  }
  return placed;
}

export interface NameRequest extends Dot {
  text: string;
  /** Drawn even with no free spot: conflicts, the top few, the selection. */
  must: boolean;
}

export interface PlacedName {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** A line from the point's edge to the name, when the name sits away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The eight directions, right first (names read left to right), then left, above, below, the diagonals. */
const DIRECTIONS = [0, 180, 270, 90, 315, 225, 45, 135].map((degrees) => (degrees * Math.PI) / 180);
/** Further out, sixteen: a crowded row of ties needs the in-between angles to find room above it. */
const MORE_DIRECTIONS = [
  ...DIRECTIONS,
  ...[292.5, 247.5, 337.5, 202.5, 22.5, 157.5, 67.5, 112.5].map((degrees) => (degrees * Math.PI) / 180),
];
/**
 * Rings of spots (px beyond the point's edge): the first touches the point,
 * the others need a leader line; out to 220 px, because fifty conflicting
 * candidates on one row of ties must all be named.
 */
const RINGS = [4, 18, 34, 52, 74, 100, 130, 170, 220];
/** The rings an optional name may use: the first, touching its point, with no leader line. */
const OPTIONAL_RINGS = 1;

/**
 * Names in the given order (most important first). Each takes the first
 * spot, ring by ring and direction by direction, whose box stays inside the
 * chart and overlaps no name placed so far, no point and no obstacle (the
 * quadrant names), and whose leader line crosses none of those names (on
 * Microsoft's FedRAMP 2x2 two leaders ran through "Less of both than most");
 * with no such spot, the first one clear of names and points whose leader
 * does cross a name. Names stay in their point's quadrant (`walls`), but for
 * a must-name with no other place. A name that is not a must only sits right beside its
 * point (the first ring, no leader line): around a hub, forty-five
 * optional names on leader lines up to 220 px long tangled into a net. A
 * must-name with no free spot takes the first spot clear of every name and
 * obstacle, over other points if it has to; with none, it is left to the
 * hover, never drawn over another name. Text width is estimated from the
 * character count: 6.6 px a character at 12 px.
 */
export function placeNames(
  requests: readonly NameRequest[],
  points: readonly Dot[],
  bounds: { width: number; height: number },
  {
    charWidth = 6.6,
    lineHeight = 14,
    obstacles = [] as readonly Box[],
    walls = {} as Walls,
    textWidth,
  }: {
    charWidth?: number;
    lineHeight?: number;
    obstacles?: readonly Box[];
    /** The threshold lines: a name and its leader stay on its point's side of them (its quadrant). */
    walls?: Walls;
    /** The text's measured width (px); without it, charWidth a character. */
    textWidth?: (text: string) => number;
  } = {},
): PlacedName[] {
  const taken: Box[] = [...obstacles];
  const dots = points.map((point) => ({ ...point, box: circleBox(point) }));
  const names: PlacedName[] = [];
  for (const request of requests) {
    // Two pixels of air each side: names that touch read as one ("PerceptyxOkta").
    const width = (textWidth ? textWidth(request.text) : request.text.length * charWidth) + 4;
    let fallback: { name: PlacedName; box: Box } | null = null;
    let chosen: { name: PlacedName; box: Box } | null = null;
    // Clear of names and points, but its leader crosses a name: better than a name over the points.
    let crossing: { name: PlacedName; box: Box } | null = null;
    for (const [ring, gap] of RINGS.entries()) {
      if (!request.must && ring >= OPTIONAL_RINGS) break;
      for (const angle of ring < 2 ? DIRECTIONS : MORE_DIRECTIONS) {
        const option = spot(request, angle, request.r + gap, width, lineHeight, ring > 0);
        if (!within(option.box, bounds)) continue;
        const overNames = taken.some((box) => overlaps(option.box, box));
        if (!overNames) fallback ??= option;
        const blocked =
          overNames ||
          dots.some((dot) => dot.id !== request.id && overlaps(option.box, dot.box)) ||
          leavesQuadrant(request, option.name, walls);
        if (blocked) continue;
        if (!leaderCrossesAny(option.name.leader, taken)) {
          chosen = option;
          break;
        }
        crossing ??= option;
      }
      if (chosen) break;
    }
    const pick = chosen ?? crossing ?? (request.must ? fallback : null);
    if (!pick) continue;
    taken.push(pick.box);
    names.push(pick.name);
  }
  return names;
}

function spot(
  point: Dot,
  angle: number,
  distance: number,
  width: number,
  height: number,
  leader: boolean,
): { name: PlacedName; box: Box } {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor: PlacedName['anchor'] = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
  // Above or below: the text's middle line sits half a line further out, so it clears the point.
  const x = point.x + distance * cos;
  const y = point.y + distance * sin + (anchor === 'middle' ? Math.sign(sin) * (height / 2 - 2) : 0);
  const box = textBox(x, y, width, height, anchor);
  const edge = { x: point.x + point.r * cos, y: point.y + point.r * sin };
  return {
    name: {
      id: point.id,
      x: round(x),
      y: round(y),
      anchor,
      leader: leader ? { x1: round(edge.x), y1: round(edge.y), x2: round(x), y2: round(y) } : null,
    },
    box,
  };
}

/** The box a text `width` wide takes when anchored at (x, y), its middle line on y. */
export function textBox(x: number, y: number, width: number, height: number, anchor: PlacedName['anchor']): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: y - height / 2, bottom: y + height / 2 };
}

/**
 * Whether a name is anchored across a threshold line from its point: on
 * Microsoft's FedRAMP 2x2 SentinelOne, a Low-leverage candidate, was named
 * above the line, in Capability expansion, at the end of a long leader. The
 * anchor, not the whole text: next to a point by the reach line (a narrow
 * quadrant), a name may run across the dashed line and still read as its.
 */
function leavesQuadrant(point: { x: number; y: number }, name: { x: number; y: number }, walls: Walls): boolean {
  const across = (from: number, to: number, wall: number) => from >= wall !== to >= wall;
  return (
    (walls.x !== undefined && across(point.x, name.x, walls.x)) ||
    (walls.y !== undefined && across(point.y, name.y, walls.y))
  );
}

/**
 * Whether a leader line runs through any of the boxes, those it starts in
 * left out: a point under a quadrant's name (a narrow quadrant's pile) must
 * still be able to reach a name outside it.
 */
function leaderCrossesAny(leader: PlacedName['leader'], boxes: readonly Box[]): boolean {
  if (!leader) return false;
  return boxes.some((box) => !containsPoint(box, leader.x1, leader.y1) && segmentMeetsBox(leader, box));
}

function containsPoint(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/** Liang–Barsky: the part of the segment inside the box's slabs, empty when the segment misses it. */
function segmentMeetsBox(segment: NonNullable<PlacedName['leader']>, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let enter = 0;
  let leave = 1;
  for (const [p, q] of [
    [-dx, segment.x1 - box.left],
    [dx, box.right - segment.x1],
    [-dy, segment.y1 - box.top],
    [dy, box.bottom - segment.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

function circleBox(dot: Dot): Box {
  return { left: dot.x - dot.r, right: dot.x + dot.r, top: dot.y - dot.r, bottom: dot.y + dot.r };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

function within(box: Box, bounds: { width: number; height: number }): boolean {
  return box.left >= 0 && box.right <= bounds.width && box.top >= 0 && box.bottom <= bounds.height;
}

function inside(point: { x: number; y: number }, r: number, bounds: { width: number; height: number }): boolean {
  return point.x - r >= 0 && point.x + r <= bounds.width && point.y - r >= 0 && point.y + r <= bounds.height;
}

/** Whether moving from `from` to `to` puts the point on the other side of a threshold line. */
function crosses(from: { x: number; y: number }, to: { x: number; y: number }, walls: Walls): boolean {
  const side = (value: number, wall: number) => value >= wall;
  return (
    (walls.x !== undefined && side(from.x, walls.x) !== side(to.x, walls.x)) ||
    (walls.y !== undefined && side(from.y, walls.y) !== side(to.y, walls.y))
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
