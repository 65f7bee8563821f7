import type { CandidateFacts } from './candidate-pool.ts';
import { conflictsOf, countSeverities, type Conflict } from './conflicts.ts';
import {
  conflictPenalty,
  fitScore,
  fitTerms,
  quadrantOf,
  valueOf,
  type FitTerms,
  type Quadrant,
  type Thresholds,
  type Weights,
} from './fit-terms.ts';
import { powerBalance, type PowerBalanceResult } from './power-balance.ts';
import { recommendType, type Recommendation } from './recommend-type.ts';

/** The fit of one candidate, every term exposed. */
export interface ScoredCandidate {
  facts: CandidateFacts;
  focalTerms: FitTerms;
  candidateTerms: FitTerms;
  valueToFocal: number;
  valueToCandidate: number;
  conflicts: Conflict[];
  conflictPenalty: number;
  score: number;
  quadrant: Quadrant;
  power: PowerBalanceResult;
  recommendation: Recommendation;
  weights: Weights;
}

/** PRODUCT.md's partner fit of candidate B for focal A, from the pool's facts. */
export function scoreCandidate(facts: CandidateFacts, weights: Weights, thresholds: Thresholds): ScoredCandidate {
  const { focal: focalTerms, candidate: candidateTerms } = fitTerms(facts.sizes);
  const valueToFocal = valueOf(focalTerms, weights);
  const valueToCandidate = valueOf(candidateTerms, weights);
  const conflicts = conflictsOf(facts.conflictFacts);
  const penalty = conflictPenalty(countSeverities(conflicts));
  const power = powerBalance(facts.focal, facts.candidate);
  return {
    facts,
    focalTerms,
    candidateTerms,
    valueToFocal,
    valueToCandidate,
    conflicts,
    conflictPenalty: penalty,
    score: fitScore(valueToFocal, valueToCandidate, penalty),
    quadrant: quadrantOf(focalTerms, thresholds),
    power,
    recommendation: recommendType({
      focal: focalTerms,
      candidate: candidateTerms,
      valueToFocal,
      valueToCandidate,
      sharedCustomers: facts.sizes.shared,
      customersA: facts.sizes.customersA,
      customersB: facts.sizes.customersB,
      powerBalance: power.balance,
      conflicts,
      thresholds,
    }),
    weights,
  };
}
