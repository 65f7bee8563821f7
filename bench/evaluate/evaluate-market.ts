import { createHash } from 'node:crypto';
import {
  BASELINES,
  FOLDS,
  foldCases,
  rankByBaseline,
  recallAt,
  reciprocalRank,
  reliability,
  type ReliabilityBin,
} from '../../api/analysis/backtest.ts';
import { TERM_KINDS } from '../../api/analysis/fit-evidence.ts';
import { likelihoodOf } from '../../api/analysis/likelihood.ts';
import { loadCandidatePool } from '../../api/fits/candidate-pool.ts';
import { DEFAULT_THRESHOLDS, DEFAULT_VALUE_WEIGHTS } from '../../api/contract/ranking-parameters.ts';
import { readMarketDirectory } from '../../api/fits/market-directory.ts';
import type { MarketModel } from '../../api/analysis/market-model.ts';
import { fitContextFor, rankByScore } from '../../api/analysis/rank-candidates.ts';
import { fitEvidenceScore, scoreCandidate } from '../../api/analysis/score-candidate.ts';
import type { Database } from '../../api/db/database.ts';
import { calibrateMarket } from '../../api/fits/calibrate-market.ts';

/** Mean recall@k and MRR of one ranking over the cases. */
interface Figures {
  recall: number;
  mrr: number;
}

export interface MarketEvaluation {
  cases: number;
  k: number;
  product: Figures;
  /** The SPECIFIC lens, on the same cases. */
  specific: Figures;
  baselines: Record<string, Figures>;
  /** The likelihood over each case's top k (the product's order): reliability table and expected calibration error. */
  calibration: { ece: number; bins: ReliabilityBin[]; rows: number };
  /** How far the learned weights move between imports that differ by 1% of the partnerships. */
  stability: Stability;
  /** Share of the product's top-k candidates with thin evidence (fewer than 3 shared customers and none of the focal company's closest peers as partners). */
  thinEvidenceShare: number;
  /** Recommended types over the product's top 20 of every case. */
  typesTop20: Record<string, number>;
  /** Hidden partnerships whose real type the recommendation for the lost partner matches. */
  typeMatches: { matched: number; total: number };
  /** The weights each fold's calibration learned (from the partnerships it did not hide). */
  foldModels: Omit<MarketModel, 'partnershipSketch'>[];
}

/**
 * The weights learned on the whole market, and on PERTURBATIONS copies of it
 * each missing a different 1% of its active partnerships (at least one, the
 * first by SHA-1 of "perturbation:<r>:<id>"), imported after it: the
 * calibration starts from the whole market's model and moves its weights only
 * as far as the copy requires (calibrate.ts, keepIncumbent). The largest move
 * of any term's weight, in percentage points; and the same for each copy
 * calibrated from scratch (`fresh`), as an import into an empty graph would.
 */
interface Stability {
  dropped: number;
  weights: Record<string, number>;
  perturbed: {
    weights: Record<string, number>;
    maxShiftPoints: number;
    freshShiftPoints: number;
    share: number | null;
  }[];
  maxShiftPoints: number;
  freshMaxShiftPoints: number;
}

const PERTURBATIONS = 5;

/** Below this many shared customers, and with no closest peer partnered with it, a candidate's evidence is thin. */
const THIN_SHARED_CUSTOMERS = 3;

/**
 * Runs the backtest on the market in `db` through the product's own code: for
 * each fold, the ranking model is calibrated with the fold hidden, and every
 * company that lost a partner is ranked by the candidate pool query and the
 * ranking the API uses (`hidden` leaves the fold's partnerships out of both).
 * The baselines rank the same cases from the same pool.
 */
