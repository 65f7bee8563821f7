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
export type EcosystemEdgeKind = 'PARTNER' | 'COMPETES' | 'SHARED_CUSTOMERS' | 'CAPABILITY_COMPLEMENT';

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

export interface FitTerms {
  synergy: number;
  reach: number;
  capabilityGain: number;
}

/** One ranked row: what the shortlist, the 2x2 and the CSV export show. */
export interface CandidateFit extends FitTerms {
  candidate: CompanyRef;
  score: number;
  valueToFocal: number;
  valueToCandidate: number;
  sharedCustomers: number;
  conflictPenalty: number;
  conflicts: Pick<Conflict, 'kind' | 'severity'>[];
  quadrant: Quadrant;
  recommendedType: Pick<PartnershipType, 'id' | 'name'> | null;
}

/** Everything the detail panel shows about one candidate. */
export interface PartnerFitDetail extends FitTerms {
  candidate: CompanySummary;
  score: number;
  valueToFocal: number;
  valueToCandidate: number;
  candidateTerms: FitTerms;
  sharedCustomers: number;
  conflictPenalty: number;
  conflicts: Conflict[];
  quadrant: Quadrant;
  powerBalance: PowerBalance;
  powerGuidance: string;
  recommendedType: PartnershipType | null;
  recommendation: string;
  reasons: string[];
  weights: { synergy: number; reach: number; capability: number };
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
