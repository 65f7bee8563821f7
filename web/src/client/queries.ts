/**
 * Every operation the explorer sends, in one place, so a reader can see at a
 * glance what the UI asks of the API (api/schema/*.graphql is the contract).
 * Shared selections are fragments, so GraphQL Code Generator can read every
 * document here (`npm run codegen` writes their types to generated/operations.ts);
 * an operation's string carries the fragments it spreads.
 */

const TERM_FIELDS = /* GraphQL */ `
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
const STANDING_FIELDS = /* GraphQL */ `
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
const CANDIDATE_FIT = CANDIDATE_FIT_FIELDS + TERM_FIELDS + STANDING_FIELDS;

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

const CANDIDATES_OPERATION = /* GraphQL */ `
  query Candidates($focal: ID!, $first: Int, $filter: CandidateFilter, $weights: FitWeights, $lens: RankingLens) {
    candidates(focal: $focal, first: $first, filter: $filter, weights: $weights, lens: $lens) {
      ...CandidateFitFields
    }
  }
`;
export const CANDIDATES = CANDIDATES_OPERATION + CANDIDATE_FIT;

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
export const CANDIDATE_DETAIL = CANDIDATE_DETAIL_OPERATION + TERM_FIELDS + STANDING_FIELDS;

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

const SHORTLIST_SUMMARY_FIELDS = /* GraphQL */ `
  fragment ShortlistSummaryFields on Shortlist {
    id
    name
    createdAt
    csvUrl
    focal {
      id
      name
    }
    entryCount
    candidateIds
  }
`;

/** The focal company's shortlists without their fits: cheap, and enough to list and choose them. */
const SHORTLISTS_OPERATION = /* GraphQL */ `
  query Shortlists($focal: ID, $first: Int) {
    shortlists(focal: $focal, first: $first) {
      ...ShortlistSummaryFields
    }
  }
`;
export const SHORTLISTS = SHORTLISTS_OPERATION + SHORTLIST_SUMMARY_FIELDS;

/** One shortlist's pins with their current fits (a shortlist holds at most 100). */
const SHORTLIST_ENTRIES_OPERATION = /* GraphQL */ `
  query ShortlistEntries($id: ID!, $weights: FitWeights) {
    shortlist(id: $id) {
      ...ShortlistSummaryFields
      entries(weights: $weights, first: 100) {
        candidateId
        inGraph
        candidate {
          id
          name
        }
        note
        addedAt
        fit {
          ...CandidateFitFields
        }
      }
    }
  }
`;
export const SHORTLIST_ENTRIES = SHORTLIST_ENTRIES_OPERATION + SHORTLIST_SUMMARY_FIELDS + CANDIDATE_FIT;

const CREATE_SHORTLIST_OPERATION = /* GraphQL */ `
  mutation CreateShortlist($name: String!, $focal: ID!) {
    createShortlist(name: $name, focal: $focal) {
      ...ShortlistSummaryFields
    }
  }
`;
export const CREATE_SHORTLIST = CREATE_SHORTLIST_OPERATION + SHORTLIST_SUMMARY_FIELDS;

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

/**
 * Warm introductions to the selected candidate: each path's parties in order,
 * so the map can draw it, and its strength and sentence as the API wrote them.
 */
export const INTRO_PATHS = /* GraphQL */ `
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
export const WHAT_IF = WHAT_IF_OPERATION + COMPANY_REF;

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
export const WHITE_SPACE = WHITE_SPACE_OPERATION + GAP_CANDIDATE_FIELDS;

/** What imports changed for the focal company since a moment (or, without one, in the last import). */
export const CHANGES = /* GraphQL */ `
  query Changes($focal: ID!, $since: String, $first: Int) {
    changes(focal: $focal, since: $since, first: $first) {
      kind
      importId
      importedAt
      dataset
      sentence
    }
  }
`;

/* ---- The pipeline, plans and ledger (web/src/pipeline/) ---- */

/** A pipeline item as a board card shows it. */
const PIPELINE_CARD_FIELDS = /* GraphQL */ `
  fragment PipelineCardFields on PipelineItem {
    id
    focalId
    focal {
      id
      name
    }
    candidateId
    candidate {
      id
      name
    }
    inGraph
    stage
    owner
    nextStep
    nextStepDue
    nextStepOverdue
    lastActivityOn
    activityCount
    dust {
      reason
      days
      sentence
    }
    warnings
    partnership {
      id
      status
      since
      type {
        id
        name
      }
    }
    plan {
      version
      checklistDone
      checklistNeeded
      type {
        id
        name
        effort
      }
    }
  }
`;

/** The board: one focal company's items (or everyone's), the owners to filter by, and the shortlists' pins not yet in the pipeline. */
const PIPELINE_BOARD_OPERATION = /* GraphQL */ `
  query PipelineBoard($focal: ID, $owner: String, $shortlistFocal: ID!) {
    pipeline(focal: $focal, owner: $owner, first: 100) {
      ...PipelineCardFields
    }
    pipelineOwners(focal: $focal)
    shortlists(focal: $shortlistFocal, first: 20) {
      id
      name
      entries(first: 100) {
        candidateId
        inGraph
        candidate {
          id
          name
        }
      }
    }
  }
