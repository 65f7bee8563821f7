import { createHash } from 'node:crypto';
import type { CandidateFacts } from './candidate-facts.ts';
import { countSeverities, conflictsOf } from './conflicts.ts';
import type { PoolCounts } from './fit-evidence.ts';
import { DEFAULT_VALUE_WEIGHTS } from '../contract/ranking-parameters.ts';
import { hashSeed, seededRandom } from '../contract/seeded-random.ts';
import { conflictPenalty, fitScore, fitTerms, valueOf } from './fit-terms.ts';
import { partnerSets, type Market } from './market.ts';

/**
 * The backtest (docs/analyses.md, "How the ranking is judged"): hide the
 * active partnerships of one fold, rank for every company that lost a partner,
 * and see whether the lost partners come back.
 */
export const FOLDS = 5;

/** A partnership's fold: the first byte of the SHA-1 of its id, mod 5. */
export function foldOf(partnershipId: string): number {
  return createHash('sha1').update(partnershipId).digest()[0]! % FOLDS;
}

interface BacktestCase {
  /** The company ranked, by market position. */
  focal: number;
  /** The partners it lost when the fold was hidden (positions). */
  lost: number[];
}

export interface Fold {
  fold: number;
  /** The active partnerships hidden. */
  hidden: Set<string>;
  /** Active partner sets with the fold hidden. */
  partners: Set<number>[];
  cases: BacktestCase[];
}

/** The fold's hidden partnerships and its cases: every company that lost a partner, in id order. */
export function foldCases(market: Market, fold: number): Fold {
  const hidden = new Set(
    market.partnerships.filter((p) => p.status === 'active' && foldOf(p.id) === fold).map((p) => p.id),
  );
  const partners = partnerSets(market, hidden);
  const cases: BacktestCase[] = [];
  market.activePartners.forEach((all, focal) => {
    const lost = [...all].filter((b) => !partners[focal]!.has(b)).sort((x, y) => x - y);
    if (lost.length > 0) cases.push({ focal, lost });
  });
  return { fold, hidden, partners, cases };
}

/** recall@k = lost partners in the first k / min(k, lost). */
export function recallAt(order: readonly number[], lost: ReadonlySet<number>, k: number): number {
  let hits = 0;
  for (const b of order.slice(0, k)) if (lost.has(b)) hits += 1;
  return hits / Math.min(k, lost.size);
}

/** 1 / rank of the first lost partner within the first 100; 0 beyond. */
export function reciprocalRank(order: readonly number[], lost: ReadonlySet<number>): number {
  const first = order.slice(0, 100).findIndex((b) => lost.has(b));
  return first < 0 ? 0 : 1 / (first + 1);
}

/** What a baseline may read about one case. */
interface BaselineInput {
  market: Market;
  /** Active partner sets with the fold hidden. */
  partners: Set<number>[];
  focal: number;
  counts: PoolCounts;
  /** The candidate pool's facts (conflicts computed with the fold hidden), by market position. */
  facts: Map<number, CandidateFacts>;
}

export type Baseline = (input: BaselineInput) => (b: number) => number;

/** The baselines every ranking is compared with, in the same run on the same cases. */
export const BASELINES: Record<string, Baseline> = {
  /** Seeded random: mulberry32 seeded by FNV-1a of "1:<focal id>", one draw per company in id order. */
  random: ({ market, focal }) => {
    const next = seededRandom(hashSeed(`1:${market.companies[focal]!.id}`));
    const draws = market.companies.map(() => next());
    return (b) => draws[b]!;
  },
  /** The candidate's active partners (the fold hidden). */
  partnerCount:
    ({ partners }) =>
    (b) =>
      partners[b]!.size,
  /** |C(A) ∩ C(B)| */
  sharedCustomers:
    ({ counts }) =>
    (b) =>
      counts.shared[b]!,
  /** |C(B)| */
  customerCount:
    ({ market }) =>
    (b) =>
      market.companies[b]!.customers,
  /** Partners of A's customer-peers: Σ over B's active partners P ≠ A of |C(A) ∩ C(P)| / ln(2 + partners(P)). */
  peersPartners:
    ({ partners, focal, counts }) =>
    (b) => {
      let sum = 0;
      for (const p of partners[b]!) if (p !== focal) sum += counts.shared[p]! / Math.log(2 + partners[p]!.size);
      return sum;
    },
  /**
   * Partners of my partners (triadic closure, Adamic–Adar on the partnership graph):
   * Σ over companies Z actively partnered with both A and B of 1 / ln(1 + partners(Z)), the fold hidden.
   */
  adamicAdar: ({ partners, focal }) => {
    const scores = new Float64Array(partners.length);
    for (const z of partners[focal]!) {
      const weight = 1 / Math.log(1 + partners[z]!.size);
      for (const b of partners[z]!) if (b !== focal) scores[b] = scores[b]! + weight;
    }
    return (b) => scores[b]!;
  },
  /** The reciprocal formula with default weights, conflicts computed with the fold hidden. */
  mutualValue:
    ({ facts }) =>
    (b) => {
      const pair = facts.get(b);
      if (!pair) return 0;
      const { focal, candidate } = fitTerms(pair.sizes);
      const penalty = conflictPenalty(countSeverities(conflictsOf(pair.conflictFacts)));
      return fitScore(valueOf(focal, DEFAULT_VALUE_WEIGHTS), valueOf(candidate, DEFAULT_VALUE_WEIGHTS), penalty);
    },
};

/** Candidates by a baseline's score, best first; ties by company id in ascending code-unit order. */
export function rankByBaseline(market: Market, candidates: number[], score: (b: number) => number): number[] {
  const scored = candidates.map((b) => ({ b, score: score(b), id: market.companies[b]!.id }));
  scored.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.map((entry) => entry.b);
}

/** One bin of a reliability table: predictions in [lower, upper), their mean and the share that came true. */
export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

/**
 * The reliability table and expected calibration error of probabilities
 * against outcomes, as scikit-learn's calibration_curve bins them (10 equal
 * bins of [0, 1], the last one closed): ECE = Σ over bins of
 * (count / all) · |mean predicted − observed rate|. Empty bins are left out.
 */
export function reliability(
  predictions: readonly { predicted: number; hit: boolean }[],
  bins = 10,
): { bins: ReliabilityBin[]; ece: number } {
  const sums = Array.from({ length: bins }, () => ({ count: 0, predicted: 0, hits: 0 }));
  for (const { predicted, hit } of predictions) {
    const bin = sums[Math.min(bins - 1, Math.max(0, Math.floor(predicted * bins)))]!;
    bin.count += 1;
    bin.predicted += predicted;
    if (hit) bin.hits += 1;
  }
  const table = sums.flatMap((bin, index) =>
    bin.count > 0
      ? [
          {
            lower: index / bins,
            upper: (index + 1) / bins,
            count: bin.count,
            meanPredicted: bin.predicted / bin.count,
            observedRate: bin.hits / bin.count,
          },
        ]
      : [],
  );
  const total = predictions.length;
  const ece = table.reduce((sum, bin) => sum + (bin.count / total) * Math.abs(bin.meanPredicted - bin.observedRate), 0);
  return { bins: table, ece: total > 0 ? ece : 0 };
}
