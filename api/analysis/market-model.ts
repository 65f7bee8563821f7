import { TERM_KINDS, type EvidenceScale, type RivalSign, type TermKind } from './fit-evidence.ts';
import type { LikelihoodCurve } from './likelihood-curve.ts';

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

/**
 * Yardsticks of a market that has taught nothing: the absolute scale of each
 * term's own [0, 1] range, so strength = value / (value + 1).
 */
export const DEFAULT_YARDSTICKS: TermWeights = { PEERS: 1, OVERLAP: 1, NICHE: 1, COMPLEMENT: 1, PULL: 1 };

/** How a declared rival's partnerships count in peer evidence: for (as any peer's), not at all, or against. */
export type RivalChoice = 'FOR' | 'NONE' | 'AGAINST';
export const RIVAL_CHOICES: readonly RivalChoice[] = ['FOR', 'NONE', 'AGAINST'];
export const RIVAL_SIGNS: Record<RivalChoice, RivalSign> = { FOR: 1, NONE: 0, AGAINST: -1 };

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
  /** Each term's yardstick m_t (strength = value / (value + m_t)): the mean value real partners had before they were known. */
  yardsticks: TermWeights;
  /** How declared rivals' partnerships count in peer evidence here. */
  rivalPartners: RivalChoice;
  /** The calibration's objective (recall@10 + MRR) for each way rivals may count, with its standard error: what decided it. */
  rivalEvidence: { choice: RivalChoice; objective: number; standardError: number }[];
  /** The curve from score to likelihood; null when the market taught none (the density applies). */
  likelihood: LikelihoodCurve | null;
  /** Share of company pairs that are active partners. */
  density: number;
  /**
   * Set when the weights are the previous import's, moved toward the ones this
   * market teaches only as far as one standard error requires: the share of
   * the way moved (0: kept as they were), by how much they then find the
   * partners worse (recall@10 + MRR), and that standard error.
   */
  keptPrevious?: { share: number; shortfall: number; standardError: number };
  /** A fingerprint of the active partnerships the weights were learned from (partnership-sketch.ts): the next import tells from it whether it is of the same market. */
  partnershipSketch?: string[];
}

export const DEFAULT_MODEL: MarketModel = {
  weights: DEFAULT_TERM_WEIGHTS,
  calibrated: false,
  partnerships: 0,
  cases: 0,
  fitRecall: 0,
  defaultRecall: 0,
  coreOverlap: { partnerPairsWithOverlap: 0, partnerPairs: 0, pairsWithOverlap: 0, pairs: 0, decisive: true },
  yardsticks: DEFAULT_YARDSTICKS,
  rivalPartners: 'FOR',
  rivalEvidence: [],
  likelihood: null,
  density: 0,
};

/** What the evidence table needs from the model: yardsticks in TERM_KINDS order and the rivals' sign. */
export function evidenceScale(model: MarketModel): EvidenceScale {
  return { yardsticks: TERM_KINDS.map((kind) => model.yardsticks[kind]), rivalSign: RIVAL_SIGNS[model.rivalPartners] };
}

export function coreOverlapIsDecisive(evidence: Omit<CoreOverlapEvidence, 'decisive'>): boolean {
  if (evidence.partnerPairs < MIN_PARTNERSHIPS_TO_LEARN || evidence.partnerPairsWithOverlap < MIN_PARTNERSHIPS_TO_LEARN)
    return true;
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
  return Object.fromEntries(
    TERM_KINDS.map((kind, index) => [kind, sum > 0 ? vector[index]! / sum : DEFAULT_TERM_WEIGHTS[kind]]),
  ) as TermWeights;
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
    if (!weights || TERM_KINDS.some((kind) => typeof weights[kind] !== 'number' || !(weights[kind] >= 0)))
      return DEFAULT_MODEL;
    const yardsticks = parsed.yardsticks;
    const validYardsticks =
      yardsticks && TERM_KINDS.every((kind) => typeof yardsticks[kind] === 'number' && yardsticks[kind] >= 0);
    return {
      ...DEFAULT_MODEL,
      ...parsed,
      weights: weightsFromVector(weightVector(weights)),
      // A model stored before yardsticks existed (weights learned on another scale) ranks on the defaults' scale until the next import.
      yardsticks: validYardsticks ? yardsticks : DEFAULT_YARDSTICKS,
      rivalPartners: RIVAL_CHOICES.includes(parsed.rivalPartners as RivalChoice)
        ? (parsed.rivalPartners as RivalChoice)
        : 'FOR',
      // A model stored before the fingerprint existed (or a damaged one) starts the next import afresh.
      partnershipSketch:
        Array.isArray(parsed.partnershipSketch) && parsed.partnershipSketch.every((hash) => typeof hash === 'string')
          ? parsed.partnershipSketch
          : undefined,
    };
  } catch {
    return DEFAULT_MODEL;
  }
}

/**
 * Whole percentages that add up to 100 (largest remainders), so the sentence,
 * the table and the sliders show one set of numbers for the same weights.
 */