export async function evaluateMarket(
  db: Database,
  k: number,
  progress: (done: number, total: number, label: string) => void,
): Promise<MarketEvaluation> {
  const { market } = await readMarketDirectory(db);
  const folds = Array.from({ length: FOLDS }, (_, fold) => foldCases(market, fold));
  const total = folds.reduce((sum, fold) => sum + fold.cases.length, 0);
  const sums = {
    product: { recall: 0, mrr: 0 },
    specific: { recall: 0, mrr: 0 },
    ...Object.fromEntries(Object.keys(BASELINES).map((name) => [name, { recall: 0, mrr: 0 }])),
  } as Record<string, Figures>;
  let thin = 0;
  let shown = 0;
  const typesTop20: Record<string, number> = {};
  const typeMatches = { matched: 0, total: 0 };
  const foldModels: MarketEvaluation['foldModels'] = [];
  const predictions: { predicted: number; hit: boolean }[] = [];
  let done = 0;
  for (const fold of folds) {
    const model = await calibrateMarket(db, {
      hidden: fold.hidden,
      onProgress: (d, t) => progress(done, total, `fold ${fold.fold + 1}/${FOLDS}: calibrating ${d}/${t}`),
    });
    // Without its fingerprint: 128 hashes per fold say nothing a reader of the results needs.
    const { partnershipSketch: _sketch, ...listed } = model;
    foldModels.push(listed);
    for (const { focal, lost } of fold.cases) {
      const pool = await loadCandidatePool(db, { focal: market.companies[focal]!.id, hidden: fold.hidden });
      if (!pool) throw new Error(`The pool of ${market.companies[focal]!.id} is missing: was the folder imported?`);
      const lostSet = new Set(lost);
      const context = fitContextFor(pool, { model, weights: DEFAULT_VALUE_WEIGHTS, thresholds: DEFAULT_THRESHOLDS });
      const ranked = rankByScore(pool, context);
      const order = ranked.map((entry) => entry.facts.index);
      add(sums.product!, order, lostSet, k);
      const specificContext = { ...context, lens: 'SPECIFIC' as const };
      add(
        sums.specific!,
        rankByScore(pool, specificContext).map((entry) => entry.facts.index),
        lostSet,
        k,
      );
      for (const entry of ranked.slice(0, k)) {
        predictions.push({
          predicted: likelihoodOf(model, fitEvidenceScore(context.table, model.weights, entry.facts.index)),
          hit: lostSet.has(entry.facts.index),
        });
        shown += 1;
        const peered = context.table.closestPeers.some((peer) =>
          context.table.partners[entry.facts.index]!.has(peer.index),
        );
        if (entry.facts.sizes.shared < THIN_SHARED_CUSTOMERS && !peered) thin += 1;
      }
      for (const entry of ranked.slice(0, 20)) {
        const type = scoreCandidate(entry.facts, context).recommendation.typeId ?? 'none';
        typesTop20[type] = (typesTop20[type] ?? 0) + 1;
      }
      const facts = new Map(pool.candidates.map((entry) => [entry.index, entry]));
      for (const b of lost) {
        const real = hiddenTypeOf(
          market.partnerships,
          fold.hidden,
          market.companies[focal]!.id,
          market.companies[b]!.id,
        );
        const pair = facts.get(b);
        if (!real || !pair) continue;
        typeMatches.total += 1;
        if (scoreCandidate(pair, context).recommendation.typeId === real) typeMatches.matched += 1;
      }
      const candidates = market.companies.map((_, b) => b).filter((b) => b !== focal && !fold.partners[focal]!.has(b));
      for (const [name, baseline] of Object.entries(BASELINES)) {
        const score = baseline({ market, partners: fold.partners, focal, counts: pool.counts, facts });
        add(sums[name]!, rankByBaseline(market, candidates, score), lostSet, k);
      }
      done += 1;
      progress(done, total, `fold ${fold.fold + 1}/${FOLDS}: ranking`);
    }
  }
  const mean = (figures: Figures): Figures => ({ recall: figures.recall / total, mrr: figures.mrr / total });
  progress(done, total, 'stability: calibrating perturbed copies');
  const stability = await measureStability(db, market.partnerships);
  const calibration = reliability(predictions);
  return {
    cases: total,
    k,
    product: mean(sums.product!),
    specific: mean(sums.specific!),
    calibration: { ...calibration, rows: predictions.length },
    stability,
    baselines: Object.fromEntries(Object.keys(BASELINES).map((name) => [name, mean(sums[name]!)])),
    thinEvidenceShare: shown > 0 ? thin / shown : 0,
    typesTop20,
    typeMatches,
    foldModels,
  };
}

function add(sum: Figures, order: number[], lost: Set<number>, k: number): void {
  sum.recall += recallAt(order, lost, k);
  sum.mrr += reciprocalRank(order, lost);
}

/** The type of the hidden active partnership between a and b (the first by id), if it has one. */
function hiddenTypeOf(
  partnerships: { id: string; status: string; typeId: string | null; parties: string[] }[],
  hidden: Set<string>,
  a: string,
  b: string,
): string | null {
  const found = partnerships
    .filter((p) => hidden.has(p.id) && p.parties.includes(a) && p.parties.includes(b))
    .sort((x, y) => (x.id < y.id ? -1 : 1))[0];
  return found?.typeId ?? null;
}

/** Calibrates the whole market, then PERTURBATIONS copies each missing 1% of its active partnerships, after it and afresh (Stability). */
async function measureStability(db: Database, partnerships: { id: string; status: string }[]): Promise<Stability> {
  const active = partnerships.filter((p) => p.status === 'active').map((p) => p.id);
  const dropped = Math.max(1, Math.round(active.length / 100));
  const asRecord = (model: MarketModel) => Object.fromEntries(TERM_KINDS.map((kind) => [kind, model.weights[kind]]));
  const base = await calibrateMarket(db);
  const shift = (model: MarketModel) =>
    100 * Math.max(...TERM_KINDS.map((kind) => Math.abs(model.weights[kind] - base.weights[kind])));
  const perturbed: Stability['perturbed'] = [];
  for (let r = 0; r < PERTURBATIONS; r++) {
    const hash = (id: string) => createHash('sha1').update(`perturbation:${r}:${id}`).digest('hex');
    const hidden = new Set([...active].sort((x, y) => (hash(x) < hash(y) ? -1 : 1)).slice(0, dropped));
    const imported = await calibrateMarket(db, { hidden, incumbent: base });
    const fresh = await calibrateMarket(db, { hidden });
    perturbed.push({
      weights: asRecord(imported),
      maxShiftPoints: shift(imported),
      freshShiftPoints: shift(fresh),
      share: imported.keptPrevious?.share ?? null,
    });
  }
  return {
    dropped,
    weights: asRecord(base),
    perturbed,
    maxShiftPoints: Math.max(...perturbed.map((p) => p.maxShiftPoints)),
    freshMaxShiftPoints: Math.max(...perturbed.map((p) => p.freshShiftPoints)),
  };
}
