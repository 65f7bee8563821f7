import type { CandidateFacts } from './candidate-facts.ts';
import { conflictsOf, countSeverities, type Conflict, type ConflictFacts, type NamedRef } from './conflicts.ts';
import { excessPeers, saturate, strengthOf, TERM_KINDS, type EvidenceTable, type TermKind } from './fit-evidence.ts';
import { likelihoodOf } from './likelihood.ts';
import { quadrantOf, type Quadrant } from '../contract/quadrant.ts';
import {
  conflictPenalty,
  fitScore,
  fitTerms,
  valueOf,
  type FitTerms,
  type Thresholds,
  type Weights,
} from './fit-terms.ts';
import type { Market, MarketPartnership } from './market.ts';
import type { MarketModel, TermWeights } from './market-model.ts';
import { pairRelation, type PairRelation } from './pair-relation.ts';
import { powerBalance, type PowerBalanceResult } from './power-balance.ts';
import { recommendType, type Precedent, type Recommendation } from './recommend-type.ts';

/** What scoring one focal company's candidates shares: computed once per ranking. */
export interface FitContext {
  market: Market;
  table: EvidenceTable;
  model: MarketModel;
  /** The term weights in use: the market's, or the query's. */
  termWeights: TermWeights;
  /** The value weights of valueTo (and so of mutualValue). */
  weights: Weights;
  thresholds: Thresholds;
  /** Partnerships treated as unknown (the backtest); never shown in a history. */
  hidden: ReadonlySet<string>;
  /** The order the ranking follows: the market's score (default), or what is specific to the focal company. */
  lens: RankingLens;
}

/**
 * MARKET: the partner fit score, the most accurate order in the backtest.
 * SPECIFIC: what sets a candidate apart for this focal company against the
 * market's usual suspects (docs/analyses.md, "The specific lens").
 */
export type RankingLens = 'MARKET' | 'SPECIFIC';

/** One evidence term of one candidate. */
interface TermScore {
  kind: TermKind;
  /** The term's own value, in [0, 1]. */
  value: number;
  /** value / (value + yardstick), in [0, 1): 0.5 is as strong as this market's average real partner was. */
  strength: number;
  /** The term's yardstick: the mean value real partners had on it in this market, before they were known. */
  yardstick: number;
  weight: number;
  /** weight · strength: the term's part of the score. */
  contribution: number;
}

/** The fit of one candidate, every term exposed. */
export interface ScoredCandidate {
  facts: CandidateFacts;
  terms: TermScore[];
  score: number;
  /** The score with the market's own weights (the query's may differ): what the likelihood reads. */
  marketScore: number;
  /** How likely a pair with this evidence is to be, or become, partners in this market. */
  likelihood: number;
  /** The SPECIFIC lens's score. */
  specificScore: number;
  focalTerms: FitTerms;
  candidateTerms: FitTerms;
  valueToFocal: number;
  valueToCandidate: number;
  mutualValue: number;
  conflicts: Conflict[];
  conflictPenalty: number;
  /** The decisive conflict that keeps B out of the ranking unless asked; null when none. */
  ruledOutBy: Conflict | null;
  quadrant: Quadrant;
  power: PowerBalanceResult;
  recommendation: Recommendation;
  history: MarketPartnership[];
  relation: PairRelation;
  /** A's closest peers (CLOSEST_PEERS of them) that are active partners of B, most similar first; `rival` marks A's declared rivals. */
  peerPartners: PeerPartner[];
  /** Which side would get next to nothing, if one would. */
  oneSided: 'FOCAL' | 'CANDIDATE' | null;
  weights: Weights;
  termWeights: TermWeights;
}

/** One of A's closest peers partnered with the candidate. */
export interface PeerPartner extends NamedRef {
  /** A declared rival of the focal company. */
  rival: boolean;
}