`;
export const PIPELINE_BOARD = PIPELINE_BOARD_OPERATION + PIPELINE_CARD_FIELDS;

const PLAN_GOAL_FIELDS = /* GraphQL */ `
  fragment PlanGoalFields on PlanGoal {
    id
    side
    metric
    target
    months
    description
    startsOn
    endsOn
    actual
    share
    expectedAtCheckpoint
    behind
  }
`;

const PARTNERSHIP_PLAN_FIELDS = /* GraphQL */ `
  fragment PartnershipPlanFields on PartnershipPlan {
    itemId
    version
    type {
      id
      name
      description
      effort
    }
    effort
    startsOn
    checkpointOn
    goals {
      ...PlanGoalFields
    }
    alignment {
      topic
      label
      question
      focalAnswer
      partnerAnswer
    }
    terms {
      referralFeePercent
      markupPercent
      rulesOfEngagement
      otherTerms
    }
    checklist {
      item
      owner
      state
    }
    checklistDone
    checklistNeeded
    updatedAt
    updatedBy
    versions(first: 20) {
      version
      at
      by
      changes
    }
    csvUrl
  }
`;

const PARTNER_IMPACT_FIELDS = /* GraphQL */ `
  fragment PartnerImpactFields on PartnerImpact {
    partnershipStatus
    fromPartner {
      referrals
      open
      won
      lost
      winRate
      wonValue
      averageWonValue
      medianDaysToClose
    }
    toPartner {
      referrals
      open
      won
      lost
      winRate
      wonValue
      averageWonValue
      medianDaysToClose
    }
    balance
    balanceSentence
    lift {
      closedWith
      closedWithout
      winRateWith
      winRateWithout
      winRatePoints
      winRateLift
      dealSizeWith
      dealSizeWithout
      dealSizeLift
    }
    goals {
      ...PlanGoalFields
    }
    health {
      kind
      sentence
    }
  }
`;

/** One item in full: its log, moves, plan, impact and ledger, and the type catalogue its plan picks from. */
const PIPELINE_ITEM_OPERATION = /* GraphQL */ `
  query PipelineItemDetail($id: ID!, $focal: ID!, $partner: ID!) {
    pipelineItem(id: $id) {
      ...PipelineCardFields
      shortlistId
      createdAt
      createdBy
      csvUrl
      activities(first: 50) {
        id
        kind
        on
        summary
        by
      }
      stageMoves {
        from
        to
        at
        by
        note
      }
      plan {
        ...PartnershipPlanFields
      }
      impact {
        ...PartnerImpactFields
      }
    }
    ledger(focal: $focal, partner: $partner, first: 100) {
      id
      direction
      kind
      name
      account
      outcome
      value
      currency
      referredOn
      closedOn
      note
      source
    }
    partnershipTypes {
      id
      name
      description
      effort
      gtmChecklist
    }
  }
`;
export const PIPELINE_ITEM_DETAIL = PIPELINE_ITEM_OPERATION + PIPELINE_CARD_FIELDS + PARTNERSHIP_PLAN_FIELDS + PARTNER_IMPACT_FIELDS + PLAN_GOAL_FIELDS;

export const CREATE_PIPELINE_ITEM = /* GraphQL */ `
  mutation CreatePipelineItem($input: PipelineItemInput!) {
    createPipelineItem(input: $input) {
      id
    }
  }
`;

export const UPDATE_PIPELINE_ITEM = /* GraphQL */ `
  mutation UpdatePipelineItem($id: ID!, $patch: PipelineItemPatch!) {
    updatePipelineItem(id: $id, patch: $patch) {
      id
    }
  }
`;

export const MOVE_PIPELINE_ITEM = /* GraphQL */ `
  mutation MovePipelineItem($id: ID!, $stage: PipelineStage!, $note: String, $signing: SigningInput) {
    movePipelineItem(id: $id, stage: $stage, note: $note, signing: $signing) {
      id
      stage
    }
  }
`;

export const LOG_PIPELINE_ACTIVITY = /* GraphQL */ `
  mutation LogPipelineActivity($id: ID!, $activity: ActivityInput!) {
    logPipelineActivity(id: $id, activity: $activity) {
      id
    }
  }
`;

export const DELETE_PIPELINE_ITEM = /* GraphQL */ `
  mutation DeletePipelineItem($id: ID!) {
    deletePipelineItem(id: $id)
  }
`;

export const UPDATE_PARTNERSHIP_PLAN = /* GraphQL */ `
  mutation UpdatePartnershipPlan($item: ID!, $patch: PlanPatchInput!, $expectedVersion: Int) {
    updatePartnershipPlan(item: $item, patch: $patch, expectedVersion: $expectedVersion) {
      version
    }
  }
`;

export const RECORD_LEDGER_ENTRY = /* GraphQL */ `
  mutation RecordLedgerEntry($input: LedgerEntryInput!) {
    recordLedgerEntry(input: $input) {
      id
    }
  }
`;

export const UPDATE_LEDGER_ENTRY = /* GraphQL */ `
  mutation UpdateLedgerEntry($id: ID!, $patch: LedgerEntryPatch!) {
    updateLedgerEntry(id: $id, patch: $patch) {
      id
    }
  }
`;

/** The account mapping's cells that the warm-introduction count adds up (detail/IntroPathsSection.tsx). */
export const INTRO_ACCOUNTS = /* GraphQL */ `
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
