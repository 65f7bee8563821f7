/**
 * The 2x2's axes, scaled to the data: Microsoft's fifty FedRAMP candidates
 * reach at most 0.08 and gain at most 0.06, so fixed 0–0.6 axes piled all of
 * them into the bottom-left corner. An axis now ends at a round value just
 * above the data and keeps the "high" threshold on it when the data comes
 * near it (within 1.5× of the largest value); further off, the threshold is
 * said at the axis's end instead ("high from 0.3: off the scale").
 */
import type { Quadrant } from '../client/types.ts';

export interface DataAxis {
  /** The axis runs from 0 to max. */
  max: number;
  ticks: number[];
  /** Decimals the tick labels need: 0.02 steps need 2. */
  decimals: number;
  /** The threshold lies on the axis (else it is beyond max). */
  thresholdShown: boolean;
}

/** Nice steps: 1, 2, 2.5 and 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5];

/**
 * From 0 to a nice value 8% above the largest value, or above the threshold
 * when that is within 1.5× of the data, never above 1 (every term is a
 * ratio); 4 to 6 ticks. All zero: 0 to twice the threshold, as before.
 * Microsoft's reach (largest 0.077): 0.077 · 1.08 = 0.083 → 0.1 in steps of 0.02.
 */
export function dataAxis(values: readonly number[], threshold: number): DataAxis {
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  // An infinite threshold is an axis the relative lines cannot split (chart-thresholds.ts): no line.
  const finite = Number.isFinite(threshold);
  const thresholdShown = finite && (largest === 0 || threshold <= largest * 1.5);
  const reach =
    largest === 0 ? (finite ? threshold * 2 : 1) : Math.max(largest * 1.08, thresholdShown ? threshold * 1.08 : 0);
  const step = niceStep(Math.min(1, reach) / 5);
  const max = Math.min(1, Math.ceil(reach / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let index = 0; index * step <= max + 1e-9; index++) ticks.push(round(index * step));
  return { max: round(max), ticks, decimals: decimalsOf(step), thresholdShown };
}

/** The smallest nice step at least `rough`. */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const step of STEPS) if (step * power >= rough - 1e-12) return round(step * power);
  return round(10 * power);
}

/**
 * Pixel padding inside the plot: a point at 0 sits this far from the axis
 * line, so a pile at the origin is not half outside the chart.
 */
export const PLOT_PAD = 14;

/** Value → pixel along an axis of `length` px; `flip` for y (0 at the bottom). */
export function scale(axis: DataAxis, length: number, flip = false): (value: number) => number {
  const usable = Math.max(0, length - 2 * PLOT_PAD);
  return (value: number) => {
    const share = axis.max > 0 ? Math.min(Math.max(value, 0), axis.max) / axis.max : 0;
    return flip ? length - PLOT_PAD - share * usable : PLOT_PAD + share * usable;
  };
}

export interface QuadrantRegion {
  quadrant: Quadrant;
  /** The region in value space, clipped to the axes. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The quadrants the chart shows: all four when both thresholds are on their
 * axes, the low side only of an axis whose threshold is beyond it (no
 * candidate reaches it, so naming "Distribution" there would mislead).
 */
export function quadrantRegions(
  x: DataAxis,
  y: DataAxis,
  thresholds: { distribution: number; capability: number },
): QuadrantRegion[] {
  const xs: [number, number, boolean][] = x.thresholdShown
    ? [
        [0, thresholds.distribution, false],
        [thresholds.distribution, x.max, true],
      ]
    : [[0, x.max, false]];
  const ys: [number, number, boolean][] = y.thresholdShown
    ? [
        [0, thresholds.capability, false],
        [thresholds.capability, y.max, true],
      ]
    : [[0, y.max, false]];
  return xs.flatMap(([x0, x1, wide]) =>
    ys.map(([y0, y1, deep]) => ({ quadrant: quadrantName(wide, deep), x0, x1, y0, y1 })),
  );
}

function quadrantName(wide: boolean, deep: boolean): Quadrant {
  if (wide && deep) return 'STRATEGIC';
  if (deep) return 'CAPABILITY';
  if (wide) return 'DISTRIBUTION';
  return 'LOW';
}

function decimalsOf(step: number): number {
  for (let decimals = 0; decimals < 6; decimals++) if (Math.abs(round(step, decimals) - step) < 1e-9) return decimals;
  return 6;
}

function round(value: number, decimals = 6): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
