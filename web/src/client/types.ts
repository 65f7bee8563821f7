/**
 * The shapes the explorer reads from the GraphQL API, named for the code that
 * uses them. Every one is derived from the types GraphQL Code Generator writes
 * from the schema and the features' documents, web/src/<feature>/*-queries.ts
 * (generated/operations.ts, `npm run codegen`), so a field the explorer reads
 * is typed as the API serves it.
 */
import type * as Op from './generated/operations.ts';

export type {
  ConflictKind,
  EcosystemEdgeKind,
  FitTermKind,
  LikelihoodBand,
  PairRelation,
  Quadrant,
  Severity,
} from './generated/operations.ts';

type CandidateDetail = NonNullable<Op.CandidateDetailQuery['partnerFit']>;
type OverlapAnswer = NonNullable<Op.CandidateDetailQuery['overlap']>;
type ComplementarityAnswer = NonNullable<Op.CandidateDetailQuery['complementarity']>;

export interface CompanyRef {
  id: string;
  name: string;
}

export type CompanySummary = NonNullable<Op.FocalCompanyQuery['company']>;
/** A company the search suggests (`companies(search)`): enough to name it and say how big it is. */
export type CompanySuggestion = Op.CompanySearchQuery['companies'][number];
export type EcosystemSummary = Op.EcosystemSummaryQuery['ecosystemSummary'];
export type ImportStatus = NonNullable<EcosystemSummary['import']>;

export type EcosystemGraph = Op.EcosystemQuery['ecosystem'];
export type EcosystemNode = EcosystemGraph['nodes'][number];
export type EcosystemEdge = EcosystemGraph['edges'][number];

export type Conflict = CandidateDetail['conflicts'][number];
type PartnershipType = NonNullable<CandidateDetail['recommendedType']>;
export type Effort = PartnershipType['effort'];
export type PowerBalance = CandidateDetail['powerBalance'];

/** One evidence term of one candidate's fit score. */
export type FitTerm = Op.TermFieldsFragment;

/** A partnership the pair already has, any status (the detail panel also asks for its parties). */
export type PartnershipRecord = Op.StandingFieldsFragment['history'][number] & { parties?: CompanyRef[] };

/** Where the pair stands and what rules it out: the same for a table row and the panel. */
export type FitStanding = Omit<Op.StandingFieldsFragment, 'history'> & {
  history: PartnershipRecord[];
  conflicts: Pick<Conflict, 'kind' | 'severity'>[];
  quadrant: Op.Quadrant;
};

/** One ranked row: what the shortlist, the 2x2 and the CSV export show. */
export type CandidateFit = Op.CandidateFitFieldsFragment;

/** Everything the detail panel shows about one candidate. */
export type PartnerFitDetail = CandidateDetail;

/** How this market's ranking weighs its evidence (`Query.marketModel`). */
export type MarketModel = Op.MarketModelQuery['marketModel'];
export type TermWeight = MarketModel['weights'][number];

export type OverlapDetail = OverlapAnswer;
export type StageCount = OverlapAnswer['matrix'][number];
export type Stage = StageCount['stageA'];
export type CapabilityLevel = ComplementarityAnswer['competing'][number]['levelA'];
export type ComplementarityDetail = ComplementarityAnswer;

export type ShortlistSummary = Op.ShortlistSummaryFieldsFragment;
export type Shortlist = NonNullable<Op.ShortlistEntriesQuery['shortlist']>;

/** A warm-introduction path to a target, strongest first in the API's list. */
export type IntroPath = Op.IntroPathsQuery['introPaths'][number];
export type IntroStep = IntroPath['steps'][number];

/** A hypothetical partner set against today's (`Query.whatIf`). */
export type WhatIfAnswer = Op.WhatIfQuery['whatIf'];
export type CountChange = WhatIfAnswer['reachableCustomers'];
export type PartnerSetConflict = WhatIfAnswer['conflicts'][number];

/** A company that would fill a gap no partner of the focal company fills (`Query.whiteSpace`). */
export type GapCandidate = Op.GapCandidateFieldsFragment;
