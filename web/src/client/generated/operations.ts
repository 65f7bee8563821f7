/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Which candidates a ranking keeps. */
export type CandidateFilter = {
  /** Only candidates offering this capability: its id or its name. An unknown one is BAD_USER_INPUT naming the closest. */
  capability?: string | null | undefined;
  /** Leave out candidates with any conflict of this severity or higher. */
  excludeSeverity?: Severity | null | undefined;
  /** Keep the focal company's active partners in the ranking. Default false. */
  includePartners?: boolean | null | undefined;
  /** Keep candidates a decisive conflict rules out (a declared rivalry; a core–core capability overlap where the market model says it is decisive). Default false. */
  includeRuledOut?: boolean | null | undefined;
  /** Only candidates sharing at least this many customers with the focal company. */
  minSharedCustomers?: number | null | undefined;
  /** Only candidates targeting this segment: its id or its name. An unknown one is BAD_USER_INPUT naming the closest. */
  segment?: string | null | undefined;
};

/** How central a capability is to a company's offer. */
export type CapabilityLevel =
  /** A core skill: what the company is bought for. */
  | 'CORE'
  /** Something it also offers. */
  | 'SECONDARY';

/** What could make a partnership collide. */
export type ConflictKind =
  /** A capability both offer: core–core HIGH, core–secondary MEDIUM, secondary–secondary LOW. */
  | 'CAPABILITY_OVERLAP'
  /** B is in an active partnership with X, a declared competitor of A (MEDIUM). */
  | 'CHANNEL_CONFLICT'
  /** A declared rivalry between A and B, either way (HIGH). */
  | 'DIRECT_COMPETITOR'
  /** X is in an active partnership with A, and B is a declared competitor of X (MEDIUM). */
  | 'PARTNER_CONFLICT';

/** What an edge of the map stands for. */
export type EcosystemEdgeKind =
  /** Capabilities one has and the other lacks; weight = complementarity score. */
  | 'CAPABILITY_COMPLEMENT'
  /** A declared rivalry. */
  | 'COMPETES'
  /** An ended partnership. */
  | 'FORMER_PARTNER'
  /** An active partnership. */
  | 'PARTNER'
  /** A proposed partnership (in progress). */
  | 'PROPOSED_PARTNER'
  /** Customers both serve; weight = shared count. */
  | 'SHARED_CUSTOMERS';

/** What a company on the map is to the focal company. */
export type EcosystemNodeKind =
  /** A ranked candidate (its relation says whether a partnership is proposed or ended). */
  | 'CANDIDATE'
  /** A declared rival. */
  | 'COMPETITOR'
  /** The company at the centre. */
  | 'FOCAL'
  /** An active partner. */
  | 'PARTNER';

/** How much go-to-market work a partnership type takes. */
export type Effort =
  /** Every box: training, pipeline, billing, support, revenue recognition. */
  | 'HIGH'
  /** A few boxes: tracking and a payout. */
  | 'LOW'
  /** An integration or a shared process to keep up. */
  | 'MEDIUM';

/** The evidence terms of the fit score. */
export type FitTermKind =
  /** How much each side's capabilities fill the other's gaps: the geometric mean of the two capability gains. */
  | 'COMPLEMENT'
  /** Segments both target, as a share of the segments either targets (Jaccard). */
  | 'NICHE'
  /** Shared customers as a share of both bases, shrunk toward the market's typical share when a base is small. */
  | 'OVERLAP'
  /** Similarity-weighted share of the companies most like the focal company that already partner with the candidate. */
  | 'PEERS'
  /** The candidate's active partners, on a log scale against the most any company has. */
  | 'PULL';

/**
 * Weights of a ranking. synergy, reach and capability weigh the value terms of
 * valueTo (and so mutualValue); normalised to sum 1, omitted ones keep their
 * defaults (0.4, 0.3, 0.3). peers, overlap, niche, complement and pull weigh the
 * evidence terms of the score: those given replace the market's learned weights,
 * the others keep theirs, and all are normalised to sum 1. Negative, non-finite or
 * all-zero weights are refused.
 */
export type FitWeights = {
  /** Weight of capabilityGainFor in valueTo. */
  capability?: number | null | undefined;
  /** Weight of the COMPLEMENT term in the score. */
  complement?: number | null | undefined;
  /** Weight of the NICHE term in the score. */
  niche?: number | null | undefined;
  /** Weight of the OVERLAP term in the score. */
  overlap?: number | null | undefined;
  /** Weight of the PEERS term in the score. */
  peers?: number | null | undefined;
  /** Weight of the PULL term in the score. */
  pull?: number | null | undefined;
  /** Weight of reachFor in valueTo. */
  reach?: number | null | undefined;
  /** Weight of synergyFor in valueTo. */
  synergy?: number | null | undefined;
};