/** score = Σ weight · strength over the terms (docs/analyses.md, "Partner fit score"). */
export function fitEvidenceScore(table: EvidenceTable, termWeights: TermWeights, b: number): number {
  let score = 0;
  TERM_KINDS.forEach((kind, t) => {
    score += termWeights[kind] * strengthOf(table, t, b);
  });
  return score;
}

/**
 * The SPECIFIC lens's score: the fit score without ecosystem pull (the usual
 * suspects' own draw), its other weights renormalised, and peer evidence
 * replaced by what A's peers show beyond the market at large
 * (max(0, PEERS − the share of the market partnered with B), excessPeers).
 * Shared customers, niche and complement are about the pair already.
 */
function specificScore(table: EvidenceTable, termWeights: TermWeights, b: number): number {
  const kept = TERM_KINDS.filter((kind) => kind !== 'PULL');
  const total = kept.reduce((sum, kind) => sum + termWeights[kind], 0);
  let score = 0;
  kept.forEach((kind) => {
    const t = TERM_KINDS.indexOf(kind);
    const weight = total > 0 ? termWeights[kind] / total : kind === 'PEERS' ? 1 : 0;
    const strength = kind === 'PEERS' ? saturate(excessPeers(table, b), table.yardsticks[t]!) : strengthOf(table, t, b);
    score += weight * strength;
  });
  return score;
}

/** The score the lens ranks by. */
export function lensScore(context: Pick<FitContext, 'table' | 'termWeights' | 'lens'>, b: number): number {
  return context.lens === 'SPECIFIC'
    ? specificScore(context.table, context.termWeights, b)
    : fitEvidenceScore(context.table, context.termWeights, b);
}

/**
 * A conflict that keeps B out of the ranking unless asked: a declared rivalry,
 * or a core–core capability overlap where the market's own partnerships do not
 * show such overlaps to be common among partners (MarketModel.coreOverlap).
 */
export function decisiveConflict(
  facts: ConflictFacts,
  model: MarketModel,
): 'DIRECT_COMPETITOR' | 'CAPABILITY_OVERLAP' | null {
  if (facts.declaredRivals) return 'DIRECT_COMPETITOR';
  if (model.coreOverlap.decisive && facts.commonCapabilities.some((c) => c.levelA === 'core' && c.levelB === 'core'))
    return 'CAPABILITY_OVERLAP';
  return null;
}

/** Below this value a side gets next to nothing from the pair. */
const ONE_SIDED_VALUE = 0.1;

/** One side is one-sided when its value is under ONE_SIDED_VALUE and under a third of the other side's. */
function oneSidedSide(valueToFocal: number, valueToCandidate: number): 'FOCAL' | 'CANDIDATE' | null {
  if (valueToFocal < ONE_SIDED_VALUE && valueToFocal * 3 < valueToCandidate) return 'FOCAL';
  if (valueToCandidate < ONE_SIDED_VALUE && valueToCandidate * 3 < valueToFocal) return 'CANDIDATE';
  return null;
}

