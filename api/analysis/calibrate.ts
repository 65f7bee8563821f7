import { FOLDS } from './backtest.ts';
import { evidenceTable, strengthOf, TERM_KINDS, type PoolCounts } from './fit-evidence.ts';
import { partnerSets, type Market } from './market.ts';
import {
  coreOverlapIsDecisive,
  DEFAULT_TERM_WEIGHTS,
  MIN_PARTNERSHIPS_TO_LEARN,
  PRIOR_PARTNERSHIPS,
  weightsFromVector,
  weightVector,
  type CoreOverlapEvidence,
  type MarketModel,
  type TermWeights,
} from './market-model.ts';

/**
 * One ranking case the weights are fitted on: a company with one of its known
 * partnerships hidden, the partner it lost (row 0) and the companies it would be
 * ranked against (the other rows), each row the terms' strengths.
 */
export interface TrainingCase {
  strengths: Float32Array;
  rows: number;
  /** Negatives are sampled past MAX_NEGATIVES; each sampled one stands for this many. */
  negativeScale: number;
  /**
   * The case's share of its company's backtest figures: a company that loses L
   * partners at once counts once, so each of its L cases weighs 1 / min(10, L)
   * in recall@10 and 1 / L in the reciprocal rank, times the company's weight.
   * Without it, hubs with hundreds of partnerships would outvote everyone else.
   */
  recallWeight: number;
  rankWeight: number;
}

/** Bounds the work of one calibration, so a large market calibrates in seconds. */
export const MAX_NEGATIVES = 500;

const T = TERM_KINDS.length;

/** Cases per company at most: a hub's hundreds of partnerships would otherwise cost hundreds of tables. */
export const MAX_CASES_PER_COMPANY = 10;

/**
 * The cases of one focal company: each of its known active partnerships (at
 * most MAX_CASES_PER_COMPANY, by id) hidden in turn on top of `hidden`, every
 * term recomputed as the ranking would, and each partner it lost (row 0)
 * against everyone else it could be offered (at most MAX_NEGATIVES of them, an
 * even sample). Hiding one at a time keeps the rest of the graph as the ranking
 * sees it; the weights make the company count as often as it would in the
 * backtest (once per fold it loses a partner in, at most FOLDS).
 */
export function casesForFocal(market: Market, pool: PoolCounts, hidden: ReadonlySet<string>): TrainingCase[] {
  const a = pool.focal;
  const own = market.partnershipsOf[a]!
    .map((position) => market.partnerships[position]!)
    .filter((partnership) => partnership.status === 'active' && !hidden.has(partnership.id))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const studied = own.slice(0, MAX_CASES_PER_COMPANY);
  const companyWeight = Math.min(FOLDS, own.length) / studied.length;
  const cases: TrainingCase[] = [];
  for (const partnership of studied) {
    const partners = partnerSets(market, new Set([...hidden, partnership.id]));
    const lost = partnership.parties
      .map((id) => market.indexOf.get(id))
      .filter((index): index is number => index !== undefined && index !== a && !partners[a]!.has(index));
    if (lost.length === 0) continue;
    const table = evidenceTable(market, pool, partners);
    const lostSet = new Set(lost);
    const negatives: number[] = [];
    for (let b = 0; b < market.companies.length; b++) if (b !== a && !partners[a]!.has(b) && !lostSet.has(b)) negatives.push(b);
    const sampled = sample(negatives, MAX_NEGATIVES, partnership.id);
    for (const positive of lost) {
      const rows = [positive, ...sampled];
      const strengths = new Float32Array(rows.length * T);
      rows.forEach((b, row) => {
        for (let t = 0; t < T; t++) strengths[row * T + t] = strengthOf(table, t, b);
      });
      cases.push({
        strengths,
        rows: rows.length,
        negativeScale: sampled.length > 0 ? negatives.length / sampled.length : 1,
        recallWeight: companyWeight / Math.min(10, lost.length),
        rankWeight: companyWeight / lost.length,
      });
    }
  }
  return cases;
}

/** Every `step`-th item, from an offset derived from `seed`: deterministic, spread over the whole list. */
function sample<T>(items: T[], most: number, seed: string): T[] {
  if (items.length <= most) return items;
  const step = items.length / most;
  let offset = 0;
  for (const char of seed) offset = (offset * 31 + char.charCodeAt(0)) % 9973;
  const start = (offset / 9973) * step;
  return Array.from({ length: most }, (_, k) => items[Math.floor(start + k * step)]!);
}

