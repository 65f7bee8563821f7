import type { CandidatePool } from './candidate-pool.ts';
import { hasConflictAtLeast, type Severity } from './conflicts.ts';
import type { Thresholds, Weights } from './fit-terms.ts';
import { scoreCandidate, type ScoredCandidate } from './score-candidate.ts';

/** The shortlist filters of PRODUCT.md that apply after scoring. */
export interface RankFilter {
  /** Keep the focal company's active partners. Default false. */
  includePartners?: boolean;
  /** At least this many shared customers. */
  minSharedCustomers?: number | null;
  /** Drop candidates with any conflict at this severity or worse. */
  excludeSeverity?: Severity | null;
}

/**
 * Scores every candidate of the pool and ranks them: score, then shared
 * customers, then name, then id, so equal scores come in a stable order.
 */
export function rankCandidates(
  pool: CandidatePool,
  weights: Weights,
  thresholds: Thresholds,
  filter: RankFilter = {},
): ScoredCandidate[] {
  return pool.candidates
    .filter((facts) => filter.includePartners || !facts.isActivePartner)
    .filter((facts) => facts.sizes.shared >= (filter.minSharedCustomers ?? 0))
    .map((facts) => scoreCandidate(facts, weights, thresholds))
    .filter((scored) => !filter.excludeSeverity || !hasConflictAtLeast(scored.conflicts, filter.excludeSeverity))
    .sort(byRank);
}

export function byRank(x: ScoredCandidate, y: ScoredCandidate): number {
  return (
    y.score - x.score ||
    y.facts.sizes.shared - x.facts.sizes.shared ||
    x.facts.candidate.name.localeCompare(y.facts.candidate.name) ||
    (x.facts.candidate.id < y.facts.candidate.id ? -1 : x.facts.candidate.id > y.facts.candidate.id ? 1 : 0)
  );
}