/** How far an import got. */
export type ImportPhase =
  /** Merging the staged rows into the graph (an import without --replace). */
  | 'APPLYING'
  /** The new graph is live; what it replaced is being deleted. */
  | 'CLEANING'
  /** Reading and writing the folder beside the graph: the graph is untouched. */
  | 'STAGING';

/** Whether the import holding the lock is alive. */
export type ImportState =
  /** Its process died or failed; the next import or npm start cleans up or finishes it. */
  | 'INTERRUPTED'
  /** Its process is alive and working. */
  | 'RUNNING';

/** What kind of party a step reaches. */
export type IntroPartyKind =
  /** A company. */
  | 'COMPANY'
  /** An end-customer account. */
  | 'CUSTOMER';

/** How the party before a step leads to the party it reaches. */
export type IntroRelation =
  /** The company before serves this customer (stage customer): the customer is a reference. */
  | 'CUSTOMER'
  /** An active or proposed partnership between the two companies. */
  | 'PARTNERSHIP'
  /** This company also serves the customer before it (stage customer). */
  | 'VENDOR';

/** A plain reading of `likelihood`: the share of candidates this strong that were real partners in this market. */
export type LikelihoodBand =
  /** 1 in 5 to 1 in 2. */
  | 'GOOD'
  /** Fewer than 1 in 20: nothing here stands out. */
  | 'LITTLE'
  /** 1 in 20 to 1 in 5. */
  | 'SOME'
  /** 1 in 2 or more. */
  | 'STRONG';

/** What kind of change an import made. */
export type MarketChangeKind =
  /**
   * A company began an active partnership with a declared rival of the AFFECTED
   * company (or a rivalry was declared with a company's existing partner): the
   * PARTNER is now a channel conflict for it. Recorded once per affected company.
   */
  | 'CHANNEL_CONFLICT'
  /** A pipeline item or partnership went quiet for PIPELINE_DUST_DAYS, or fell behind its plan at the checkpoint: recorded by the dust check, not an import. */
  | 'GATHERING_DUST'
  /**
   * A shortlist's focal company (of the 50 newest shortlists) and another company
   * now share at least 10 customers, having shared fewer, or shared at least 10
   * and now share at least twice as many.
   */
  | 'OVERLAP_GREW'
  /** Such a pair shared at least 10 customers and now shares fewer than 10, or at most half as many. */
  | 'OVERLAP_SHRANK'
  /** An active partnership ended, or is gone from the data. */
  | 'PARTNERSHIP_ENDED'
  /** A partnership became active: a new one, or a proposed or ended one now active. */
  | 'PARTNERSHIP_STARTED'
  /** A shortlist pin's fit score changed (to three decimals), or the pin's company left or came back to the graph. */
  | 'SCORE_MOVED';

/** Where a pair stands, from the partnerships it already has. */
export type PairRelation =
  /** No partnership at all. */
  | 'CANDIDATE'
  /** Only ended partnerships. */
  | 'FORMER_PARTNER'
  /** A proposed partnership and no active one: in progress. */
  | 'IN_PROGRESS'
  /** An active partnership: already partners. */
  | 'PARTNER';

/** A conflict within a partner set. */
export type PartnerSetConflictKind =
  /** The partner and another partner of the set are declared rivals (either way); listed once per pair. */
  | 'PARTNERS_COMPETE'
  /** The partner is itself a declared rival of the focal company. */
  | 'PARTNER_IS_RIVAL'
  /** The partner is in an active partnership with a declared rival of the focal company. */
  | 'PARTNER_OF_RIVAL';

/** Where a partnership stands. */
export type PartnershipStatus =
  /** In force: its parties are partners. */
  | 'ACTIVE'
  /** Over: its parties are former partners. */
  | 'ENDED'
  /** Proposed, not signed: in progress. */
  | 'PROPOSED';

/** Big fish, small fish: the size balance of the pair, by employees (customers when unknown). */
export type PowerBalance =
  /** The focal company is at least 3× the candidate's size. */
  | 'BIG_FISH'
  /** Within 3× of each other. */
  | 'PEERS'
  /** The candidate is at least 3× the focal company's size. */
  | 'SMALL_FISH';

