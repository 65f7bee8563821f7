import type { Severity } from '../analysis/conflicts.ts';
import { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, type Thresholds, type Weights } from '../analysis/fit-terms.ts';
import type { RankFilter } from '../analysis/rank-candidates.ts';
import { badInput } from '../db/errors.ts';

export interface WeightsInput {
  synergy?: number | null;
  reach?: number | null;
  capability?: number | null;
}

/**
 * Weights as given, missing ones at their defaults, normalised to sum 1.
 * Negative weights or weights that sum to 0 are refused: neither has a meaning.
 */
export function normaliseWeights(input: WeightsInput | null | undefined): Weights {
  const raw = {
    synergy: input?.synergy ?? DEFAULT_WEIGHTS.synergy,
    reach: input?.reach ?? DEFAULT_WEIGHTS.reach,
    capability: input?.capability ?? DEFAULT_WEIGHTS.capability,
  };
  for (const [name, value] of Object.entries(raw)) {
    if (!Number.isFinite(value) || value < 0) throw badInput(`weights.${name}`, `must be a number ≥ 0, got ${value}`);
  }
  const largest = Math.max(raw.synergy, raw.reach, raw.capability);
  if (largest <= 0) throw badInput('weights', 'must not all be 0');
  // Weights near Number.MAX_VALUE sum to Infinity, which would make every weight 0 and every score 0: scale them down first.
  const scaled = Number.isFinite(raw.synergy + raw.reach + raw.capability)
    ? raw
    : { synergy: raw.synergy / largest, reach: raw.reach / largest, capability: raw.capability / largest };
  const sum = scaled.synergy + scaled.reach + scaled.capability;
  return { synergy: scaled.synergy / sum, reach: scaled.reach / sum, capability: scaled.capability / sum };
}

export interface ThresholdsInput {
  capability?: number | null;
  distribution?: number | null;
}

export function quadrantThresholds(input: ThresholdsInput | null | undefined): Thresholds {
  const thresholds = {
    capability: input?.capability ?? DEFAULT_THRESHOLDS.capability,
    distribution: input?.distribution ?? DEFAULT_THRESHOLDS.distribution,
  };
  for (const [name, value] of Object.entries(thresholds)) {
    if (!Number.isFinite(value) || value < 0 || value > 1) throw badInput(`thresholds.${name}`, `must be between 0 and 1, got ${value}`);
  }
  return thresholds;
}

export interface CandidateFilterInput {
  includePartners?: boolean | null;
  minSharedCustomers?: number | null;
  segment?: string | null;
  capability?: string | null;
  excludeSeverity?: Severity | null;
}

export function candidateFilter(input: CandidateFilterInput | null | undefined): RankFilter & { segment: string | null; capability: string | null } {
  const min = input?.minSharedCustomers ?? null;
  if (min !== null && (!Number.isInteger(min) || min < 0)) {
    throw badInput('filter.minSharedCustomers', `must be a whole number ≥ 0, got ${min}`);
  }
  return {
    includePartners: input?.includePartners ?? false,
    minSharedCustomers: min,
    excludeSeverity: input?.excludeSeverity ?? null,
    segment: input?.segment || null,
    capability: input?.capability || null,
  };
}
