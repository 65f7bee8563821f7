/**
 * The shapes the explorer reads from the GraphQL API (api/schema/*.graphql).
 * Only the fields the queries in ./queries.ts ask for; enums as the SDL spells them.
 */

export type Stage = 'CUSTOMER' | 'PROSPECT' | 'OPPORTUNITY';
export type CapabilityLevel = 'CORE' | 'SECONDARY';
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH';
export type ConflictKind = 'DIRECT_COMPETITOR' | 'CAPABILITY_OVERLAP' | 'CHANNEL_CONFLICT' | 'PARTNER_CONFLICT';
export type Quadrant = 'STRATEGIC' | 'CAPABILITY' | 'DISTRIBUTION' | 'LOW';
export type PowerBalance = 'BIG_FISH' | 'SMALL_FISH' | 'PEERS';
export type Effort = 'LOW' | 'MEDIUM' | 'HIGH';
export type EcosystemNodeKind = 'FOCAL' | 'CANDIDATE' | 'PARTNER' | 'COMPETITOR';
export type EcosystemEdgeKind =
  'PARTNER' | 'PROPOSED_PARTNER' | 'FORMER_PARTNER' | 'COMPETES' | 'SHARED_CUSTOMERS' | 'CAPABILITY_COMPLEMENT';
/** The evidence terms of the fit score, in the API's order. */
export type FitTermKind = 'PEERS' | 'OVERLAP' | 'NICHE' | 'COMPLEMENT' | 'PULL';
/** Where a pair stands, from the partnerships it already has. */
export type PairRelation = 'PARTNER' | 'IN_PROGRESS' | 'FORMER_PARTNER' | 'CANDIDATE';
export type PartnershipStatus = 'PROPOSED' | 'ACTIVE' | 'ENDED';
export type Side = 'FOCAL' | 'CANDIDATE';

export interface CompanyRef {
  id: string;
  name: string;
}

export interface CompanySummary extends CompanyRef {
  domain: string | null;
  employees: number | null;
  description: string | null;
  customerCount: number;
}

export interface EcosystemSummary {
  /** Only when the API knows the loaded data set's name. */
  name?: string | null;
  companies: number;
  customers: number;
  accounts: number;
  partnerships: number;
  /** An import running, or one that was interrupted; only from APIs that know about imports. */
  import?: ImportStatus | null;
}

export interface ImportStatus {
  state: 'RUNNING' | 'INTERRUPTED';
  phase: 'STAGING' | 'APPLYING' | 'CLEANING';
  dataset: string | null;
  replace: boolean;
  startedAt: string;
  file: string | null;
  rows: number | null;
}

export interface EcosystemNode {
  id: string;
  label: string;
  kind: EcosystemNodeKind;
  score: number;
  size: number;
  conflictSeverity: Severity | null;
  sharedCustomers: number;
  relation: PairRelation;
  /** A decisive conflict rules the company out as a candidate (it is still drawn). */
  ruledOut: boolean;
}

export interface EcosystemEdge {
  id: string;
  source: string;
  target: string;
  kind: EcosystemEdgeKind;
  weight: number;
}

export interface EcosystemGraph {
  focal: CompanyRef;
  nodes: EcosystemNode[];
  edges: EcosystemEdge[];
}

export interface Conflict {
  kind: ConflictKind;
  severity: Severity;
  explanation: string;
  via: CompanyRef | null;
  capability: CompanyRef | null;
}

export interface PartnershipType {
  id: string;
  name: string;
  description: string;
  effort: Effort;
  gtmChecklist: string[];
}

/** The three value terms of valueTo (and so of mutualValue), seen from one side. */
export interface FitTerms {
  synergy: number;
  reach: number;
  capabilityGain: number;
}

/** One evidence term of one candidate's fit score. */
export interface FitTerm {
  kind: FitTermKind;
  label: string;
  /** The term's own value, in [0, 1]. */
  value: number;
  /** value over the strongest candidate's value, in [0, 1]. */
  strength: number;
  /** The term's weight in this ranking; the weights sum to 1. */
  weight: number;
  /** weight · strength: the term's part of the score. */
  contribution: number;
  sentence: string;
}

