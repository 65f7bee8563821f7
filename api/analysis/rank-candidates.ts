import type { CandidateFacts, CandidatePool } from './candidate-pool.ts';
import { severityCountsOf, type Severity } from './conflicts.ts';
import { conflictPenalty, fitScore, fitTerms, valueOf, type SeverityCounts, type Thresholds, type Weights } from './fit-terms.ts';
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

/** A candidate's place in the ranking: its facts and its score, nothing else yet. */
export interface RankedFacts {
  facts: CandidateFacts;
  score: number;
}

/**
 * The first `limit` (default all) candidates of the pool that pass the filter,
 * by rank, with their score and nothing more. A pool holds every company of
 * the ecosystem (10,000 at the bench's M scale) while a response shows 20 to
 * 300, so the score is computed from counts alone (the same functions
 * scoreCandidate uses, so the same number) and the full fit — conflict
 * sentences, power balance, recommended type — is left to the few shown.
 */
export function rankByScore(pool: CandidatePool, weights: Weights, filter: RankFilter = {}, limit = Number.POSITIVE_INFINITY): RankedFacts[] {
  const ranked: RankedFacts[] = [];
  for (const facts of pool.candidates) {
    if (!filter.includePartners && facts.isActivePartner) continue;
    if (facts.sizes.shared < (filter.minSharedCustomers ?? 0)) continue;
    const severities = severityCountsOf(facts.conflictFacts);
    if (filter.excludeSeverity && hasSeverityAtLeast(severities, filter.excludeSeverity)) continue;
    const { focal, candidate } = fitTerms(facts.sizes);
    const score = fitScore(valueOf(focal, weights), valueOf(candidate, weights), conflictPenalty(severities));
    ranked.push({ facts, score });
  }
  // byRank in two steps, same order: numbers first, then names within the runs
  // of equal score and shared customers. Small companies tie by the thousand,
  // and comparing names by collation is what costs; only the runs the first
  // `limit` reach into are put in name order.
  ranked.sort(byScore);
  for (let start = 0; start < ranked.length && start < limit; ) {
    let end = start + 1;
    while (end < ranked.length && byScore(ranked[start]!, ranked[end]!) === 0) end++;
    if (end - start > 1) {
      const run = ranked.slice(start, end).sort(byNameThenId);
      for (let index = 0; index < run.length; index++) ranked[start + index] = run[index]!;
    }
    start = end;
  }
  return Number.isFinite(limit) ? ranked.slice(0, limit) : ranked;
}

/**
 * Scores every candidate of the pool and ranks them: score, then shared
 * customers, then name, then id, so equal scores come in a stable order.
 * Only the first `limit` (default all) are scored in full.
 */
export function rankCandidates(
  pool: CandidatePool,
  weights: Weights,
  thresholds: Thresholds,
  filter: RankFilter = {},
  limit = Number.POSITIVE_INFINITY,
): ScoredCandidate[] {
  return rankByScore(pool, weights, filter, limit).map(({ facts }) => scoreCandidate(facts, weights, thresholds));
}

/** Best first: score, then shared customers, then name, then id, so equal scores come in a stable order. */
export function byRank(x: RankedFacts, y: RankedFacts): number {
  return byScore(x, y) || byNameThenId(x, y);
}

function byScore(x: RankedFacts, y: RankedFacts): number {
  return y.score - x.score || y.facts.sizes.shared - x.facts.sizes.shared;
}

function byNameThenId(x: RankedFacts, y: RankedFacts): number {
  const a = x.facts.candidate;
  const b = y.facts.candidate;
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** hasConflictAtLeast, from the counts. */
function hasSeverityAtLeast(counts: SeverityCounts, severity: Severity): boolean {
  if (severity === 'HIGH') return counts.HIGH > 0;
  if (severity === 'MEDIUM') return counts.HIGH + counts.MEDIUM > 0;
  return counts.HIGH + counts.MEDIUM + counts.LOW > 0;
}
