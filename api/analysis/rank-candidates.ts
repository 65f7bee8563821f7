import type { CandidateFacts, CandidatePool } from './candidate-facts.ts';
import { severityCountsOf, type Severity } from './conflicts.ts';
import { evidenceTable } from './fit-evidence.ts';
import { sortWithTies } from './sort-ties.ts';
import type { SeverityCounts, Thresholds, Weights } from './fit-terms.ts';
import { evidenceScale, type MarketModel, type TermWeights } from './market-model.ts';
import { decisiveConflict, lensScore, type FitContext, type RankingLens } from './score-candidate.ts';

/** The shortlist filters that apply after scoring. */
export interface RankFilter {
  /** Keep the focal company's active partners. Default false. */
  includePartners?: boolean;
  /** Keep candidates a decisive conflict rules out (a declared rivalry, a decisive core overlap). Default false. */
  includeRuledOut?: boolean;
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

export interface FitSettings {
  model: MarketModel;
  /** Term weights of the query; default the model's. */
  termWeights?: TermWeights;
  weights: Weights;
  thresholds: Thresholds;
  /** Default MARKET. */
  lens?: RankingLens;
}

/** Everything a ranking of this pool shares: the evidence table is computed once, here. */
export function fitContextFor(pool: CandidatePool, settings: FitSettings): FitContext {
  return {
    market: pool.directory.market,
    table: evidenceTable(pool.directory.market, pool.counts, pool.partners, evidenceScale(settings.model)),
    model: settings.model,
    termWeights: settings.termWeights ?? settings.model.weights,
    weights: settings.weights,
    thresholds: settings.thresholds,
    hidden: pool.hidden,
    lens: settings.lens ?? 'MARKET',
  };
}

/**
 * The first `limit` (default all) candidates of the pool that pass the filter,
 * by rank, with their score and nothing more. A pool holds every company of
 * the ecosystem (10,000 at the bench's M scale) while a response shows 20 to
 * 300, so only the score is computed here and the full fit (conflict
 * sentences, power balance, recommended type) is left to the few shown.
 */
export function rankByScore(
  pool: CandidatePool,
  context: FitContext,
  filter: RankFilter = {},
  limit = Number.POSITIVE_INFINITY,
): RankedFacts[] {
  const ranked: RankedFacts[] = [];
  for (const facts of pool.candidates) {
    if (!filter.includePartners && facts.isActivePartner) continue;
    if (facts.sizes.shared < (filter.minSharedCustomers ?? 0)) continue;
    if (filter.excludeSeverity && hasSeverityAtLeast(severityCountsOf(facts.conflictFacts), filter.excludeSeverity))
      continue;
    if (!filter.includeRuledOut && decisiveConflict(facts.conflictFacts, context.model)) continue;
    ranked.push({ facts, score: lensScore(context, facts.index) });
  }
  sortWithTies(ranked, byScore, byNameThenId, limit);
  return Number.isFinite(limit) ? ranked.slice(0, limit) : ranked;
}

function byScore(x: RankedFacts, y: RankedFacts): number {
  return y.score - x.score || y.facts.sizes.shared - x.facts.sizes.shared;
}

function byNameThenId(x: RankedFacts, y: RankedFacts): number {
  const a = x.facts.candidate;
  const b = y.facts.candidate;
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function hasSeverityAtLeast(counts: SeverityCounts, severity: Severity): boolean {
  if (severity === 'HIGH') return counts.HIGH > 0;
  if (severity === 'MEDIUM') return counts.HIGH + counts.MEDIUM > 0;
  return counts.HIGH + counts.MEDIUM + counts.LOW > 0;
}