/** The partner fit of candidate B for focal A, in full. */
export function scoreCandidate(facts: CandidateFacts, context: FitContext): ScoredCandidate {
  const { table, market, termWeights } = context;
  const b = facts.index;
  const terms = TERM_KINDS.map((kind, t): TermScore => {
    const strength = strengthOf(table, t, b);
    return {
      kind,
      value: table.values[t]![b]!,
      strength,
      yardstick: table.yardsticks[t]!,
      weight: termWeights[kind],
      contribution: termWeights[kind] * strength,
    };
  });
  const marketScore = fitEvidenceScore(table, context.model.weights, b);
  const { focal: focalTerms, candidate: candidateTerms } = fitTerms(facts.sizes);
  const valueToFocal = valueOf(focalTerms, context.weights);
  const valueToCandidate = valueOf(candidateTerms, context.weights);
  const conflicts = conflictsOf(facts.conflictFacts);
  const penalty = conflictPenalty(countSeverities(conflicts));
  const decisive = decisiveConflict(facts.conflictFacts, context.model);
  const power = powerBalance(facts.focal, facts.candidate);
  const history = market.partnershipsOf[table.focal]!.map((position) => market.partnerships[position]!)
    .filter((p) => !context.hidden.has(p.id) && p.parties.includes(facts.candidate.id))
    .sort((x, y) => (y.since ?? '').localeCompare(x.since ?? '') || (x.id < y.id ? -1 : 1));
  return {
    facts,
    terms,
    score: terms.reduce((sum, term) => sum + term.contribution, 0),
    marketScore,
    likelihood: likelihoodOf(context.model, marketScore),
    specificScore: specificScore(table, termWeights, b),
    focalTerms,
    candidateTerms,
    valueToFocal,
    valueToCandidate,
    mutualValue: fitScore(valueToFocal, valueToCandidate, penalty),
    conflicts,
    conflictPenalty: penalty,
    ruledOutBy: decisive ? (conflicts.find((c) => c.kind === decisive && c.severity === 'HIGH') ?? null) : null,
    quadrant: quadrantOf(focalTerms.reach, focalTerms.capabilityGain, context.thresholds),
    power,
    recommendation: recommendType({
      focal: focalTerms,
      candidate: candidateTerms,
      valueToFocal,
      valueToCandidate,
      sharedCustomers: facts.sizes.shared,
      warmIntroductions: facts.warmIntroductions,
      customersA: facts.sizes.customersA,
      customersB: facts.sizes.customersB,
      powerBalance: power.balance,
      conflicts,
      decisive: decisive ? (conflicts.find((c) => c.kind === decisive && c.severity === 'HIGH') ?? null) : null,
      thresholds: context.thresholds,
      history,
      precedent: precedentFor(context, b),
    }),
    history,
    relation: pairRelation(history),
    peerPartners: table.closestPeers
      .filter((peer) => table.partners[b]!.has(peer.index))
      .map((peer) => ({ ...refOf(market, peer.index), rival: table.rivals.has(peer.index) })),
    oneSided: oneSidedSide(valueToFocal, valueToCandidate),
    weights: context.weights,
    termWeights,
  };
}

/** A precedent needs at least this many of B's partnerships behind its type. */
const PRECEDENT_PARTNERS = 2;

/**
 * The type most of B's active partnerships have, each weighted by how similar
 * its other party is to A (the PEERS similarity); none when fewer than
 * PRECEDENT_PARTNERS partners resembling A stand behind it, or it holds less
 * than half of the weight.
 */
function precedentFor(context: FitContext, b: number): Precedent | null {
  const { market, table } = context;
  const votes = new Map<string, { weight: number; partners: { name: string; similarity: number }[] }>();
  let total = 0;
  for (const position of market.partnershipsOf[b]!) {
    const partnership = market.partnerships[position]!;
    if (partnership.status !== 'active' || context.hidden.has(partnership.id) || !partnership.typeId) continue;
    for (const party of partnership.parties) {
      const x = market.indexOf.get(party);
      if (x === undefined || x === b || x === table.focal) continue;
      const similarity = table.similarity[x]!;
      if (similarity <= 0) continue;
      const vote = votes.get(partnership.typeId) ?? { weight: 0, partners: [] };
      vote.weight += similarity;
      vote.partners.push({ name: market.companies[x]!.name, similarity });
      votes.set(partnership.typeId, vote);
      total += similarity;
    }
  }
  const [typeId, best] = [...votes].sort((x, y) => y[1].weight - x[1].weight || (x[0] < y[0] ? -1 : 1))[0] ?? [];
  if (!typeId || !best || best.weight < total / 2 || best.partners.length < PRECEDENT_PARTNERS) return null;
  return { typeId, partners: best.partners.sort((x, y) => y.similarity - x.similarity).map((p) => p.name) };
}

function refOf(market: Market, index: number): NamedRef {
  const company = market.companies[index]!;
  return { id: company.id, name: company.name };
}
