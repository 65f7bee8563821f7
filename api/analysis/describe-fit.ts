import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import { likelihoodBand, likelihoodSentence } from './likelihood.ts';
import { reasonsFor } from './reasons.ts';
import type { FitContext, ScoredCandidate } from './score-candidate.ts';
import { TERM_LABELS, termSentence, type SentenceFacts } from './term-sentences.ts';

/** Capability names each side offers, to name the gaps in the sentences. */
export interface CapabilityNames {
  focal: { id: string; name: string }[];
  candidate: { id: string; name: string }[];
}

/**
 * A scored candidate as the API shows it: the PartnerFit fields of the schema
 * (companies as ids, resolved by the company loader).
 */
export function describeFit(
  scored: ScoredCandidate,
  context: FitContext,
  capabilities: CapabilityNames,
  tiedWith: string | null = null,
) {
  const { facts } = scored;
  const { market, table } = context;
  const focalIds = new Set(capabilities.focal.map((k) => k.id));
  const candidateIds = new Set(capabilities.candidate.map((k) => k.id));
  const candidateSegments = new Set(facts.candidate.segments);
  const sentenceFacts: SentenceFacts = {
    sharedCustomers: facts.sizes.shared,
    shareOfFocal: scored.focalTerms.synergy,
    shareOfCandidate: scored.candidateTerms.synergy,
    closestPeerCount: table.closestPeers.length,
    peerPartners: scored.peerPartners,
    rivalPartners: context.model.rivalPartners,
    otherSimilarPartners:
      [...table.partners[facts.index]!].filter((x) => x !== table.focal && table.similarity[x]! > 0).length -
      scored.peerPartners.length,
    segmentsShared: facts.focal.segments
      .filter((s) => candidateSegments.has(s))
      .map((s) => market.segmentNames.get(s) ?? s),
    focalSegmentCount: facts.focal.segments.length,
    gapsFilledForFocal: capabilities.candidate.filter((k) => !focalIds.has(k.id)).map((k) => k.name),
    gapsFilledForCandidate: capabilities.focal.filter((k) => !candidateIds.has(k.id)).map((k) => k.name),
    candidatePartners: table.partners[facts.index]!.size,
  };
  return {
    focalId: facts.focal.id,
    candidateId: facts.candidate.id,
    score: scored.score,
    likelihood: scored.likelihood,
    likelihoodBand: likelihoodBand(scored.likelihood),
    likelihoodSentence: likelihoodSentence(scored.likelihood, context.model),
    specificScore: scored.specificScore,
    peers: scored.peerPartners,
    terms: scored.terms.map((term) => ({
      ...term,
      label: TERM_LABELS[term.kind],
      sentence: termSentence(term.kind, sentenceFacts),
    })),
    peerPartnerIds: scored.peerPartners.map((peer) => peer.id),
    mutualValue: scored.mutualValue,
    valueToFocal: scored.valueToFocal,
    valueToCandidate: scored.valueToCandidate,
    oneSided: scored.oneSided,
    synergy: scored.focalTerms.synergy,
    reach: scored.focalTerms.reach,
    capabilityGain: scored.focalTerms.capabilityGain,
    candidateTerms: scored.candidateTerms,
    sharedCustomers: facts.sizes.shared,
    warmIntroductions: facts.warmIntroductions,
    conflictPenalty: scored.conflictPenalty,
    conflicts: scored.conflicts,
    ruledOut: scored.ruledOutBy !== null,
    ruledOutBy: scored.ruledOutBy,
    quadrant: scored.quadrant,
    powerBalance: scored.power.balance,
    powerGuidance: scored.power.guidance,
    recommendedType: PARTNERSHIP_TYPES.find((type) => type.id === scored.recommendation.typeId) ?? null,
    recommendation: scored.recommendation.because,
    relation: scored.relation,
    history: scored.history,
    weights: scored.weights,
    termWeights: scored.termWeights,
    reasons: reasonsFor({
      ...sentenceFacts,
      newCustomersForFocal: facts.sizes.customersB - facts.sizes.shared,
      warmIntroductions: facts.warmIntroductions,
      conflicts: scored.conflicts,
      ruledOutBy: scored.ruledOutBy,
      power: scored.power,
      history: scored.history,
      oneSided: scored.oneSided,
      valueToFocal: scored.valueToFocal,
      valueToCandidate: scored.valueToCandidate,
      tiedWith,
    }),
  };
}

export type DescribedFit = ReturnType<typeof describeFit>;
