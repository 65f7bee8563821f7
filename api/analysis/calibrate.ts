import { hashSeed, seededRandom } from '../contract/seeded-random.ts';
import { FOLDS } from './backtest.ts';
import { evidenceTable, saturate, TERM_KINDS, type RivalSign } from './fit-evidence.ts';
import type { LikelihoodCurve } from './likelihood-curve.ts';
import { fitLikelihood, likelihoodCases } from './likelihood.ts';
import type { StudiedCompany } from './studied-company.ts';
import { marketSketch, sharedShare } from './partnership-sketch.ts';
import { partnerSets, type Market } from './market.ts';
import {
  coreOverlapIsDecisive,
  DEFAULT_TERM_WEIGHTS,
  DEFAULT_YARDSTICKS,
  MIN_PARTNERSHIPS_TO_LEARN,
  PRIOR_PARTNERSHIPS,
  RIVAL_CHOICES,
  RIVAL_SIGNS,
  weightsFromVector,
  weightVector,
  type CoreOverlapEvidence,
  type MarketModel,
  type TermWeights,
} from './market-model.ts';

/**
 * One ranking case the weights are fitted on: a company with one of its known
 * partnerships hidden, the partner it lost (row 0) and the companies it would be
 * ranked against (the other rows), each row the terms' raw values (strengths
 * follow once the market's yardsticks are known).
 */
