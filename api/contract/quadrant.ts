import { DEFAULT_THRESHOLDS, type QuadrantThresholds } from './ranking-parameters.ts';

/** Where a candidate falls on the 2x2 (docs/analyses.md, "The 2x2"). */
export type Quadrant = 'STRATEGIC' | 'CAPABILITY' | 'DISTRIBUTION' | 'LOW';

/**
 * The 2x2's rule: capability expansion (capabilityGainFor(focal)) against
 * distribution (reachFor(focal)), each high from its threshold. Here in
 * contract/ because the API's `quadrant` and the explorer's chart must place
 * a point by the same rule.
 */
export function quadrantOf(
  reach: number,
  capabilityGain: number,
  thresholds: QuadrantThresholds = DEFAULT_THRESHOLDS,
): Quadrant {
  const wide = reach >= thresholds.distribution;
  const deep = capabilityGain >= thresholds.capability;
  if (wide && deep) return 'STRATEGIC';
  if (deep) return 'CAPABILITY';
  if (wide) return 'DISTRIBUTION';
  return 'LOW';
}