/** The 2x2 of capability expansion (capabilityGain) against distribution (reach), seen from the focal company. */
export type Quadrant =
  /** High capability expansion only. */
  | 'CAPABILITY'
  /** High distribution only. */
  | 'DISTRIBUTION'
  /** Neither. */
  | 'LOW'
  /** High capability expansion and high distribution. */
  | 'STRATEGIC';

/** The order a ranking follows (docs/analyses.md, "The specific lens"). */
export type RankingLens =
  /** The partner fit score: the most accurate order in the backtest, and the default. */
  | 'MARKET'
  /**
   * What sets a candidate apart for this focal company against the market's
   * usual suspects: the fit score without ecosystem pull, peer evidence counted
   * only beyond the share of the whole market partnered with the candidate.
   */
  | 'SPECIFIC';

/** How a declared rival's partnerships count in peer evidence, as the market's own partnerships decided. */
export type RivalPartners =
  /** Against: a rival partnering with the candidate lowers its peer evidence. */
  | 'AGAINST'
  /** As any peer's: a rival partnering with the candidate is evidence for it. */
  | 'FOR'
  /** Not at all. */
  | 'NONE';

/** How badly a conflict hurts a partnership. */
export type Severity =
  /** A rivalry or competing core capabilities: rules the candidate out where the market model says it is decisive, else a high risk to manage. */
  | 'HIGH'
  /** Worth knowing. */
  | 'LOW'
  /** A risk to manage. */
  | 'MEDIUM';

/** The side of a pair. */
export type Side =
  /** The candidate (B). */
  | 'CANDIDATE'
  /** The focal company (A). */
  | 'FOCAL';

/** Where a company stands with a customer account. */
export type Stage =
  /** A paying customer: the only stage the overlap and fit figures count as C(X). */
  | 'CUSTOMER'
  /** An open deal with the account. */
  | 'OPPORTUNITY'
  /** An account the company is working to win. */
  | 'PROSPECT';

export type TermFieldsFragment = { kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string };

export type StandingFieldsFragment = { relation: PairRelation, ruledOut: boolean, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null, history: Array<{ id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } }> };

export type CandidateFitFieldsFragment = { score: number, likelihood: number, likelihoodBand: LikelihoodBand, likelihoodSentence: string, specificScore: number, mutualValue: number, valueToFocal: number, valueToCandidate: number, oneSided: Side | null, synergy: number, reach: number, capabilityGain: number, sharedCustomers: number, conflictPenalty: number, quadrant: Quadrant, recommendation: string, reasons: Array<string>, relation: PairRelation, ruledOut: boolean, candidate: { id: string, name: string, customerCount: number }, terms: Array<{ kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string }>, conflicts: Array<{ kind: ConflictKind, severity: Severity }>, recommendedType: { id: string, name: string } | null, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null, history: Array<{ id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } }> };

export type EcosystemSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type EcosystemSummaryQuery = { ecosystemSummary: { name: string | null, companies: number, customers: number, accounts: number, partnerships: number, import: { state: ImportState, phase: ImportPhase, dataset: string | null, replace: boolean, startedAt: string, file: string | null, rows: number | null } | null } };

export type FocalCompanyQueryVariables = Exact<{
  id: string;
}>;


export type FocalCompanyQuery = { company: { id: string, name: string, domain: string | null, employees: number | null, description: string | null, customerCount: number } | null };

export type CompanySearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CompanySearchQuery = { companies: Array<{ id: string, name: string, domain: string | null, customerCount: number }> };

export type EcosystemQueryVariables = Exact<{
  focal: string;
  first?: number | null | undefined;
  weights?: FitWeights | null | undefined;
  linksAmongOthers?: boolean | null | undefined;
}>;


export type EcosystemQuery = { ecosystem: { focal: { id: string, name: string }, nodes: Array<{ id: string, label: string, kind: EcosystemNodeKind, score: number, size: number, conflictSeverity: Severity | null, sharedCustomers: number, relation: PairRelation, ruledOut: boolean }>, edges: Array<{ id: string, source: string, target: string, kind: EcosystemEdgeKind, weight: number }> } };

export type CandidatesQueryVariables = Exact<{
  focal: string;
  first?: number | null | undefined;
  filter?: CandidateFilter | null | undefined;
  weights?: FitWeights | null | undefined;
  lens?: RankingLens | null | undefined;
}>;


