/**
 * What the detail panel asks about one candidate: the whole fit with the
 * pair's overlap and complementarity, then on demand its shared customers,
 * its warm introductions and the accounts they open.
 */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';
import { STANDING_FIELDS, TERM_FIELDS } from '../fit/fit-queries.ts';

const CANDIDATE_DETAIL_OPERATION = /* GraphQL */ `
  query CandidateDetail($focal: ID!, $candidate: ID!, $weights: FitWeights) {
    partnerFit(focal: $focal, candidate: $candidate, weights: $weights) {
      candidate {
        id
        name
        domain
        employees
        description
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
      peers {
        company {
          id
          name
        }
        rival
      }
      mutualValue
      valueToFocal
      valueToCandidate
      oneSided
      ...StandingFields
      history {
        id
        parties {
          id
          name
        }
      }
      warmIntroductions
      synergy
      reach
      capabilityGain
      candidateTerms {
        synergy
        reach
        capabilityGain
      }
      sharedCustomers
      conflictPenalty
      conflicts {
        kind
        severity
        explanation
        via {
          id
          name
        }
        capability {
          id
          name
        }
      }
      quadrant
      powerBalance
      powerGuidance
      recommendedType {
        id
        name
        description
        effort
        gtmChecklist
      }
      recommendation
      reasons
      weights {
        synergy
        reach
        capability
      }
    }
    overlap(a: $focal, b: $candidate) {
      sharedCount
      jaccard
      shareOfA
      shareOfB
      matrix {
        stageA
        stageB
        count
      }
    }
    complementarity(a: $focal, b: $candidate) {
      gapsFilledForA {
        id
        name
      }
      gapsFilledForB {
        id
        name
      }
      competing {
        capability {
          id
          name
        }
        levelA
        levelB
      }
      score
    }
  }
`;

export const CANDIDATE_DETAIL: Operation<Op.CandidateDetailQuery, Op.CandidateDetailQueryVariables> =
  CANDIDATE_DETAIL_OPERATION + TERM_FIELDS + STANDING_FIELDS;

export const SHARED_CUSTOMERS: Operation<Op.SharedCustomersQuery, Op.SharedCustomersQueryVariables> = /* GraphQL */ `
  query SharedCustomers($a: ID!, $b: ID!, $first: Int, $offset: Int) {
    overlap(a: $a, b: $b) {
      sharedCustomers(first: $first, offset: $offset) {
        id
        name
        industry
        region
      }
    }
  }
`;

/**
 * Warm introductions to the selected candidate: each path's parties in order,
 * so the map can draw it, and its strength and sentence as the API wrote them.
 */
export const INTRO_PATHS: Operation<Op.IntroPathsQuery, Op.IntroPathsQueryVariables> = /* GraphQL */ `
  query IntroPaths($focal: ID!, $target: ID!, $first: Int, $maxHops: Int) {
    introPaths(focal: $focal, target: $target, first: $first, maxHops: $maxHops) {
      hops
      strength
      sentence
      steps {
        party {
          kind
          id
          name
        }
        relation
        status
        type {
          id
          name
        }
        since
        vendors
        weight
      }
    }
  }
`;

/** The account mapping's cells that the warm-introduction count adds up (detail/IntroPathsSection.tsx). */
export const INTRO_ACCOUNTS: Operation<Op.IntroAccountsQuery, Op.IntroAccountsQueryVariables> = /* GraphQL */ `
  query IntroAccounts($focal: ID!, $candidate: ID!) {
    overlap(a: $focal, b: $candidate) {
      matrix {
        stageA
        stageB
        count
      }
    }
  }
`;
