/** What the shell asks: the focal company it opens, and the filter menus' catalogues. */
import type * as Op from '../client/generated/operations.ts';
import type { Operation } from '../client/operation.ts';

export const FOCAL_COMPANY: Operation<Op.FocalCompanyQuery, Op.FocalCompanyQueryVariables> = /* GraphQL */ `
  query FocalCompany($id: ID!) {
    company(id: $id) {
      id
      name
      domain
      employees
      description
      customerCount
    }
  }
`;

/** The segment and capability catalogues, for the filter menus. */
export const FILTER_OPTIONS: Operation<Op.FilterOptionsQuery, Op.FilterOptionsQueryVariables> = /* GraphQL */ `
  query FilterOptions {
    segments {
      id
      name
    }
    capabilities {
      id
      name
    }
  }
`;