export type CandidatesQuery = { candidates: Array<{ score: number, likelihood: number, likelihoodBand: LikelihoodBand, likelihoodSentence: string, specificScore: number, mutualValue: number, valueToFocal: number, valueToCandidate: number, oneSided: Side | null, synergy: number, reach: number, capabilityGain: number, sharedCustomers: number, conflictPenalty: number, quadrant: Quadrant, recommendation: string, reasons: Array<string>, relation: PairRelation, ruledOut: boolean, candidate: { id: string, name: string, customerCount: number }, terms: Array<{ kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string }>, conflicts: Array<{ kind: ConflictKind, severity: Severity }>, recommendedType: { id: string, name: string } | null, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null, history: Array<{ id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } }> }> };

export type CandidateDetailQueryVariables = Exact<{
  focal: string;
  candidate: string;
  weights?: FitWeights | null | undefined;
}>;


export type CandidateDetailQuery = { partnerFit: { score: number, likelihood: number, likelihoodBand: LikelihoodBand, likelihoodSentence: string, specificScore: number, mutualValue: number, valueToFocal: number, valueToCandidate: number, oneSided: Side | null, warmIntroductions: number, synergy: number, reach: number, capabilityGain: number, sharedCustomers: number, conflictPenalty: number, quadrant: Quadrant, powerBalance: PowerBalance, powerGuidance: string, recommendation: string, reasons: Array<string>, relation: PairRelation, ruledOut: boolean, candidate: { id: string, name: string, domain: string | null, employees: number | null, description: string | null, customerCount: number }, terms: Array<{ kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string }>, peers: Array<{ rival: boolean, company: { id: string, name: string } }>, history: Array<{ id: string, status: PartnershipStatus, since: string | null, parties: Array<{ id: string, name: string }>, type: { id: string, name: string } }>, candidateTerms: { synergy: number, reach: number, capabilityGain: number }, conflicts: Array<{ kind: ConflictKind, severity: Severity, explanation: string, via: { id: string, name: string } | null, capability: { id: string, name: string } | null }>, recommendedType: { id: string, name: string, description: string, effort: Effort, gtmChecklist: Array<string> } | null, weights: { synergy: number, reach: number, capability: number }, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null } | null, overlap: { sharedCount: number, jaccard: number, shareOfA: number, shareOfB: number, matrix: Array<{ stageA: Stage, stageB: Stage, count: number }> } | null, complementarity: { score: number, gapsFilledForA: Array<{ id: string, name: string }>, gapsFilledForB: Array<{ id: string, name: string }>, competing: Array<{ levelA: CapabilityLevel, levelB: CapabilityLevel, capability: { id: string, name: string } }> } | null };

