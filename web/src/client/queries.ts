/**
 * Every operation the explorer sends, in one place, so a reader can see at a
 * glance what the UI asks of the API (api/schema/*.graphql is the contract).
 */

const TERM_FIELDS = `terms { kind label value strength weight contribution sentence }`;

/** Where a pair stands: its partnerships, and the conflict that rules it out. */
const STANDING_FIELDS = `
  relation ruledOut
  ruledOutBy { kind severity explanation }
  history { id status since type { id name } }
`;

const CANDIDATE_FIT_FIELDS = /* GraphQL */ `
  candidate { id name }
  score ${TERM_FIELDS}
  mutualValue valueToFocal valueToCandidate oneSided
  synergy reach capabilityGain
  sharedCustomers conflictPenalty
  conflicts { kind severity }
  ${STANDING_FIELDS}
  quadrant
  recommendedType { id name }
  reasons
`;

export const ECOSYSTEM_SUMMARY = /* GraphQL */ `
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

/** For servers whose EcosystemSummary has a name but knows nothing of imports. */
export const ECOSYSTEM_SUMMARY_WITHOUT_IMPORT = /* GraphQL */ `
  query EcosystemSummaryNamed {
    ecosystemSummary {
      name
      companies
      customers
      accounts
      partnerships
    }
  }
`;

/** For servers whose EcosystemSummary has no `name` yet. */
export const ECOSYSTEM_SUMMARY_WITHOUT_NAME = /* GraphQL */ `
  query EcosystemSummaryCounts {
    ecosystemSummary {
      companies
      customers
      accounts
      partnerships
    }
  }
`;

export const FOCAL_COMPANY = /* GraphQL */ `
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

export const COMPANY_SEARCH = /* GraphQL */ `
  query CompanySearch($search: String, $first: Int) {
    companies(search: $search, first: $first) {
      id
      name
      domain
      customerCount
    }
  }
`;

export const ECOSYSTEM = /* GraphQL */ `
  query Ecosystem($focal: ID!, $first: Int, $weights: FitWeights) {
    ecosystem(focal: $focal, first: $first, weights: $weights) {
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

export const CANDIDATES = /* GraphQL */ `
  query Candidates($focal: ID!, $first: Int, $filter: CandidateFilter, $weights: FitWeights) {
    candidates(focal: $focal, first: $first, filter: $filter, weights: $weights) { ${CANDIDATE_FIT_FIELDS} }
  }
`;

export const CANDIDATE_DETAIL = /* GraphQL */ `
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
      ${TERM_FIELDS}
      peerPartners {
        id
        name
      }
      mutualValue
      valueToFocal
      valueToCandidate
      oneSided
      ${STANDING_FIELDS}
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

export const SHARED_CUSTOMERS = /* GraphQL */ `
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

/** How this market weighs the evidence terms: the sliders' defaults and the line above the ranking. */
export const MARKET_MODEL = /* GraphQL */ `
  query MarketModel {
    marketModel {
      calibrated
      partnerships
      cases
      weights {
        kind
        label
        weight
        defaultWeight
      }
      summary
      coreOverlapDecisive
      coreOverlapEvidence
    }
  }
`;

/** The segment and capability catalogues, for the filter menus. */
export const FILTER_OPTIONS = /* GraphQL */ `
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

const SHORTLIST_SUMMARY_FIELDS = `id name createdAt csvUrl focal { id name } entryCount candidateIds`;

/** The focal company's shortlists without their fits: cheap, and enough to list and choose them. */
export const SHORTLISTS = /* GraphQL */ `
  query Shortlists($focal: ID, $first: Int) {
    shortlists(focal: $focal, first: $first) { ${SHORTLIST_SUMMARY_FIELDS} }
  }
`;

/** One shortlist's pins with their current fits (a shortlist holds at most 100). */
export const SHORTLIST_ENTRIES = /* GraphQL */ `
  query ShortlistEntries($id: ID!, $weights: FitWeights) {
    shortlist(id: $id) {
      ${SHORTLIST_SUMMARY_FIELDS}
      entries(weights: $weights, first: 100) { candidateId inGraph candidate { id name } note addedAt fit { ${CANDIDATE_FIT_FIELDS} } }
    }
  }
`;

export const CREATE_SHORTLIST = /* GraphQL */ `
  mutation CreateShortlist($name: String!, $focal: ID!) { createShortlist(name: $name, focal: $focal) { ${SHORTLIST_SUMMARY_FIELDS} } }
`;

export const RENAME_SHORTLIST = /* GraphQL */ `
  mutation RenameShortlist($id: ID!, $name: String!) {
    renameShortlist(id: $id, name: $name) {
      id
      name
    }
  }
`;

export const DELETE_SHORTLIST = /* GraphQL */ `
  mutation DeleteShortlist($id: ID!) {
    deleteShortlist(id: $id)
  }
`;

export const ADD_TO_SHORTLIST = /* GraphQL */ `
  mutation AddToShortlist($id: ID!, $candidate: ID!, $note: String) {
    addToShortlist(id: $id, candidate: $candidate, note: $note) {
      id
    }
  }
`;

export const REMOVE_FROM_SHORTLIST = /* GraphQL */ `
  mutation RemoveFromShortlist($id: ID!, $candidate: ID!) {
    removeFromShortlist(id: $id, candidate: $candidate) {
      id
    }
  }
`;
