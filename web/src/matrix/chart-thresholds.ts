/**
 * Where the 2x2 draws its "high" lines. The documented rule (the API's
 * `quadrant`, docs/analyses.md "The 2x2") is fixed: each axis is high from
 * 0.3. A hub's candidates never get there: Microsoft's fifty FedRAMP
 * candidates reach at most 0.077 and gain 0 or 0.0625, so all fifty are "Low
 * leverage" and the chart says nothing. When the fixed lines leave nearly
 * every candidate in one quadrant, the chart draws its lines relative to the
 * focal company's candidates instead: each axis split as evenly as their
 * values allow, so a quadrant then says how a candidate compares with the
 * others of this company ("more reach and more capability gain than most of
 * Microsoft's candidates"), not against the market-wide 0.3. The chart says
 * which lines it draws, and the tooltip gives both quadrants. Pure.
 */
import type { Quadrant } from '../client/types.ts';
import { quadrantOf } from '../../../api/contract/quadrant.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './quadrant-chart.ts';

export type ThresholdMode = 'fixed' | 'relative';

/** The fixed lines are "uninformative" when this share of the candidates or more lands in one quadrant. */
export const PILE_SHARE = 0.9;

export interface AxisValues {
  reach: number;
  capabilityGain: number;
}

/** The quadrant holding the most candidates under `thresholds`, and how many it holds. */
export function largestQuadrant(
  points: readonly AxisValues[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): { quadrant: Quadrant; count: number } | null {
  const counts = new Map<Quadrant, number>();
  for (const point of points) {
    const quadrant = quadrantOf(point.reach, point.capabilityGain, thresholds);
    counts.set(quadrant, (counts.get(quadrant) ?? 0) + 1);
  }
  let best: { quadrant: Quadrant; count: number } | null = null;
  for (const [quadrant, count] of counts) if (!best || count > best.count) best = { quadrant, count };
  return best;
}

/**
 * The cut that splits `values` most evenly into low and high (high: at or
 * above the cut), drawn halfway between the two values it separates, so no
 * point sits on the line. Ties decide: Microsoft's capability gains are 39
 * zeros and 11 × 0.0625, so the only cut is at 0.03125 (11 high). Of two
 * equally even cuts, the higher (fewer "high"). Null when every value is the
 * same: that axis cannot be split.
 */
export function evenCut(values: readonly number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  if (distinct.length < 2) return null;
  let best: { cut: number; imbalance: number } | null = null;
  for (let index = 1; index < distinct.length; index++) {
    const low = distinct[index - 1]!;
    const high = distinct[index]!;
    const above = sorted.filter((value) => value >= high).length;
    const imbalance = Math.abs(above - (sorted.length - above));
    if (!best || imbalance <= best.imbalance) best = { cut: (low + high) / 2, imbalance };
  }
  return best!.cut;
}

export interface ChartThresholds {
  mode: ThresholdMode;
  /** The lines drawn; an axis the candidates cannot split gets +Infinity (no line: nobody is high). */
  thresholds: Thresholds;
  /** Axes a relative mode could not split: every candidate has the same value. */
  unsplit: ('reach' | 'capability')[];
  /** Under the fixed 0.3 lines: the fullest quadrant and how many of the candidates it holds. */
  fixedPile: { quadrant: Quadrant; count: number } | null;
  /** Relative lines are worth offering: the fixed ones pile the candidates up and some axis splits. */
  relativeHelps: boolean;
}

/** The lines relative to these candidates (evenCut on each axis). */
function relativeThresholds(points: readonly AxisValues[]): {
  thresholds: Thresholds;
  unsplit: ChartThresholds['unsplit'];
} {
  const distribution = evenCut(points.map((point) => point.reach));
  const capability = evenCut(points.map((point) => point.capabilityGain));
  const unsplit: ChartThresholds['unsplit'] = [];
  if (distribution === null) unsplit.push('reach');
  if (capability === null) unsplit.push('capability');
  return {
    thresholds: { distribution: distribution ?? Infinity, capability: capability ?? Infinity },
    unsplit,
  };
}

/**
 * The lines the chart draws: `chosen` when the strategist picked a mode, else
 * relative when the fixed lines put PILE_SHARE or more of the candidates in
 * one quadrant and the candidates split on some axis, else the fixed ones.
 */
export function chartThresholds(points: readonly AxisValues[], chosen: ThresholdMode | null = null): ChartThresholds {
  const fixedPile = largestQuadrant(points);
  const relative = relativeThresholds(points);
  const piled = fixedPile !== null && points.length > 1 && fixedPile.count >= PILE_SHARE * points.length;
  const relativeHelps = piled && relative.unsplit.length < 2;
  const mode = chosen ?? (relativeHelps ? 'relative' : 'fixed');
  return mode === 'relative'
    ? { mode, thresholds: relative.thresholds, unsplit: relative.unsplit, fixedPile, relativeHelps }
    : { mode, thresholds: DEFAULT_THRESHOLDS, unsplit: [], fixedPile, relativeHelps };
}

/** What a quadrant means under relative lines, for the corner's hint. */
export const RELATIVE_HINT: Record<Quadrant, string> = {
  STRATEGIC: 'More reach and capability than most',
  CAPABILITY: 'More capability gain than most',
  DISTRIBUTION: 'More reach than most',
  LOW: 'Less of both than most',
};

/** A threshold as the chart prints it, to two significant figures: 0.3, 0.014, 0.031. */
export function formatThreshold(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const decimals = Math.max(2, Math.min(4, 1 - Math.floor(Math.log10(Math.abs(value)))));
  return String(Number(value.toFixed(decimals)));
}