export type SharedCustomersQueryVariables = Exact<{
  a: string;
  b: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SharedCustomersQuery = { overlap: { sharedCustomers: Array<{ id: string, name: string, industry: string | null, region: string | null }> } | null };

export type MarketModelQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketModelQuery = { marketModel: { calibrated: boolean, partnerships: number, cases: number, summary: string, coreOverlapDecisive: boolean, coreOverlapEvidence: string, rivalPartners: RivalPartners, rivalEvidence: string, density: number, weights: Array<{ kind: FitTermKind, label: string, weight: number, percent: number, yardstick: number, defaultWeight: number }>, likelihood: { rows: number, observedRate: number } | null } };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { segments: Array<{ id: string, name: string }>, capabilities: Array<{ id: string, name: string }> };

export type ShortlistSummaryFieldsFragment = { id: string, name: string, createdAt: string, csvUrl: string, entryCount: number, candidateIds: Array<string>, focal: { id: string, name: string } | null };

export type ShortlistsQueryVariables = Exact<{
  focal?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ShortlistsQuery = { shortlists: Array<{ id: string, name: string, createdAt: string, csvUrl: string, entryCount: number, candidateIds: Array<string>, focal: { id: string, name: string } | null }> };

export type ShortlistEntriesQueryVariables = Exact<{
  id: string;
  weights?: FitWeights | null | undefined;
}>;


export type ShortlistEntriesQuery = { shortlist: { id: string, name: string, createdAt: string, csvUrl: string, entryCount: number, candidateIds: Array<string>, entries: Array<{ candidateId: string, inGraph: boolean, note: string | null, addedAt: string, candidate: { id: string, name: string } | null, fit: { score: number, likelihood: number, likelihoodBand: LikelihoodBand, likelihoodSentence: string, specificScore: number, mutualValue: number, valueToFocal: number, valueToCandidate: number, oneSided: Side | null, synergy: number, reach: number, capabilityGain: number, sharedCustomers: number, conflictPenalty: number, quadrant: Quadrant, recommendation: string, reasons: Array<string>, relation: PairRelation, ruledOut: boolean, candidate: { id: string, name: string, customerCount: number }, terms: Array<{ kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string }>, conflicts: Array<{ kind: ConflictKind, severity: Severity }>, recommendedType: { id: string, name: string } | null, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null, history: Array<{ id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } }> } | null }>, focal: { id: string, name: string } | null } | null };

export type CreateShortlistMutationVariables = Exact<{
  name: string;
  focal: string;
}>;


export type CreateShortlistMutation = { createShortlist: { id: string, name: string, createdAt: string, csvUrl: string, entryCount: number, candidateIds: Array<string>, focal: { id: string, name: string } | null } };

export type RenameShortlistMutationVariables = Exact<{
  id: string;
  name: string;
}>;


export type RenameShortlistMutation = { renameShortlist: { id: string, name: string } };

export type DeleteShortlistMutationVariables = Exact<{
  id: string;
}>;


export type DeleteShortlistMutation = { deleteShortlist: string };

export type AddToShortlistMutationVariables = Exact<{
  id: string;
  candidate: string;
  note?: string | null | undefined;
}>;


export type AddToShortlistMutation = { addToShortlist: { id: string } };

export type RemoveFromShortlistMutationVariables = Exact<{
  id: string;
  candidate: string;
}>;


export type RemoveFromShortlistMutation = { removeFromShortlist: { id: string } };

export type IntroPathsQueryVariables = Exact<{
  focal: string;
  target: string;
  first?: number | null | undefined;
  maxHops?: number | null | undefined;
}>;


export type IntroPathsQuery = { introPaths: Array<{ hops: number, strength: number, sentence: string, steps: Array<{ relation: IntroRelation, status: PartnershipStatus | null, since: string | null, vendors: number | null, weight: number, party: { kind: IntroPartyKind, id: string, name: string }, type: { id: string, name: string } | null }> }> };

export type CompanyRefFieldsFragment = { id: string, name: string };

export type WhatIfQueryVariables = Exact<{
  focal: string;
  add?: Array<string> | string | null | undefined;
  drop?: Array<string> | string | null | undefined;
}>;


export type WhatIfQuery = { whatIf: { marketCustomers: number, partners: Array<{ id: string, name: string }>, added: Array<{ id: string, name: string }>, dropped: Array<{ id: string, name: string }>, reachableCustomers: { today: number, whatIf: number, change: number }, reachableShare: { today: number, whatIf: number, change: number }, capabilityCount: { today: number, whatIf: number, change: number }, capabilities: Array<{ new: boolean, capability: { id: string, name: string }, partners: Array<{ id: string, name: string }> }>, capabilitiesLost: Array<{ id: string, name: string }>, conflictCount: { today: number, whatIf: number, change: number }, conflicts: Array<{ kind: PartnerSetConflictKind, new: boolean, explanation: string, partner: { id: string, name: string }, via: { id: string, name: string } | null }>, conflictsResolved: Array<{ kind: PartnerSetConflictKind, new: boolean, explanation: string, partner: { id: string, name: string } }> } };

export type GapCandidateFieldsFragment = { score: number, sharedCustomers: number, candidate: { id: string, name: string } };

export type WhiteSpaceQueryVariables = Exact<{
  focal: string;
  first?: number | null | undefined;
}>;


export type WhiteSpaceQuery = { whiteSpace: { customers: number, capabilities: Array<{ customersReached: number, share: number, vendors: number, capability: { id: string, name: string }, bestCandidate: { score: number, sharedCustomers: number, candidate: { id: string, name: string } } | null }>, segments: Array<{ segment: { id: string, name: string }, bestCandidate: { score: number, sharedCustomers: number, candidate: { id: string, name: string } } | null }> } };

export type ChangesQueryVariables = Exact<{
  focal: string;
  since?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: Array<{ kind: MarketChangeKind, importId: string, importedAt: string, dataset: string | null, sentence: string }> };

export type IntroAccountsQueryVariables = Exact<{
  focal: string;
  candidate: string;
}>;


export type IntroAccountsQuery = { overlap: { matrix: Array<{ stageA: Stage, stageB: Stage, count: number }> } | null };
