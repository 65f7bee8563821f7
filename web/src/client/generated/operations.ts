/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** An entry for an item's log. */
export type ActivityInput = {
  /** Meeting, call, email or note. */
  kind: ActivityKind;
  /** When it happened (YYYY-MM-DD, not after today); default today. */
  on?: string | null | undefined;
  /** What happened, 1 to 2,000 characters. */
  summary: string;
};

/** What happened, in an item's log. */
export type ActivityKind =
  /** A call. */
  | 'CALL'
  /** An email. */
  | 'EMAIL'
  /** A meeting. */
  | 'MEETING'
  /** Anything else worth writing down. */
  | 'NOTE';

/** One side's answer to one alignment question. */
export type AlignmentAnswerInput = {
  /** The answer, up to 4,000 characters; null clears it. */
  answer?: string | null | undefined;
  /** Whose answer. */
  side: PlanSide;
  /** The question. */
  topic: AlignmentTopic;
};

/** The alignment questions practitioners ask before signing. */
export type AlignmentTopic =
  /** Who each side is and how its teams work. */
  | 'BACKGROUND_CULTURE'
  /** What success is for each side, in numbers. */
  | 'SUCCESS_METRICS'
  /** Why now, and what each side has ready to commit. */
  | 'URGENCY_READINESS'
  /** Where each side is going, and how the partnership serves that. */
  | 'VISION_STRATEGY';

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

/** A checklist box to change. */
export type ChecklistBoxInput = {
  /** The box, as the type's checklist names it. */
  item: string;
  /** Who owns it, up to 120 characters; null clears it. */
  owner?: string | null | undefined;
  /** Where it stands. */
  state?: ChecklistState | null | undefined;
};

/** Where a go-to-market box stands. */
export type ChecklistState =
  /** Done. */
  | 'DONE'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not needed for this partnership. */
  | 'NOT_NEEDED'
  /** Not started. */
  | 'TODO';

/** Commercial terms to write; a field left out stays, null clears it. */
export type CommercialTermsInput = {
  /** 0 to 1,000. */
  markupPercent?: number | null | undefined;
  /** Up to 4,000 characters. */
  otherTerms?: string | null | undefined;
  /** 0 to 100. */
  referralFeePercent?: number | null | undefined;
  /** Up to 4,000 characters. */
  rulesOfEngagement?: string | null | undefined;
};

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

/** Why an item gathers dust. */
export type DustReason =
  /** Behind a goal of its plan at the plan's checkpoint. */
  | 'BEHIND_PLAN'
  /** No activity for PIPELINE_DUST_DAYS. */
  | 'QUIET';

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

/** What a goal counts, from the ledger, of what its side receives from the other. */
export type GoalMetric =
  /** Anything else, in the goal's description; not measured from the ledger. */
  | 'OTHER'
  /** Leads and deals referred to the side. */
  | 'REFERRALS'
  /** Referred deals the side won. */
  | 'WON_DEALS'
  /** The value of those won deals. */
  | 'WON_VALUE';

/** What a partnership's health needs looked at. */
export type HealthFlagKind =
  /** Behind a goal of the plan at its checkpoint. */
  | 'BEHIND_PLAN'
  /** Signed without a plan, or a plan without goals in numbers. */
  | 'NO_PLAN'
  /** One side gives at least three times what it gets (balance beyond ±0.5 over 4 or more referrals). */
  | 'ONE_SIDED'
  /** No activity for PIPELINE_DUST_DAYS. */
  | 'QUIET';

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

