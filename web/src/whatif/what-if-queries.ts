/** The what-if tray's one question. */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';

const COMPANY_REF = /* GraphQL */ `
  fragment CompanyRefFields on Company {
    id
    name
  }
`;

/** The what-if tray: today's partner set against today's plus `add`, minus `drop`. */
const WHAT_IF_OPERATION = /* GraphQL */ `
  query WhatIf($focal: ID!, $add: [ID!], $drop: [ID!]) {
    whatIf(focal: $focal, add: $add, drop: $drop) {
      partners {
        ...CompanyRefFields
      }
      added {
        ...CompanyRefFields
      }
      dropped {
        ...CompanyRefFields
      }
      marketCustomers
      reachableCustomers {
        today
        whatIf
        change
      }
      reachableShare {
        today
        whatIf
        change
      }
      capabilityCount {
        today
        whatIf
        change
      }
      capabilities {
        capability {
          id
          name
        }
        partners {
          ...CompanyRefFields
        }
        new
      }
      capabilitiesLost {
        id
        name
      }
      conflictCount {
        today
        whatIf
        change
      }
      conflicts {
        kind
        partner {
          ...CompanyRefFields
        }
        via {
          ...CompanyRefFields
        }
        new
        explanation
      }
      conflictsResolved {
        kind
        partner {
          ...CompanyRefFields
        }
        new
        explanation
      }
    }
  }
`;

export const WHAT_IF: Operation<Op.WhatIfQuery, Op.WhatIfQueryVariables> = WHAT_IF_OPERATION + COMPANY_REF;
