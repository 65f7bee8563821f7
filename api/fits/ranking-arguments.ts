import type { Severity } from '../analysis/conflicts.ts';
import type { Thresholds, Weights } from '../analysis/fit-terms.ts';
import { DEFAULT_THRESHOLDS, DEFAULT_VALUE_WEIGHTS, SEVERITIES } from '../contract/ranking-parameters.ts';
import { TERM_KINDS, type TermKind } from '../analysis/fit-evidence.ts';
import type { TermWeights } from '../analysis/market-model.ts';
import type { RankFilter } from '../analysis/rank-candidates.ts';
import type { RankingLens } from '../analysis/score-candidate.ts';
import { badInput } from '../errors.ts';

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
      ['synergy', input?.synergy ?? DEFAULT_VALUE_WEIGHTS.synergy],
      ['reach', input?.reach ?? DEFAULT_VALUE_WEIGHTS.reach],
      ['capability', input?.capability ?? DEFAULT_VALUE_WEIGHTS.capability],
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
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw badInput(`${argument}.${name}`, `must be a number ≥ 0, got ${value}`);
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

function quadrantThresholds(input: ThresholdsInput | null | undefined): Thresholds {
  const thresholds = {
    capability: input?.capability ?? DEFAULT_THRESHOLDS.capability,
    distribution: input?.distribution ?? DEFAULT_THRESHOLDS.distribution,
  };
  for (const [name, value] of Object.entries(thresholds)) {
    if (!Number.isFinite(value) || value < 0 || value > 1)
      throw badInput(`thresholds.${name}`, `must be between 0 and 1, got ${value}`);
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

function candidateFilter(
  input: CandidateFilterInput | null | undefined,
): RankFilter & { segment: string | null; capability: string | null } {
  const min = input?.minSharedCustomers ?? null;
  if (min !== null && (!Number.isInteger(min) || min < 0)) {
    throw badInput('filter.minSharedCustomers', `must be a whole number ≥ 0, got ${min}`);
  }
  const severity = input?.excludeSeverity ?? null;
  if (severity !== null && !SEVERITIES.includes(severity))
    throw badInput('filter.excludeSeverity', `must be LOW, MEDIUM or HIGH, got ${severity}`);
  return {
    includePartners: input?.includePartners ?? false,
    includeRuledOut: input?.includeRuledOut ?? false,
    minSharedCustomers: min,
    excludeSeverity: severity,
    segment: input?.segment || null,
    capability: input?.capability || null,
  };
}

/** A ranking's arguments, checked: what the fit service takes. */
export interface RankingSettings {
  /** Normalised value weights of valueTo. */
  weights: Weights;
  /** The query's term weights as given (each checked), merged with the market's by the service. */
  termWeights: WeightsInput | null;
  thresholds: Thresholds;
  filter: ReturnType<typeof candidateFilter>;
  /** The order: the market's fit score (default) or what is specific to the focal company. */
  lens: RankingLens;
}

/**
 * Checks a ranking's arguments, naming the first bad one (BAD_USER_INPUT):
 * the GraphQL fields and the CSV downloads both come through here.
 */
export function rankingSettings(args: {
  weights?: WeightsInput | null;
  thresholds?: ThresholdsInput | null;
  filter?: CandidateFilterInput | null;
  lens?: RankingLens | null;
}): RankingSettings {
  const weights = normaliseWeights(args.weights);
  // The term weights' values are checked now; their normalisation needs the market's own weights.
  termWeightsFor(args.weights, { PEERS: 1, OVERLAP: 1, NICHE: 1, COMPLEMENT: 1, PULL: 1 });
  const lens = args.lens ?? 'MARKET';
  if (lens !== 'MARKET' && lens !== 'SPECIFIC')
    throw badInput('lens', `must be MARKET or SPECIFIC, got ${String(lens)}`);
  return {
    weights,
    termWeights: args.weights ?? null,
    thresholds: quadrantThresholds(args.thresholds),
    filter: candidateFilter(args.filter),
    lens,
  };
}
