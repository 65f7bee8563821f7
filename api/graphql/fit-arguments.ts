import type { Severity } from '../analysis/conflicts.ts';
import { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, type Thresholds, type Weights } from '../analysis/fit-terms.ts';
import { TERM_KINDS, type TermKind } from '../analysis/fit-evidence.ts';
import type { TermWeights } from '../analysis/market-model.ts';
import type { RankFilter } from '../analysis/rank-candidates.ts';
import { badInput } from '../db/errors.ts';

export interface WeightsInput {
  synergy?: number | null;
  reach?: number | null;
  capability?: number | null;
  peers?: number | null;
  overlap?: number | null;
  niche?: number | null;
  complement?: number | null;
  pull?: number | null;
}

/** The FitWeights field of each evidence term. */
const TERM_FIELDS: Record<TermKind, keyof WeightsInput> = {
  PEERS: 'peers',
  OVERLAP: 'overlap',
  NICHE: 'niche',
  COMPLEMENT: 'complement',
  PULL: 'pull',
};

/**
 * Weights as given, missing ones at their defaults, normalised to sum 1.
 * Negative weights or weights that sum to 0 are refused: neither has a meaning.
 */
export function normaliseWeights(input: WeightsInput | null | undefined): Weights {
  const [synergy, reach, capability] = normalised(
    [
      ['synergy', input?.synergy ?? DEFAULT_WEIGHTS.synergy],
      ['reach', input?.reach ?? DEFAULT_WEIGHTS.reach],
      ['capability', input?.capability ?? DEFAULT_WEIGHTS.capability],
    ],
    'weights',
  ) as [number, number, number];
  return { synergy, reach, capability };
}

/**
 * The evidence terms' weights: the market's, with any the query names put in
 * their place, normalised to sum 1 (so `{ peers: 1 }` keeps the others and
 * doubles nothing: it sets the peers term's share before normalising).
 */
export function termWeightsFor(input: WeightsInput | null | undefined, market: TermWeights): TermWeights {
  if (!TERM_KINDS.some((kind) => input?.[TERM_FIELDS[kind]] != null)) return market;
  const values = normalised(
    TERM_KINDS.map((kind) => [TERM_FIELDS[kind], input?.[TERM_FIELDS[kind]] ?? market[kind]]),
    'weights',
  );
  return Object.fromEntries(TERM_KINDS.map((kind, index) => [kind, values[index]!])) as TermWeights;
}

/** Checks each weight (finite, ≥ 0) and divides by their sum, scaling by the largest first so 1e308 does not overflow. */
function normalised(named: [string, number][], argument: string): number[] {
  for (const [name, value] of named) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw badInput(`${argument}.${name}`, `must be a number ≥ 0, got ${value}`);
  }
  const largest = Math.max(...named.map(([, value]) => value));
  if (largest <= 0) throw badInput(argument, 'must not all be 0');
  const scaled = named.map(([, value]) => value / largest);
  const sum = scaled.reduce((total, value) => total + value, 0);
  return scaled.map((value) => value / sum);
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
  includeRuledOut?: boolean | null;
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
    includeRuledOut: input?.includeRuledOut ?? false,
    minSharedCustomers: min,
    excludeSeverity: input?.excludeSeverity ?? null,
    segment: input?.segment || null,
    capability: input?.capability || null,
  };
}