/** A ledger entry to record. */
export type LedgerEntryInput = {
  /** The account, up to 300 characters. */
  account?: string | null | undefined;
  /** When it was won or lost (YYYY-MM-DD), not before referredOn; default today for WON and LOST, and not allowed for OPEN. */
  closedOn?: string | null | undefined;
  /** ISO 4217 code (three letters). */
  currency?: string | null | undefined;
  /** Who brought whom; required with a partner, not allowed without. */
  direction?: ReferralDirection | null | undefined;
  /** The company whose ledger it is in. */
  focal: string;
  /** Its id, for a sync sending the same entry again (replaced); a new one is made when left out. Up to 200 characters. */
  id?: string | null | undefined;
  /** Default DEAL. */
  kind?: LedgerKind | null | undefined;
  /** The deal's name, up to 300 characters. */
  name?: string | null | undefined;
  /** A note, up to 2,000 characters. */
  note?: string | null | undefined;
  /** Default OPEN. */
  outcome?: LedgerOutcome | null | undefined;
  /** The partner; leave it out for the focal company's own deal without a partner. */
  partner?: string | null | undefined;
  /** When it was referred or opened (YYYY-MM-DD, not after today); default today. */
  referredOn?: string | null | undefined;
  /** Its value, 0 or more. */
  value?: number | null | undefined;
};

/** A change to a ledger entry; a field left out is left alone, null clears it. */
export type LedgerEntryPatch = {
  /** The account. */
  account?: string | null | undefined;
  /** When it was won or lost. */
  closedOn?: string | null | undefined;
  /** ISO 4217 code. */
  currency?: string | null | undefined;
  /** Who brought whom. */
  direction?: ReferralDirection | null | undefined;
  /** Lead or deal. */
  kind?: LedgerKind | null | undefined;
  /** The deal's name. */
  name?: string | null | undefined;
  /** A note. */
  note?: string | null | undefined;
  /** Open, won or lost; a close date is set to today when the entry closes without one. */
  outcome?: LedgerOutcome | null | undefined;
  /** When it was referred or opened. */
  referredOn?: string | null | undefined;
  /** Its value, 0 or more. */
  value?: number | null | undefined;
};

/** A lead or a deal. */
export type LedgerKind =
  /** A deal: an opportunity with a value. */
  | 'DEAL'
  /** A lead: a contact passed on. */
  | 'LEAD';

/** How it ended, or that it has not yet. */
export type LedgerOutcome =
  /** Lost. */
  | 'LOST'
  /** Not yet won or lost. */
  | 'OPEN'
  /** Won. */
  | 'WON';

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

/** What starts a pipeline item. */
export type PipelineItemInput = {
  /** The candidate (not the focal company itself). */
  candidate: string;
  /** The focal company. */
  focal: string;
  /** The next step, up to 500 characters. */
  nextStep?: string | null | undefined;
  /** When the next step is due (YYYY-MM-DD). */
  nextStepDue?: string | null | undefined;
  /** Who owns it, up to 120 characters. */
  owner?: string | null | undefined;
  /** The shortlist it comes from; the candidate must be pinned there. */
  shortlist?: string | null | undefined;
};

/** A change to an item's owner and next step; a field left out is left alone, null clears it. */
export type PipelineItemPatch = {
  /** The next step, up to 500 characters. */
  nextStep?: string | null | undefined;
  /** When the next step is due (YYYY-MM-DD). */
  nextStepDue?: string | null | undefined;
  /** Who owns it, up to 120 characters. */
  owner?: string | null | undefined;
};

/** Where a pipeline item stands. */
export type PipelineStage =
  /** First contact made. */
  | 'CONTACTED'
  /** One side said no. */
  | 'DECLINED'
  /** Talking about working together. */
  | 'IN_DISCUSSION'
  /** Set aside for now; not watched for dust. */
  | 'PARKED'
  /** Both sides agreed the partnership plan. */
  | 'PLAN_AGREED'
  /** Finding out whether the candidate is worth approaching. */
  | 'RESEARCHING'
  /** Signed: the partnership is in the graph. */
  | 'SIGNED';

/** A goal. */
export type PlanGoalInput = {
  /** What it is, in words, up to 500 characters (required for OTHER). */
  description?: string | null | undefined;
  /** The id of a goal of the plan to change; leave it out to add one. */
  id?: string | null | undefined;
  /** What it counts. */
  metric: GoalMetric;
  /** The time frame, 1 to 60 months from the plan's start. */
  months: number;
  /** Whose goal: the side that receives. */
  side: PlanSide;
  /** How many (a whole number, for REFERRALS and WON_DEALS) or how much, above 0. */
  target: number;
};

