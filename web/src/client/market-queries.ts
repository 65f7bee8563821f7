/**
 * What several features ask about the market as a whole: its summary (the
 * header's badge, an export's dataset, the import's progress) and its company
 * search (the welcome list, the search box, an owner's picker).
 */
import type * as Op from './generated/operations.ts';
import type { Operation } from './operation.ts';

export const ECOSYSTEM_SUMMARY: Operation<Op.EcosystemSummaryQuery, Op.EcosystemSummaryQueryVariables> = /* GraphQL */ `
  query EcosystemSummary {
    ecosystemSummary {
      name
      companies
      customers
      accounts
      partnerships
      import {
        state
        phase
        dataset
        replace
        startedAt
        file
        rows
      }
    }
  }
`;

export const COMPANY_SEARCH: Operation<Op.CompanySearchQuery, Op.CompanySearchQueryVariables> = /* GraphQL */ `
  query CompanySearch($search: String, $first: Int) {
    companies(search: $search, first: $first) {
      id
      name
      domain
      customerCount
    }
  }
`;
