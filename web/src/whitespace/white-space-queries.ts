/** The White space view's one question. */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';

/** The gap's best-ranked candidate: enough to name it, score it and open it. */
const GAP_CANDIDATE_FIELDS = /* GraphQL */ `
  fragment GapCandidateFields on PartnerFit {
    candidate {
      id
      name
    }
    score
    sharedCustomers
  }
`;

/** Capability and segment gaps no partner of the focal company fills. */
const WHITE_SPACE_OPERATION = /* GraphQL */ `
  query WhiteSpace($focal: ID!, $first: Int) {
    whiteSpace(focal: $focal, first: $first) {
      customers
      capabilities {
        capability {
          id
          name
        }
        customersReached
        share
        vendors
        bestCandidate {
          ...GapCandidateFields
        }
      }
      segments {
        segment {
          id
          name
        }
        bestCandidate {
          ...GapCandidateFields
        }
      }
    }
  }
`;

export const WHITE_SPACE: Operation<Op.WhiteSpaceQuery, Op.WhiteSpaceQueryVariables> =
  WHITE_SPACE_OPERATION + GAP_CANDIDATE_FIELDS;
