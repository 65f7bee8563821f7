import type { AccountStage as Stage } from '../../sources/stage-tables.ts';
import type { CapabilityLevel } from '../../db/query-rows.ts';
import type { PartnershipStatus } from '../../db/query-rows.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { DescribedFit as DescribedFitModel } from '../../analysis/describe-fit.ts';
import type { ShortlistRecord as ShortlistRecordModel } from '../../shortlists/shortlist-store.ts';
import type { ShortlistEntryFit as ShortlistEntryFitModel } from '../../fits/shortlist-fits.ts';
import type { CompanyNode as CompanyNodeModel } from '../../fits/company-loader.ts';
import type { Conflict as ConflictModel } from '../../analysis/conflicts.ts';
import type { PairAnswer as PairAnswerModel } from '../../fits/bulk-fits.ts';
import type { EcosystemAnswer as EcosystemAnswerModel } from '../../fits/ecosystem-service.ts';
import type { OverlapAnswer as OverlapAnswerModel } from '../../fits/pair-service.ts';
import type { StoredChange as StoredChangeModel } from '../../changes/change-store.ts';
import type { CompanyAccounts as CompanyAccountsModel, FileReport as FileReportModel, AmbiguousRecord as AmbiguousRecordModel } from '../../import/match-report.ts';
import type { DescribedIntroPath as DescribedIntroPathModel } from '../../discovery/intro-service.ts';
import type { WhatIfAnswer as WhatIfAnswerModel } from '../../discovery/what-if-service.ts';
import type { SetConflict as SetConflictModel } from '../../discovery/what-if.ts';
import type { WhiteSpaceAnswer as WhiteSpaceAnswerModel } from '../../discovery/white-space-service.ts';
import type { PipelineItemRecord as PipelineItemRecordModel, SignedPartnershipRecord as SignedPartnershipRecordModel } from '../../pipeline/pipeline-store.ts';
import type { GoalProgress as GoalProgressModel } from '../../analysis/plan-progress.ts';
import type { StoredLedgerEntry as StoredLedgerEntryModel } from '../../ledger/ledger-entry.ts';
import type { PartnerImpactRecord as PartnerImpactRecordModel } from '../../pipeline/impact-service.ts';
import type { PartnershipTypeParent as PartnershipTypeParentModel, CustomerParent as CustomerParentModel, CapabilityParent as CapabilityParentModel, SegmentParent as SegmentParentModel, PartnershipParent as PartnershipParentModel, IntroStepParent as IntroStepParentModel, IntroPartyParent as IntroPartyParentModel, ChangeCompanyParent as ChangeCompanyParentModel, CoveredCapabilityParent as CoveredCapabilityParentModel, PartnerFitEdgeParent as PartnerFitEdgeParentModel, PlanView as PlanViewModel } from '../parents.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A company's account with a customer (the accounts file's row). */
export type AccountInput = {
  /** The company's id. */
  company: Scalars['ID']['input'];
  /** The customer, by id or by name and domain. */
  customer: CustomerRefInput;
  /** Default CUSTOMER. */
  stage?: InputMaybe<Stage>;
};

/** A company's account with a customer, by ids. */
export type AccountKeyInput = {
  /** The company's id. */
  company: Scalars['ID']['input'];
  /** The customer's id. */
  customer: Scalars['ID']['input'];
};

/** An entry for an item's log. */
export type ActivityInput = {
  /** Meeting, call, email or note. */
  kind: ActivityKind;
  /** When it happened (YYYY-MM-DD, not after today); default today. */
  on?: InputMaybe<Scalars['String']['input']>;
  /** What happened, 1 to 2,000 characters. */
  summary: Scalars['String']['input'];
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
  answer?: InputMaybe<Scalars['String']['input']>;
  /** Whose answer. */
  side: PlanSide;
  /** The question. */
  topic: AlignmentTopic;
};

/** One alignment question with both sides' answers. */
export type AlignmentAnswers = {
  __typename?: 'AlignmentAnswers';
  /** The focal company's answer. */
  focalAnswer: Maybe<Scalars['String']['output']>;
  /** Its name. */
  label: Scalars['String']['output'];
  /** The partner's answer. */
  partnerAnswer: Maybe<Scalars['String']['output']>;
  /** The question both sides answer. */
  question: Scalars['String']['output'];
  /** The topic. */
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

/** A record whose name fits several organisations: kept apart as one of its own. */
export type AmbiguousRecord = {
  __typename?: 'AmbiguousRecord';
  /** The organisations it could have been; the folder's overrides file decides. */
  candidates: Array<MatchCandidate>;
  /** The domain as written. */
  domain: Maybe<Scalars['String']['output']>;
  /** The file and line it is on. */
  file: Scalars['String']['output'];
  /** The line it is on. */
  line: Scalars['Int']['output'];
  /** The name as written. */
  name: Maybe<Scalars['String']['output']>;
  /** The id it was given instead: an organisation of its own. */
  placedAs: Scalars['ID']['output'];
  /** The part the organisation plays in the row: account, vendor, partner, competitor or company. */
  role: Scalars['String']['output'];
};

/** A record given without an id, and the id it got. */
export type AssignedRecord = {
  __typename?: 'AssignedRecord';
  /** How: existing (a record the graph had, by domain or name), domain or name (another record of the batch), new. */
  how: Scalars['String']['output'];
  /** The id it got. */
  id: Scalars['ID']['output'];
  /** Where it is in the input: `customers[3]`, `accounts[0].customer`. */
  path: Scalars['String']['output'];
};

/** Which candidates a ranking keeps. */
export type CandidateFilter = {
  /** Only candidates offering this capability: its id or its name. An unknown one is BAD_USER_INPUT naming the closest. */
  capability?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out candidates with any conflict of this severity or higher. */
  excludeSeverity?: InputMaybe<Severity>;
  /** Keep the focal company's active partners in the ranking. Default false. */
  includePartners?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keep candidates a decisive conflict rules out (a declared rivalry; a core–core capability overlap where the market model says it is decisive). Default false. */
  includeRuledOut?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only candidates sharing at least this many customers with the focal company. */
  minSharedCustomers?: InputMaybe<Scalars['Int']['input']>;
  /** Only candidates targeting this segment: its id or its name. An unknown one is BAD_USER_INPUT naming the closest. */
  segment?: InputMaybe<Scalars['ID']['input']>;
};

/** A product capability or core skill (payments, email marketing…). */
export type Capability = {
  __typename?: 'Capability';
  /** A grouping of capabilities, when the data gives one. */
  category: Maybe<Scalars['String']['output']>;
  /** Companies offering it (on the top-level list only; null elsewhere). */
  companyCount: Maybe<Scalars['Int']['output']>;
  /** The slug of its name. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** A capability nobody on the focal company's side covers. */
export type CapabilityGap = {
  __typename?: 'CapabilityGap';
  /** The best-ranked candidate (by the partner fit score, as `candidates` ranks: no active partners, no ruled-out candidates) offering the capability; null when none does. */
  bestCandidate: Maybe<PartnerFit>;
  /** The capability. */
  capability: Capability;
  /** The focal company's customers that some vendor offering the capability also serves. */
  customersReached: Scalars['Int']['output'];
  /** customersReached / |C(A)|. */
  share: Scalars['Float']['output'];
  /** How many of those vendors offer it. */
  vendors: Scalars['Int']['output'];
};

export { CapabilityLevel };

/** A capability a company offers (the capabilities file's row). */
export type CapabilityOfferInput = {
  /** The capability's name; its id is its slug. */
  capability: Scalars['String']['input'];
  /** The capability's category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The company's id. */
  company: Scalars['ID']['input'];
  /** Default CORE. */
  level?: InputMaybe<CapabilityLevel>;
};

/** A capability a company offers, by the company's id and the capability's id or name. */
export type CapabilityOfferKeyInput = {
  /** The capability's id or name. */
  capability: Scalars['String']['input'];
  /** The company's id. */
  company: Scalars['ID']['input'];
};

/** A company named by a change, as it was when the change was recorded. */
export type ChangeCompany = {
  __typename?: 'ChangeCompany';
  /** The company as the graph holds it now; null when a later import dropped it. */
  company: Maybe<Company>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Its name when the change was recorded. */
  name: Scalars['String']['output'];
  /** Its part in the change. */
  role: ChangeRole;
};

/** The part a company plays in a change. */
export type ChangeRole =
  /** The company a channel conflict now affects (its rival gained a partner). */
  | 'AFFECTED'
  /** The shortlist's pinned candidate. */
  | 'CANDIDATE'
  /** The shortlist's focal company. */
  | 'FOCAL'
  /** One of the two companies whose overlap moved. */
  | 'PAIR'
  /** The company that partners with the affected company's rival. */
  | 'PARTNER'
  /** A party to the partnership that started or ended. */
  | 'PARTY'
  /** The affected company's declared rival. */
  | 'RIVAL';

/** A box of the go-to-market checklist. */
export type ChecklistBox = {
  __typename?: 'ChecklistBox';
  /** The box, as the catalogue names it. */
  item: Scalars['String']['output'];
  /** Who owns it. */
  owner: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  state: ChecklistState;
};

/** A checklist box to change. */
export type ChecklistBoxInput = {
  /** The box, as the type's checklist names it. */
  item: Scalars['String']['input'];
  /** Who owns it, up to 120 characters; null clears it. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Where it stands. */
  state?: InputMaybe<ChecklistState>;
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

/** The commercial terms of a plan. */
export type CommercialTerms = {
  __typename?: 'CommercialTerms';
  /** A reseller's mark-up on list price, in percent. */
  markupPercent: Maybe<Scalars['Float']['output']>;
  /** Anything else agreed. */
  otherTerms: Maybe<Scalars['String']['output']>;
  /** Paid on a referred deal, as a share of its value, in percent. */
  referralFeePercent: Maybe<Scalars['Float']['output']>;
  /** Rules of engagement: who owns an account both touch, how leads are registered and passed, how conflicts are settled. */
  rulesOfEngagement: Maybe<Scalars['String']['output']>;
};

/** Commercial terms to write; a field left out stays, null clears it. */
export type CommercialTermsInput = {
  /** 0 to 1,000. */
  markupPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Up to 4,000 characters. */
  otherTerms?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 100. */
  referralFeePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Up to 4,000 characters. */
  rulesOfEngagement?: InputMaybe<Scalars['String']['input']>;
};

/** A company of the ecosystem: yours, a partner, a candidate or a competitor. */
export type Company = {
  __typename?: 'Company';
  /** What it offers, each with its level. */
  capabilities: Array<CompanyCapability>;
  /** Declared rivals, in either direction. */
  competitors: Array<Company>;
  /** Customers this company serves at `stage` (default: paying customers). */
  customerCount: Scalars['Int']['output'];
  /**
   * The company's own customer accounts at `stage`, by customer id, a page at a
   * time. Cursors stay valid across imports: the walk goes on after the last
   * customer id it returned. `totalCount` is `customerCount(stage)`.
   */
  customers: CustomerConnection;
  /** What the company does, in its own words. */
  description: Maybe<Scalars['String']['output']>;
  /** Web domain, when known. */
  domain: Maybe<Scalars['String']['output']>;
  /** Head count, when known; compares sizes for the power balance. */
  employees: Maybe<Scalars['Int']['output']>;
  /** Stable slug supplied by the data (or derived from the name). */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Partnerships this company is party to, optionally of one status. */
  partnerships: Array<Partnership>;
  /** The market niches it targets. */
  segments: Array<Segment>;
};


/** A company of the ecosystem: yours, a partner, a candidate or a competitor. */
export type CompanyCustomerCountArgs = {
  stage?: InputMaybe<Stage>;
};


/** A company of the ecosystem: yours, a partner, a candidate or a competitor. */
export type CompanyCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Stage>;
};


/** A company of the ecosystem: yours, a partner, a candidate or a competitor. */
export type CompanyPartnershipsArgs = {
  status?: InputMaybe<PartnershipStatus>;
};

/** A company's accounts in the files of an import. */
export type CompanyAccountsReport = {
  __typename?: 'CompanyAccountsReport';
  /** Account rows the files list for it. */
  accounts: Scalars['Int']['output'];
  /** The company, while the graph has it. */
  company: Maybe<Company>;
  /** Of those, the ones whose customer the graph already had before the import. */
  existingCustomers: Scalars['Int']['output'];
  /** The company's id. */
  id: Scalars['ID']['output'];
};

/** A capability as one company offers it. */
export type CompanyCapability = {
  __typename?: 'CompanyCapability';
  /** The capability. */
  capability: Capability;
  /** Core or secondary for this company. */
  level: CapabilityLevel;
};

/** A page of companies. */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** The companies of this page, each with its cursor. */
  edges: Array<CompanyEdge>;
  /** The companies of this page, without cursors. */
  nodes: Array<Company>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many companies the whole list holds, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A company in a page. */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque: pass it as `after` to go on after this company. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: Company;
};

/** A company (the companies file's row). */
export type CompanyInput = {
  /** What it does, in a sentence or two. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its website or domain. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Its employees, a whole number. */
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** Its id; derived from the name (its slug) when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
};

/** A capability both companies offer. */
export type CompetingCapability = {
  __typename?: 'CompetingCapability';
  /** The capability. */
  capability: Capability;
  /** Its level for A. */
  levelA: CapabilityLevel;
  /** Its level for B. */
  levelB: CapabilityLevel;
};

/**
 * K(X) is the set of capabilities X offers.
 * gapsFilledForA = K(B) \ K(A), gapsFilledForB = K(A) \ K(B), competing = K(A) ∩ K(B),
 * score = (|gapsFilledForA| + |gapsFilledForB|) / |K(A) ∪ K(B)| (0 when both are empty).
 */
export type Complementarity = {
  __typename?: 'Complementarity';
  /** Company A. */
  a: Company;
  /** Company B. */
  b: Company;
  /** K(A) ∩ K(B): what both offer, with each side's level. */
  competing: Array<CompetingCapability>;
  /** K(B) \ K(A): what B brings that A lacks. */
  gapsFilledForA: Array<Capability>;
  /** K(A) \ K(B): what A brings that B lacks. */
  gapsFilledForB: Array<Capability>;
  /** (|gapsFilledForA| + |gapsFilledForB|) / |K(A) ∪ K(B)|. */
  score: Scalars['Float']['output'];
};

/** One thing that could make the partnership collide. */
export type Conflict = {
  __typename?: 'Conflict';
  /** The capability both offer, for CAPABILITY_OVERLAP. */
  capability: Maybe<Capability>;
  /** One line a strategist can read out. */
  explanation: Scalars['String']['output'];
  /** What kind of conflict. */
  kind: ConflictKind;
  /** How bad it is. */
  severity: Severity;
  /** The company the conflict runs through (the rival, or the partner in between). */
  via: Maybe<Company>;
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

/** A count for today's partner set, for the hypothetical one, and the change. */
export type CountChange = {
  __typename?: 'CountChange';
  /** whatIf − today. */
  change: Scalars['Int']['output'];
  /** With today's active partners. */
  today: Scalars['Int']['output'];
  /** With the hypothetical set. */
  whatIf: Scalars['Int']['output'];
};

/** A capability the partner set brings that the focal company lacks. */
export type CoveredCapability = {
  __typename?: 'CoveredCapability';
  /** The capability. */
  capability: Capability;
  /** True when no partner of today's set offers it. */
  new: Scalars['Boolean']['output'];
  /** The partners of the set that offer it. */
  partners: Array<Company>;
};

/** An end-customer account. */
export type Customer = {
  __typename?: 'Customer';
  /** Its registrable domain (acme.com for https://www.acme.com/about), when known: customers of different files are matched on it first (docs/matching.md). */
  domain: Maybe<Scalars['String']['output']>;
  /** Stable slug supplied by the data. */
  id: Scalars['ID']['output'];
  /** Its industry, when known. */
  industry: Maybe<Scalars['String']['output']>;
  /** Its name (its id when the data names it nowhere). */
  name: Scalars['String']['output'];
  /** Its region, when known. */
  region: Maybe<Scalars['String']['output']>;
};

/** A page of a company's customer accounts. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers of this page, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** The customers of this page, without cursors. */
  nodes: Array<Customer>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many accounts at this stage the company has, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A customer in a page. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque: pass it as `after` to go on after this customer. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** A customer (the customers file's row). Without an id it is matched by domain, then name, to one the graph has, or made new. */
export type CustomerInput = {
  /** Its website or domain. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Its id; when left out, the customer is matched (by domain, then name) or made new with the slug of its domain or name. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Its industry. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Its name as the tool holds it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Its region. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Which customer: by id, or by name and domain as a CRM holds it (matched as customers without an id are). */
export type CustomerRefInput = {
  /** Its website or domain. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Its id in PartnerGraph. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Its name as the tool holds it. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What a dust check found. */
export type DustCheck = {
  __typename?: 'DustCheck';
  /** When it ran (ISO date-time, UTC). */
  checkedAt: Scalars['String']['output'];
  /** Items gathering dust now. */
  flagged: Scalars['Int']['output'];
  /** The quiet time it used, in days (PIPELINE_DUST_DAYS). */
  quietDays: Scalars['Int']['output'];
  /** The changes it recorded: the flags not reported before. */
  reported: Array<MarketChange>;
};

/** An item gathering dust. */
export type DustFlag = {
  __typename?: 'DustFlag';
  /** QUIET: days without activity; BEHIND_PLAN: days past the checkpoint. */
  days: Scalars['Int']['output'];
  /** Why. */
  reason: DustReason;
  /** The flag in a sentence. */
  sentence: Scalars['String']['output'];
  /** QUIET: the last activity's date; BEHIND_PLAN: the checkpoint's. */
  since: Scalars['String']['output'];
};

/** Why an item gathers dust. */
export type DustReason =
  /** Behind a goal of its plan at the plan's checkpoint. */
  | 'BEHIND_PLAN'
  /** No activity for PIPELINE_DUST_DAYS. */
  | 'QUIET';

/** A relation between two companies on the map. */
export type EcosystemEdge = {
  __typename?: 'EcosystemEdge';
  /** kind:source:target, unique in the graph. */
  id: Scalars['ID']['output'];
  /** What the edge stands for. */
  kind: EcosystemEdgeKind;
  /** One company's id (the focal company's when it is one of the two). */
  source: Scalars['ID']['output'];
  /** The other company's id. */
  target: Scalars['ID']['output'];
  /** 1 for partnerships and rivalries; the shared count, or the complementarity score. */
  weight: Scalars['Float']['output'];
};

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

/** Shaped for cytoscape: nodes and edges as flat lists. */
export type EcosystemGraph = {
  __typename?: 'EcosystemGraph';
  /** The relations among them. */
  edges: Array<EcosystemEdge>;
  /** The company at the centre. */
  focal: Company;
  /** The companies drawn, the focal company first. */
  nodes: Array<EcosystemNode>;
};

/** A company on the map. */
export type EcosystemNode = {
  __typename?: 'EcosystemNode';
  /** The worst conflict with the focal company, if any. */
  conflictSeverity: Maybe<Severity>;
  /** The company's id. */
  id: Scalars['ID']['output'];
  /** What it is to the focal company. */
  kind: EcosystemNodeKind;
  /** Its name. */
  label: Scalars['String']['output'];
  /** Where the company stands with the focal company, from their partnerships (CANDIDATE for the focal company itself). */
  relation: PairRelation;
  /** True when a decisive conflict rules the company out as a candidate (it is still drawn). */
  ruledOut: Scalars['Boolean']['output'];
  /** Fit score for the focal company (1 for the focal company itself). */
  score: Scalars['Float']['output'];
  /** Customers shared with the focal company. */
  sharedCustomers: Scalars['Int']['output'];
  /** Customer base |C(X)|, for node size. */
  size: Scalars['Int']['output'];
};

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

/** What the loaded ecosystem holds. */
export type EcosystemSummary = {
  __typename?: 'EcosystemSummary';
  /** Company–customer links, every stage. */
  accounts: Scalars['Int']['output'];
  /** Companies in the graph. */
  companies: Scalars['Int']['output'];
  /** Customer accounts in the graph. */
  customers: Scalars['Int']['output'];
  /**
   * The import holding the database's import lock, if any: one RUNNING (the
   * figures above are the graph before it, or, for an import without --replace
   * while it is APPLYING, partly updated), or one INTERRUPTED (killed or failed;
   * the next import or `npm start` cleans up or finishes it). Null otherwise.
   */
  import: Maybe<ImportStatus>;
  /** When it was loaded (ISO date-time, UTC). */
  importedAt: Maybe<Scalars['String']['output']>;
  /** The dataset loaded last: its README's title, or its folder's name. */
  name: Maybe<Scalars['String']['output']>;
  /** Partnerships, every status. */
  partnerships: Scalars['Int']['output'];
};

/** How much go-to-market work a partnership type takes. */
export type Effort =
  /** Every box: training, pipeline, billing, support, revenue recognition. */
  | 'HIGH'
  /** A few boxes: tracking and a payout. */
  | 'LOW'
  /** An integration or a shared process to keep up. */
  | 'MEDIUM';

/** One pair to score. */
export type FitPair = {
  /** The company it might partner with (B). */
  candidate: Scalars['ID']['input'];
  /** The company looking for partners (A). */
  focal: Scalars['ID']['input'];
};

/** One evidence term of one candidate's fit score. */
export type FitTerm = {
  __typename?: 'FitTerm';
  /** weight · strength: the term's part of the score. */
  contribution: Scalars['Float']['output'];
  /** Which term. */
  kind: FitTermKind;
  /** A short name for the term. */
  label: Scalars['String']['output'];
  /** The term in one sentence, with the numbers and names behind it. */
  sentence: Scalars['String']['output'];
  /**
   * value / (value + yardstick), in [0, 1): the value on this market's absolute
   * scale. 0.5 is as strong as the market's average real partner was on this
   * term before the partnership was known; the same value reads the same for
   * every focal company.
   */
  strength: Scalars['Float']['output'];
  /** The term's own value, in [0, 1]. */
  value: Scalars['Float']['output'];
  /** The term's weight in this ranking (the market's, or the query's); the weights sum to 1. */
  weight: Scalars['Float']['output'];
  /** The mean value of this term among this market's real partners, taken before each partnership was known (1 when the market has taught none). */
  yardstick: Scalars['Float']['output'];
};

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

/** The three value terms of valueTo, seen from one side. */
export type FitTerms = {
  __typename?: 'FitTerms';
  /** |K(other) \ K(self)| / |K(A) ∪ K(B)|. */
  capabilityGain: Scalars['Float']['output'];
  /** |C(other) \ C(self)| / (|C(other)| + |C(self)|). */
  reach: Scalars['Float']['output'];
  /** shared / |C(self)|. */
  synergy: Scalars['Float']['output'];
};

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
  capability?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of the COMPLEMENT term in the score. */
  complement?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of the NICHE term in the score. */
  niche?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of the OVERLAP term in the score. */
  overlap?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of the PEERS term in the score. */
  peers?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of the PULL term in the score. */
  pull?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of reachFor in valueTo. */
  reach?: InputMaybe<Scalars['Float']['input']>;
  /** Weight of synergyFor in valueTo. */
  synergy?: InputMaybe<Scalars['Float']['input']>;
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

/** A reason to look at a partnership. */
export type HealthFlag = {
  __typename?: 'HealthFlag';
  /** What kind. */
  kind: HealthFlagKind;
  /** Why, in a sentence. */
  sentence: Scalars['String']['output'];
};

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

/** One file of an import. */
export type ImportFileReport = {
  __typename?: 'ImportFileReport';
  /** How the companies its rows name (vendors, partners, rivals, the directory's companies) were matched. */
  companies: MatchCounts;
  /** How the customers its rows name were matched. */
  customers: MatchCounts;
  /** The file's name in the folder. */
  file: Scalars['String']['output'];
  /** The layout it was read as (hubspot-companies, salesforce-accounts, …; partnergraph for PartnerGraph's own). */
  layout: Scalars['String']['output'];
  /** The company whose accounts or partners it lists (a CRM export's, a partner sheet's), as named on import. */
  owner: Maybe<Scalars['String']['output']>;
  /** That company as it was matched, while the graph has it. */
  ownerCompany: Maybe<Company>;
  /** Rows refused (each in ImportReport.refused). */
  refused: Scalars['Int']['output'];
  /** What it is: crm-accounts, install-base, partner-sheet, company-directory, or the name of PartnerGraph's own file it is (the companies file, …). */
  role: Scalars['String']['output'];
  /** Data rows read. */
  rows: Scalars['Int']['output'];
  /** Rows left out on purpose by the stage tables (a CRM's "Other"), by reason. */
  skipped: Array<SkippedRows>;
};

/** How far an import got. */
export type ImportPhase =
  /** Merging the staged rows into the graph (an import without --replace). */
  | 'APPLYING'
  /** The new graph is live; what it replaced is being deleted. */
  | 'CLEANING'
  /** Reading and writing the folder beside the graph: the graph is untouched. */
  | 'STAGING';

/** What an import did with each file and each record. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** The first 200 records whose name fits several organisations with different domains: kept apart, with those organisations. */
  ambiguous: Array<AmbiguousRecord>;
  /** How many records were ambiguous in all. */
  ambiguousTotal: Scalars['Int']['output'];
  /** Companies whose accounts the files list (a CRM export's owner, an install base's vendors), most accounts first. */
  companies: Array<CompanyAccountsReport>;
  /** Each file, PartnerGraph's own and the strategist's, in the order they were read. */
  files: Array<ImportFileReport>;
  /** When the import finished (ISO date-time, UTC). */
  finishedAt: Scalars['String']['output'];
  /** What matching noticed: shared domains (mail providers) ignored, values that are not domains, overrides it could not apply. */
  notes: Array<Scalars['String']['output']>;
  /** The first 200 rows refused (or skipped with --skip-bad-rows), as file, line and reason. */
  refused: Array<RefusedRow>;
  /** How many rows were refused in all. */
  refusedTotal: Scalars['Int']['output'];
  /** Whether it replaced the graph (--replace) or was merged into it. */
  replace: Scalars['Boolean']['output'];
};

/** Whether the import holding the lock is alive. */
export type ImportState =
  /** Its process died or failed; the next import or npm start cleans up or finishes it. */
  | 'INTERRUPTED'
  /** Its process is alive and working. */
  | 'RUNNING';

/** The import holding the database's import lock. */
export type ImportStatus = {
  __typename?: 'ImportStatus';
  /** The dataset being imported: its README's title, or its folder's name. */
  dataset: Maybe<Scalars['String']['output']>;
  /** The file being staged, and the rows staged from it so far. */
  file: Maybe<Scalars['String']['output']>;
  /** When its process last said it was alive (ISO date-time, UTC). */
  lastHeardAt: Scalars['String']['output'];
  /** How far it got. */
  phase: ImportPhase;
  /** Whether it replaces the graph (--replace) or adds to it. */
  replace: Scalars['Boolean']['output'];
  /** Rows staged from `file` so far. */
  rows: Maybe<Scalars['Int']['output']>;
  /** When it started (ISO date-time, UTC). */
  startedAt: Scalars['String']['output'];
  /** Running or interrupted. */
  state: ImportState;
};

/** A party on an intro path. */
export type IntroParty = {
  __typename?: 'IntroParty';
  /** The company, for a COMPANY party; null for a customer. */
  company: Maybe<Company>;
  /** The company's or the customer's id. */
  id: Scalars['ID']['output'];
  /** Company or customer. */
  kind: IntroPartyKind;
  /** Its name. */
  name: Scalars['String']['output'];
};

/** What kind of party a step reaches. */
export type IntroPartyKind =
  /** A company. */
  | 'COMPANY'
  /** An end-customer account. */
  | 'CUSTOMER';

/** A way to reach the target through the graph, one hop at a time. */
export type IntroPath = {
  __typename?: 'IntroPath';
  /** How many hops the path takes: the number of steps. */
  hops: Scalars['Int']['output'];
  /** The path in one sentence: whom to ask, and why they can introduce you ("Ask Kudoswell: your technology integration partner since 2019, which is a reseller partner of Shipsmith since 2021."). */
  sentence: Scalars['String']['output'];
  /** The parties after the focal company, in order; the last one is the target. */
  steps: Array<IntroStep>;
  /**
   * How strong the introduction is, in (0, 1]: the product of the steps'
   * weights times ½ for every hop after the first. A path of active
   * partnerships through one company is 0.5; each proposed partnership halves
   * it again, and so does each extra hop.
   */
  strength: Scalars['Float']['output'];
};

/** How the party before a step leads to the party it reaches. */
export type IntroRelation =
  /** The company before serves this customer (stage customer): the customer is a reference. */
  | 'CUSTOMER'
  /** An active or proposed partnership between the two companies. */
  | 'PARTNERSHIP'
  /** This company also serves the customer before it (stage customer). */
  | 'VENDOR';

/** One hop of an intro path. */
export type IntroStep = {
  __typename?: 'IntroStep';
  /** For PARTNERSHIP: the partnership's id. */
  partnershipId: Maybe<Scalars['ID']['output']>;
  /** The party this step reaches. */
  party: IntroParty;
  /** How the party before it (the focal company, for the first step) leads to it. */
  relation: IntroRelation;
  /** For PARTNERSHIP: the ISO date (YYYY-MM-DD) it started, when known. */
  since: Maybe<Scalars['String']['output']>;
  /** For CUSTOMER and VENDOR: the stage of the account that links the two (always CUSTOMER: only paying customers are references). */
  stage: Maybe<Stage>;
  /** For PARTNERSHIP: its status, ACTIVE or PROPOSED. */
  status: Maybe<PartnershipStatus>;
  /** For PARTNERSHIP: its type. */
  type: Maybe<PartnershipType>;
  /** For CUSTOMER: how many companies have an account at the customer, any stage (its vendors). */
  vendors: Maybe<Scalars['Int']['output']>;
  /** The step's weight in the path's strength: 1 for an active partnership, 0.5 for a proposed one, 1 / (vendors − 1) for a CUSTOMER step, 1 for a VENDOR step. */
  weight: Scalars['Float']['output'];
};

/** A lead or deal referred between the focal company and a partner, or the focal company's own deal without one. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** The account the lead or deal is about, as written. */
  account: Maybe<Scalars['String']['output']>;
  /** When it was won or lost (YYYY-MM-DD). */
  closedOn: Maybe<Scalars['String']['output']>;
  /** When it was first recorded (ISO date-time, UTC). */
  createdAt: Scalars['String']['output'];
  /** The value's currency (ISO 4217, such as EUR). */
  currency: Maybe<Scalars['String']['output']>;
  /** Who brought whom; null without a partner. */
  direction: Maybe<ReferralDirection>;
  /** Its id in that CRM (a HubSpot Record ID, a Salesforce Opportunity ID). */
  externalId: Maybe<Scalars['String']['output']>;
  /** The company whose ledger it is in. */
  focalId: Scalars['ID']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Lead or deal. */
  kind: LedgerKind;
  /** The deal's name. */
  name: Maybe<Scalars['String']['output']>;
  /** A note. */
  note: Maybe<Scalars['String']['output']>;
  /** Open, won or lost. */
  outcome: LedgerOutcome;
  /** The partner company; null without a partner or when the graph no longer has it. */
  partner: Maybe<Company>;
  /** The partner; null for a deal without one. */
  partnerId: Maybe<Scalars['ID']['output']>;
  /** When it was referred or opened (YYYY-MM-DD). */
  referredOn: Maybe<Scalars['String']['output']>;
  /** Where it came from: `api`, or the CRM export it was imported from. */
  source: Scalars['String']['output'];
  /** When it last changed (ISO date-time, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
  /** Its value. */
  value: Maybe<Scalars['Float']['output']>;
};

/** A ledger entry to record. */
export type LedgerEntryInput = {
  /** The account, up to 300 characters. */
  account?: InputMaybe<Scalars['String']['input']>;
  /** When it was won or lost (YYYY-MM-DD), not before referredOn; default today for WON and LOST, and not allowed for OPEN. */
  closedOn?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code (three letters). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Who brought whom; required with a partner, not allowed without. */
  direction?: InputMaybe<ReferralDirection>;
  /** The company whose ledger it is in. */
  focal: Scalars['ID']['input'];
  /** Its id, for a sync sending the same entry again (replaced); a new one is made when left out. Up to 200 characters. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Default DEAL. */
  kind?: InputMaybe<LedgerKind>;
  /** The deal's name, up to 300 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A note, up to 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default OPEN. */
  outcome?: InputMaybe<LedgerOutcome>;
  /** The partner; leave it out for the focal company's own deal without a partner. */
  partner?: InputMaybe<Scalars['ID']['input']>;
  /** When it was referred or opened (YYYY-MM-DD, not after today); default today. */
  referredOn?: InputMaybe<Scalars['String']['input']>;
  /** Its value, 0 or more. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A change to a ledger entry; a field left out is left alone, null clears it. */
export type LedgerEntryPatch = {
  /** The account. */
  account?: InputMaybe<Scalars['String']['input']>;
  /** When it was won or lost. */
  closedOn?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Who brought whom. */
  direction?: InputMaybe<ReferralDirection>;
  /** Lead or deal. */
  kind?: InputMaybe<LedgerKind>;
  /** The deal's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Open, won or lost; a close date is set to today when the entry closes without one. */
  outcome?: InputMaybe<LedgerOutcome>;
  /** When it was referred or opened. */
  referredOn?: InputMaybe<Scalars['String']['input']>;
  /** Its value, 0 or more. */
  value?: InputMaybe<Scalars['Float']['input']>;
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

/** The curve from score to likelihood, fitted at import. */
export type LikelihoodCurve = {
  __typename?: 'LikelihoodCurve';
  /** a in 1 / (1 + e^−(a + b·score)). */
  intercept: Scalars['Float']['output'];
  /** Share of those rows that were a hidden partner. */
  observedRate: Scalars['Float']['output'];
  /** Top-10 rows (a candidate and whether it was a hidden partner) it was fitted on. */
  rows: Scalars['Int']['output'];
  /** b in 1 / (1 + e^−(a + b·score)). */
  slope: Scalars['Float']['output'];
};

/** One change an import made in the market. */
export type MarketChange = {
  __typename?: 'MarketChange';
  /** For OVERLAP_*: shared customers after; for SCORE_MOVED: the fit score after (null when either company is not in the graph). */
  after: Maybe<Scalars['Float']['output']>;
  /** For OVERLAP_*: shared customers before; for SCORE_MOVED: the fit score before (null when either company was not in the graph). */
  before: Maybe<Scalars['Float']['output']>;
  /** The companies it names, each with its part. */
  companies: Array<ChangeCompany>;
  /** The ids of the companies `changes(focal:)` finds it by: the parties, the affected company, the pair, or the shortlist's focal company. */
  concerns: Array<Scalars['ID']['output']>;
  /** The dataset that import loaded. */
  dataset: Maybe<Scalars['String']['output']>;
  /** For GATHERING_DUST: why. */
  dustReason: Maybe<DustReason>;
  /** The import that recorded it. */
  importId: Scalars['ID']['output'];
  /** When that import finished (ISO date-time, UTC). */
  importedAt: Scalars['String']['output'];
  /** What kind of change. */
  kind: MarketChangeKind;
  /** For PARTNERSHIP_*: the partnership's id. */
  partnershipId: Maybe<Scalars['ID']['output']>;
  /** For PARTNERSHIP_*: its type. */
  partnershipType: Maybe<PartnershipType>;
  /** For GATHERING_DUST: the pipeline item. */
  pipelineItemId: Maybe<Scalars['ID']['output']>;
  /** The change in one sentence. */
  sentence: Scalars['String']['output'];
  /** For SCORE_MOVED: the shortlist's id. */
  shortlistId: Maybe<Scalars['ID']['output']>;
  /** For SCORE_MOVED: the shortlist's name. */
  shortlistName: Maybe<Scalars['String']['output']>;
  /** For PARTNERSHIP_*: its status after the import; null when the import dropped it. */
  statusAfter: Maybe<PartnershipStatus>;
  /** For PARTNERSHIP_*: its status before the import; null when it was new. */
  statusBefore: Maybe<PartnershipStatus>;
};

/** A page of recorded changes. */
export type MarketChangeConnection = {
  __typename?: 'MarketChangeConnection';
  /** The changes of this page, each with its cursor. */
  edges: Array<MarketChangeEdge>;
  /** The changes of this page, without cursors. */
  nodes: Array<MarketChange>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many changes the whole list holds, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A change in a page. */
export type MarketChangeEdge = {
  __typename?: 'MarketChangeEdge';
  /** Opaque: pass it as `after` to go on after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: MarketChange;
};

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

/** The ranking's weights for one market. */
export type MarketModel = {
  __typename?: 'MarketModel';
  /** True when the weights were learned from this market's partnerships; false when the defaults apply. */
  calibrated: Scalars['Boolean']['output'];
  /** Ranking cases (a company with one partnership hidden) the weights were fitted on. */
  cases: Scalars['Int']['output'];
  /** True when a core–core capability overlap rules a candidate out in this market. */
  coreOverlapDecisive: Scalars['Boolean']['output'];
  /** Why a core overlap is or is not decisive here, with the shares behind it. */
  coreOverlapEvidence: Scalars['String']['output'];
  /** Share of company pairs that are active partners in this market. */
  density: Scalars['Float']['output'];
  /** The curve from score to likelihood; null when the market has too few partnerships (every likelihood is then `density`). */
  likelihood: Maybe<LikelihoodCurve>;
  /** Active partnerships the weights were learned from. */
  partnerships: Scalars['Int']['output'];
  /** Why, in one sentence, with the calibration's figures behind it. */
  rivalEvidence: Scalars['String']['output'];
  /** How a declared rival's partnerships count in peer evidence here. */
  rivalPartners: RivalPartners;
  /** The weights in one sentence a strategist can read ("In this market, partnerships follow peer evidence most"), with the same whole percentages as `weights.percent`. */
  summary: Scalars['String']['output'];
  /** Each term's weight, heaviest first. */
  weights: Array<TermWeight>;
};

/** An organisation an ambiguous record could have been. */
export type MatchCandidate = {
  __typename?: 'MatchCandidate';
  /** Its registrable domain. */
  domain: Maybe<Scalars['String']['output']>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** How the records of a file found their organisation (docs/matching.md). */
export type MatchCounts = {
  __typename?: 'MatchCounts';
  /** Their name fits several organisations with different domains: merged with none. */
  ambiguous: Scalars['Int']['output'];
  /** Joined records of other rows or files with the same registrable domain. */
  byDomain: Scalars['Int']['output'];
  /** Joined the one organisation carrying their normalised name, having no domain of their own. */
  byName: Scalars['Int']['output'];
  /** Placed by the folder's overrides file. */
  byOverride: Scalars['Int']['output'];
  /** Matched a customer or company the graph, or PartnerGraph's own files in the folder, already had. */
  existing: Scalars['Int']['output'];
  /** An organisation no other record names. */
  new: Scalars['Int']['output'];
};

/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Pins a candidate with a note; pinning again updates the note. A shortlist holds at most 100 candidates. */
  addToShortlist: Shortlist;
  /**
   * Looks for dust now (the API also does at start-up and on an interval,
   * PIPELINE_DUST_CHECK_MINUTES): each item or partnership newly quiet or
   * behind its plan is recorded as a GATHERING_DUST change and sent to the webhook.
   */
  checkGatheringDust: DustCheck;
  /**
   * Starts a pipeline item for a candidate of the focal company, one per pair.
   * With `shortlist`, the candidate must be pinned on it. A pair that already has
   * an active partnership in the graph starts SIGNED, with it; one with a proposed
   * partnership starts IN_DISCUSSION.
   */
  createPipelineItem: PipelineItem;
  /** Starts an empty shortlist of candidates for `focal`. */
  createShortlist: Shortlist;
  /** Deletes a ledger entry; returns its id. */
  deleteLedgerEntry: Scalars['ID']['output'];
  /** Deletes the item with its log and its plan; returns its id. A partnership it signed stays in the graph, and the ledger stays. */
  deletePipelineItem: Scalars['ID']['output'];
  /** Deletes the shortlist; returns its id. */
  deleteShortlist: Scalars['ID']['output'];
  /** Adds a dated meeting, call, email or note to the item's log (at most 1,000 per item). */
  logPipelineActivity: PipelineItem;
  /**
   * Moves the item to another stage, recorded with its date and `note`. SIGNED
   * needs `signing`: it writes the partnership into the graph through the same
   * write path as writeRecords (the import lock, the record of changes, the
   * webhook, the ranking calibrated again). A signed item moves no more.
   */
  movePipelineItem: PipelineItem;
  /**
   * Records a lead or deal referred between the focal company and a partner, or
   * one of its own deals without a partner. With the `id` of an entry that
   * exists, replaces it (a sync may send the same entry again).
   */
  recordLedgerEntry: LedgerEntry;
  /** Unpins a candidate (its note goes with it); NOT_FOUND naming `candidate` when it is not pinned there. */
  removeFromShortlist: Shortlist;
  /**
   * Removes records, with the same lock, atomicity, limits and record of changes
   * as writeRecords. A company goes with its accounts, capabilities offered,
   * segments, rivalries and the partnerships it leaves with fewer than two
   * parties; a customer with its accounts. Removing what the graph does not
   * hold is no error (the call is idempotent): it is listed in `absent`.
   */
  removeRecords: WriteResult;
  /** Renames a shortlist. */
  renameShortlist: Shortlist;
  /** Changes a ledger entry (its outcome once the deal closes, say); a field left out is left alone, null clears it. */
  updateLedgerEntry: LedgerEntry;
  /**
   * Writes the item's partnership plan (made on its first write): the parts
   * given change, the parts left out stay, so people editing different parts at
   * once both keep their edits. Every write that changes something is a new
   * version with who, when and what. `expectedVersion` refuses the write
   * (BAD_USER_INPUT) when the plan has moved on since the client read it.
   */
  updatePartnershipPlan: PartnershipPlan;
  /** Changes the owner, the next step or its date; a field left out is left alone, null clears it. */
  updatePipelineItem: PipelineItem;
  /**
   * Adds or updates records, for tools that write (a CRM sync, say), with the
   * same checks and matching as an import of files (docs/import.md): one call is
   * one batch, atomic (all of it takes effect, or nothing), at most 5,000 rows in
   * all, and idempotent (the same batch again changes nothing). A field left out
   * leaves the property alone; null clears it. A customer given without an id is
   * matched to the graph's by domain, then by name (docs/matching.md), else made
   * new. A bad batch writes nothing and answers BAD_USER_INPUT naming each row
   * and field (`extensions.problems`). The write takes the import lock: during an
   * import it is refused with IMPORT_RUNNING (another write waits its turn). Its
   * changes are recorded (`changes`) and sent to the webhook like an import's, and
   * the ranking is calibrated again when partnerships change. Needs an editor key.
   */
  writeRecords: WriteResult;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationAddToShortlistArgs = {
  candidate: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationCreatePipelineItemArgs = {
  input: PipelineItemInput;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationCreateShortlistArgs = {
  focal: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationDeleteLedgerEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationDeletePipelineItemArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationDeleteShortlistArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationLogPipelineActivityArgs = {
  activity: ActivityInput;
  id: Scalars['ID']['input'];
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationMovePipelineItemArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  signing?: InputMaybe<SigningInput>;
  stage: PipelineStage;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationRecordLedgerEntryArgs = {
  input: LedgerEntryInput;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationRemoveFromShortlistArgs = {
  candidate: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationRemoveRecordsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: RemovalInput;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationRenameShortlistArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationUpdateLedgerEntryArgs = {
  id: Scalars['ID']['input'];
  patch: LedgerEntryPatch;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationUpdatePartnershipPlanArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  item: Scalars['ID']['input'];
  patch: PlanPatchInput;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationUpdatePipelineItemArgs = {
  id: Scalars['ID']['input'];
  patch: PipelineItemPatch;
};


/** Changes to saved shortlists, the only data the API writes. With API keys set, editors only. */
export type MutationWriteRecordsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: RecordsInput;
};

/**
 * C(X) is the set of customers X serves at stage customer.
 * sharedCount = |C(A) ∩ C(B)|, jaccard = sharedCount / |C(A) ∪ C(B)|,
 * shareOfA = sharedCount / |C(A)|, shareOfB = sharedCount / |C(B)|; 0 where a denominator is 0.
 */
export type Overlap = {
  __typename?: 'Overlap';
  /** Company A. */
  a: Company;
  /** Company B. */
  b: Company;
  /** sharedCount / |C(A) ∪ C(B)|. */
  jaccard: Scalars['Float']['output'];
  /**
   * Account mapping: for every pair of stages, the customers that are in A's
   * population at stageA and B's at stageB. All nine pairs, zeros included.
   */
  matrix: Array<StageCount>;
  /** sharedCount / |C(A)|: the share of A's customers B also serves. */
  shareOfA: Scalars['Float']['output'];
  /** sharedCount / |C(B)|. */
  shareOfB: Scalars['Float']['output'];
  /** |C(A) ∩ C(B)|: customers both serve. */
  sharedCount: Scalars['Int']['output'];
  /**
   * The shared customers (C(A) ∩ C(B)), a page at a time: first those the most
   * companies in the market count as a customer (the market's largest accounts),
   * then by name.
   */
  sharedCustomers: Array<Customer>;
};


/**
 * C(X) is the set of customers X serves at stage customer.
 * sharedCount = |C(A) ∩ C(B)|, jaccard = sharedCount / |C(A) ∪ C(B)|,
 * shareOfA = sharedCount / |C(A)|, shareOfB = sharedCount / |C(B)|; 0 where a denominator is 0.
 */
export type OverlapSharedCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a page stands in its list (GraphQL Cursor Connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after`; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when the list goes on after this page: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after` (items come before it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null for an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** One pair's answer in a bulk request. */
export type PairFit = {
  __typename?: 'PairFit';
  /** The candidate id as asked. */
  candidateId: Scalars['ID']['output'];
  /** The fit, as `partnerFit` gives it; null with an error at this place when either id is unknown or both are the same. */
  fit: Maybe<PartnerFit>;
  /** The focal id as asked. */
  focalId: Scalars['ID']['output'];
};

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

/**
 * The fit of `candidate` for `focal` (A = focal, B = candidate).
 * score = Σ weight · strength over the evidence terms (docs/analyses.md, "Partner fit score").
 */
export type PartnerFit = {
  __typename?: 'PartnerFit';
  /** The company it might partner with (B). */
  candidate: Company;
  /** The same three terms seen from the candidate. */
  candidateTerms: FitTerms;
  /** capabilityGainFor(A) = |K(B) \ K(A)| / |K(A) ∪ K(B)|. */
  capabilityGain: Scalars['Float']['output'];
  /** min(1, 0.5·#HIGH + 0.2·#MEDIUM + 0.05·#LOW) over `conflicts`: mutualValue's penalty, shown; the score rules out instead. */
  conflictPenalty: Scalars['Float']['output'];
  /** Every conflict of the pair, worst first. */
  conflicts: Array<Conflict>;
  /** The company looking for partners (A). */
  focal: Company;
  /** Every partnership the pair already has, any status, newest first. */
  history: Array<Partnership>;
  /**
   * How likely a pair with this evidence is to be, or become, partners in this
   * market, in [0, 1]: the market's logistic curve of the score (with the
   * market's own weights, whatever the query's), learned at import from its own
   * partnerships hidden a fifth at a time (docs/analyses.md, "Likelihood").
   */
  likelihood: Scalars['Float']['output'];
  /** The likelihood's plain band. */
  likelihoodBand: LikelihoodBand;
  /** The likelihood in a sentence ("In this market, about 1 in 4 candidates this strong were real partners."). */
  likelihoodSentence: Scalars['String']['output'];
  /** The reciprocal formula: sqrt(valueToFocal · valueToCandidate) · (1 − conflictPenalty). Shown, not ranked by. */
  mutualValue: Scalars['Float']['output'];
  /** The side that would get next to nothing (its value under 0.1 and under a third of the other's), if one would. */
  oneSided: Maybe<Side>;
  /** The focal company's closest peers (at most 10) that are active partners of the candidate, most similar first. */
  peerPartners: Array<Company>;
  /** The same peers, each marked when it is a declared rival of the focal company. */
  peers: Array<PeerPartner>;
  /** The size balance of the pair. */
  powerBalance: PowerBalance;
  /** How to run the partnership given the size balance. */
  powerGuidance: Scalars['String']['output'];
  /** Where the candidate falls on the 2x2; a ruled-out candidate is no recommendation, whatever its quadrant. */
  quadrant: Quadrant;
  /** reachFor(A) = |C(B) \ C(A)| / (|C(B)| + |C(A)|). */
  reach: Scalars['Float']['output'];
  /** Short sentences built from the numbers. */
  reasons: Array<Scalars['String']['output']>;
  /** Why this type (or why none), and any high risk to manage. */
  recommendation: Scalars['String']['output'];
  /** Null when a decisive conflict rules the pair out; `recommendation` says why. A HIGH conflict the market does not treat as decisive is named in `recommendation` as a risk to manage. */
  recommendedType: Maybe<PartnershipType>;
  /** Where the pair stands: partners, in progress, former partners, or a candidate. */
  relation: PairRelation;
  /** True when a decisive conflict keeps the candidate out of `candidates` unless `filter.includeRuledOut`. */
  ruledOut: Scalars['Boolean']['output'];
  /** The conflict that rules the candidate out, if one does. */
  ruledOutBy: Maybe<Conflict>;
  /** The partner fit score, in [0, 1): Σ weight · strength over `terms`, on the market's absolute scale. The ranking's order. */
  score: Scalars['Float']['output'];
  /** |C(A) ∩ C(B)|: customers both serve. */
  sharedCustomers: Scalars['Int']['output'];
  /** The SPECIFIC lens's score, in [0, 1). */
  specificScore: Scalars['Float']['output'];
  /** synergyFor(A) = shareOfA. */
  synergy: Scalars['Float']['output'];
  /** The evidence terms behind the score, each with its weight and sentence. */
  terms: Array<FitTerm>;
  /** valueTo(B), the same seen from the candidate. */
  valueToCandidate: Scalars['Float']['output'];
  /** valueTo(A) = wS·synergy + wR·reach + wC·capabilityGain, seen from the focal company. */
  valueToFocal: Scalars['Float']['output'];
  /** The focal company's prospects and opportunities that are the candidate's customers (warm introductions). */
  warmIntroductions: Scalars['Int']['output'];
  /** The value weights used, after normalisation. */
  weights: Weights;
};

/** A page of a focal company's ranking. */
export type PartnerFitConnection = {
  __typename?: 'PartnerFitConnection';
  /** The fits of this page, each with its cursor. */
  edges: Array<PartnerFitEdge>;
  /** The fits of this page, without cursors. */
  nodes: Array<PartnerFit>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many candidates the whole ranking holds (after the filter), every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A ranked candidate in a page. */
export type PartnerFitEdge = {
  __typename?: 'PartnerFitEdge';
  /** Opaque: pass it as `after` to go on after this candidate. */
  cursor: Scalars['String']['output'];
  /** The candidate's fit. */
  node: PartnerFit;
  /** Its place in the ranking, 1 for the best. */
  rank: Scalars['Int']['output'];
};

/** A partnership's impact and health, from the focal company's side (docs/analyses.md, "Partner impact and health"). */
export type PartnerImpact = {
  __typename?: 'PartnerImpact';
  /** (from − to) / (from + to) over referrals: 0 even, +1 only the partner gives, −1 only the focal company; null with none. */
  balance: Maybe<Scalars['Float']['output']>;
  /** The balance in a sentence. */
  balanceSentence: Scalars['String']['output'];
  /** Both directions together. */
  both: ReferralFlow;
  /** The focal company's id. */
  focalId: Scalars['ID']['output'];
  /** What the partner brought the focal company. */
  fromPartner: ReferralFlow;
  /** The plan's goals against the ledger; empty without a plan. */
  goals: Array<PlanGoal>;
  /** What needs looking at; empty when healthy. */
  health: Array<HealthFlag>;
  /** The lift from working with the partner; null unless both sides have a closed entry. */
  lift: Maybe<PartnerLift>;
  /** The partner; null when the graph no longer has it. */
  partner: Maybe<Company>;
  /** The partner's id. */
  partnerId: Scalars['ID']['output'];
  /** The pair's partnership status in the graph; null when it has none. */
  partnershipStatus: Maybe<PartnershipStatus>;
  /** The pair's pipeline item, if any. */
  pipelineItemId: Maybe<Scalars['ID']['output']>;
  /** What the focal company brought the partner. */
  toPartner: ReferralFlow;
  /** The same over won value. */
  valueBalance: Maybe<Scalars['Float']['output']>;
};

/**
 * Working with the partner against working without one: the focal company's
 * entries the partner brought against its own deals without a partner. Both
 * need a closed entry; read the counts before the figures.
 */
export type PartnerLift = {
  __typename?: 'PartnerLift';
  /** Closed entries the partner brought. */
  closedWith: Scalars['Int']['output'];
  /** Closed deals without a partner. */
  closedWithout: Scalars['Int']['output'];
  /** dealSizeWith / dealSizeWithout − 1. */
  dealSizeLift: Maybe<Scalars['Float']['output']>;
  /** Mean won value with the partner. */
  dealSizeWith: Maybe<Scalars['Float']['output']>;
  /** Mean won value without a partner. */
  dealSizeWithout: Maybe<Scalars['Float']['output']>;
  /** winRateWith / winRateWithout − 1; null when nothing without a partner was won. */
  winRateLift: Maybe<Scalars['Float']['output']>;
  /** winRateWith − winRateWithout (0.2 = 20 points). */
  winRatePoints: Scalars['Float']['output'];
  /** Win rate with the partner. */
  winRateWith: Scalars['Float']['output'];
  /** Win rate without a partner. */
  winRateWithout: Scalars['Float']['output'];
};

/** A conflict a partner set carries. */
export type PartnerSetConflict = {
  __typename?: 'PartnerSetConflict';
  /** One line a strategist can read out. */
  explanation: Scalars['String']['output'];
  /** What kind of conflict. */
  kind: PartnerSetConflictKind;
  /** True when today's set does not carry it. */
  new: Scalars['Boolean']['output'];
  /** The partner it concerns (of a PARTNERS_COMPETE pair, the one first by id). */
  partner: Company;
  /** The company it runs through: the other partner, or the rival; null for PARTNER_IS_RIVAL. */
  via: Maybe<Company>;
};

/** A conflict within a partner set. */
export type PartnerSetConflictKind =
  /** The partner and another partner of the set are declared rivals (either way); listed once per pair. */
  | 'PARTNERS_COMPETE'
  /** The partner is itself a declared rival of the focal company. */
  | 'PARTNER_IS_RIVAL'
  /** The partner is in an active partnership with a declared rival of the focal company. */
  | 'PARTNER_OF_RIVAL';

/** An agreement between two or more companies (a consortium may have more). */
export type Partnership = {
  __typename?: 'Partnership';
  /** Stable id supplied by the data. */
  id: Scalars['ID']['output'];
  /** The companies party to it. */
  parties: Array<Company>;
  /** ISO date (YYYY-MM-DD) the partnership started, when known. */
  since: Maybe<Scalars['String']['output']>;
  /** Proposed, active or ended. */
  status: PartnershipStatus;
  /** The kind of partnership. */
  type: PartnershipType;
};

/** A partnership (the partnerships file's row). */
export type PartnershipInput = {
  /** Its id; when left out, a partnership of exactly two parties takes the one the graph already has for them, or the id of the pair. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Two or more company ids. */
  parties: Array<Scalars['ID']['input']>;
  /** When it started: YYYY-MM-DD. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Proposed, active or ended. */
  status: PartnershipStatus;
  /** A partnership type's id (partnershipTypes). */
  type: Scalars['ID']['input'];
};

/** The plan a partnership is signed on: goals, alignment, terms and the go-to-market checklist. */
export type PartnershipPlan = {
  __typename?: 'PartnershipPlan';
  /** The four alignment questions, each with both sides' answers. */
  alignment: Array<AlignmentAnswers>;
  /** The go-to-market checklist of the type, each box with an owner and a state. */
  checklist: Array<ChecklistBox>;
  /** Boxes done. */
  checklistDone: Scalars['Int']['output'];
  /** Boxes needed (all but NOT_NEEDED). */
  checklistNeeded: Scalars['Int']['output'];
  /** When the plan is checked (YYYY-MM-DD): a quarter after the start unless given. */
  checkpointOn: Maybe<Scalars['String']['output']>;
  /** When it was first written (ISO date-time, UTC). */
  createdAt: Scalars['String']['output'];
  /** Download link: the plan, one row per goal, answer, term and box, as CSV. */
  csvUrl: Scalars['String']['output'];
  /** What the type costs in resources (the catalogue's effort); null without a type. */
  effort: Maybe<Effort>;
  /** The goals of each side, with their progress from the ledger. */
  goals: Array<PlanGoal>;
  /** The pipeline item's id. */
  itemId: Scalars['ID']['output'];
  /** When the plan's clock starts (YYYY-MM-DD): set at signing unless given. */
  startsOn: Maybe<Scalars['String']['output']>;
  /** The commercial terms. */
  terms: CommercialTerms;
  /** The chosen partnership type; null until chosen. */
  type: Maybe<PartnershipType>;
  /** When it last changed (ISO date-time, UTC). */
  updatedAt: Scalars['String']['output'];
  /** Who changed it last. */
  updatedBy: Scalars['String']['output'];
  /** Its version: 1 for the first write, one more for each write that changed something. */
  version: Scalars['Int']['output'];
  /** Its versions, newest first: who changed what, when. */
  versions: Array<PlanVersion>;
};


/** The plan a partnership is signed on: goals, alignment, terms and the go-to-market checklist. */
export type PartnershipPlanVersionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export { PartnershipStatus };

/** A kind of partnership, from referral to strategic alliance, with what it takes. */
export type PartnershipType = {
  __typename?: 'PartnershipType';
  /** What the two sides do together. */
  description: Scalars['String']['output'];
  /** How much go-to-market work it takes. */
  effort: Effort;
  /** The go-to-market boxes this type of partnership ticks. */
  gtmChecklist: Array<Scalars['String']['output']>;
  /** referral, affiliate, reseller, technology_integration, co_marketing, co_selling, oem, consortium or strategic_alliance. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** One of the focal company's closest peers that partners with the candidate. */
export type PeerPartner = {
  __typename?: 'PeerPartner';
  /** The peer. */
  company: Company;
  /** True when it is a declared rival of the focal company (`marketModel.rivalPartners` says how that counts). */
  rival: Scalars['Boolean']['output'];
};

/** One entry of a pipeline item's log. */
export type PipelineActivity = {
  __typename?: 'PipelineActivity';
  /** Who wrote it down. */
  by: Scalars['String']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Meeting, call, email or note. */
  kind: ActivityKind;
  /** When it happened (YYYY-MM-DD). */
  on: Scalars['String']['output'];
  /** When it was written down (ISO date-time, UTC). */
  recordedAt: Scalars['String']['output'];
  /** What happened. */
  summary: Scalars['String']['output'];
};

/** A candidate on its way to a signed partnership, from one focal company's side. */
export type PipelineItem = {
  __typename?: 'PipelineItem';
  /** Its log, newest first. */
  activities: Array<PipelineActivity>;
  /** How many activities its log holds. */
  activityCount: Scalars['Int']['output'];
  /** The candidate; null when the graph no longer has it. */
  candidate: Maybe<Company>;
  /** The candidate's id, kept whatever the graph holds. */
  candidateId: Scalars['ID']['output'];
  /** When it was started (ISO date-time, UTC). */
  createdAt: Scalars['String']['output'];
  /** Who started it (the API key's name). */
  createdBy: Scalars['String']['output'];
  /** Download link: the item with its log, as CSV. */
  csvUrl: Scalars['String']['output'];
  /** Why it is gathering dust, if it is (PIPELINE_DUST_DAYS without activity, or behind its plan at the checkpoint). */
  dust: Array<DustFlag>;
  /** The focal company; null when the graph no longer has it. */
  focal: Maybe<Company>;
  /** The focal company's id, kept whatever the graph holds. */
  focalId: Scalars['ID']['output'];
  /** Its id (a UUID). */
  id: Scalars['ID']['output'];
  /** The partnership's impact from its ledger, against the plan's goals. */
  impact: PartnerImpact;
  /** False when a re-import dropped either company: the item, its log, plan and ledger are kept. */
  inGraph: Scalars['Boolean']['output'];
  /** The latest date anything happened: an activity, a move, a plan edit, a referral (YYYY-MM-DD). */
  lastActivityOn: Scalars['String']['output'];
  /** The next step. */
  nextStep: Maybe<Scalars['String']['output']>;
  /** When the next step is due (YYYY-MM-DD). */
  nextStepDue: Maybe<Scalars['String']['output']>;
  /** True when the next step's date has passed. */
  nextStepOverdue: Scalars['Boolean']['output'];
  /** Who owns it. */
  owner: Maybe<Scalars['String']['output']>;
  /** The partnership it signed; null before signing. */
  partnership: Maybe<SignedPartnership>;
  /** Its partnership plan; null until one is written. */
  plan: Maybe<PartnershipPlan>;
  /** The shortlist it was started from, if any. */
  shortlistId: Maybe<Scalars['ID']['output']>;
  /** Where it stands. */
  stage: PipelineStage;
  /** Its moves from stage to stage, oldest first. */
  stageMoves: Array<StageMove>;
  /** When it last changed (ISO date-time, UTC). */
  updatedAt: Scalars['String']['output'];
  /** What the item lacks that practitioners would not sign without (a plan, goals in numbers, a checklist owner). */
  warnings: Array<Scalars['String']['output']>;
};


/** A candidate on its way to a signed partnership, from one focal company's side. */
export type PipelineItemActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** What starts a pipeline item. */
export type PipelineItemInput = {
  /** The candidate (not the focal company itself). */
  candidate: Scalars['ID']['input'];
  /** The focal company. */
  focal: Scalars['ID']['input'];
  /** The next step, up to 500 characters. */
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When the next step is due (YYYY-MM-DD). */
  nextStepDue?: InputMaybe<Scalars['String']['input']>;
  /** Who owns it, up to 120 characters. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The shortlist it comes from; the candidate must be pinned there. */
  shortlist?: InputMaybe<Scalars['ID']['input']>;
};

/** A change to an item's owner and next step; a field left out is left alone, null clears it. */
export type PipelineItemPatch = {
  /** The next step, up to 500 characters. */
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When the next step is due (YYYY-MM-DD). */
  nextStepDue?: InputMaybe<Scalars['String']['input']>;
  /** Who owns it, up to 120 characters. */
  owner?: InputMaybe<Scalars['String']['input']>;
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

/** A goal in numbers with a time frame, and how far the ledger has come (docs/analyses.md). */
export type PlanGoal = {
  __typename?: 'PlanGoal';
  /** What the ledger counts so far; null for OTHER or before the start. */
  actual: Maybe<Scalars['Float']['output']>;
  /** True from the checkpoint on while actual is below expectedAtCheckpoint. */
  behind: Scalars['Boolean']['output'];
  /** What it is, in words. */
  description: Maybe<Scalars['String']['output']>;
  /** The day after the time frame's last. */
  endsOn: Maybe<Scalars['String']['output']>;
  /** The target's share due at the checkpoint: target × (checkpoint − start) / (end − start). */
  expectedAtCheckpoint: Maybe<Scalars['Float']['output']>;
  /** Its id within the plan (g1, g2, …). */
  id: Scalars['ID']['output'];
  /** What it counts. */
  metric: GoalMetric;
  /** The time frame, in months from the plan's start. */
  months: Scalars['Int']['output'];
  /** actual / target. */
  share: Maybe<Scalars['Float']['output']>;
  /** Whose goal: the side that receives. */
  side: PlanSide;
  /** The time frame's first day; null before the plan starts. */
  startsOn: Maybe<Scalars['String']['output']>;
  /** How many, or how much, by the end of the time frame. */
  target: Scalars['Float']['output'];
};

/** A goal. */
export type PlanGoalInput = {
  /** What it is, in words, up to 500 characters (required for OTHER). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The id of a goal of the plan to change; leave it out to add one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What it counts. */
  metric: GoalMetric;
  /** The time frame, 1 to 60 months from the plan's start. */
  months: Scalars['Int']['input'];
  /** Whose goal: the side that receives. */
  side: PlanSide;
  /** How many (a whole number, for REFERRALS and WON_DEALS) or how much, above 0. */
  target: Scalars['Float']['input'];
};

/** A change to a plan; each part given changes, each left out stays. */
export type PlanPatchInput = {
  /** Answers to write. */
  alignment?: InputMaybe<Array<AlignmentAnswerInput>>;
  /** Boxes to tick or assign. */
  checklist?: InputMaybe<Array<ChecklistBoxInput>>;
  /** When the plan is checked (YYYY-MM-DD), after the start. */
  checkpointOn?: InputMaybe<Scalars['String']['input']>;
  /** Every goal (at most 20): a goal given with its id is kept and changed, without one it is added, and one left out is removed. */
  goals?: InputMaybe<Array<PlanGoalInput>>;
  /** When the plan's clock starts (YYYY-MM-DD). */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** Terms to write. */
  terms?: InputMaybe<CommercialTermsInput>;
  /** The partnership type (a catalogue id); its checklist replaces the old one, keeping the boxes both share. Null clears it. */
  type?: InputMaybe<Scalars['ID']['input']>;
};

/** Whose goal, or whose answer: the focal company's side or the partner's. */
export type PlanSide =
  /** The focal company. */
  | 'FOCAL'
  /** The partner. */
  | 'PARTNER';

/** One version of a plan. */
export type PlanVersion = {
  __typename?: 'PlanVersion';
  /** When (ISO date-time, UTC). */
  at: Scalars['String']['output'];
  /** Who (the API key's name). */
  by: Scalars['String']['output'];
  /** What changed, one sentence each. */
  changes: Array<Scalars['String']['output']>;
  /** The version number. */
  version: Scalars['Int']['output'];
};

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

/** Where the 2x2 counts a term as high. Default 0.3 each. */
export type QuadrantThresholds = {
  /** capabilityGain at or above this is high capability expansion. */
  capability?: InputMaybe<Scalars['Float']['input']>;
  /** reach at or above this is high distribution. */
  distribution?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Every company other than `focal` ranked by fit score (ties: more shared
   * customers, then name). Active partners are left out unless
   * `filter.includePartners`, and candidates a decisive conflict rules out unless
   * `filter.includeRuledOut`. NOT_FOUND for an unknown focal id.
   */
  candidates: Array<PartnerFit>;
  /**
   * The focal company's whole ranking, a page at a time, exactly as
   * `candidates` ranks it (same arguments, same order, same fits). The ranking
   * depends on the market: a cursor of an older market state (an import or a
   * write changed it since) is refused with BAD_USER_INPUT
   * (`extensions.reason: MARKET_CHANGED`); start again without `after`.
   * NOT_FOUND for an unknown focal id.
   */
  candidatesConnection: PartnerFitConnection;
  /** Every capability companies offer, by name (for filters). */
  capabilities: Array<Capability>;
  /**
   * What imports changed in the market (docs/analyses.md, "What changed"),
   * newest import first, in the order each import recorded them. Every import
   * that changes a graph already holding companies records its changes when it
   * finishes; the first import into an empty graph records none.
   */
  changes: Array<MarketChange>;
  /**
   * What imports changed, as `changes` lists them (newest import first, each
   * import's changes in its order), a page at a time. Cursors stay valid
   * across imports: a later import's changes come before the first page, never
   * inside the walk. NOT_FOUND when `focal` names a company the graph does not
   * have and no change concerns.
   */
  changesConnection: MarketChangeConnection;
  /**
   * Companies matching `search` (full text, accent- and case-insensitive, every
   * word also as a prefix) by name, id or domain, by the names of the
   * capabilities they offer or the segments they target, or by their
   * description; best match first, name matches weighing most. All companies by
   * name when `search` is empty. `segment` and `capability` narrow the list,
   * together with `search`. One page only: `companiesConnection` walks them all.
   */
  companies: Array<Company>;
  /**
   * Companies a page at a time, as `companies` finds them (GraphQL Cursor
   * Connections: `first` 1 to 100, `after` the `endCursor` of the page before).
   * `search`, `segment` and `capability` narrow the list together. Without
   * `search` the order is by name, then id, and a cursor stays valid across
   * imports (the walk goes on after the last company it returned); with
   * `search` the order is the match's, and a cursor of an older market state
   * is refused with BAD_USER_INPUT (`extensions.reason: MARKET_CHANGED`).
   */
  companiesConnection: CompanyConnection;
  /** A company by id; null when there is none, with a NOT_FOUND error naming `id`. */
  company: Maybe<Company>;
  /**
   * What each side's capabilities add to the other's (docs/analyses.md, Complementarity).
   * Null when either id is unknown, with a NOT_FOUND error naming the argument
   * (`a` or `b`) and the id.
   */
  complementarity: Maybe<Complementarity>;
  /** Everything that could make a partnership of a and b collide. NOT_FOUND for an unknown id. */
  conflicts: Array<Conflict>;
  /**
   * The subgraph around `focal` for drawing: focal, its top `first` candidates,
   * its partners, competitors, and the companies it has a proposed or ended
   * partnership with, and the edges among all of them. `first` is 1 to 300.
   * NOT_FOUND for an unknown focal id.
   */
  ecosystem: EcosystemGraph;
  /** Facts about the loaded ecosystem, for a client to say what it is looking at. */
  ecosystemSummary: EcosystemSummary;
  /**
   * The match report of the latest import that took effect: each file's rows
   * read, refused and skipped, and how the records of a strategist's files
   * (CRM exports, install-base lists, partner sheets, company directories) found
   * their customer or company (docs/import.md). Null before any such import.
   */
  importReport: Maybe<ImportReport>;
  /**
   * The strongest ways to reach `target` from `focal` through the graph
   * (docs/analyses.md, "Warm-intro paths"): a partner of both, a partner's
   * partner, a customer both serve (a reference), and chains of these. A path's
   * links are active or proposed partnerships and at most one shared customer;
   * no company on it but the target is a declared rival of `focal`, and no party
   * appears twice. Strongest first (ties: fewer hops, then the parties' ids).
   * NOT_FOUND for an unknown id; BAD_USER_INPUT when `focal` and `target` are
   * the same company, or `maxHops` is outside 1 to 4.
   */
  introPaths: Array<IntroPath>;
  /**
   * The ledger: leads and deals referred between the focal company and its
   * partners, and its own deals without a partner (the baseline of the lift),
   * newest first. `first` is 1 to 100.
   */
  ledger: Array<LedgerEntry>;
  /**
   * How this market's ranking weighs its evidence: the weight of each term,
   * learned from the market's own active partnerships at its last import (or
   * the defaults, when it has too few), and whether a core capability overlap
   * rules a candidate out here.
   */
  marketModel: MarketModel;
  /**
   * Customer overlap of two companies (docs/analyses.md, Overlap). Null when either id
   * is unknown, with a NOT_FOUND error naming the argument (`a` or `b`) and the id.
   */
  overlap: Maybe<Overlap>;
  /**
   * How well `candidate` fits `focal` as a partner, both ways, scored against the
   * whole market (partners and ruled-out candidates too). Null when either id is
   * unknown, with a NOT_FOUND error naming the argument (`focal` or `candidate`) and the id; BAD_USER_INPUT when both are the same company.
   */
  partnerFit: Maybe<PartnerFit>;
  /**
   * The fits of many (focal, candidate) pairs in one request, each as
   * `partnerFit` gives it, in the order asked. At most 2,000 pairs. The work is
   * batched per focal company: one walk of its market for all its pairs, so
   * each distinct focal company costs what one `partnerFit` costs (in the cost
   * limit and the rate limit), whatever the number of its pairs. A pair naming
   * an unknown company answers `fit: null` with a NOT_FOUND error at its place
   * (`extensions.argument` "pairs[3].candidate", `extensions.id`); a pair of a
   * company with itself, BAD_USER_INPUT; the other pairs answer as usual.
   */
  partnerFits: Array<PairFit>;
  /**
   * What a partnership brings each side, from its ledger, against its plan's
   * goals (docs/analyses.md, "Partner impact and health"). Answers for any pair:
   * a pair without entries has zero referrals.
   */
  partnerImpact: PartnerImpact;
  /**
   * The impact of each of the focal company's partnerships: its active partners
   * in the graph, its signed pipeline items and every partner its ledger names,
   * the most referrals first. `first` is 1 to 100.
   */
  partnerImpacts: Array<PartnerImpact>;
  /** The catalogue of partnership types with their go-to-market checklists. */
  partnershipTypes: Array<PartnershipType>;
  /**
   * The pipeline: pinned candidates on their way to a signed partnership, in
   * stage order (researching first), then the most recently changed first.
   * Filter by focal company, owner and stages. `first` is 1 to 100.
   */
  pipeline: Array<PipelineItem>;
  /** A pipeline item by id; null when there is none. */
  pipelineItem: Maybe<PipelineItem>;
  /** Every owner named on the pipeline's items (of one focal company, when given), for a filter. */
  pipelineOwners: Array<Scalars['String']['output']>;
  /** Every segment companies target, by name (for filters). */
  segments: Array<Segment>;
  /** A shortlist by id; null when there is none, with a NOT_FOUND error naming `id`. */
  shortlist: Maybe<Shortlist>;
  /**
   * Saved shortlists, newest first; optionally only those for one focal company.
   * `first` is 1 to 100.
   */
  shortlists: Array<Shortlist>;
  /**
   * Saved shortlists, newest first, a page at a time; optionally one focal
   * company's (NOT_FOUND when the graph has no such company and no shortlist
   * names it). Cursors stay valid as shortlists come and go: the walk goes on
   * after the last one it returned.
   */
  shortlistsConnection: ShortlistConnection;
  /**
   * What a different set of active partners would change for `focal`
   * (docs/analyses.md, "What-if partner sets"): the hypothetical set is today's
   * active partners, plus `add`, minus `drop`. Every figure is given for today's
   * set and for the hypothetical one. NOT_FOUND for an unknown id;
   * BAD_USER_INPUT naming the argument when `add` holds `focal` itself or a
   * company that is already an active partner, when `drop` holds a company that
   * is not one, when a company is in both, or when either list is longer than 100.
   */
  whatIf: WhatIf;
  /**
   * Where `focal` has no partner to lean on (docs/analyses.md, "White space"):
   * the capabilities the other vendors of its customers offer that neither it
   * nor any active partner covers, ranked by how many of its customers those
   * vendors serve, and the segments it targets in which no active partner of
   * it is. Each gap comes with the best-ranked candidate that would fill it.
   * NOT_FOUND for an unknown focal id.
   */
  whiteSpace: WhiteSpace;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryCandidatesArgs = {
  filter?: InputMaybe<CandidateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  focal: Scalars['ID']['input'];
  lens?: InputMaybe<RankingLens>;
  thresholds?: InputMaybe<QuadrantThresholds>;
  weights?: InputMaybe<FitWeights>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryCandidatesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CandidateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  focal: Scalars['ID']['input'];
  lens?: InputMaybe<RankingLens>;
  thresholds?: InputMaybe<QuadrantThresholds>;
  weights?: InputMaybe<FitWeights>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryChangesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  focal?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryCompaniesArgs = {
  capability?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryCompaniesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capability?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryComplementarityArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryConflictsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryEcosystemArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal: Scalars['ID']['input'];
  lens?: InputMaybe<RankingLens>;
  linksAmongOthers?: InputMaybe<Scalars['Boolean']['input']>;
  weights?: InputMaybe<FitWeights>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryIntroPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  target: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryLedgerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  partner?: InputMaybe<Scalars['ID']['input']>;
  withoutPartner?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryOverlapArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryPartnerFitArgs = {
  candidate: Scalars['ID']['input'];
  focal: Scalars['ID']['input'];
  thresholds?: InputMaybe<QuadrantThresholds>;
  weights?: InputMaybe<FitWeights>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryPartnerFitsArgs = {
  pairs: Array<FitPair>;
  thresholds?: InputMaybe<QuadrantThresholds>;
  weights?: InputMaybe<FitWeights>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryPartnerImpactArgs = {
  focal: Scalars['ID']['input'];
  partner: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryPartnerImpactsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryPipelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  stages?: InputMaybe<Array<PipelineStage>>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryPipelineItemArgs = {
  id: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryPipelineOwnersArgs = {
  focal?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryShortlistArgs = {
  id: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryShortlistsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryShortlistsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  focal?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryWhatIfArgs = {
  add?: InputMaybe<Array<Scalars['ID']['input']>>;
  drop?: InputMaybe<Array<Scalars['ID']['input']>>;
  focal: Scalars['ID']['input'];
};


/**
 * PartnerGraph: a partner ecosystem as a graph. Every id is a stable slug
 * supplied by the data. Lists are capped: `first` is 1 to 100 unless stated.
 */
export type QueryWhiteSpaceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  focal: Scalars['ID']['input'];
};

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

/** Records to add or update, by kind; each list in the shape of PartnerGraph's own import file of that kind. */
export type RecordsInput = {
  /** Accounts: which company serves which customer, at which stage. */
  accounts?: InputMaybe<Array<AccountInput>>;
  /** Capabilities companies offer. */
  capabilities?: InputMaybe<Array<CapabilityOfferInput>>;
  /** Companies to add or update (by id, or the slug of the name). */
  companies?: InputMaybe<Array<CompanyInput>>;
  /** Customers to add or update; one without an id is matched first. */
  customers?: InputMaybe<Array<CustomerInput>>;
  /** Partnerships. */
  partnerships?: InputMaybe<Array<PartnershipInput>>;
  /** Declared rivalries. */
  rivalries?: InputMaybe<Array<RivalryInput>>;
  /** Segments companies target. */
  segments?: InputMaybe<Array<SegmentTargetInput>>;
};

/** Who brought whom. */
export type ReferralDirection =
  /** The partner brought the lead to the focal company. */
  | 'FROM_PARTNER'
  /** The focal company brought the lead to the partner. */
  | 'TO_PARTNER';

/** One direction of a partnership's referrals, or both (docs/analyses.md). */
export type ReferralFlow = {
  __typename?: 'ReferralFlow';
  /** The mean value of the won entries with a value; null when none has. */
  averageWonValue: Maybe<Scalars['Float']['output']>;
  /** How many won entries the median is over. */
  closedWithDates: Scalars['Int']['output'];
  /** Lost. */
  lost: Scalars['Int']['output'];
  /** The median days from referral to a win; null when no won entry has both dates. */
  medianDaysToClose: Maybe<Scalars['Float']['output']>;
  /** Of which open. */
  open: Scalars['Int']['output'];
  /** Leads and deals referred. */
  referrals: Scalars['Int']['output'];
  /** won / (won + lost); null when none is closed. */
  winRate: Maybe<Scalars['Float']['output']>;
  /** Won. */
  won: Scalars['Int']['output'];
  /** The won entries' values summed. */
  wonValue: Scalars['Float']['output'];
};

/** A row an import refused. */
export type RefusedRow = {
  __typename?: 'RefusedRow';
  /** The file. */
  file: Scalars['String']['output'];
  /** The line the row starts on. */
  line: Scalars['Int']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
};

/** Records to remove, by kind and key. */
export type RemovalInput = {
  /** Accounts. */
  accounts?: InputMaybe<Array<AccountKeyInput>>;
  /** Capabilities a company offers. */
  capabilities?: InputMaybe<Array<CapabilityOfferKeyInput>>;
  /** Companies, with their accounts, capabilities offered, segments, rivalries and the partnerships they leave with fewer than two parties. */
  companies?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Customers, with their accounts. */
  customers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Partnerships. */
  partnerships?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Declared rivalries (either direction). */
  rivalries?: InputMaybe<Array<RivalryInput>>;
  /** Segments a company targets. */
  segments?: InputMaybe<Array<SegmentTargetKeyInput>>;
};

/** How a declared rival's partnerships count in peer evidence, as the market's own partnerships decided. */
export type RivalPartners =
  /** Against: a rival partnering with the candidate lowers its peer evidence. */
  | 'AGAINST'
  /** As any peer's: a rival partnering with the candidate is evidence for it. */
  | 'FOR'
  /** Not at all. */
  | 'NONE';

/** A declared rivalry (read in both directions). */
export type RivalryInput = {
  /** One company's id. */
  company: Scalars['ID']['input'];
  /** The other's: the rivalry is read in both directions. */
  competitor: Scalars['ID']['input'];
};

/** A market niche companies target ("mid-market fashion retail"). */
export type Segment = {
  __typename?: 'Segment';
  /** Companies targeting it (on the top-level list only; null elsewhere). */
  companyCount: Maybe<Scalars['Int']['output']>;
  /** The slug of its name. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** A segment the focal company targets without an active partner in it. */
export type SegmentGap = {
  __typename?: 'SegmentGap';
  /** The best-ranked candidate (as `candidates` ranks) targeting the segment; null when none does. */
  bestCandidate: Maybe<PartnerFit>;
  /** The segment. */
  segment: Segment;
};

/** A segment a company targets (the segments file's row). */
export type SegmentTargetInput = {
  /** The company's id. */
  company: Scalars['ID']['input'];
  /** The segment's name; its id is its slug. */
  segment: Scalars['String']['input'];
};

/** A segment a company targets, by the company's id and the segment's id or name. */
export type SegmentTargetKeyInput = {
  /** The company's id. */
  company: Scalars['ID']['input'];
  /** The segment's id or name. */
  segment: Scalars['String']['input'];
};

/** How badly a conflict hurts a partnership. */
export type Severity =
  /** A rivalry or competing core capabilities: rules the candidate out where the market model says it is decisive, else a high risk to manage. */
  | 'HIGH'
  /** Worth knowing. */
  | 'LOW'
  /** A risk to manage. */
  | 'MEDIUM';

/** A share for today's partner set, for the hypothetical one, and the change. */
export type ShareChange = {
  __typename?: 'ShareChange';
  /** whatIf − today. */
  change: Scalars['Float']['output'];
  /** With today's active partners, in [0, 1]. */
  today: Scalars['Float']['output'];
  /** With the hypothetical set, in [0, 1]. */
  whatIf: Scalars['Float']['output'];
};

/**
 * A shortlist names its companies by id: it and its pins, with their notes,
 * outlive any import, including one that drops a pinned company.
 */
export type Shortlist = {
  __typename?: 'Shortlist';
  /** The pinned candidates' ids, in pin order. */
  candidateIds: Array<Scalars['ID']['output']>;
  /** When it was created (ISO date-time, UTC). */
  createdAt: Scalars['String']['output'];
  /** Download link: the entries with every fit term, as CSV. */
  csvUrl: Scalars['String']['output'];
  /**
   * The pinned candidates, in pin order, with their fit as it is now; `first`
   * (1 to 100) and `offset` page through them.
   */
  entries: Array<ShortlistEntry>;
  /**
   * The pinned candidates in pin order, a page at a time, each with its fit as
   * it is now. Cursors stay valid as pins come and go: the walk goes on after
   * the last pin it returned.
   */
  entriesConnection: ShortlistEntryConnection;
  /** How many candidates are pinned, those the graph no longer has included. */
  entryCount: Scalars['Int']['output'];
  /** The focal company; null when the graph no longer has it (a re-import dropped it). */
  focal: Maybe<Company>;
  /** The focal company's id. */
  focalId: Scalars['ID']['output'];
  /** Its id (a UUID). */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};


/**
 * A shortlist names its companies by id: it and its pins, with their notes,
 * outlive any import, including one that drops a pinned company.
 */
export type ShortlistEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  weights?: InputMaybe<FitWeights>;
};


/**
 * A shortlist names its companies by id: it and its pins, with their notes,
 * outlive any import, including one that drops a pinned company.
 */
export type ShortlistEntriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  weights?: InputMaybe<FitWeights>;
};

/** A page of shortlists. */
export type ShortlistConnection = {
  __typename?: 'ShortlistConnection';
  /** The shortlists of this page, each with its cursor. */
  edges: Array<ShortlistEdge>;
  /** The shortlists of this page, without cursors. */
  nodes: Array<Shortlist>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many shortlists the whole list holds, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A shortlist in a page. */
export type ShortlistEdge = {
  __typename?: 'ShortlistEdge';
  /** Opaque: pass it as `after` to go on after this shortlist. */
  cursor: Scalars['String']['output'];
  /** The shortlist. */
  node: Shortlist;
};

/** A pinned candidate. */
export type ShortlistEntry = {
  __typename?: 'ShortlistEntry';
  /** When it was pinned (ISO date-time, UTC). */
  addedAt: Scalars['String']['output'];
  /** The pinned company; null when the graph no longer has it. */
  candidate: Maybe<Company>;
  /** The pinned company's id, kept whatever the graph holds. */
  candidateId: Scalars['ID']['output'];
  /** The fit as it is now, not when the candidate was pinned; null when the graph no longer has either company. */
  fit: Maybe<PartnerFit>;
  /** False when a re-import dropped the company; the pin and its note are kept. */
  inGraph: Scalars['Boolean']['output'];
  /** The strategist's note. */
  note: Maybe<Scalars['String']['output']>;
};

/** A page of a shortlist's pins. */
export type ShortlistEntryConnection = {
  __typename?: 'ShortlistEntryConnection';
  /** The pins of this page, each with its cursor. */
  edges: Array<ShortlistEntryEdge>;
  /** The pins of this page, without cursors. */
  nodes: Array<ShortlistEntry>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many candidates the shortlist holds, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A pin in a page. */
export type ShortlistEntryEdge = {
  __typename?: 'ShortlistEntryEdge';
  /** Opaque: pass it as `after` to go on after this pin. */
  cursor: Scalars['String']['output'];
  /** The pin, with its current fit. */
  node: ShortlistEntry;
};

/** The side of a pair. */
export type Side =
  /** The candidate (B). */
  | 'CANDIDATE'
  /** The focal company (A). */
  | 'FOCAL';

/** The partnership a pipeline item signed, as written into the graph. */
export type SignedPartnership = {
  __typename?: 'SignedPartnership';
  /** The partnership's id in the graph. */
  id: Scalars['ID']['output'];
  /** True while the graph still holds it. */
  inGraph: Scalars['Boolean']['output'];
  /** When it was signed (ISO date-time, UTC). */
  signedAt: Scalars['String']['output'];
  /** Who signed it in PartnerGraph. */
  signedBy: Scalars['String']['output'];
  /** Its start date (YYYY-MM-DD). */
  since: Maybe<Scalars['String']['output']>;
  /** PROPOSED or ACTIVE when signed. */
  status: PartnershipStatus;
  /** Its type. */
  type: Maybe<PartnershipType>;
};

/** The partnership a move to SIGNED writes into the graph. */
export type SigningInput = {
  /** Its start date (YYYY-MM-DD); default today. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** PROPOSED (signed, not yet live) or ACTIVE; default ACTIVE. */
  status?: InputMaybe<PartnershipStatus>;
  /** Its type (a catalogue id); default the plan's type. */
  type?: InputMaybe<Scalars['ID']['input']>;
};

/** Rows the stage tables left out for one reason. */
export type SkippedRows = {
  __typename?: 'SkippedRows';
  /** Why (the value and the table that leaves it out). */
  reason: Scalars['String']['output'];
  /** How many rows. */
  rows: Scalars['Int']['output'];
};

export { Stage };

/** One cell of the population matrix. */
export type StageCount = {
  __typename?: 'StageCount';
  /** Customers at stageA for A and stageB for B. */
  count: Scalars['Int']['output'];
  /** A's stage with the customers counted. */
  stageA: Stage;
  /** B's stage with them. */
  stageB: Stage;
};

/** A move from one stage to another. */
export type StageMove = {
  __typename?: 'StageMove';
  /** When (ISO date-time, UTC). */
  at: Scalars['String']['output'];
  /** Who moved it. */
  by: Scalars['String']['output'];
  /** The stage before; null for the item's start. */
  from: Maybe<PipelineStage>;
  /** Why. */
  note: Maybe<Scalars['String']['output']>;
  /** The stage after. */
  to: PipelineStage;
};

/** One term's weight in a market's ranking. */
export type TermWeight = {
  __typename?: 'TermWeight';
  /** The weight when no market has taught the ranking anything. */
  defaultWeight: Scalars['Float']['output'];
  /** Which term. */
  kind: FitTermKind;
  /** A short name for the term. */
  label: Scalars['String']['output'];
  /** The weight as a whole percentage; the five add up to 100 (largest remainders): the one set of percentages shown. */
  percent: Scalars['Int']['output'];
  /** Its weight; the weights sum to 1. */
  weight: Scalars['Float']['output'];
  /** The term's yardstick in this market (FitTerm.yardstick). */
  yardstick: Scalars['Float']['output'];
};

/** The value weights of valueTo, normalised to sum 1. */
export type Weights = {
  __typename?: 'Weights';
  /** wC. */
  capability: Scalars['Float']['output'];
  /** wR. */
  reach: Scalars['Float']['output'];
  /** wS. */
  synergy: Scalars['Float']['output'];
};

/**
 * A hypothetical set of active partners for the focal company, against today's.
 * C(X) is the set of customers X serves at stage customer, K(X) the capabilities
 * X offers, P the partner set (today's, or the hypothetical one).
 */
export type WhatIf = {
  __typename?: 'WhatIf';
  /** The companies `add` made partners. */
  added: Array<Company>;
  /** ⋃ K(X) over X in the hypothetical P, minus K(A), by name, each with the partners that offer it. */
  capabilities: Array<CoveredCapability>;
  /** Capabilities today's partners bring that the hypothetical set would not. */
  capabilitiesLost: Array<Capability>;
  /** |⋃ K(X) over X in P, minus K(A)|: capabilities the partners bring that the focal company lacks. */
  capabilityCount: CountChange;
  /** How many conflicts the partner set carries (the list below, for each set). */
  conflictCount: CountChange;
  /** The conflicts the hypothetical set carries, new ones first. */
  conflicts: Array<PartnerSetConflict>;
  /** Conflicts today's set carries that the hypothetical one would not. */
  conflictsResolved: Array<PartnerSetConflict>;
  /** The partners `drop` let go. */
  dropped: Array<Company>;
  /** The focal company (A). */
  focal: Company;
  /** Customers in the market (every customer account, whoever serves it): the share's denominator. */
  marketCustomers: Scalars['Int']['output'];
  /** The hypothetical set of active partners: today's, plus the added, minus the dropped, by name. */
  partners: Array<Company>;
  /** |⋃ C(X) over X in P, minus C(A)|: customers some partner serves and the focal company does not. */
  reachableCustomers: CountChange;
  /** reachableCustomers / marketCustomers (0 when the market has no customers). */
  reachableShare: ShareChange;
};

/**
 * Gaps around the focal company (A). Its customers' other vendors are the
 * companies serving, at stage customer, a customer A serves at stage customer.
 * A capability is covered when A or an active partner of A offers it.
 */
export type WhiteSpace = {
  __typename?: 'WhiteSpace';
  /** Capabilities its customers' other vendors offer and nobody on its side covers, most customers reached first (ties: by name). */
  capabilities: Array<CapabilityGap>;
  /** |C(A)|: the focal company's customers, the reach figures' denominator. */
  customers: Scalars['Int']['output'];
  /** The focal company. */
  focal: Company;
  /** Segments the focal company targets that none of its active partners targets, by name. */
  segments: Array<SegmentGap>;
};

/** How many records of each kind a write adds, changes or removes. */
export type WriteCounts = {
  __typename?: 'WriteCounts';
  /** Accounts at another stage than the graph's. */
  changedAccounts: Scalars['Int']['output'];
  /** Partnerships whose status or start date changes. */
  changedPartnerships: Scalars['Int']['output'];
  /** Accounts the graph did not have. */
  newAccounts: Scalars['Int']['output'];
  /** Capabilities a company newly offers. */
  newCapabilities: Scalars['Int']['output'];
  /** Companies the graph did not have. */
  newCompanies: Scalars['Int']['output'];
  /** Customers the graph did not have. */
  newCustomers: Scalars['Int']['output'];
  /** Partnerships the graph did not have. */
  newPartnerships: Scalars['Int']['output'];
  /** Rivalries newly declared. */
  newRivalries: Scalars['Int']['output'];
  /** Records removed (removeRecords), of every kind together. */
  removed: Scalars['Int']['output'];
  /** Companies whose given fields differ from the graph's. */
  updatedCompanies: Scalars['Int']['output'];
  /** Customers whose given fields differ from the graph's. */
  updatedCustomers: Scalars['Int']['output'];
};

/** What a write did, or would do. */
export type WriteResult = {
  __typename?: 'WriteResult';
  /** Removals of what the graph did not hold (no error: removing twice is the same as once). */
  absent: Array<Scalars['String']['output']>;
  /** Whether it took effect (false for a dry run). */
  applied: Scalars['Boolean']['output'];
  /** The id each record given without one got, and how it was matched. */
  assigned: Array<AssignedRecord>;
  /** The changes it recorded, as `changes` gives them (none for a dry run, or when nothing a change is about moved). */
  changes: Array<MarketChange>;
  /** What it adds, changes and removes, counted before it took effect. */
  counts: WriteCounts;
  /** Whether it was a dry run. */
  dryRun: Scalars['Boolean']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountInput: ResolverTypeWrapper<Partial<AccountInput>>;
  AccountKeyInput: ResolverTypeWrapper<Partial<AccountKeyInput>>;
  ActivityInput: ResolverTypeWrapper<Partial<ActivityInput>>;
  ActivityKind: ResolverTypeWrapper<Partial<ActivityKind>>;
  AlignmentAnswerInput: ResolverTypeWrapper<Partial<AlignmentAnswerInput>>;
  AlignmentAnswers: ResolverTypeWrapper<Partial<AlignmentAnswers>>;
  AlignmentTopic: ResolverTypeWrapper<Partial<AlignmentTopic>>;
  AmbiguousRecord: ResolverTypeWrapper<AmbiguousRecordModel>;
  AssignedRecord: ResolverTypeWrapper<Partial<AssignedRecord>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  CandidateFilter: ResolverTypeWrapper<Partial<CandidateFilter>>;
  Capability: ResolverTypeWrapper<CapabilityParentModel>;
  CapabilityGap: ResolverTypeWrapper<Partial<Omit<CapabilityGap, 'bestCandidate' | 'capability'> & { bestCandidate?: Maybe<ResolversTypes['PartnerFit']>, capability: ResolversTypes['Capability'] }>>;
  CapabilityLevel: ResolverTypeWrapper<Partial<CapabilityLevel>>;
  CapabilityOfferInput: ResolverTypeWrapper<Partial<CapabilityOfferInput>>;
  CapabilityOfferKeyInput: ResolverTypeWrapper<Partial<CapabilityOfferKeyInput>>;
  ChangeCompany: ResolverTypeWrapper<ChangeCompanyParentModel>;
  ChangeRole: ResolverTypeWrapper<Partial<ChangeRole>>;
  ChecklistBox: ResolverTypeWrapper<Partial<ChecklistBox>>;
  ChecklistBoxInput: ResolverTypeWrapper<Partial<ChecklistBoxInput>>;
  ChecklistState: ResolverTypeWrapper<Partial<ChecklistState>>;
  CommercialTerms: ResolverTypeWrapper<Partial<CommercialTerms>>;
  CommercialTermsInput: ResolverTypeWrapper<Partial<CommercialTermsInput>>;
  Company: ResolverTypeWrapper<CompanyNodeModel>;
  CompanyAccountsReport: ResolverTypeWrapper<CompanyAccountsModel>;
  CompanyCapability: ResolverTypeWrapper<Partial<Omit<CompanyCapability, 'capability'> & { capability: ResolversTypes['Capability'] }>>;
  CompanyConnection: ResolverTypeWrapper<Partial<Omit<CompanyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CompanyEdge']>, nodes: Array<ResolversTypes['Company']> }>>;
  CompanyEdge: ResolverTypeWrapper<Partial<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>>;
  CompanyInput: ResolverTypeWrapper<Partial<CompanyInput>>;
  CompetingCapability: ResolverTypeWrapper<Partial<Omit<CompetingCapability, 'capability'> & { capability: ResolversTypes['Capability'] }>>;
  Complementarity: ResolverTypeWrapper<Partial<Omit<Complementarity, 'a' | 'b' | 'competing' | 'gapsFilledForA' | 'gapsFilledForB'> & { a: ResolversTypes['Company'], b: ResolversTypes['Company'], competing: Array<ResolversTypes['CompetingCapability']>, gapsFilledForA: Array<ResolversTypes['Capability']>, gapsFilledForB: Array<ResolversTypes['Capability']> }>>;
  Conflict: ResolverTypeWrapper<ConflictModel>;
  ConflictKind: ResolverTypeWrapper<Partial<ConflictKind>>;
  CountChange: ResolverTypeWrapper<Partial<CountChange>>;
  CoveredCapability: ResolverTypeWrapper<CoveredCapabilityParentModel>;
  Customer: ResolverTypeWrapper<CustomerParentModel>;
  CustomerConnection: ResolverTypeWrapper<Partial<Omit<CustomerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CustomerEdge']>, nodes: Array<ResolversTypes['Customer']> }>>;
  CustomerEdge: ResolverTypeWrapper<Partial<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>>;
  CustomerInput: ResolverTypeWrapper<Partial<CustomerInput>>;
  CustomerRefInput: ResolverTypeWrapper<Partial<CustomerRefInput>>;
  DustCheck: ResolverTypeWrapper<Partial<Omit<DustCheck, 'reported'> & { reported: Array<ResolversTypes['MarketChange']> }>>;
  DustFlag: ResolverTypeWrapper<Partial<DustFlag>>;
  DustReason: ResolverTypeWrapper<Partial<DustReason>>;
  EcosystemEdge: ResolverTypeWrapper<Partial<EcosystemEdge>>;
  EcosystemEdgeKind: ResolverTypeWrapper<Partial<EcosystemEdgeKind>>;
  EcosystemGraph: ResolverTypeWrapper<EcosystemAnswerModel>;
  EcosystemNode: ResolverTypeWrapper<Partial<EcosystemNode>>;
  EcosystemNodeKind: ResolverTypeWrapper<Partial<EcosystemNodeKind>>;
  EcosystemSummary: ResolverTypeWrapper<Partial<EcosystemSummary>>;
  Effort: ResolverTypeWrapper<Partial<Effort>>;
  FitPair: ResolverTypeWrapper<Partial<FitPair>>;
  FitTerm: ResolverTypeWrapper<Partial<FitTerm>>;
  FitTermKind: ResolverTypeWrapper<Partial<FitTermKind>>;
  FitTerms: ResolverTypeWrapper<Partial<FitTerms>>;
  FitWeights: ResolverTypeWrapper<Partial<FitWeights>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  GoalMetric: ResolverTypeWrapper<Partial<GoalMetric>>;
  HealthFlag: ResolverTypeWrapper<Partial<HealthFlag>>;
  HealthFlagKind: ResolverTypeWrapper<Partial<HealthFlagKind>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  ImportFileReport: ResolverTypeWrapper<FileReportModel>;
  ImportPhase: ResolverTypeWrapper<Partial<ImportPhase>>;
  ImportReport: ResolverTypeWrapper<Partial<Omit<ImportReport, 'ambiguous' | 'companies' | 'files'> & { ambiguous: Array<ResolversTypes['AmbiguousRecord']>, companies: Array<ResolversTypes['CompanyAccountsReport']>, files: Array<ResolversTypes['ImportFileReport']> }>>;
  ImportState: ResolverTypeWrapper<Partial<ImportState>>;
  ImportStatus: ResolverTypeWrapper<Partial<ImportStatus>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  IntroParty: ResolverTypeWrapper<IntroPartyParentModel>;
  IntroPartyKind: ResolverTypeWrapper<Partial<IntroPartyKind>>;
  IntroPath: ResolverTypeWrapper<DescribedIntroPathModel>;
  IntroRelation: ResolverTypeWrapper<Partial<IntroRelation>>;
  IntroStep: ResolverTypeWrapper<IntroStepParentModel>;
  LedgerEntry: ResolverTypeWrapper<StoredLedgerEntryModel>;
  LedgerEntryInput: ResolverTypeWrapper<Partial<LedgerEntryInput>>;
  LedgerEntryPatch: ResolverTypeWrapper<Partial<LedgerEntryPatch>>;
  LedgerKind: ResolverTypeWrapper<Partial<LedgerKind>>;
  LedgerOutcome: ResolverTypeWrapper<Partial<LedgerOutcome>>;
  LikelihoodBand: ResolverTypeWrapper<Partial<LikelihoodBand>>;
  LikelihoodCurve: ResolverTypeWrapper<Partial<LikelihoodCurve>>;
  MarketChange: ResolverTypeWrapper<StoredChangeModel>;
  MarketChangeConnection: ResolverTypeWrapper<Partial<Omit<MarketChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MarketChangeEdge']>, nodes: Array<ResolversTypes['MarketChange']> }>>;
  MarketChangeEdge: ResolverTypeWrapper<Partial<Omit<MarketChangeEdge, 'node'> & { node: ResolversTypes['MarketChange'] }>>;
  MarketChangeKind: ResolverTypeWrapper<Partial<MarketChangeKind>>;
  MarketModel: ResolverTypeWrapper<Partial<MarketModel>>;
  MatchCandidate: ResolverTypeWrapper<Partial<MatchCandidate>>;
  MatchCounts: ResolverTypeWrapper<Partial<MatchCounts>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Overlap: ResolverTypeWrapper<OverlapAnswerModel>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  PairFit: ResolverTypeWrapper<PairAnswerModel>;
  PairRelation: ResolverTypeWrapper<Partial<PairRelation>>;
  PartnerFit: ResolverTypeWrapper<DescribedFitModel>;
  PartnerFitConnection: ResolverTypeWrapper<Partial<Omit<PartnerFitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PartnerFitEdge']>, nodes: Array<ResolversTypes['PartnerFit']> }>>;
  PartnerFitEdge: ResolverTypeWrapper<PartnerFitEdgeParentModel>;
  PartnerImpact: ResolverTypeWrapper<PartnerImpactRecordModel>;
  PartnerLift: ResolverTypeWrapper<Partial<PartnerLift>>;
  PartnerSetConflict: ResolverTypeWrapper<SetConflictModel>;
  PartnerSetConflictKind: ResolverTypeWrapper<Partial<PartnerSetConflictKind>>;
  Partnership: ResolverTypeWrapper<PartnershipParentModel>;
  PartnershipInput: ResolverTypeWrapper<Partial<PartnershipInput>>;
  PartnershipPlan: ResolverTypeWrapper<PlanViewModel>;
  PartnershipStatus: ResolverTypeWrapper<Partial<PartnershipStatus>>;
  PartnershipType: ResolverTypeWrapper<PartnershipTypeParentModel>;
  PeerPartner: ResolverTypeWrapper<Partial<Omit<PeerPartner, 'company'> & { company: ResolversTypes['Company'] }>>;
  PipelineActivity: ResolverTypeWrapper<Partial<PipelineActivity>>;
  PipelineItem: ResolverTypeWrapper<PipelineItemRecordModel>;
  PipelineItemInput: ResolverTypeWrapper<Partial<PipelineItemInput>>;
  PipelineItemPatch: ResolverTypeWrapper<Partial<PipelineItemPatch>>;
  PipelineStage: ResolverTypeWrapper<Partial<PipelineStage>>;
  PlanGoal: ResolverTypeWrapper<GoalProgressModel>;
  PlanGoalInput: ResolverTypeWrapper<Partial<PlanGoalInput>>;
  PlanPatchInput: ResolverTypeWrapper<Partial<PlanPatchInput>>;
  PlanSide: ResolverTypeWrapper<Partial<PlanSide>>;
  PlanVersion: ResolverTypeWrapper<Partial<PlanVersion>>;
  PowerBalance: ResolverTypeWrapper<Partial<PowerBalance>>;
  Quadrant: ResolverTypeWrapper<Partial<Quadrant>>;
  QuadrantThresholds: ResolverTypeWrapper<Partial<QuadrantThresholds>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankingLens: ResolverTypeWrapper<Partial<RankingLens>>;
  RecordsInput: ResolverTypeWrapper<Partial<RecordsInput>>;
  ReferralDirection: ResolverTypeWrapper<Partial<ReferralDirection>>;
  ReferralFlow: ResolverTypeWrapper<Partial<ReferralFlow>>;
  RefusedRow: ResolverTypeWrapper<Partial<RefusedRow>>;
  RemovalInput: ResolverTypeWrapper<Partial<RemovalInput>>;
  RivalPartners: ResolverTypeWrapper<Partial<RivalPartners>>;
  RivalryInput: ResolverTypeWrapper<Partial<RivalryInput>>;
  Segment: ResolverTypeWrapper<SegmentParentModel>;
  SegmentGap: ResolverTypeWrapper<Partial<Omit<SegmentGap, 'bestCandidate' | 'segment'> & { bestCandidate?: Maybe<ResolversTypes['PartnerFit']>, segment: ResolversTypes['Segment'] }>>;
  SegmentTargetInput: ResolverTypeWrapper<Partial<SegmentTargetInput>>;
  SegmentTargetKeyInput: ResolverTypeWrapper<Partial<SegmentTargetKeyInput>>;
  Severity: ResolverTypeWrapper<Partial<Severity>>;
  ShareChange: ResolverTypeWrapper<Partial<ShareChange>>;
  Shortlist: ResolverTypeWrapper<ShortlistRecordModel>;
  ShortlistConnection: ResolverTypeWrapper<Partial<Omit<ShortlistConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ShortlistEdge']>, nodes: Array<ResolversTypes['Shortlist']> }>>;
  ShortlistEdge: ResolverTypeWrapper<Partial<Omit<ShortlistEdge, 'node'> & { node: ResolversTypes['Shortlist'] }>>;
  ShortlistEntry: ResolverTypeWrapper<ShortlistEntryFitModel>;
  ShortlistEntryConnection: ResolverTypeWrapper<Partial<Omit<ShortlistEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ShortlistEntryEdge']>, nodes: Array<ResolversTypes['ShortlistEntry']> }>>;
  ShortlistEntryEdge: ResolverTypeWrapper<Partial<Omit<ShortlistEntryEdge, 'node'> & { node: ResolversTypes['ShortlistEntry'] }>>;
  Side: ResolverTypeWrapper<Partial<Side>>;
  SignedPartnership: ResolverTypeWrapper<SignedPartnershipRecordModel>;
  SigningInput: ResolverTypeWrapper<Partial<SigningInput>>;
  SkippedRows: ResolverTypeWrapper<Partial<SkippedRows>>;
  Stage: ResolverTypeWrapper<Partial<Stage>>;
  StageCount: ResolverTypeWrapper<Partial<StageCount>>;
  StageMove: ResolverTypeWrapper<Partial<StageMove>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  TermWeight: ResolverTypeWrapper<Partial<TermWeight>>;
  Weights: ResolverTypeWrapper<Partial<Weights>>;
  WhatIf: ResolverTypeWrapper<WhatIfAnswerModel>;
  WhiteSpace: ResolverTypeWrapper<WhiteSpaceAnswerModel>;
  WriteCounts: ResolverTypeWrapper<Partial<WriteCounts>>;
  WriteResult: ResolverTypeWrapper<Partial<Omit<WriteResult, 'changes'> & { changes: Array<ResolversTypes['MarketChange']> }>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountInput: Partial<AccountInput>;
  AccountKeyInput: Partial<AccountKeyInput>;
  ActivityInput: Partial<ActivityInput>;
  AlignmentAnswerInput: Partial<AlignmentAnswerInput>;
  AlignmentAnswers: Partial<AlignmentAnswers>;
  AmbiguousRecord: AmbiguousRecordModel;
  AssignedRecord: Partial<AssignedRecord>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  CandidateFilter: Partial<CandidateFilter>;
  Capability: CapabilityParentModel;
  CapabilityGap: Partial<Omit<CapabilityGap, 'bestCandidate' | 'capability'> & { bestCandidate?: Maybe<ResolversParentTypes['PartnerFit']>, capability: ResolversParentTypes['Capability'] }>;
  CapabilityOfferInput: Partial<CapabilityOfferInput>;
  CapabilityOfferKeyInput: Partial<CapabilityOfferKeyInput>;
  ChangeCompany: ChangeCompanyParentModel;
  ChecklistBox: Partial<ChecklistBox>;
  ChecklistBoxInput: Partial<ChecklistBoxInput>;
  CommercialTerms: Partial<CommercialTerms>;
  CommercialTermsInput: Partial<CommercialTermsInput>;
  Company: CompanyNodeModel;
  CompanyAccountsReport: CompanyAccountsModel;
  CompanyCapability: Partial<Omit<CompanyCapability, 'capability'> & { capability: ResolversParentTypes['Capability'] }>;
  CompanyConnection: Partial<Omit<CompanyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CompanyEdge']>, nodes: Array<ResolversParentTypes['Company']> }>;
  CompanyEdge: Partial<Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] }>;
  CompanyInput: Partial<CompanyInput>;
  CompetingCapability: Partial<Omit<CompetingCapability, 'capability'> & { capability: ResolversParentTypes['Capability'] }>;
  Complementarity: Partial<Omit<Complementarity, 'a' | 'b' | 'competing' | 'gapsFilledForA' | 'gapsFilledForB'> & { a: ResolversParentTypes['Company'], b: ResolversParentTypes['Company'], competing: Array<ResolversParentTypes['CompetingCapability']>, gapsFilledForA: Array<ResolversParentTypes['Capability']>, gapsFilledForB: Array<ResolversParentTypes['Capability']> }>;
  Conflict: ConflictModel;
  CountChange: Partial<CountChange>;
  CoveredCapability: CoveredCapabilityParentModel;
  Customer: CustomerParentModel;
  CustomerConnection: Partial<Omit<CustomerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CustomerEdge']>, nodes: Array<ResolversParentTypes['Customer']> }>;
  CustomerEdge: Partial<Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] }>;
  CustomerInput: Partial<CustomerInput>;
  CustomerRefInput: Partial<CustomerRefInput>;
  DustCheck: Partial<Omit<DustCheck, 'reported'> & { reported: Array<ResolversParentTypes['MarketChange']> }>;
  DustFlag: Partial<DustFlag>;
  EcosystemEdge: Partial<EcosystemEdge>;
  EcosystemGraph: EcosystemAnswerModel;
  EcosystemNode: Partial<EcosystemNode>;
  EcosystemSummary: Partial<EcosystemSummary>;
  FitPair: Partial<FitPair>;
  FitTerm: Partial<FitTerm>;
  FitTerms: Partial<FitTerms>;
  FitWeights: Partial<FitWeights>;
  Float: Partial<Scalars['Float']['output']>;
  HealthFlag: Partial<HealthFlag>;
  ID: Partial<Scalars['ID']['output']>;
  ImportFileReport: FileReportModel;
  ImportReport: Partial<Omit<ImportReport, 'ambiguous' | 'companies' | 'files'> & { ambiguous: Array<ResolversParentTypes['AmbiguousRecord']>, companies: Array<ResolversParentTypes['CompanyAccountsReport']>, files: Array<ResolversParentTypes['ImportFileReport']> }>;
  ImportStatus: Partial<ImportStatus>;
  Int: Partial<Scalars['Int']['output']>;
  IntroParty: IntroPartyParentModel;
  IntroPath: DescribedIntroPathModel;
  IntroStep: IntroStepParentModel;
  LedgerEntry: StoredLedgerEntryModel;
  LedgerEntryInput: Partial<LedgerEntryInput>;
  LedgerEntryPatch: Partial<LedgerEntryPatch>;
  LikelihoodCurve: Partial<LikelihoodCurve>;
  MarketChange: StoredChangeModel;
  MarketChangeConnection: Partial<Omit<MarketChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MarketChangeEdge']>, nodes: Array<ResolversParentTypes['MarketChange']> }>;
  MarketChangeEdge: Partial<Omit<MarketChangeEdge, 'node'> & { node: ResolversParentTypes['MarketChange'] }>;
  MarketModel: Partial<MarketModel>;
  MatchCandidate: Partial<MatchCandidate>;
  MatchCounts: Partial<MatchCounts>;
  Mutation: Record<PropertyKey, never>;
  Overlap: OverlapAnswerModel;
  PageInfo: Partial<PageInfo>;
  PairFit: PairAnswerModel;
  PartnerFit: DescribedFitModel;
  PartnerFitConnection: Partial<Omit<PartnerFitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PartnerFitEdge']>, nodes: Array<ResolversParentTypes['PartnerFit']> }>;
  PartnerFitEdge: PartnerFitEdgeParentModel;
  PartnerImpact: PartnerImpactRecordModel;
  PartnerLift: Partial<PartnerLift>;
  PartnerSetConflict: SetConflictModel;
  Partnership: PartnershipParentModel;
  PartnershipInput: Partial<PartnershipInput>;
  PartnershipPlan: PlanViewModel;
  PartnershipType: PartnershipTypeParentModel;
  PeerPartner: Partial<Omit<PeerPartner, 'company'> & { company: ResolversParentTypes['Company'] }>;
  PipelineActivity: Partial<PipelineActivity>;
  PipelineItem: PipelineItemRecordModel;
  PipelineItemInput: Partial<PipelineItemInput>;
  PipelineItemPatch: Partial<PipelineItemPatch>;
  PlanGoal: GoalProgressModel;
  PlanGoalInput: Partial<PlanGoalInput>;
  PlanPatchInput: Partial<PlanPatchInput>;
  PlanVersion: Partial<PlanVersion>;
  QuadrantThresholds: Partial<QuadrantThresholds>;
  Query: Record<PropertyKey, never>;
  RecordsInput: Partial<RecordsInput>;
  ReferralFlow: Partial<ReferralFlow>;
  RefusedRow: Partial<RefusedRow>;
  RemovalInput: Partial<RemovalInput>;
  RivalryInput: Partial<RivalryInput>;
  Segment: SegmentParentModel;
  SegmentGap: Partial<Omit<SegmentGap, 'bestCandidate' | 'segment'> & { bestCandidate?: Maybe<ResolversParentTypes['PartnerFit']>, segment: ResolversParentTypes['Segment'] }>;
  SegmentTargetInput: Partial<SegmentTargetInput>;
  SegmentTargetKeyInput: Partial<SegmentTargetKeyInput>;
  ShareChange: Partial<ShareChange>;
  Shortlist: ShortlistRecordModel;
  ShortlistConnection: Partial<Omit<ShortlistConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ShortlistEdge']>, nodes: Array<ResolversParentTypes['Shortlist']> }>;
  ShortlistEdge: Partial<Omit<ShortlistEdge, 'node'> & { node: ResolversParentTypes['Shortlist'] }>;
  ShortlistEntry: ShortlistEntryFitModel;
  ShortlistEntryConnection: Partial<Omit<ShortlistEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ShortlistEntryEdge']>, nodes: Array<ResolversParentTypes['ShortlistEntry']> }>;
  ShortlistEntryEdge: Partial<Omit<ShortlistEntryEdge, 'node'> & { node: ResolversParentTypes['ShortlistEntry'] }>;
  SignedPartnership: SignedPartnershipRecordModel;
  SigningInput: Partial<SigningInput>;
  SkippedRows: Partial<SkippedRows>;
  StageCount: Partial<StageCount>;
  StageMove: Partial<StageMove>;
  String: Partial<Scalars['String']['output']>;
  TermWeight: Partial<TermWeight>;
  Weights: Partial<Weights>;
  WhatIf: WhatIfAnswerModel;
  WhiteSpace: WhiteSpaceAnswerModel;
  WriteCounts: Partial<WriteCounts>;
  WriteResult: Partial<Omit<WriteResult, 'changes'> & { changes: Array<ResolversParentTypes['MarketChange']> }>;
};

export type AlignmentAnswersResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AlignmentAnswers'] = ResolversParentTypes['AlignmentAnswers']> = {
  focalAnswer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerAnswer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['AlignmentTopic'], ParentType, ContextType>;
};

export type AmbiguousRecordResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AmbiguousRecord'] = ResolversParentTypes['AmbiguousRecord']> = {
  candidates?: Resolver<Array<ResolversTypes['MatchCandidate']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placedAs?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssignedRecordResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AssignedRecord'] = ResolversParentTypes['AssignedRecord']> = {
  how?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapabilityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Capability'] = ResolversParentTypes['Capability']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapabilityGapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CapabilityGap'] = ResolversParentTypes['CapabilityGap']> = {
  bestCandidate?: Resolver<Maybe<ResolversTypes['PartnerFit']>, ParentType, ContextType>;
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
  customersReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vendors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapabilityLevelResolvers = EnumResolverSignature<{ CORE?: any, SECONDARY?: any }, ResolversTypes['CapabilityLevel']>;

export type ChangeCompanyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChangeCompany'] = ResolversParentTypes['ChangeCompany']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ChangeRole'], ParentType, ContextType>;
};

export type ChecklistBoxResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChecklistBox'] = ResolversParentTypes['ChecklistBox']> = {
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ChecklistState'], ParentType, ContextType>;
};

export type CommercialTermsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommercialTerms'] = ResolversParentTypes['CommercialTerms']> = {
  markupPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  otherTerms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referralFeePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rulesOfEngagement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  capabilities?: Resolver<Array<ResolversTypes['CompanyCapability']>, ParentType, ContextType>;
  competitors?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<CompanyCustomerCountArgs, 'stage'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<CompanyCustomersArgs, 'first' | 'stage'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType, Partial<CompanyPartnershipsArgs>>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
};

export type CompanyAccountsReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanyAccountsReport'] = ResolversParentTypes['CompanyAccountsReport']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  existingCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CompanyCapabilityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanyCapability'] = ResolversParentTypes['CompanyCapability']> = {
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CapabilityLevel'], ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type CompetingCapabilityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompetingCapability'] = ResolversParentTypes['CompetingCapability']> = {
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
  levelA?: Resolver<ResolversTypes['CapabilityLevel'], ParentType, ContextType>;
  levelB?: Resolver<ResolversTypes['CapabilityLevel'], ParentType, ContextType>;
};

export type ComplementarityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Complementarity'] = ResolversParentTypes['Complementarity']> = {
  a?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  competing?: Resolver<Array<ResolversTypes['CompetingCapability']>, ParentType, ContextType>;
  gapsFilledForA?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  gapsFilledForB?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  capability?: Resolver<Maybe<ResolversTypes['Capability']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictKind'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
};

export type CountChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountChange'] = ResolversParentTypes['CountChange']> = {
  change?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoveredCapabilityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoveredCapability'] = ResolversParentTypes['CoveredCapability']> = {
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type DustCheckResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DustCheck'] = ResolversParentTypes['DustCheck']> = {
  checkedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quietDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reported?: Resolver<Array<ResolversTypes['MarketChange']>, ParentType, ContextType>;
};

export type DustFlagResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DustFlag'] = ResolversParentTypes['DustFlag']> = {
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DustReason'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EcosystemEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EcosystemEdge'] = ResolversParentTypes['EcosystemEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EcosystemEdgeKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EcosystemGraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EcosystemGraph'] = ResolversParentTypes['EcosystemGraph']> = {
  edges?: Resolver<Array<ResolversTypes['EcosystemEdge']>, ParentType, ContextType>;
  focal?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EcosystemNode']>, ParentType, ContextType>;
};

export type EcosystemNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EcosystemNode'] = ResolversParentTypes['EcosystemNode']> = {
  conflictSeverity?: Resolver<Maybe<ResolversTypes['Severity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EcosystemNodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['PairRelation'], ParentType, ContextType>;
  ruledOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EcosystemSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EcosystemSummary'] = ResolversParentTypes['EcosystemSummary']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  import?: Resolver<Maybe<ResolversTypes['ImportStatus']>, ParentType, ContextType>;
  importedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FitTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FitTerm'] = ResolversParentTypes['FitTerm']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FitTermKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yardstick?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FitTermsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FitTerms'] = ResolversParentTypes['FitTerms']> = {
  capabilityGain?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  synergy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HealthFlagResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HealthFlag'] = ResolversParentTypes['HealthFlag']> = {
  kind?: Resolver<ResolversTypes['HealthFlagKind'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportFileReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportFileReport'] = ResolversParentTypes['ImportFileReport']> = {
  companies?: Resolver<ResolversTypes['MatchCounts'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['MatchCounts'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  layout?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedRows']>, ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  ambiguous?: Resolver<Array<ResolversTypes['AmbiguousRecord']>, ParentType, ContextType>;
  ambiguousTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['CompanyAccountsReport']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ImportFileReport']>, ParentType, ContextType>;
  finishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['RefusedRow']>, ParentType, ContextType>;
  refusedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replace?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportStatus'] = ResolversParentTypes['ImportStatus']> = {
  dataset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastHeardAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ImportPhase'], ParentType, ContextType>;
  replace?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImportState'], ParentType, ContextType>;
};

export type IntroPartyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IntroParty'] = ResolversParentTypes['IntroParty']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IntroPartyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntroPathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IntroPath'] = ResolversParentTypes['IntroPath']> = {
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['IntroStep']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IntroStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IntroStep'] = ResolversParentTypes['IntroStep']> = {
  partnershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  party?: Resolver<ResolversTypes['IntroParty'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['IntroRelation'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PartnershipStatus']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PartnershipType']>, ParentType, ContextType>;
  vendors?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LedgerEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = {
  account?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['ReferralDirection']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  focalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['LedgerOutcome'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  referredOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type LikelihoodCurveResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LikelihoodCurve'] = ResolversParentTypes['LikelihoodCurve']> = {
  intercept?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  observedRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slope?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MarketChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MarketChange'] = ResolversParentTypes['MarketChange']> = {
  after?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['ChangeCompany']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dustReason?: Resolver<Maybe<ResolversTypes['DustReason']>, ParentType, ContextType>;
  importId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MarketChangeKind'], ParentType, ContextType>;
  partnershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  partnershipType?: Resolver<Maybe<ResolversTypes['PartnershipType']>, ParentType, ContextType>;
  pipelineItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortlistId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  shortlistName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusAfter?: Resolver<Maybe<ResolversTypes['PartnershipStatus']>, ParentType, ContextType>;
  statusBefore?: Resolver<Maybe<ResolversTypes['PartnershipStatus']>, ParentType, ContextType>;
};

export type MarketChangeConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MarketChangeConnection'] = ResolversParentTypes['MarketChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MarketChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MarketChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MarketChangeEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MarketChangeEdge'] = ResolversParentTypes['MarketChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MarketChange'], ParentType, ContextType>;
};

export type MarketModelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MarketModel'] = ResolversParentTypes['MarketModel']> = {
  calibrated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coreOverlapDecisive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  coreOverlapEvidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  likelihood?: Resolver<Maybe<ResolversTypes['LikelihoodCurve']>, ParentType, ContextType>;
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rivalEvidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rivalPartners?: Resolver<ResolversTypes['RivalPartners'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['TermWeight']>, ParentType, ContextType>;
};

export type MatchCandidateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MatchCandidate'] = ResolversParentTypes['MatchCandidate']> = {
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MatchCounts'] = ResolversParentTypes['MatchCounts']> = {
  ambiguous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byDomain?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byOverride?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  existing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addToShortlist?: Resolver<ResolversTypes['Shortlist'], ParentType, ContextType, RequireFields<MutationAddToShortlistArgs, 'candidate' | 'id'>>;
  checkGatheringDust?: Resolver<ResolversTypes['DustCheck'], ParentType, ContextType>;
  createPipelineItem?: Resolver<ResolversTypes['PipelineItem'], ParentType, ContextType, RequireFields<MutationCreatePipelineItemArgs, 'input'>>;
  createShortlist?: Resolver<ResolversTypes['Shortlist'], ParentType, ContextType, RequireFields<MutationCreateShortlistArgs, 'focal' | 'name'>>;
  deleteLedgerEntry?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteLedgerEntryArgs, 'id'>>;
  deletePipelineItem?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeletePipelineItemArgs, 'id'>>;
  deleteShortlist?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteShortlistArgs, 'id'>>;
  logPipelineActivity?: Resolver<ResolversTypes['PipelineItem'], ParentType, ContextType, RequireFields<MutationLogPipelineActivityArgs, 'activity' | 'id'>>;
  movePipelineItem?: Resolver<ResolversTypes['PipelineItem'], ParentType, ContextType, RequireFields<MutationMovePipelineItemArgs, 'id' | 'stage'>>;
  recordLedgerEntry?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType, RequireFields<MutationRecordLedgerEntryArgs, 'input'>>;
  removeFromShortlist?: Resolver<ResolversTypes['Shortlist'], ParentType, ContextType, RequireFields<MutationRemoveFromShortlistArgs, 'candidate' | 'id'>>;
  removeRecords?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveRecordsArgs, 'dryRun' | 'input'>>;
  renameShortlist?: Resolver<ResolversTypes['Shortlist'], ParentType, ContextType, RequireFields<MutationRenameShortlistArgs, 'id' | 'name'>>;
  updateLedgerEntry?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType, RequireFields<MutationUpdateLedgerEntryArgs, 'id' | 'patch'>>;
  updatePartnershipPlan?: Resolver<ResolversTypes['PartnershipPlan'], ParentType, ContextType, RequireFields<MutationUpdatePartnershipPlanArgs, 'item' | 'patch'>>;
  updatePipelineItem?: Resolver<ResolversTypes['PipelineItem'], ParentType, ContextType, RequireFields<MutationUpdatePipelineItemArgs, 'id' | 'patch'>>;
  writeRecords?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationWriteRecordsArgs, 'dryRun' | 'input'>>;
};

export type OverlapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Overlap'] = ResolversParentTypes['Overlap']> = {
  a?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  jaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  matrix?: Resolver<Array<ResolversTypes['StageCount']>, ParentType, ContextType>;
  shareOfA?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shareOfB?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedCustomers?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<OverlapSharedCustomersArgs, 'first' | 'offset'>>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PairFitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PairFit'] = ResolversParentTypes['PairFit']> = {
  candidateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fit?: Resolver<Maybe<ResolversTypes['PartnerFit']>, ParentType, ContextType>;
  focalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PartnerFitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerFit'] = ResolversParentTypes['PartnerFit']> = {
  candidate?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  candidateTerms?: Resolver<ResolversTypes['FitTerms'], ParentType, ContextType>;
  capabilityGain?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conflictPenalty?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  focal?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  likelihood?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  likelihoodBand?: Resolver<ResolversTypes['LikelihoodBand'], ParentType, ContextType>;
  likelihoodSentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mutualValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  oneSided?: Resolver<Maybe<ResolversTypes['Side']>, ParentType, ContextType>;
  peerPartners?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  peers?: Resolver<Array<ResolversTypes['PeerPartner']>, ParentType, ContextType>;
  powerBalance?: Resolver<ResolversTypes['PowerBalance'], ParentType, ContextType>;
  powerGuidance?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quadrant?: Resolver<ResolversTypes['Quadrant'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendedType?: Resolver<Maybe<ResolversTypes['PartnershipType']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['PairRelation'], ParentType, ContextType>;
  ruledOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ruledOutBy?: Resolver<Maybe<ResolversTypes['Conflict']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  specificScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  synergy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['FitTerm']>, ParentType, ContextType>;
  valueToCandidate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueToFocal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  warmIntroductions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['Weights'], ParentType, ContextType>;
};

export type PartnerFitConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerFitConnection'] = ResolversParentTypes['PartnerFitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerFitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PartnerFit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerFitEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerFitEdge'] = ResolversParentTypes['PartnerFitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerFit'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerImpactResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerImpact'] = ResolversParentTypes['PartnerImpact']> = {
  balance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  balanceSentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  both?: Resolver<ResolversTypes['ReferralFlow'], ParentType, ContextType>;
  focalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromPartner?: Resolver<ResolversTypes['ReferralFlow'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['PlanGoal']>, ParentType, ContextType>;
  health?: Resolver<Array<ResolversTypes['HealthFlag']>, ParentType, ContextType>;
  lift?: Resolver<Maybe<ResolversTypes['PartnerLift']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnershipStatus?: Resolver<Maybe<ResolversTypes['PartnershipStatus']>, ParentType, ContextType>;
  pipelineItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toPartner?: Resolver<ResolversTypes['ReferralFlow'], ParentType, ContextType>;
  valueBalance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PartnerLiftResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerLift'] = ResolversParentTypes['PartnerLift']> = {
  closedWith?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedWithout?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dealSizeLift?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dealSizeWith?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dealSizeWithout?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  winRateLift?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  winRatePoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  winRateWith?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  winRateWithout?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PartnerSetConflictResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerSetConflict'] = ResolversParentTypes['PartnerSetConflict']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerSetConflictKind'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
};

export type PartnershipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnershipStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PartnershipType'], ParentType, ContextType>;
};

export type PartnershipPlanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnershipPlan'] = ResolversParentTypes['PartnershipPlan']> = {
  alignment?: Resolver<Array<ResolversTypes['AlignmentAnswers']>, ParentType, ContextType>;
  checklist?: Resolver<Array<ResolversTypes['ChecklistBox']>, ParentType, ContextType>;
  checklistDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checklistNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkpointOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  csvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effort?: Resolver<Maybe<ResolversTypes['Effort']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['PlanGoal']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['CommercialTerms'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PartnershipType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['PlanVersion']>, ParentType, ContextType, RequireFields<PartnershipPlanVersionsArgs, 'first' | 'offset'>>;
};

export type PartnershipStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, ENDED?: any, PROPOSED?: any }, ResolversTypes['PartnershipStatus']>;

export type PartnershipTypeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnershipType'] = ResolversParentTypes['PartnershipType']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effort?: Resolver<ResolversTypes['Effort'], ParentType, ContextType>;
  gtmChecklist?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PeerPartnerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PeerPartner'] = ResolversParentTypes['PeerPartner']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  rival?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PipelineActivityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PipelineActivity'] = ResolversParentTypes['PipelineActivity']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PipelineItemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PipelineItem'] = ResolversParentTypes['PipelineItem']> = {
  activities?: Resolver<Array<ResolversTypes['PipelineActivity']>, ParentType, ContextType, RequireFields<PipelineItemActivitiesArgs, 'first' | 'offset'>>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidate?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  candidateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  csvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dust?: Resolver<Array<ResolversTypes['DustFlag']>, ParentType, ContextType>;
  focal?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  focalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['PartnerImpact'], ParentType, ContextType>;
  inGraph?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastActivityOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextStep?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextStepDue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextStepOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['SignedPartnership']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['PartnershipPlan']>, ParentType, ContextType>;
  shortlistId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  stageMoves?: Resolver<Array<ResolversTypes['StageMove']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanGoalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanGoal'] = ResolversParentTypes['PlanGoal']> = {
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  behind?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expectedAtCheckpoint?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['GoalMetric'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['PlanSide'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PlanVersionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanVersion'] = ResolversParentTypes['PlanVersion']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  candidates?: Resolver<Array<ResolversTypes['PartnerFit']>, ParentType, ContextType, RequireFields<QueryCandidatesArgs, 'first' | 'focal' | 'lens'>>;
  candidatesConnection?: Resolver<ResolversTypes['PartnerFitConnection'], ParentType, ContextType, RequireFields<QueryCandidatesConnectionArgs, 'first' | 'focal' | 'lens'>>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['MarketChange']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  changesConnection?: Resolver<ResolversTypes['MarketChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesConnectionArgs, 'first'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  companiesConnection?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesConnectionArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  complementarity?: Resolver<Maybe<ResolversTypes['Complementarity']>, ParentType, ContextType, RequireFields<QueryComplementarityArgs, 'a' | 'b'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType, RequireFields<QueryConflictsArgs, 'a' | 'b'>>;
  ecosystem?: Resolver<ResolversTypes['EcosystemGraph'], ParentType, ContextType, RequireFields<QueryEcosystemArgs, 'first' | 'focal' | 'lens' | 'linksAmongOthers'>>;
  ecosystemSummary?: Resolver<ResolversTypes['EcosystemSummary'], ParentType, ContextType>;
  importReport?: Resolver<Maybe<ResolversTypes['ImportReport']>, ParentType, ContextType>;
  introPaths?: Resolver<Array<ResolversTypes['IntroPath']>, ParentType, ContextType, RequireFields<QueryIntroPathsArgs, 'first' | 'focal' | 'maxHops' | 'target'>>;
  ledger?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType, RequireFields<QueryLedgerArgs, 'first' | 'focal' | 'offset' | 'withoutPartner'>>;
  marketModel?: Resolver<ResolversTypes['MarketModel'], ParentType, ContextType>;
  overlap?: Resolver<Maybe<ResolversTypes['Overlap']>, ParentType, ContextType, RequireFields<QueryOverlapArgs, 'a' | 'b'>>;
  partnerFit?: Resolver<Maybe<ResolversTypes['PartnerFit']>, ParentType, ContextType, RequireFields<QueryPartnerFitArgs, 'candidate' | 'focal'>>;
  partnerFits?: Resolver<Array<ResolversTypes['PairFit']>, ParentType, ContextType, RequireFields<QueryPartnerFitsArgs, 'pairs'>>;
  partnerImpact?: Resolver<ResolversTypes['PartnerImpact'], ParentType, ContextType, RequireFields<QueryPartnerImpactArgs, 'focal' | 'partner'>>;
  partnerImpacts?: Resolver<Array<ResolversTypes['PartnerImpact']>, ParentType, ContextType, RequireFields<QueryPartnerImpactsArgs, 'first' | 'focal'>>;
  partnershipTypes?: Resolver<Array<ResolversTypes['PartnershipType']>, ParentType, ContextType>;
  pipeline?: Resolver<Array<ResolversTypes['PipelineItem']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'first' | 'offset'>>;
  pipelineItem?: Resolver<Maybe<ResolversTypes['PipelineItem']>, ParentType, ContextType, RequireFields<QueryPipelineItemArgs, 'id'>>;
  pipelineOwners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<QueryPipelineOwnersArgs>>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  shortlist?: Resolver<Maybe<ResolversTypes['Shortlist']>, ParentType, ContextType, RequireFields<QueryShortlistArgs, 'id'>>;
  shortlists?: Resolver<Array<ResolversTypes['Shortlist']>, ParentType, ContextType, RequireFields<QueryShortlistsArgs, 'first'>>;
  shortlistsConnection?: Resolver<ResolversTypes['ShortlistConnection'], ParentType, ContextType, RequireFields<QueryShortlistsConnectionArgs, 'first'>>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'focal'>>;
  whiteSpace?: Resolver<ResolversTypes['WhiteSpace'], ParentType, ContextType, RequireFields<QueryWhiteSpaceArgs, 'first' | 'focal'>>;
};

export type ReferralFlowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReferralFlow'] = ResolversParentTypes['ReferralFlow']> = {
  averageWonValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  closedWithDates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDaysToClose?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referrals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wonValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RefusedRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RefusedRow'] = ResolversParentTypes['RefusedRow']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SegmentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment']> = {
  companyCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SegmentGapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SegmentGap'] = ResolversParentTypes['SegmentGap']> = {
  bestCandidate?: Resolver<Maybe<ResolversTypes['PartnerFit']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type ShareChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ShareChange'] = ResolversParentTypes['ShareChange']> = {
  change?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ShortlistResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Shortlist'] = ResolversParentTypes['Shortlist']> = {
  candidateIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  csvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ShortlistEntry']>, ParentType, ContextType, RequireFields<ShortlistEntriesArgs, 'first' | 'offset'>>;
  entriesConnection?: Resolver<ResolversTypes['ShortlistEntryConnection'], ParentType, ContextType, RequireFields<ShortlistEntriesConnectionArgs, 'first'>>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  focal?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  focalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShortlistConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ShortlistConnection'] = ResolversParentTypes['ShortlistConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ShortlistEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Shortlist']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShortlistEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ShortlistEdge'] = ResolversParentTypes['ShortlistEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Shortlist'], ParentType, ContextType>;
};

export type ShortlistEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ShortlistEntry'] = ResolversParentTypes['ShortlistEntry']> = {
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidate?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  candidateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fit?: Resolver<Maybe<ResolversTypes['PartnerFit']>, ParentType, ContextType>;
  inGraph?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ShortlistEntryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ShortlistEntryConnection'] = ResolversParentTypes['ShortlistEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ShortlistEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ShortlistEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShortlistEntryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ShortlistEntryEdge'] = ResolversParentTypes['ShortlistEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ShortlistEntry'], ParentType, ContextType>;
};

export type SignedPartnershipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SignedPartnership'] = ResolversParentTypes['SignedPartnership']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inGraph?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnershipStatus'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PartnershipType']>, ParentType, ContextType>;
};

export type SkippedRowsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SkippedRows'] = ResolversParentTypes['SkippedRows']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StageResolvers = EnumResolverSignature<{ CUSTOMER?: any, OPPORTUNITY?: any, PROSPECT?: any }, ResolversTypes['Stage']>;

export type StageCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StageCount'] = ResolversParentTypes['StageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stageA?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageB?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type StageMoveResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StageMove'] = ResolversParentTypes['StageMove']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
};

export type TermWeightResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TermWeight'] = ResolversParentTypes['TermWeight']> = {
  defaultWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FitTermKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yardstick?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type WeightsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Weights'] = ResolversParentTypes['Weights']> = {
  capability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  synergy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type WhatIfResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = {
  added?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['CoveredCapability']>, ParentType, ContextType>;
  capabilitiesLost?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  capabilityCount?: Resolver<ResolversTypes['CountChange'], ParentType, ContextType>;
  conflictCount?: Resolver<ResolversTypes['CountChange'], ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['PartnerSetConflict']>, ParentType, ContextType>;
  conflictsResolved?: Resolver<Array<ResolversTypes['PartnerSetConflict']>, ParentType, ContextType>;
  dropped?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  focal?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  marketCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  reachableCustomers?: Resolver<ResolversTypes['CountChange'], ParentType, ContextType>;
  reachableShare?: Resolver<ResolversTypes['ShareChange'], ParentType, ContextType>;
};

export type WhiteSpaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WhiteSpace'] = ResolversParentTypes['WhiteSpace']> = {
  capabilities?: Resolver<Array<ResolversTypes['CapabilityGap']>, ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  focal?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['SegmentGap']>, ParentType, ContextType>;
};

export type WriteCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WriteCounts'] = ResolversParentTypes['WriteCounts']> = {
  changedAccounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changedPartnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newAccounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCapabilities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newPartnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newRivalries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WriteResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = {
  absent?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assigned?: Resolver<Array<ResolversTypes['AssignedRecord']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['MarketChange']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['WriteCounts'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  AlignmentAnswers?: AlignmentAnswersResolvers<ContextType>;
  AmbiguousRecord?: AmbiguousRecordResolvers<ContextType>;
  AssignedRecord?: AssignedRecordResolvers<ContextType>;
  Capability?: CapabilityResolvers<ContextType>;
  CapabilityGap?: CapabilityGapResolvers<ContextType>;
  CapabilityLevel?: CapabilityLevelResolvers;
  ChangeCompany?: ChangeCompanyResolvers<ContextType>;
  ChecklistBox?: ChecklistBoxResolvers<ContextType>;
  CommercialTerms?: CommercialTermsResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyAccountsReport?: CompanyAccountsReportResolvers<ContextType>;
  CompanyCapability?: CompanyCapabilityResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompetingCapability?: CompetingCapabilityResolvers<ContextType>;
  Complementarity?: ComplementarityResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  CountChange?: CountChangeResolvers<ContextType>;
  CoveredCapability?: CoveredCapabilityResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  DustCheck?: DustCheckResolvers<ContextType>;
  DustFlag?: DustFlagResolvers<ContextType>;
  EcosystemEdge?: EcosystemEdgeResolvers<ContextType>;
  EcosystemGraph?: EcosystemGraphResolvers<ContextType>;
  EcosystemNode?: EcosystemNodeResolvers<ContextType>;
  EcosystemSummary?: EcosystemSummaryResolvers<ContextType>;
  FitTerm?: FitTermResolvers<ContextType>;
  FitTerms?: FitTermsResolvers<ContextType>;
  HealthFlag?: HealthFlagResolvers<ContextType>;
  ImportFileReport?: ImportFileReportResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportStatus?: ImportStatusResolvers<ContextType>;
  IntroParty?: IntroPartyResolvers<ContextType>;
  IntroPath?: IntroPathResolvers<ContextType>;
  IntroStep?: IntroStepResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LikelihoodCurve?: LikelihoodCurveResolvers<ContextType>;
  MarketChange?: MarketChangeResolvers<ContextType>;
  MarketChangeConnection?: MarketChangeConnectionResolvers<ContextType>;
  MarketChangeEdge?: MarketChangeEdgeResolvers<ContextType>;
  MarketModel?: MarketModelResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  MatchCounts?: MatchCountsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Overlap?: OverlapResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PairFit?: PairFitResolvers<ContextType>;
  PartnerFit?: PartnerFitResolvers<ContextType>;
  PartnerFitConnection?: PartnerFitConnectionResolvers<ContextType>;
  PartnerFitEdge?: PartnerFitEdgeResolvers<ContextType>;
  PartnerImpact?: PartnerImpactResolvers<ContextType>;
  PartnerLift?: PartnerLiftResolvers<ContextType>;
  PartnerSetConflict?: PartnerSetConflictResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipPlan?: PartnershipPlanResolvers<ContextType>;
  PartnershipStatus?: PartnershipStatusResolvers;
  PartnershipType?: PartnershipTypeResolvers<ContextType>;
  PeerPartner?: PeerPartnerResolvers<ContextType>;
  PipelineActivity?: PipelineActivityResolvers<ContextType>;
  PipelineItem?: PipelineItemResolvers<ContextType>;
  PlanGoal?: PlanGoalResolvers<ContextType>;
  PlanVersion?: PlanVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReferralFlow?: ReferralFlowResolvers<ContextType>;
  RefusedRow?: RefusedRowResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentGap?: SegmentGapResolvers<ContextType>;
  ShareChange?: ShareChangeResolvers<ContextType>;
  Shortlist?: ShortlistResolvers<ContextType>;
  ShortlistConnection?: ShortlistConnectionResolvers<ContextType>;
  ShortlistEdge?: ShortlistEdgeResolvers<ContextType>;
  ShortlistEntry?: ShortlistEntryResolvers<ContextType>;
  ShortlistEntryConnection?: ShortlistEntryConnectionResolvers<ContextType>;
  ShortlistEntryEdge?: ShortlistEntryEdgeResolvers<ContextType>;
  SignedPartnership?: SignedPartnershipResolvers<ContextType>;
  SkippedRows?: SkippedRowsResolvers<ContextType>;
  Stage?: StageResolvers;
  StageCount?: StageCountResolvers<ContextType>;
  StageMove?: StageMoveResolvers<ContextType>;
  TermWeight?: TermWeightResolvers<ContextType>;
  Weights?: WeightsResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
  WhiteSpace?: WhiteSpaceResolvers<ContextType>;
  WriteCounts?: WriteCountsResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
};