/** A partnership the pair already has, any status. */
export interface PartnershipRecord {
  id: string;
  status: PartnershipStatus;
  /** ISO date the partnership started, when known. */
  since: string | null;
  type: CompanyRef;
  /** Only the detail panel asks for the parties (a consortium has more than two). */
  parties?: CompanyRef[];
}

/** Where the pair stands and what rules it out: the same for a table row and the panel. */
export interface FitStanding {
  relation: PairRelation;
  history: PartnershipRecord[];
  ruledOut: boolean;
  ruledOutBy: Pick<Conflict, 'kind' | 'severity' | 'explanation'> | null;
  conflicts: Pick<Conflict, 'kind' | 'severity'>[];
  quadrant: Quadrant;
}

/** One ranked row: what the shortlist, the 2x2 and the CSV export show. */
export interface CandidateFit extends FitTerms, FitStanding {
  candidate: CompanyRef;
  score: number;
  terms: FitTerm[];
  mutualValue: number;
  valueToFocal: number;
  valueToCandidate: number;
  oneSided: Side | null;
  sharedCustomers: number;
  conflictPenalty: number;
  recommendedType: Pick<PartnershipType, 'id' | 'name'> | null;
  reasons: string[];
}

/** Everything the detail panel shows about one candidate. */
export interface PartnerFitDetail extends FitTerms, FitStanding {
  candidate: CompanySummary;
  score: number;
  terms: FitTerm[];
  peerPartners: CompanyRef[];
  mutualValue: number;
  valueToFocal: number;
  valueToCandidate: number;
  oneSided: Side | null;
  candidateTerms: FitTerms;
  sharedCustomers: number;
  warmIntroductions: number;
  conflictPenalty: number;
  conflicts: Conflict[];
  powerBalance: PowerBalance;
  powerGuidance: string;
  recommendedType: PartnershipType | null;
  recommendation: string;
  reasons: string[];
  weights: { synergy: number; reach: number; capability: number };
}

/** One term's weight in the market model. */
export interface TermWeight {
  kind: FitTermKind;
  label: string;
  weight: number;
  /** The weight when no market has taught the ranking anything. */
  defaultWeight: number;
}

/** How this market's ranking weighs its evidence (`Query.marketModel`). */
export interface MarketModel {
  calibrated: boolean;
  partnerships: number;
  cases: number;
  /** Heaviest first. */
  weights: TermWeight[];
  summary: string;
  coreOverlapDecisive: boolean;
  coreOverlapEvidence: string;
}

export interface StageCount {
  stageA: Stage;
  stageB: Stage;
  count: number;
}

export interface Customer {
  id: string;
  name: string;
  industry: string | null;
  region: string | null;
}

export interface OverlapDetail {
  sharedCount: number;
  jaccard: number;
  shareOfA: number;
  shareOfB: number;
  matrix: StageCount[];
}

export interface CompetingCapability {
  capability: CompanyRef;
  levelA: CapabilityLevel;
  levelB: CapabilityLevel;
}

export interface ComplementarityDetail {
  gapsFilledForA: CompanyRef[];
  gapsFilledForB: CompanyRef[];
  competing: CompetingCapability[];
  score: number;
}

/** A pin; `candidate` and `fit` are null when a re-import dropped the company (`inGraph` false). */
export interface ShortlistEntry {
  candidateId: string;
  candidate: CompanyRef | null;
  inGraph: boolean;
  note: string | null;
  addedAt: string;
  fit: CandidateFit | null;
}

export interface ShortlistSummary {
  id: string;
  name: string;
  createdAt: string;
  csvUrl: string;
  focal: CompanyRef | null;
  entryCount: number;
  candidateIds: string[];
}

export interface Shortlist extends ShortlistSummary {
  entries: ShortlistEntry[];
}

/** Filter options gathered from the companies' own segments and capabilities. */
export interface FilterOptions {
  segments: CompanyRef[];
  capabilities: CompanyRef[];
}
