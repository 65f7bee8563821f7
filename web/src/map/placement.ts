/**
 * Stable pictures: where a company goes when it joins a map that is already
 * laid out (a re-ranking, a filter, a group opened), so that nothing already
 * drawn moves. A new candidate goes at the distance from the focal company a
 * force layout would give it (closer the better it scores, as in layouts.ts),
 * a group's member next to its group, each at the first free spot going round
 * from an angle seeded by its id. Pure and deterministic: the same additions
 * land in the same places.
 */
import { hashSeed } from '../../../api/contract/seeded-random.ts';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends Point {
  /** Diameter in model pixels. */
  diameter: number;
}

export interface Newcomer {
  id: string;
  diameter: number;
  /** Fit score in [0, 1]. */
  score: number;
  /** The node to place it near (its group's, say); the focal company when absent or not drawn. */
  near?: string;
}

/** Free space (model px) kept between two circles: room for the name under the upper one. */
export const GAP = 26;
/** The golden angle: successive tries spread evenly round the circle without repeating. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const TRIES_PER_RING = 24;

/** The ideal focal-to-candidate distance of layouts.ts: 80 px for the best score on the map, 280 for the worst. */
export function distanceForScore(score: number, range: { min: number; spread: number }): number {
  const standing = range.spread > 0 ? (clamp01(score) - range.min) / range.spread : 1;
  return 80 + 200 * (1 - Math.min(1, Math.max(0, standing)));
}

export function placeNewcomers(
  newcomers: readonly Newcomer[],
  placed: ReadonlyMap<string, PlacedNode>,
  focalId: string,
  range: { min: number; spread: number },
): Map<string, Point> {
  const occupied = [...placed.values()];
  const positions = new Map<string, Point>();
  const focal = placed.get(focalId) ?? { x: 0, y: 0, diameter: 0 };
  // Best first: the strongest newcomers get the spots nearest where they belong.
  const ordered = [...newcomers].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  for (const node of ordered) {
    const anchor = (node.near && placed.get(node.near)) || focal;
    const base =
      anchor === focal
        ? focal.diameter / 2 + distanceForScore(node.score, range)
        : anchor.diameter / 2 + node.diameter / 2 + GAP;
    const start = (hashSeed(node.id) / 2 ** 32) * 2 * Math.PI;
    const spot = freeSpot(anchor, base, start, node.diameter, occupied);
    positions.set(node.id, spot);
    occupied.push({ ...spot, diameter: node.diameter });
  }
  return positions;
}

/** Rings of growing radius round the anchor, TRIES_PER_RING angles each; the first spot clear of every circle. */
function freeSpot(
  anchor: Point,
  base: number,
  start: number,
  diameter: number,
  occupied: readonly PlacedNode[],
): Point {
  for (let ring = 0; ring < 40; ring++) {
    const radius = base + ring * (diameter / 2 + GAP);
    for (let tryIndex = 0; tryIndex < TRIES_PER_RING; tryIndex++) {
      const angle = start + tryIndex * GOLDEN_ANGLE;
      const spot = { x: round(anchor.x + radius * Math.cos(angle)), y: round(anchor.y + radius * Math.sin(angle)) };
      if (occupied.every((other) => distance(spot, other) >= (other.diameter + diameter) / 2 + GAP)) return spot;
    }
  }
  // Forty rings full: a crowd this dense is what "Re-layout" is for.
  return { x: round(anchor.x + base * Math.cos(start)), y: round(anchor.y + base * Math.sin(start)) };
}

/**
 * A tiny graph (two companies) fitted to the screen would be drawn hugely
 * over-zoomed; no fit zooms in further than this.
 */
export const MAX_FIT_ZOOM = 1.25;

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