/** A change to a plan; each part given changes, each left out stays. */
export type PlanPatchInput = {
  /** Answers to write. */
  alignment?: Array<AlignmentAnswerInput> | null | undefined;
  /** Boxes to tick or assign. */
  checklist?: Array<ChecklistBoxInput> | null | undefined;
  /** When the plan is checked (YYYY-MM-DD), after the start. */
  checkpointOn?: string | null | undefined;
  /** Every goal (at most 20): a goal given with its id is kept and changed, without one it is added, and one left out is removed. */
  goals?: Array<PlanGoalInput> | null | undefined;
  /** When the plan's clock starts (YYYY-MM-DD). */
  startsOn?: string | null | undefined;
  /** Terms to write. */
  terms?: CommercialTermsInput | null | undefined;
  /** The partnership type (a catalogue id); its checklist replaces the old one, keeping the boxes both share. Null clears it. */
  type?: string | null | undefined;
};

/** Whose goal, or whose answer: the focal company's side or the partner's. */
export type PlanSide =
  /** The focal company. */
  | 'FOCAL'
  /** The partner. */
  | 'PARTNER';

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

/** Who brought whom. */
export type ReferralDirection =
  /** The partner brought the lead to the focal company. */
  | 'FROM_PARTNER'
  /** The focal company brought the lead to the partner. */
  | 'TO_PARTNER';

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

/** The partnership a move to SIGNED writes into the graph. */
export type SigningInput = {
  /** Its start date (YYYY-MM-DD); default today. */
  since?: string | null | undefined;
  /** PROPOSED (signed, not yet live) or ACTIVE; default ACTIVE. */
  status?: PartnershipStatus | null | undefined;
  /** Its type (a catalogue id); default the plan's type. */
  type?: string | null | undefined;
};

/** Where a company stands with a customer account. */
export type Stage =
  /** A paying customer: the only stage the overlap and fit figures count as C(X). */
  | 'CUSTOMER'
  /** An open deal with the account. */
  | 'OPPORTUNITY'
  /** An account the company is working to win. */
  | 'PROSPECT';

export type FocalCompanyQueryVariables = Exact<{
  id: string;
}>;


export type FocalCompanyQuery = { company: { id: string, name: string, domain: string | null, employees: number | null, description: string | null, customerCount: number } | null };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { segments: Array<{ id: string, name: string }>, capabilities: Array<{ id: string, name: string }> };

export type ChangesQueryVariables = Exact<{
  focal: string;
  since?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: Array<{ kind: MarketChangeKind, importId: string, importedAt: string, dataset: string | null, sentence: string }> };

export type EcosystemSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type EcosystemSummaryQuery = { ecosystemSummary: { name: string | null, companies: number, customers: number, accounts: number, partnerships: number, import: { state: ImportState, phase: ImportPhase, dataset: string | null, replace: boolean, startedAt: string, file: string | null, rows: number | null } | null } };

export type CompanySearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CompanySearchQuery = { companies: Array<{ id: string, name: string, domain: string | null, customerCount: number }> };

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

export type IntroPathsQueryVariables = Exact<{
  focal: string;
  target: string;
  first?: number | null | undefined;
  maxHops?: number | null | undefined;
}>;


export type IntroPathsQuery = { introPaths: Array<{ hops: number, strength: number, sentence: string, steps: Array<{ relation: IntroRelation, status: PartnershipStatus | null, since: string | null, vendors: number | null, weight: number, party: { kind: IntroPartyKind, id: string, name: string }, type: { id: string, name: string } | null }> }> };

export type IntroAccountsQueryVariables = Exact<{
  focal: string;
  candidate: string;
}>;


export type IntroAccountsQuery = { overlap: { matrix: Array<{ stageA: Stage, stageB: Stage, count: number }> } | null };

export type TermFieldsFragment = { kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string };