export interface TrainingCase {
  /** The focal company (market position): the unit the standard error counts. */
  focal: number;
  values: Float32Array;
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

/** A training case with its rows as strengths (value / (value + yardstick)). */
export interface StrengthCase extends Omit<TrainingCase, 'values'> {
  strengths: Float32Array;
}

/** Bounds the work of one calibration, so a large market calibrates in seconds. */
const MAX_NEGATIVES = 500;

const T = TERM_KINDS.length;

/** Cases per company at most: a hub's hundreds of partnerships would otherwise cost hundreds of tables. */
const MAX_CASES_PER_COMPANY = 10;

/**
 * The cases of one focal company: each of its known active partnerships (at
 * most MAX_CASES_PER_COMPANY, by id) hidden in turn on top of `hidden`, every
 * term recomputed as the ranking would, and each partner it lost (row 0)
 * against everyone else its ranking could show (not a partner, not ruled out;
 * at most MAX_NEGATIVES of them, an even sample). Hiding one at a time keeps
 * the rest of the graph as the ranking sees it; the weights make the company
 * count as often as it would in the backtest (once per fold it loses a
 * partner in, at most FOLDS).
 */
function casesForFocal(
  market: Market,
  studied: StudiedCompany,
  hidden: ReadonlySet<string>,
  rivalSign: RivalSign = 1,
): TrainingCase[] {
  const { counts: pool, ruledOut } = studied;
  const a = pool.focal;
  const own = market.partnershipsOf[a]!.map((position) => market.partnerships[position]!)
    .filter((partnership) => partnership.status === 'active' && !hidden.has(partnership.id))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const chosen = own.slice(0, MAX_CASES_PER_COMPANY);
  const companyWeight = Math.min(FOLDS, own.length) / chosen.length;
  const cases: TrainingCase[] = [];
  for (const partnership of chosen) {
    const partners = partnerSets(market, new Set([...hidden, partnership.id]));
    const lost = partnership.parties
      .map((id) => market.indexOf.get(id))
      .filter((index): index is number => index !== undefined && index !== a && !partners[a]!.has(index));
    if (lost.length === 0) continue;
    const table = evidenceTable(market, pool, partners, { yardsticks: DEFAULT_YARDSTICKS_VECTOR, rivalSign });
    const lostSet = new Set(lost);
    const negatives: number[] = [];
    for (let b = 0; b < market.companies.length; b++)
      if (b !== a && !partners[a]!.has(b) && !lostSet.has(b) && !ruledOut[b]) negatives.push(b);
    const sampled = sample(negatives, MAX_NEGATIVES, partnership.id);
    for (const positive of lost) {
      const rows = [positive, ...sampled];
      const values = new Float32Array(rows.length * T);
      rows.forEach((b, row) => {
        for (let t = 0; t < T; t++) values[row * T + t] = table.values[t]![b]!;
      });
      cases.push({
        focal: a,
        values,
        rows: rows.length,
        negativeScale: sampled.length > 0 ? negatives.length / sampled.length : 1,
        recallWeight: companyWeight / Math.min(10, lost.length),
        rankWeight: companyWeight / lost.length,
      });
    }
  }
  return cases;
}

const DEFAULT_YARDSTICKS_VECTOR = TERM_KINDS.map((kind) => DEFAULT_YARDSTICKS[kind]);

/** Every `step`-th item, from an offset derived from `seed`: deterministic, spread over the whole list. */
function sample<U>(items: U[], most: number, seed: string): U[] {
  if (items.length <= most) return items;
  const step = items.length / most;
  let offset = 0;
  for (const char of seed) offset = (offset * 31 + char.charCodeAt(0)) % 9973;
  const start = (offset / 9973) * step;
  return Array.from({ length: most }, (_, k) => items[Math.floor(start + k * step)]!);
}

/**
 * Each term's yardstick: the mean value the lost partners had on it, over
 * the cases (real partnerships, each hidden when its values were taken).
 * A candidate this strong on a term reads 50%.
 */
export function yardsticksOf(cases: TrainingCase[]): number[] {
  const sums = TERM_KINDS.map(() => 0);
  for (const c of cases) for (let t = 0; t < T; t++) sums[t] = sums[t]! + c.values[t]!;
  return sums.map((sum, t) => (cases.length > 0 ? sum / cases.length : DEFAULT_YARDSTICKS_VECTOR[t]!));
}

/** The cases with their rows as strengths on the given yardsticks. */
function strengthCases(cases: TrainingCase[], yardsticks: readonly number[]): StrengthCase[] {
  return cases.map(({ values, ...rest }) => {
    const strengths = new Float32Array(values.length);
    for (let i = 0; i < values.length; i++) strengths[i] = saturate(values[i]!, yardsticks[i % T]!);
    return { ...rest, strengths };
  });
}

/**
 * What the calibration maximises on the cases: recall@10 plus MRR (rank ≤ 100),
 * the backtest's two figures, with each case's rank estimated from its sampled
 * negatives (ties count half).
 */
export function caseObjective(cases: StrengthCase[], weights: number[]): { recall: number; mrr: number } {
  let recall = 0;
  let mrr = 0;
  let companies = 0;
  for (const c of cases) {
    const rank = caseRank(c, weights);
    if (rank < 10) recall += c.recallWeight;
    if (rank < 100) mrr += c.rankWeight / (rank + 1);
    companies += c.rankWeight;
  }
  return companies > 0 ? { recall: recall / companies, mrr: mrr / companies } : { recall: 0, mrr: 0 };
}

/** Candidates above the lost partner (ties half), scaled for sampled negatives; stops counting past 100, where nothing scores. */
function caseRank(c: StrengthCase, weights: number[]): number {
  const s = c.strengths;
  let positive = 0;
  for (let t = 0; t < T; t++) positive += s[t]! * weights[t]!;
  let above = 0;
  const stop = 100 / c.negativeScale;
  for (let row = 1; row < c.rows && above < stop; row++) {
    let score = 0;
    for (let t = 0; t < T; t++) score += s[row * T + t]! * weights[t]!;
    if (score > positive + 1e-12) above += 1;
    else if (score > positive - 1e-12) above += 0.5;
  }
  return above * c.negativeScale;
}

/** recall@10 + MRR of each company's cases (its share of the objective), and the cases' total rank weight. */
function companyContributions(
  cases: StrengthCase[],
  weights: number[],
): { byCompany: Map<number, number>; total: number } {
  const byCompany = new Map<number, number>();
  let total = 0;
  for (const c of cases) {
    const rank = caseRank(c, weights);
    const value = (rank < 10 ? c.recallWeight : 0) + (rank < 100 ? c.rankWeight / (rank + 1) : 0);
    byCompany.set(c.focal, (byCompany.get(c.focal) ?? 0) + value);
    total += c.rankWeight;
  }
  return { byCompany, total };
}

/** Steps of the weight grid: every blend whose weights are multiples of 1/10 (1,001 blends of five terms). */
const GRID_STEPS = 10;

/** Every weight vector of T terms in multiples of 1/steps that sums to 1. */
export function weightGrid(terms = T, steps = GRID_STEPS): number[][] {
  const out: number[][] = [];
  const walk = (left: number, prefix: number[]) => {
    if (prefix.length === terms - 1) {
      out.push([...prefix, left].map((k) => k / steps));
      return;
    }
    for (let k = 0; k <= left; k++) walk(left - k, [...prefix, k]);
  };
  walk(steps, []);
  return out;
}

/** The fit of the weights: the blend kept, the best blend's objective and that objective's standard error. */
export interface WeightFit {
  weights: TermWeights;
  objective: number;
  standardError: number;
}

/** Resamplings of the companies the weights are averaged over. */
const BOOTSTRAP_REPLICATES = 200;

/**
 * The best blend, bagged: every blend of the grid is scored on the cases
 * (recall@10 + MRR, company by company), then the companies are resampled
 * BOOTSTRAP_REPLICATES times (a Bayesian bootstrap: each company weighs −ln U,
 * U drawn from its id and the replicate, so the same company draws the same
 * weight in every import), the best blend of each resample is found (ties:
 * the blend nearest the defaults, then the first in grid order), and the
 * weights are their mean. The one best blend of the whole sample, which the
 * search this replaces kept, jumped between near-equal plateaus when a few
 * partnerships changed (FedRAMP: niche 0.5% → 8% with three changed); the
 * mean of the resamples' best moves only as far as the evidence does, and
 * gives weight only to blends that are best for some resample of the market.
 */
export function fitWeights(cases: StrengthCase[], idOf: (focal: number) => string = String): WeightFit {
  const grid = weightGrid();
  const scored = grid.map((weights) => companyContributions(cases, weights));
  const companies = [...new Set(cases.map((c) => c.focal))].sort((x, y) => x - y);
  const total = scored[0]?.total ?? 0;
  // contributions[g][j]: company j's part of blend g's objective
  const contributions = scored.map(({ byCompany }) => companies.map((company) => byCompany.get(company) ?? 0));
  const defaults = weightVector(DEFAULT_TERM_WEIGHTS);
  const distance = grid.map((weights) => weights.reduce((sum, w, t) => sum + Math.abs(w - defaults[t]!), 0));
  const bestOf = (companyWeights: number[]): number => {
    let best = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    contributions.forEach((row, g) => {
      let value = 0;
      for (let j = 0; j < row.length; j++) value += companyWeights[j]! * row[j]!;
      if (
        value > bestValue + 1e-12 ||
        (Math.abs(value - bestValue) <= 1e-12 && distance[g]! < distance[best]! - 1e-12)
      ) {
        best = g;
        bestValue = value;
      }
    });
    return best;
  };
  const average = TERM_KINDS.map(() => 0);
  for (let replicate = 0; replicate < BOOTSTRAP_REPLICATES; replicate++) {
    const draws = companies.map((company) => -Math.log(1 - seededRandom(hashSeed(`${replicate}:${idOf(company)}`))()));
    const best = grid[bestOf(draws)]!;
    for (let t = 0; t < T; t++) average[t] = average[t]! + best[t]! / BOOTSTRAP_REPLICATES;
  }
  const top = bestOf(companies.map(() => 1));
  return {
    weights: weightsFromVector(average),
    objective: total > 0 ? sum(contributions[top]!) / total : 0,
    standardError: standardErrorOf(contributions[top]!, total),
  };
}

/** Standard error of Σ contributions / total, the contributions one per company (as for a mean over companies). */
function standardErrorOf(contributions: number[], total: number): number {
  const m = contributions.length;
  if (m < 2 || total <= 0) return 0;
  const mean = sum(contributions) / m;
  const variance = contributions.reduce((acc, x) => acc + (x - mean) ** 2, 0) / (m - 1);
  return (Math.sqrt(variance) * Math.sqrt(m)) / total;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The fitted weights shrunk toward the defaults, the defaults counting as PRIOR_PARTNERSHIPS partnerships. */
export function shrinkWeights(fitted: TermWeights, partnerships: number): TermWeights {
  const share = partnerships / (partnerships + PRIOR_PARTNERSHIPS);
  return weightsFromVector(TERM_KINDS.map((kind) => share * fitted[kind] + (1 - share) * DEFAULT_TERM_WEIGHTS[kind]));
}

/** Everything a calibration reads: the market, the companies studied (their pools), what is hidden, and the core-overlap counts. */
export interface CalibrationInput {
  market: Market;
  studied: StudiedCompany[];
  hidden: ReadonlySet<string>;
  /** Known active partnerships. */
  partnerships: number;
  coreOverlap: Omit<CoreOverlapEvidence, 'decisive'>;
  /**
   * The model the previous import learned, when this calibration is an
   * import's: its weights stay unless this market shows them worse
   * (keepIncumbent). The backtest's folds pass none.
   */
  incumbent?: MarketModel;
}

/**
 * The market's model (docs/analyses.md, "Weights" and "Likelihood"):
 * 1. the cases, once per way rivals' partnerships may count (for, not at all,
 *    against; only companies with rivals differ);
 * 2. each way's yardsticks and grid-averaged weights; "for" is kept unless
 *    another way finds the partners better by more than one standard error;
 * 3. the weights shrunk toward the defaults, or the previous import's kept
 *    when this market does not show them worse (keepIncumbent);
 * 4. the likelihood curve, fitted on inner folds of the known partnerships.
 * Defaults below MIN_PARTNERSHIPS_TO_LEARN partnerships.
 */
export function calibrateModel(input: CalibrationInput): MarketModel {
  const { market, studied, hidden, partnerships } = input;
  const coreOverlap = { ...input.coreOverlap, decisive: coreOverlapIsDecisive(input.coreOverlap) };
  const density = densityOf(market, hidden);
  const uncalibrated = (cases: number): MarketModel => ({
    weights: DEFAULT_TERM_WEIGHTS,
    calibrated: false,
    partnerships,
    cases,
    fitRecall: 0,
    defaultRecall: 0,
    coreOverlap,
    yardsticks: DEFAULT_YARDSTICKS,
    rivalPartners: 'FOR',
    rivalEvidence: [],
    likelihood: null,
    density,
  });
  if (partnerships < MIN_PARTNERSHIPS_TO_LEARN || studied.length === 0) return uncalibrated(0);
  const forCases = studied.map((company) => casesForFocal(market, company, hidden, 1));
  const anyRivals = studied.some((company) => (company.counts.rivals?.size ?? 0) > 0);
  const fits = RIVAL_CHOICES.filter((choice) => choice === 'FOR' || anyRivals).map((choice) => {
    const sign = RIVAL_SIGNS[choice];
    const cases =
      sign === 1
        ? forCases.flat()
        : studied.flatMap((company, i) =>
            (company.counts.rivals?.size ?? 0) > 0 ? casesForFocal(market, company, hidden, sign) : forCases[i]!,
          );
    const yardsticks = yardsticksOf(cases);
    const strengths = strengthCases(cases, yardsticks);
    return { choice, cases, yardsticks, strengths, fit: fitWeights(strengths, (focal) => market.companies[focal]!.id) };
  });
  if (fits[0]!.cases.length === 0) return uncalibrated(0);
  const kept = fits.reduce(
    (best, candidate) => (candidate.fit.objective > best.fit.objective + fits[0]!.fit.standardError ? candidate : best),
    fits[0]!,
  );
  const learned = shrinkWeights(kept.fit.weights, partnerships);
  const partnershipSketch = marketSketch(market.partnerships, hidden);
  const held = input.incumbent
    ? keepIncumbent(kept.strengths, learned, input.incumbent, kept.choice, partnershipSketch)
    : null;
  const weights = held?.weights ?? learned;
  const yardsticks = Object.fromEntries(TERM_KINDS.map((kind, t) => [kind, kept.yardsticks[t]!])) as TermWeights;
  const model: MarketModel = {
    weights,
    calibrated: true,
    partnerships,
    cases: kept.cases.length,
    fitRecall: caseObjective(kept.strengths, weightVector(weights)).recall,
    defaultRecall: caseObjective(kept.strengths, weightVector(DEFAULT_TERM_WEIGHTS)).recall,
    coreOverlap,
    yardsticks,
    rivalPartners: kept.choice,
    rivalEvidence: fits.map(({ choice, fit }) => ({
      choice,
      objective: fit.objective,
      standardError: fit.standardError,
    })),
    likelihood: null,
    density,
    partnershipSketch,
    ...(held
      ? { keptPrevious: { share: held.share, shortfall: held.shortfall, standardError: held.standardError } }
      : {}),
  };
  return { ...model, likelihood: learnLikelihood(market, studied, hidden, model) };
}

/**
 * The weights an import keeps: the previous import's, moved toward the ones
 * this market teaches (`learned`) only as far as the evidence requires. The
 * least step of STEPS along the line between them whose weights find this
 * calibration's partners worse than `learned` by no more than one standard
 * error (recall@10 + MRR on its cases, the difference taken company by
 * company). Without it the weights moved by up to 8.4 points between FedRAMP
 * and copies of it missing 1% of its partnerships: the resamples' best
 * blends sit on a ridge where peer evidence and ecosystem pull trade places,
 * and which side a resample lands on turns on a few partnerships. A
 * difference within the noise is no reason to reorder every company's
 * candidates; a real one still moves them. None when the previous weights
 * were the defaults, counted rivals' partners another way, or were learned on
 * another market (fewer than half of the partnerships in common: `sketch`
 * is this market's, partnership-sketch.ts).
 */
export function keepIncumbent(
  cases: StrengthCase[],
  learned: TermWeights,
  incumbent: MarketModel,
  choice: MarketModel['rivalPartners'],
  sketch: readonly string[],
): { weights: TermWeights; share: number; shortfall: number; standardError: number } | null {
  if (!incumbent.calibrated || incumbent.rivalPartners !== choice) return null;
  if (sharedShare(incumbent.partnershipSketch ?? [], sketch) < SAME_MARKET) return null;
  const target = weightVector(learned);
  const from = weightVector(incumbent.weights);
  const best = companyContributions(cases, target);
  if (best.total <= 0) return null;
  for (let step = 0; step < STEPS; step++) {
    const share = step / STEPS;
    const vector = from.map((w, t) => (1 - share) * w + share * target[t]!);
    const here = companyContributions(cases, vector);
    const differences = [...best.byCompany.keys()].map(
      (company) => best.byCompany.get(company)! - (here.byCompany.get(company) ?? 0),
    );
    const shortfall = sum(differences) / best.total;
    const standardError = standardErrorOf(differences, best.total);
    if (shortfall <= standardError) return { weights: weightsFromVector(vector), share, shortfall, standardError };
  }
  return null;
}

/** The share of partnerships in common from which two imports are of the same market: most of them. */
const SAME_MARKET = 0.5;

/** Steps along the line from the previous weights to the learned ones (keepIncumbent): moves of 5% of the way. */
const STEPS = 20;

/**
 * The likelihood curve, learned as the backtest will judge it: the known
 * partnerships are split into INNER_FOLDS folds, each hidden in turn, every
 * studied company that lost a partner is ranked with the model, and each of
 * its top 10 is a row (its score; was it a hidden partner?). The logistic
 * curve through those rows is the likelihood. Partnerships `hidden` from the
 * calibration never teach it.
 */
function learnLikelihood(
  market: Market,
  studied: StudiedCompany[],
  hidden: ReadonlySet<string>,
  model: MarketModel,
): LikelihoodCurve | null {
  const rows = likelihoodCases(market, studied, hidden, model);
  return rows.scores.length > 0 ? fitLikelihood(rows.scores, rows.hits) : null;
}

/** Share of company pairs that are active partners (hidden partnerships left out): the estimate when the market teaches nothing more. */
export function densityOf(market: Market, hidden: ReadonlySet<string>): number {
  const n = market.companies.length;
  if (n < 2) return 0;
  const partners = hidden.size === 0 ? market.activePartners : partnerSets(market, hidden);
  let links = 0;
  for (const set of partners) links += set.size;
  return links / (n * (n - 1));
}
