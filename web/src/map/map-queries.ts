/** The ecosystem map's graph, shaped for cytoscape by the API. */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';

export const ECOSYSTEM: Operation<Op.EcosystemQuery, Op.EcosystemQueryVariables> = /* GraphQL */ `
  query Ecosystem($focal: ID!, $first: Int, $weights: FitWeights, $linksAmongOthers: Boolean) {
    ecosystem(focal: $focal, first: $first, weights: $weights, linksAmongOthers: $linksAmongOthers) {
      focal {
        id
        name
      }
      nodes {
        id
        label
        kind
        score
        size
        conflictSeverity
        sharedCustomers
        relation
        ruledOut
      }
      edges {
        id
        source
        target
        kind
        weight
      }
    }
  }
`;
