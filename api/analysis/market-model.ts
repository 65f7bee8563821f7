import { TERM_KINDS, type TermKind } from './fit-evidence.ts';

/** Weights of the evidence terms; they sum to 1. */
export type TermWeights = Record<TermKind, number>;

/**
 * The weights a market gets when it has too few known partnerships to learn
 * from (and the prior every learned weight is shrunk toward). Chosen on the
 * backtest without calibration (docs/analyses.md): peer evidence, shared
 * customers and a shared niche. Complementary capabilities and a candidate's
 * own partner count start at 0: uncalibrated, each lowered recall on both
 * shipped markets (the first ranks by capability catalogues' quirks, the
 * second the same hubs for everyone); a market whose partnerships follow
 * them gives them weight through the calibration.
 */
export const DEFAULT_TERM_WEIGHTS: TermWeights = { PEERS: 0.5, OVERLAP: 0.3, NICHE: 0.2, COMPLEMENT: 0, PULL: 0 };

/** Below this many known active partnerships a market keeps the default weights. */
export const MIN_PARTNERSHIPS_TO_LEARN = 10;
/** The learned weights count as this many partnerships of evidence for the defaults (the shrinkage). */
export const PRIOR_PARTNERSHIPS = 20;

/** How often a core–core capability overlap comes with a partnership in this market. */
export interface CoreOverlapEvidence {
  /** Known active partner pairs that both offer some capability as core. */
  partnerPairsWithOverlap: number;
  partnerPairs: number;
  /** Pairs of (sampled) companies in general that do. */
  pairsWithOverlap: number;
  pairs: number;
  /**
   * True (the practitioners' rule) unless the market's own partnerships show
   * core overlaps at least as often as pairs in general do, over at least
   * MIN_PARTNERSHIPS_TO_LEARN partner pairs: then a core overlap is shown as a
   * risk and does not rule a candidate out.
   */
  decisive: boolean;
}

/** A market's ranking model: the term weights and what they were learned from. */
export interface MarketModel {
  weights: TermWeights;
  /** False when the defaults apply (too few partnerships, or no import has calibrated the graph). */
  calibrated: boolean;
  /** Active partnerships the weights were learned from (hidden ones excluded). */
  partnerships: number;
  /** Ranking cases (a company and a partner hidden from it) the weights were fitted on. */
  cases: number;
  /** The fitted weights' recall@10 on those cases, and the defaults', for the record. */
  fitRecall: number;
  defaultRecall: number;
  coreOverlap: CoreOverlapEvidence;
}

export const DEFAULT_MODEL: MarketModel = {
  weights: DEFAULT_TERM_WEIGHTS,
  calibrated: false,
  partnerships: 0,
  cases: 0,
  fitRecall: 0,
  defaultRecall: 0,
  coreOverlap: { partnerPairsWithOverlap: 0, partnerPairs: 0, pairsWithOverlap: 0, pairs: 0, decisive: true },
};

export function coreOverlapIsDecisive(evidence: Omit<CoreOverlapEvidence, 'decisive'>): boolean {
  if (evidence.partnerPairs < MIN_PARTNERSHIPS_TO_LEARN || evidence.partnerPairsWithOverlap < MIN_PARTNERSHIPS_TO_LEARN) return true;
  const partnerShare = evidence.partnerPairsWithOverlap / evidence.partnerPairs;
  const pairShare = evidence.pairs > 0 ? evidence.pairsWithOverlap / evidence.pairs : 0;
  return partnerShare < pairShare;
}

/** Weights as an array in TERM_KINDS order. */
export function weightVector(weights: TermWeights): number[] {
  return TERM_KINDS.map((kind) => weights[kind]);
}

export function weightsFromVector(vector: number[]): TermWeights {
  const sum = vector.reduce((total, value) => total + value, 0);
  return Object.fromEntries(TERM_KINDS.map((kind, index) => [kind, sum > 0 ? vector[index]! / sum : DEFAULT_TERM_WEIGHTS[kind]])) as TermWeights;
}

/**
 * The model as stored on the graph (JSON on the Dataset node); a value that is
 * not a model, or none, gives the defaults.
 */
export function parseModel(text: unknown): MarketModel {
  if (typeof text !== 'string') return DEFAULT_MODEL;
  try {
    const parsed = JSON.parse(text) as Partial<MarketModel>;
    const weights = parsed.weights;
    if (!weights || TERM_KINDS.some((kind) => typeof weights[kind] !== 'number' || !(weights[kind] >= 0))) return DEFAULT_MODEL;
    return { ...DEFAULT_MODEL, ...parsed, weights: weightsFromVector(weightVector(weights)) };
  } catch {
    return DEFAULT_MODEL;
  }
}

/** The model in sentences: which evidence this market's partnerships follow, and why a core overlap does or does not rule out. */
export function describeModel(model: MarketModel, labels: Record<TermKind, string>): { summary: string; coreOverlapEvidence: string } {
  const ranked = TERM_KINDS.filter((kind) => model.weights[kind] > 0).sort((x, y) => model.weights[y] - model.weights[x]);
  const share = (kind: TermKind) => `${labels[kind].toLowerCase()} (${Math.round(model.weights[kind] * 100)}%)`;
  const [first, ...rest] = ranked;
  const follows = first ? `${share(first)}${rest.length > 0 ? `, then ${rest.map(share).join(', ')}` : ''}` : 'nothing';
  const summary = model.calibrated
    ? `In this market, partnerships follow ${follows}: learned from ${model.partnerships.toLocaleString('en-US')} active partnerships.`
    : `Default weights: ${follows}. This market has ${model.partnerships} active partnerships, too few to learn from (${MIN_PARTNERSHIPS_TO_LEARN} needed), or no import has calibrated it yet.`;
  const o = model.coreOverlap;
  const percent = (part: number, whole: number) => `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;
  const shares = `${percent(o.partnerPairsWithOverlap, o.partnerPairs)} of known partner pairs share a core capability, against ${percent(o.pairsWithOverlap, o.pairs)} of pairs in general`;
  const coreOverlapEvidence = o.decisive
    ? o.partnerPairs >= MIN_PARTNERSHIPS_TO_LEARN && o.partnerPairsWithOverlap >= MIN_PARTNERSHIPS_TO_LEARN
      ? `A core–core overlap rules a candidate out: ${shares}.`
      : `A core–core overlap rules a candidate out (too few partner pairs overlap on a core capability to say otherwise: ${o.partnerPairsWithOverlap} of ${o.partnerPairs}).`
    : `A core–core overlap is shown as a risk but does not rule a candidate out: ${shares}, so partners here often overlap.`;
  return { summary, coreOverlapEvidence };
}
