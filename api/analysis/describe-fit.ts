import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import { reasonsFor } from './reasons.ts';
import type { ScoredCandidate } from './score-candidate.ts';

/** Capability names each side offers, to name the gaps in the reasons. */
export interface CapabilityNames {
  focal: { id: string; name: string }[];
  candidate: { id: string; name: string }[];
}

/**
 * A scored candidate as the API shows it: the PartnerFit fields of the schema
 * (companies as ids, resolved by the company loader).
 */
export function describeFit(scored: ScoredCandidate, capabilities: CapabilityNames) {
  const { facts } = scored;
  const focalIds = new Set(capabilities.focal.map((k) => k.id));
  const candidateIds = new Set(capabilities.candidate.map((k) => k.id));
  return {
    focalId: facts.focal.id,
    candidateId: facts.candidate.id,
    score: scored.score,
    valueToFocal: scored.valueToFocal,
    valueToCandidate: scored.valueToCandidate,
    synergy: scored.focalTerms.synergy,
    reach: scored.focalTerms.reach,
    capabilityGain: scored.focalTerms.capabilityGain,
    candidateTerms: scored.candidateTerms,
    sharedCustomers: facts.sizes.shared,
    conflictPenalty: scored.conflictPenalty,
    conflicts: scored.conflicts,
    quadrant: scored.quadrant,
    powerBalance: scored.power.balance,
    powerGuidance: scored.power.guidance,
    recommendedType: PARTNERSHIP_TYPES.find((type) => type.id === scored.recommendation.typeId) ?? null,
    recommendation: scored.recommendation.because,
    weights: scored.weights,
    reasons: reasonsFor({
      sharedCustomers: facts.sizes.shared,
      shareOfFocal: scored.focalTerms.synergy,
      shareOfCandidate: scored.candidateTerms.synergy,
      newCustomersForFocal: facts.sizes.customersB - facts.sizes.shared,
      gapsFilledForFocal: capabilities.candidate.filter((k) => !focalIds.has(k.id)).map((k) => k.name),
      gapsFilledForCandidate: capabilities.focal.filter((k) => !candidateIds.has(k.id)).map((k) => k.name),
      conflicts: scored.conflicts,
      power: scored.power,
    }),
  };
}

export type DescribedFit = ReturnType<typeof describeFit>;