export function wholePercentages(weights: TermWeights): Record<TermKind, number> {
  const exact = TERM_KINDS.map((kind) => weights[kind] * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, x) => sum + x, 0);
  const order = exact.map((x, t) => [x - floors[t]!, t] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, t] of order) {
    if (left <= 0) break;
    floors[t] = floors[t]! + 1;
    left -= 1;
  }
  return Object.fromEntries(TERM_KINDS.map((kind, t) => [kind, floors[t]!])) as Record<TermKind, number>;
}

/** The summary's last sentence: what a declared rival's partnerships count for here. */
const RIVAL_CLAUSE: Record<RivalChoice, string> = {
  FOR: "Your declared rivals' partners count for a candidate, as any peer's do.",
  NONE: "Your declared rivals' partners do not count.",
  AGAINST: "Your declared rivals' partners count against a candidate.",
};

/** How rivals' partnerships count, in a sentence, with what decided it. */
export function describeRivals(model: MarketModel): string {
  const how = {
    FOR: "A declared rival's partners count for a candidate, as any peer's do",
    NONE: "A declared rival's partners do not count for or against a candidate",
    AGAINST: "A declared rival's partners count against a candidate",
  }[model.rivalPartners];
  const tried = model.rivalEvidence;
  if (tried.length < 2) {
    return model.calibrated
      ? `${how}: no company studied here has a declared rival, so the default applies.`
      : `${how} (the default, until the market can teach otherwise).`;
  }
  const figure = (choice: RivalChoice) => tried.find((t) => t.choice === choice)?.objective.toFixed(3) ?? '–';
  const se = tried[0]!.standardError.toFixed(3);
  const verdict =
    model.rivalPartners === 'FOR'
      ? 'no other way found the partners better by more than one standard error'
      : 'this found the partners better than counting them for, by more than one standard error';
  return `${how}: ${verdict} (recall@10 + MRR when counted for ${figure('FOR')}, not at all ${figure('NONE')}, against ${figure('AGAINST')}; standard error ${se}).`;
}

/** Why the weights are (mostly) the previous import's: how far they moved, and why no further. */
function describeKept({ share, shortfall, standardError }: NonNullable<MarketModel['keptPrevious']>): string {
  const moved =
    share === 0
      ? 'Kept from the previous import: the weights'
      : `Moved ${Math.round(100 * share)}% of the way from the previous import's weights to the ones`;
  const by =
    shortfall > 0
      ? `only ${shortfall.toFixed(3)} better (recall@10 + MRR), within one standard error (${standardError.toFixed(3)})`
      : 'no better';
  return `${moved} this import's partnerships teach${share === 0 ? '' : ': those'} would find its partners ${by}.`;
}

/** The model in sentences: which evidence this market's partnerships follow, and why a core overlap does or does not rule out. */
export function describeModel(
  model: MarketModel,
  labels: Record<TermKind, string>,
): { summary: string; coreOverlapEvidence: string; rivalEvidence: string } {
  const percentages = wholePercentages(model.weights);
  const ranked = TERM_KINDS.filter((kind) => percentages[kind] > 0).sort((x, y) => model.weights[y] - model.weights[x]);
  const share = (kind: TermKind) => `${labels[kind].toLowerCase()} (${percentages[kind]}%)`;
  const [first, ...rest] = ranked;
  const follows = first ? `${share(first)}${rest.length > 0 ? `, then ${rest.map(share).join(', ')}` : ''}` : 'nothing';
  const rivals = RIVAL_CLAUSE[model.rivalPartners];
  const kept = model.keptPrevious ? ` ${describeKept(model.keptPrevious)}` : '';
  const summary = model.calibrated
    ? `In this market, partnerships follow ${follows}: learned from ${model.partnerships.toLocaleString('en-US')} active partnerships.${kept} ${rivals}`
    : `Default weights: ${follows}. This market has ${model.partnerships} active partnerships, too few to learn from (${MIN_PARTNERSHIPS_TO_LEARN} needed), or no import has calibrated it yet. ${rivals}`;
  const o = model.coreOverlap;
  const percent = (part: number, whole: number) => `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;
  const shares = `${percent(o.partnerPairsWithOverlap, o.partnerPairs)} of known partner pairs share a core capability, against ${percent(o.pairsWithOverlap, o.pairs)} of pairs in general`;
  const coreOverlapEvidence = o.decisive
    ? o.partnerPairs >= MIN_PARTNERSHIPS_TO_LEARN && o.partnerPairsWithOverlap >= MIN_PARTNERSHIPS_TO_LEARN
      ? `A core–core overlap rules a candidate out: ${shares}.`
      : `A core–core overlap rules a candidate out (too few partner pairs overlap on a core capability to say otherwise: ${o.partnerPairsWithOverlap} of ${o.partnerPairs}).`
    : `A core–core overlap is shown as a risk but does not rule a candidate out: ${shares}, so partners here often overlap.`;
  return { summary, coreOverlapEvidence, rivalEvidence: describeRivals(model) };
}