export type StandingFieldsFragment = { relation: PairRelation, ruledOut: boolean, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null, history: Array<{ id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } }> };

export type CandidateFitFieldsFragment = { score: number, likelihood: number, likelihoodBand: LikelihoodBand, likelihoodSentence: string, specificScore: number, mutualValue: number, valueToFocal: number, valueToCandidate: number, oneSided: Side | null, synergy: number, reach: number, capabilityGain: number, sharedCustomers: number, conflictPenalty: number, quadrant: Quadrant, recommendation: string, reasons: Array<string>, relation: PairRelation, ruledOut: boolean, candidate: { id: string, name: string, customerCount: number }, terms: Array<{ kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string }>, conflicts: Array<{ kind: ConflictKind, severity: Severity }>, recommendedType: { id: string, name: string } | null, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null, history: Array<{ id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } }> };

export type CandidatesQueryVariables = Exact<{
  focal: string;
  first?: number | null | undefined;
  filter?: CandidateFilter | null | undefined;
  weights?: FitWeights | null | undefined;
  lens?: RankingLens | null | undefined;
}>;


export type CandidatesQuery = { candidates: Array<{ score: number, likelihood: number, likelihoodBand: LikelihoodBand, likelihoodSentence: string, specificScore: number, mutualValue: number, valueToFocal: number, valueToCandidate: number, oneSided: Side | null, synergy: number, reach: number, capabilityGain: number, sharedCustomers: number, conflictPenalty: number, quadrant: Quadrant, recommendation: string, reasons: Array<string>, relation: PairRelation, ruledOut: boolean, candidate: { id: string, name: string, customerCount: number }, terms: Array<{ kind: FitTermKind, label: string, value: number, strength: number, yardstick: number, weight: number, contribution: number, sentence: string }>, conflicts: Array<{ kind: ConflictKind, severity: Severity }>, recommendedType: { id: string, name: string } | null, ruledOutBy: { kind: ConflictKind, severity: Severity, explanation: string } | null, history: Array<{ id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } }> }> };

export type MarketModelQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketModelQuery = { marketModel: { calibrated: boolean, partnerships: number, cases: number, summary: string, coreOverlapDecisive: boolean, coreOverlapEvidence: string, rivalPartners: RivalPartners, rivalEvidence: string, density: number, weights: Array<{ kind: FitTermKind, label: string, weight: number, percent: number, yardstick: number, defaultWeight: number }>, likelihood: { rows: number, observedRate: number } | null } };

export type EcosystemQueryVariables = Exact<{
  focal: string;
  first?: number | null | undefined;
  weights?: FitWeights | null | undefined;
  linksAmongOthers?: boolean | null | undefined;
}>;


export type EcosystemQuery = { ecosystem: { focal: { id: string, name: string }, nodes: Array<{ id: string, label: string, kind: EcosystemNodeKind, score: number, size: number, conflictSeverity: Severity | null, sharedCustomers: number, relation: PairRelation, ruledOut: boolean }>, edges: Array<{ id: string, source: string, target: string, kind: EcosystemEdgeKind, weight: number }> } };

export type PipelineCardFieldsFragment = { id: string, focalId: string, candidateId: string, inGraph: boolean, stage: PipelineStage, owner: string | null, nextStep: string | null, nextStepDue: string | null, nextStepOverdue: boolean, lastActivityOn: string, activityCount: number, warnings: Array<string>, focal: { id: string, name: string } | null, candidate: { id: string, name: string } | null, dust: Array<{ reason: DustReason, days: number, sentence: string }>, partnership: { id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } | null } | null, plan: { version: number, checklistDone: number, checklistNeeded: number, type: { id: string, name: string, effort: Effort } | null } | null };

export type PipelineBoardQueryVariables = Exact<{
  focal?: string | null | undefined;
  owner?: string | null | undefined;
  shortlistFocal: string;
}>;


