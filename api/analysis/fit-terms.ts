import type { QuadrantThresholds, ValueWeights } from '../contract/ranking-parameters.ts';
import { ratio } from './overlap-figures.ts';

/** Relative weights of the value terms, after normalisation (they sum to 1); defaults in api/contract/. */
export type Weights = ValueWeights;

/** Where the 2x2 counts capability expansion or distribution as high; defaults in api/contract/. */
export type Thresholds = QuadrantThresholds;

/** The set sizes one pair's fit is computed from. */
export interface PairSizes {
  /** |C(A)| and |C(B)|: customers at stage customer. */
  customersA: number;
  customersB: number;
  /** |C(A) ∩ C(B)| */
  shared: number;
  /** |K(A)| and |K(B)|: capabilities offered. */
  capabilitiesA: number;
  capabilitiesB: number;
  /** |K(A) ∩ K(B)| */
  commonCapabilities: number;
}

/** The three value terms seen from one side. */
export interface FitTerms {
  synergy: number;
  reach: number;
  capabilityGain: number;
}

/** synergyFor, reachFor and capabilityGainFor, for A (focal) and for B (candidate). */
export function fitTerms(sizes: PairSizes): { focal: FitTerms; candidate: FitTerms } {
  const { customersA, customersB, shared, capabilitiesA, capabilitiesB, commonCapabilities } = sizes;
  const customerTotal = customersA + customersB;
  const capabilityUnion = capabilitiesA + capabilitiesB - commonCapabilities;
  return {
    focal: {
      synergy: ratio(shared, customersA),
      reach: ratio(customersB - shared, customerTotal),
      capabilityGain: ratio(capabilitiesB - commonCapabilities, capabilityUnion),
    },
    candidate: {
      synergy: ratio(shared, customersB),
      reach: ratio(customersA - shared, customerTotal),
      capabilityGain: ratio(capabilitiesA - commonCapabilities, capabilityUnion),
    },
  };
}

/** valueTo(X) = wS·synergy + wR·reach + wC·capabilityGain. */
export function valueOf(terms: FitTerms, weights: Weights): number {
  return weights.synergy * terms.synergy + weights.reach * terms.reach + weights.capability * terms.capabilityGain;
}

export interface SeverityCounts {
  HIGH: number;
  MEDIUM: number;
  LOW: number;
}

/** conflictPenalty = min(1, 0.5·#HIGH + 0.2·#MEDIUM + 0.05·#LOW). */
export function conflictPenalty(counts: SeverityCounts): number {
  return Math.min(1, 0.5 * counts.HIGH + 0.2 * counts.MEDIUM + 0.05 * counts.LOW);
}

/**
 * score = sqrt(valueTo(A) · valueTo(B)) · (1 − conflictPenalty): the geometric
 * mean makes the score reciprocal, so a deal worth nothing to one side is 0.
 */
export function fitScore(valueToFocal: number, valueToCandidate: number, penalty: number): number {
  return Math.sqrt(valueToFocal * valueToCandidate) * (1 - penalty);
}