/**
 * What the calibration maximises on the cases: recall@10 plus MRR (rank ≤ 100),
 * the backtest's two figures, with each case's rank estimated from its sampled
 * negatives (ties count half).
 */
export function caseObjective(cases: TrainingCase[], weights: number[]): { recall: number; mrr: number } {
  let recall = 0;
  let mrr = 0;
  let companies = 0;
  for (const c of cases) {
    let positive = 0;
    for (let t = 0; t < T; t++) positive += c.strengths[t]! * weights[t]!;
    let above = 0;
    for (let row = 1; row < c.rows; row++) {
      let score = 0;
      for (let t = 0; t < T; t++) score += c.strengths[row * T + t]! * weights[t]!;
      if (score > positive + 1e-12) above += 1;
      else if (score > positive - 1e-12) above += 0.5;
    }
    const rank = above * c.negativeScale;
    if (rank < 10) recall += c.recallWeight;
    if (rank < 100) mrr += c.rankWeight / (rank + 1);
    companies += c.rankWeight;
  }
  return companies > 0 ? { recall: recall / companies, mrr: mrr / companies } : { recall: 0, mrr: 0 };
}

/** How much weight one move shifts from a term to another: all of it, or a share of the whole. */
const AMOUNTS = [Number.POSITIVE_INFINITY, 0.4, 0.2, 0.1, 0.05, 0.025];

/**
 * Ranking-aware fit: starting from `start`, move weight from one term to
 * another (all of it, or 0.4, 0.2, … 0.025 of the whole) while the cases'
 * recall@10 + MRR improves. Large moves first, so a plateau of small moves that
 * change no rank does not stop the search. The weights stay non-negative and
 * sum to 1, so each stays readable as a share.
 */
export function fitWeights(cases: TrainingCase[], start: TermWeights): TermWeights {
  let weights = weightVector(start);
  const value = (w: number[]) => {
    const { recall, mrr } = caseObjective(cases, w);
    return recall + mrr;
  };
  let best = value(weights);
  for (let improved = true; improved; ) {
    improved = false;
    for (let from = 0; from < T; from++) {
      for (let to = 0; to < T; to++) {
        if (from === to) continue;
        for (const amount of AMOUNTS) {
          const shift = Math.min(amount, weights[from]!);
          if (shift < 1e-9 || (amount !== Number.POSITIVE_INFINITY && amount > weights[from]! + 1e-9)) continue;
          const moved = [...weights];
          moved[from] = moved[from]! - shift;
          moved[to] = moved[to]! + shift;
          const candidate = value(moved);
          if (candidate > best + 1e-9) {
            best = candidate;
            weights = moved;
            improved = true;
            break;
          }
        }
      }
    }
  }
  return weightsFromVector(weights);
}

/** The fitted weights shrunk toward the defaults, the defaults counting as PRIOR_PARTNERSHIPS partnerships. */
export function shrinkWeights(fitted: TermWeights, partnerships: number): TermWeights {
  const share = partnerships / (partnerships + PRIOR_PARTNERSHIPS);
  return weightsFromVector(TERM_KINDS.map((kind) => share * fitted[kind] + (1 - share) * DEFAULT_TERM_WEIGHTS[kind]));
}

/** The market's model from its cases: defaults below MIN_PARTNERSHIPS_TO_LEARN partnerships. */
export function calibrateModel(cases: TrainingCase[], partnerships: number, coreOverlap: Omit<CoreOverlapEvidence, 'decisive'>): MarketModel {
  const overlap = { ...coreOverlap, decisive: coreOverlapIsDecisive(coreOverlap) };
  const defaultRecall = caseObjective(cases, weightVector(DEFAULT_TERM_WEIGHTS)).recall;
  if (partnerships < MIN_PARTNERSHIPS_TO_LEARN || cases.length === 0) {
    return { weights: DEFAULT_TERM_WEIGHTS, calibrated: false, partnerships, cases: cases.length, fitRecall: defaultRecall, defaultRecall, coreOverlap: overlap };
  }
  const weights = shrinkWeights(fitWeights(cases, DEFAULT_TERM_WEIGHTS), partnerships);
  return {
    weights,
    calibrated: true,
    partnerships,
    cases: cases.length,
    fitRecall: caseObjective(cases, weightVector(weights)).recall,
    defaultRecall,
    coreOverlap: overlap,
  };
}