export type PipelineBoardQuery = { pipelineOwners: Array<string>, pipeline: Array<{ id: string, focalId: string, candidateId: string, inGraph: boolean, stage: PipelineStage, owner: string | null, nextStep: string | null, nextStepDue: string | null, nextStepOverdue: boolean, lastActivityOn: string, activityCount: number, warnings: Array<string>, focal: { id: string, name: string } | null, candidate: { id: string, name: string } | null, dust: Array<{ reason: DustReason, days: number, sentence: string }>, partnership: { id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } | null } | null, plan: { version: number, checklistDone: number, checklistNeeded: number, type: { id: string, name: string, effort: Effort } | null } | null }>, shortlists: Array<{ id: string, name: string, entries: Array<{ candidateId: string, inGraph: boolean, candidate: { id: string, name: string } | null }> }> };

export type PlanGoalFieldsFragment = { id: string, side: PlanSide, metric: GoalMetric, target: number, months: number, description: string | null, startsOn: string | null, endsOn: string | null, actual: number | null, share: number | null, expectedAtCheckpoint: number | null, behind: boolean };

export type PartnershipPlanFieldsFragment = { itemId: string, version: number, effort: Effort | null, startsOn: string | null, checkpointOn: string | null, checklistDone: number, checklistNeeded: number, updatedAt: string, updatedBy: string, csvUrl: string, type: { id: string, name: string, description: string, effort: Effort } | null, goals: Array<{ id: string, side: PlanSide, metric: GoalMetric, target: number, months: number, description: string | null, startsOn: string | null, endsOn: string | null, actual: number | null, share: number | null, expectedAtCheckpoint: number | null, behind: boolean }>, alignment: Array<{ topic: AlignmentTopic, label: string, question: string, focalAnswer: string | null, partnerAnswer: string | null }>, terms: { referralFeePercent: number | null, markupPercent: number | null, rulesOfEngagement: string | null, otherTerms: string | null }, checklist: Array<{ item: string, owner: string | null, state: ChecklistState }>, versions: Array<{ version: number, at: string, by: string, changes: Array<string> }> };

export type PartnerImpactFieldsFragment = { partnershipStatus: PartnershipStatus | null, balance: number | null, balanceSentence: string, fromPartner: { referrals: number, open: number, won: number, lost: number, winRate: number | null, wonValue: number, averageWonValue: number | null, medianDaysToClose: number | null }, toPartner: { referrals: number, open: number, won: number, lost: number, winRate: number | null, wonValue: number, averageWonValue: number | null, medianDaysToClose: number | null }, lift: { closedWith: number, closedWithout: number, winRateWith: number, winRateWithout: number, winRatePoints: number, winRateLift: number | null, dealSizeWith: number | null, dealSizeWithout: number | null, dealSizeLift: number | null } | null, goals: Array<{ id: string, side: PlanSide, metric: GoalMetric, target: number, months: number, description: string | null, startsOn: string | null, endsOn: string | null, actual: number | null, share: number | null, expectedAtCheckpoint: number | null, behind: boolean }>, health: Array<{ kind: HealthFlagKind, sentence: string }> };

export type PipelineItemDetailQueryVariables = Exact<{
  id: string;
  focal: string;
  partner: string;
}>;


