/**
 * The arithmetic of the 2x2 (distribution × capability expansion), kept out
 * of the SVG component: axis ranges, ticks, where a point falls, how big it is
 * drawn and which points get a name next to them.
 */
import { DEFAULT_THRESHOLDS, type QuadrantThresholds } from '../../../api/contract/ranking-parameters.ts';
import type { CandidateFit, Quadrant } from '../client/types.ts';

/** Each axis counts as "high" at the API's default thresholds (one definition, shared with the server). */
export { DEFAULT_THRESHOLDS };
export type Thresholds = QuadrantThresholds;

export interface AxisScale {
  max: number;
  ticks: number[];
}

/**
 * An axis from 0 to a round 0.1 above the data, never below twice the
 * threshold (so the "high" half is always visible) and never above 1 (every
 * term is a ratio).
 */
export function axisScale(values: readonly number[], threshold: number): AxisScale {
  const top = Math.max(threshold * 2, ...values.map((value) => value * 1.08));
  const max = Math.min(1, Math.ceil(top * 10 - 1e-9) / 10);
  const step = max > 0.6 ? 0.2 : 0.1;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + 1e-9; tick += step) ticks.push(Math.round(tick * 10) / 10);
  return { max, ticks };
}

/** The quadrant a point falls in; the same rule as the API's `quadrant`. */
export function quadrantOf(
  reach: number,
  capabilityGain: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Quadrant {
  const wide = reach >= thresholds.distribution;
  const deep = capabilityGain >= thresholds.capability;
  if (wide && deep) return 'STRATEGIC';
  if (deep) return 'CAPABILITY';
  if (wide) return 'DISTRIBUTION';
  return 'LOW';
}

/** Point radius (px) by fit score: area ∝ score, 3 to 10 px. */
export function pointRadius(score: number, maxScore: number): number {
  const share = maxScore > 0 ? Math.sqrt(Math.max(0, score) / maxScore) : 0;
  return Math.round((3 + 7 * share) * 10) / 10;
}

/** The ids of the `count` best-scoring candidates: the ones named on the chart. */
export function labelledIds(fits: readonly CandidateFit[], count: number): Set<string> {
  return new Set(
    [...fits]
      .sort((a, b) => b.score - a.score)
      .slice(0, count)
      .map((fit) => fit.candidate.id),
  );
}

export interface LabelCandidate {
  id: string;
  text: string;
  /** Point centre and radius in chart pixels. */
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Greedy label placement: in the given order (best first), try right, left,
 * above and below each point and keep the first spot that overlaps no label
 * already placed, no point, and stays inside the chart; points with no free
 * spot stay unnamed (their name is in the tooltip and the shortlist).
 * `obstacles` are other texts on the chart (quadrant names) to keep clear of.
 * Text width is estimated from the character count, good enough at 12 px.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  points: readonly { x: number; y: number; r: number }[],
  bounds: { width: number; height: number },
  { charWidth = 6.6, lineHeight = 14, obstacles = [] as readonly Box[] } = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [
    ...obstacles,
    ...points.map((point) => ({
      left: point.x - point.r,
      right: point.x + point.r,
      top: point.y - point.r,
      bottom: point.y + point.r,
    })),
  ];
  for (const candidate of candidates) {
    const width = candidate.text.length * charWidth;
    const gap = candidate.r + 4;
    const options: (PlacedLabel & { box: Box })[] = [
      {
        id: candidate.id,
        x: candidate.x + gap,
        y: candidate.y,
        anchor: 'start',
        box: box(candidate.x + gap, candidate.y, width, lineHeight, 'start'),
      },
      {
        id: candidate.id,
        x: candidate.x - gap,
        y: candidate.y,
        anchor: 'end',
        box: box(candidate.x - gap, candidate.y, width, lineHeight, 'end'),
      },
      {
        id: candidate.id,
        x: candidate.x,
        y: candidate.y - gap - 5,
        anchor: 'middle',
        box: box(candidate.x, candidate.y - gap - 5, width, lineHeight, 'middle'),
      },
      {
        id: candidate.id,
        x: candidate.x,
        y: candidate.y + gap + 6,
        anchor: 'middle',
        box: box(candidate.x, candidate.y + gap + 6, width, lineHeight, 'middle'),
      },
    ];
    const free = options.find(
      (option) => inside(option.box, bounds) && !taken.some((other) => overlaps(option.box, other, candidate)),
    );
    if (!free) continue;
    taken.push(free.box);
    placed.push({ id: free.id, x: free.x, y: free.y, anchor: free.anchor });
  }
  return placed;
}

function box(x: number, y: number, width: number, height: number, anchor: PlacedLabel['anchor']): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: y - height / 2, bottom: y + height / 2 };
}

function inside(candidate: Box, bounds: { width: number; height: number }): boolean {
  return (
    candidate.left >= 0 && candidate.right <= bounds.width && candidate.top >= 0 && candidate.bottom <= bounds.height
  );
}

/** Overlap with another box; a label may touch its own point's box (it starts at the point's edge). */
function overlaps(a: Box, b: Box, own: { x: number; y: number; r: number }): boolean {
  const isOwnPoint = b.left === own.x - own.r && b.top === own.y - own.r && b.right === own.x + own.r;
  if (isOwnPoint) return false;
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** The box a text of `characters` takes when anchored at (x, y), for `obstacles`. */
export function textBox(
  x: number,
  y: number,
  characters: number,
  anchor: PlacedLabel['anchor'],
  { charWidth = 6.6, lineHeight = 14 } = {},
): Box {
  return box(x, y, characters * charWidth, lineHeight, anchor);
}
