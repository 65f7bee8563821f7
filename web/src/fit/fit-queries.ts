/**
 * The ranking's operations and the selections of a fit that the other views
 * spread: a term, where a pair stands, a ranked row. The shortlist and the
 * detail panel append these fragments to their own operations' text.
 */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';

export const TERM_FIELDS = /* GraphQL */ `
  fragment TermFields on FitTerm {
    kind
    label
    value
    strength
    yardstick
    weight
    contribution
    sentence
  }
`;

/** Where a pair stands: its partnerships, and the conflict that rules it out. */
export const STANDING_FIELDS = /* GraphQL */ `
  fragment StandingFields on PartnerFit {
    relation
    ruledOut
    ruledOutBy {
      kind
      severity
      explanation
    }
    history {
      id
      status
      since
      type {
        id
        name
      }
    }
  }
`;

const CANDIDATE_FIT_FIELDS = /* GraphQL */ `
  fragment CandidateFitFields on PartnerFit {
    candidate {
      id
      name
      customerCount
    }
    score
    likelihood
    likelihoodBand
    likelihoodSentence
    specificScore
    terms {
      ...TermFields
    }
    mutualValue
    valueToFocal
    valueToCandidate
    oneSided
    synergy
    reach
    capabilityGain
    sharedCustomers
    conflictPenalty
    conflicts {
      kind
      severity
    }
    ...StandingFields
    quadrant
    recommendedType {
      id
      name
    }
    recommendation
    reasons
  }
`;

/** A candidate's row, with the fragments it spreads. */
export const CANDIDATE_FIT = CANDIDATE_FIT_FIELDS + TERM_FIELDS + STANDING_FIELDS;

const CANDIDATES_OPERATION = /* GraphQL */ `
  query Candidates($focal: ID!, $first: Int, $filter: CandidateFilter, $weights: FitWeights, $lens: RankingLens) {
    candidates(focal: $focal, first: $first, filter: $filter, weights: $weights, lens: $lens) {
      ...CandidateFitFields
    }
  }
`;

export const CANDIDATES: Operation<Op.CandidatesQuery, Op.CandidatesQueryVariables> =
  CANDIDATES_OPERATION + CANDIDATE_FIT;

/** How this market weighs the evidence terms: the sliders' defaults and the line above the ranking. */
export const MARKET_MODEL: Operation<Op.MarketModelQuery, Op.MarketModelQueryVariables> = /* GraphQL */ `
  query MarketModel {
    marketModel {
      calibrated
      partnerships
      cases
      weights {
        kind
        label
        weight
        percent
        yardstick
        defaultWeight
      }
      summary
      coreOverlapDecisive
      coreOverlapEvidence
      rivalPartners
      rivalEvidence
      likelihood {
        rows
        observedRate
      }
      density
    }
  }
`;