export type PipelineItemDetailQuery = { pipelineItem: { shortlistId: string | null, createdAt: string, createdBy: string, csvUrl: string, id: string, focalId: string, candidateId: string, inGraph: boolean, stage: PipelineStage, owner: string | null, nextStep: string | null, nextStepDue: string | null, nextStepOverdue: boolean, lastActivityOn: string, activityCount: number, warnings: Array<string>, activities: Array<{ id: string, kind: ActivityKind, on: string, summary: string, by: string }>, stageMoves: Array<{ from: PipelineStage | null, to: PipelineStage, at: string, by: string, note: string | null }>, plan: { version: number, checklistDone: number, checklistNeeded: number, itemId: string, effort: Effort | null, startsOn: string | null, checkpointOn: string | null, updatedAt: string, updatedBy: string, csvUrl: string, type: { id: string, name: string, effort: Effort, description: string } | null, goals: Array<{ id: string, side: PlanSide, metric: GoalMetric, target: number, months: number, description: string | null, startsOn: string | null, endsOn: string | null, actual: number | null, share: number | null, expectedAtCheckpoint: number | null, behind: boolean }>, alignment: Array<{ topic: AlignmentTopic, label: string, question: string, focalAnswer: string | null, partnerAnswer: string | null }>, terms: { referralFeePercent: number | null, markupPercent: number | null, rulesOfEngagement: string | null, otherTerms: string | null }, checklist: Array<{ item: string, owner: string | null, state: ChecklistState }>, versions: Array<{ version: number, at: string, by: string, changes: Array<string> }> } | null, impact: { partnershipStatus: PartnershipStatus | null, balance: number | null, balanceSentence: string, fromPartner: { referrals: number, open: number, won: number, lost: number, winRate: number | null, wonValue: number, averageWonValue: number | null, medianDaysToClose: number | null }, toPartner: { referrals: number, open: number, won: number, lost: number, winRate: number | null, wonValue: number, averageWonValue: number | null, medianDaysToClose: number | null }, lift: { closedWith: number, closedWithout: number, winRateWith: number, winRateWithout: number, winRatePoints: number, winRateLift: number | null, dealSizeWith: number | null, dealSizeWithout: number | null, dealSizeLift: number | null } | null, goals: Array<{ id: string, side: PlanSide, metric: GoalMetric, target: number, months: number, description: string | null, startsOn: string | null, endsOn: string | null, actual: number | null, share: number | null, expectedAtCheckpoint: number | null, behind: boolean }>, health: Array<{ kind: HealthFlagKind, sentence: string }> }, focal: { id: string, name: string } | null, candidate: { id: string, name: string } | null, dust: Array<{ reason: DustReason, days: number, sentence: string }>, partnership: { id: string, status: PartnershipStatus, since: string | null, type: { id: string, name: string } | null } | null } | null, ledger: Array<{ id: string, direction: ReferralDirection | null, kind: LedgerKind, name: string | null, account: string | null, outcome: LedgerOutcome, value: number | null, currency: string | null, referredOn: string | null, closedOn: string | null, note: string | null, source: string }>, partnershipTypes: Array<{ id: string, name: string, description: string, effort: Effort, gtmChecklist: Array<string> }> };

export type CreatePipelineItemMutationVariables = Exact<{
  input: PipelineItemInput;
}>;


export type CreatePipelineItemMutation = { createPipelineItem: { id: string } };

export type UpdatePipelineItemMutationVariables = Exact<{
  id: string;
  patch: PipelineItemPatch;
}>;


export type UpdatePipelineItemMutation = { updatePipelineItem: { id: string } };

export type MovePipelineItemMutationVariables = Exact<{
  id: string;
  stage: PipelineStage;
  note?: string | null | undefined;
  signing?: SigningInput | null | undefined;
}>;


export type MovePipelineItemMutation = { movePipelineItem: { id: string, stage: PipelineStage } };

export type LogPipelineActivityMutationVariables = Exact<{
  id: string;
  activity: ActivityInput;
}>;


export type LogPipelineActivityMutation = { logPipelineActivity: { id: string } };

export type DeletePipelineItemMutationVariables = Exact<{
  id: string;
}>;


export type DeletePipelineItemMutation = { deletePipelineItem: string };

export type UpdatePartnershipPlanMutationVariables = Exact<{
  item: string;
  patch: PlanPatchInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdatePartnershipPlanMutation = { updatePartnershipPlan: { version: number } };

export type RecordLedgerEntryMutationVariables = Exact<{
  input: LedgerEntryInput;
}>;


export type RecordLedgerEntryMutation = { recordLedgerEntry: { id: string } };

export type UpdateLedgerEntryMutationVariables = Exact<{
  id: string;
  patch: LedgerEntryPatch;
}>;


export type UpdateLedgerEntryMutation = { updateLedgerEntry: { id: string } };

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
