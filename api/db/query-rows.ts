import type { PoolLists } from '../analysis/candidate-facts.ts';
import type { DustReason } from '../analysis/gathering-dust.ts';
import type { LedgerKind, LedgerOutcome, ReferralDirection } from '../analysis/partner-impact.ts';
import type { PartnershipTypeDefinition } from '../domain/partnership-types.ts';
import type { ChangeKind } from '../domain/change-kinds.ts';
import type { ActivityKind, PipelineStage } from '../domain/pipeline-stages.ts';
import type { ImportLockRecord, ImportPreview, MarketBounds } from './bookkeeping-rows.ts';
import type { AccountStage } from '../sources/stage-tables.ts';

/**
 * What each named query (cypher/<name>.cypher) returns, one row type per
 * query, so `tx.run(name, …)` and `db.read(name, …)` give typed rows and no
 * caller casts. Values are as api/db/database.ts hands them over: the driver
 * runs with `disableLosslessIntegers`, so every integer is a number; dates and
 * moments are stored as ISO text (the Cypher converts the import lock's
 * temporal values with toString), so they are strings; lists are arrays and
 * maps are objects.
 *
 * Neo4j keeps no null property: a node's property the code may leave out
 * (`{.*}` projections) is optional here, while an explicit projection
 * (`{.id, .owner}`) or a column that may be null is `| null`. A node
 * deleted by another transaction while a read projects it comes back without
 * its properties; the stores that can meet one check its id before use.
 *
 * Type aliases rather than interfaces on purpose: an alias is assignable to
 * `Record<string, unknown>` (the generic `Row`), so code that takes any row
 * (CSV columns, `Object.values`) still accepts these.
 *
 * The enumerations (stages, kinds, statuses), and the records a query returns
 * exactly (the import lock, the import preview, the market's bounds), are
 * imported as types from the modules that define them; this module holds no
 * values.
 */

// ---------------------------------------------------------------------------
// Nodes as `{.*}` projects them

/** A company node (`c {.*}`); the counts are kept by the importer. */
export type CompanyProperties = {
  id: string;
  name: string;
  domain?: string;
  description?: string;
  employees?: number;
  matchName?: string;
  matchDomain?: string;
  customerCount?: number;
  prospectCount?: number;
  opportunityCount?: number;
  capabilityCount?: number;
};

/** A customer node (`customer {.*}`). */
type CustomerProperties = {
  id: string;
  name: string;
  industry?: string;
  region?: string;
  domain?: string;
  matchName?: string;
  matchDomain?: string;
};

export type CapabilityLevel = 'core' | 'secondary';

export type PartnershipStatus = 'proposed' | 'active' | 'ended';

export type CapabilityProperties = { id: string; name: string; category?: string };

export type SegmentProperties = { id: string; name: string };

/** A partnership type node: the catalogue's definition, as seeded (cypher/seed-partnership-types.cypher). */
export type PartnershipTypeProperties = PartnershipTypeDefinition;

export type PartnershipProperties = { id: string; status: PartnershipStatus; since?: string };

/** A pin of a shortlist, as shortlist/list and shortlist/page project it. */
type ShortlistEntryRow = { candidateId: string; note: string | null; addedAt: string; inGraph: boolean };

type ShortlistRow = { id: string; name: string; createdAt: string; focalId: string; entries: ShortlistEntryRow[] };

/** A recorded change (cypher/changes/record.cypher, pipeline/dust-record.cypher); `companies` is JSON text. */
export type ChangeProperties = {
  seq: number;
  kind: ChangeKind | 'GATHERING_DUST';
  sentence: string;
  concerns: string[];
  companies: string;
  partnershipId?: string;
  typeId?: string;
  statusBefore?: string;
  statusAfter?: string;
  before?: number;
  after?: number;
  shortlistId?: string;
  shortlistName?: string;
  pipelineItemId?: string;
  dustReason?: DustReason;
};

/** An import's change: only the kinds an import finds. */
type ImportChangeProperties = ChangeProperties & { kind: ChangeKind };

/** A change as changes(…) lists it: the change and its import. */
type ListedChangeRow = ChangeProperties & { importId: string; importedAt: string; dataset: string | null };

/**
 * A pipeline item node (cypher/pipeline/create.cypher, move.cypher, …); a
 * signed item carries its partnership's fields, all written together.
 */
type PipelineItemProperties = PipelineItemBase & (SignedItem | UnsignedItem);

type SignedItem = {
  partnershipId: string;
  partnershipTypeId: string;
  partnershipStatus: 'proposed' | 'active';
  partnershipSince?: string;
  signedAt: string;
  signedBy: string;
};

type UnsignedItem = { [Key in keyof SignedItem]?: undefined };

type PipelineItemBase = {
  id: string;
  key: string;
  focalId: string;
  candidateId: string;
  shortlistId?: string;
  stage: PipelineStage;
  owner?: string;
  nextStep?: string;
  nextStepDue?: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  touchedOn?: string;
  signingBy?: string;
  signingSince?: string;
  dustReported?: string[];
};

type PipelineMoveProperties = {
  from?: PipelineStage;
  to: PipelineStage;
  at: string;
  by: string;
  note?: string;
  seq: number;
};

type ActivityProperties = {
  id: string;
  kind: ActivityKind;
  on: string;
  summary: string;
  by: string;
  recordedAt: string;
};

/** A partnership plan node: its parts as JSON text (cypher/pipeline/plan-save.cypher). */
type PlanProperties = {
  itemId: string;
  version: number;
  typeId?: string;
  startsOn?: string;
  checkpointOn?: string;
  goals?: string;
  alignment?: string;
  terms?: string;
  checklist?: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
};

/** A ledger entry node (cypher/ledger/upsert.cypher): nulls are not stored. */
type LedgerEntryProperties = {
  id: string;
  focalId: string;
  partnerId?: string;
  direction?: ReferralDirection;
  kind?: LedgerKind;
  name?: string;
  account?: string;
  outcome?: LedgerOutcome;
  value?: number;
  currency?: string;
  referredOn?: string;
  closedOn?: string;
  note?: string;
  source?: string;
  externalId?: string;
  createdAt?: string;
  createdBy?: string;
  updatedAt: string;
  updatedBy: string;
};

/** A ledger entry as the impact figures read it (ledger/facts.cypher, pipeline/dust-items.cypher): missing properties are null. */
type LedgerFactRow = {
  partnerId: string | null;
  direction: ReferralDirection | null;
  outcome: LedgerOutcome | null;
  value: number | null;
  referredOn: string | null;
  closedOn: string | null;
};

/** A partnership of exactly the two companies (pipeline/creation-facts, pipeline/pair-partnership). */
type PairPartnershipRow = { id: string; status: PartnershipStatus; since: string | null; typeId: string };

/** A run of recorded changes waiting for the webhook. */
type UndeliveredRunRow<Change> = {
  id: string;
  dataset: string;
  replace: boolean;
  finishedAt: string;
  counts: string;
  changes: Change[];
};

// ---------------------------------------------------------------------------
// Compact lists (arrays rather than maps, for size)

/** [partnership id, status, since, type id, party ids] */
type PartnershipTuple = [string, PartnershipStatus, string | null, string | null, string[]];
/** [id, name, customer count, capability count, employees] */
type CompanyTuple = [string, string, number, number, number | null];

type Focal = {
  id: string;
  name: string;
  customerCount: number | null;
  capabilityCount: number | null;
  employees: number | null;
};

type CandidatePoolRow = PoolLists & {
  focal: Focal;
  directoryVersion: string | null;
  partners: string[];
};

type AccountKey = { company: string; customer: string };

// ---------------------------------------------------------------------------
// The map: query name → row

/** The same row for every query of `Names`. */
type Rows<Names extends string, Row> = { [Name in Names]: Row };

/** Run for what they write: their rows (none, or a count) are not read. */
type Written = Rows<
  | 'seed-partnership-types'
  | 'migrate/shortlists-by-id'
  | 'migrate/pipeline-dust-lock'
  | 'import/record-dataset'
  | 'import/bump-companies-version'
  | 'import/stage/segments'
  | 'import/stage/competitors'
  | 'import/stage/placeholders'
  | 'import/stage/source/accounts'
  | 'import/stage/source/company-details'
  | 'import/stage/source/capabilities'
  | 'import/stage/source/partnerships'
  | 'import/stage/source/ledger'
  | 'import/switch-to-staged'
  | 'import/mark-touched'
  | 'market/store-model',
  Record<string, never>
>;

/** A column of ids: of what they wrote or matched (no row when it was not there), or that they found. */
type Ids = Rows<
  | 'shortlist/create'
  | 'shortlist/rename'
  | 'shortlist/delete'
  | 'shortlist/unpin'
  | 'import/company-ids'
  | 'import/report/store'
  | 'changes/mark-delivered'
  | 'pipeline/update'
  | 'pipeline/move'
  | 'pipeline/delete'
  | 'pipeline/claim-signing'
  | 'pipeline/release-signing'
  | 'pipeline/known-ids'
  | 'pipeline/dust-lock'
  | 'pipeline/dust-record'
  | 'ledger/delete',
  { id: string }
>;

/** Staging: the lines of the rows that changed something (segments and rivalries return none). */
type Staged = Rows<
  | 'import/stage/companies'
  | 'import/stage/customers'
  | 'import/stage/accounts'
  | 'import/stage/capabilities'
  | 'import/stage/partnerships',
  { line: number }
>;

/** A merge's steps: how many staged records a batch applied. */
type Applied = Rows<
  | 'import/apply/companies'
  | 'import/apply/customers'
  | 'import/apply/accounts'
  | 'import/apply/capabilities'
  | 'import/apply/offers'
  | 'import/apply/segments'
  | 'import/apply/targets'
  | 'import/apply/competitors'
  | 'import/apply/partnerships'
  | 'import/apply/counts',
  { applied: number }
>;

/** The import lock and the pending completion: the run that holds them; no row when another run does. */
type LockRuns = Rows<
  | 'import/lock/acquire'
  | 'import/lock/heartbeat'
  | 'import/lock/set-phase'
  | 'import/lock/take-over'
  | 'import/lock/begin'
  | 'import/lock/hold'
  | 'import/pending/store'
  | 'import/pending/mark-calibrated',
  { run: string }
>;
export type QueryRows = Written &
  Ids &
  Staged &
  Applied &
  LockRuns & {
    company: { company: CompanyProperties };
    'companies-search': { company: CompanyProperties };
    'companies-list': { company: CompanyProperties };
    'companies-page': { total: number; companies: CompanyProperties[] };
    'companies-search-page': { total: number; companies: CompanyProperties[]; version: string | null };
    'company-customers': { customer: CustomerProperties };
    'market-bounds': MarketBounds & { version: string | null };
    'company-segments': { segment: SegmentProperties };
    'company-competitors': { company: CompanyProperties };
    'company-partnerships': {
      partnership: PartnershipProperties & { type: PartnershipTypeProperties; parties: CompanyProperties[] };
    };
    overlap: {
      a: CompanyProperties;
      b: CompanyProperties;
      matrix: { stageA: AccountStage; stageB: AccountStage; count: number }[];
    };
    complementarity: {
      a: CompanyProperties;
      b: CompanyProperties;
      gapsFilledForA: CapabilityProperties[];
      gapsFilledForB: CapabilityProperties[];
      competing: { capability: CapabilityProperties; levelA: CapabilityLevel; levelB: CapabilityLevel }[];
    };
    // The two pool queries are read by one caller: each names the other's lists as absent.
    'candidate-pool': CandidatePoolRow & { inSegment: string[]; offeringCapability: string[]; candidates?: undefined };
    'candidate-pool-listed': CandidatePoolRow & {
      candidates: CompanyTuple[];
      inSegment?: undefined;
      offeringCapability?: undefined;
    };
    'market-directory': {
      version: string | null;
      /** The market model as JSON text, when one was calibrated. */
      model: string | null;
      customerCount: number;
      segments: [string, string][];
      /** [id, name, customer count, capability count, employees, segment ids] */
      companies: [...CompanyTuple, string[]][];
      partnerships: PartnershipTuple[];
    };
    'market-version': { version: string | null };
    'companies-by-ids': {
      company: CompanyProperties;
      capabilities: { id: string; name: string; category: string | null; level: CapabilityLevel }[];
    };
    'ecosystem-edges': {
      partnerships: [string, string, PartnershipStatus][];
      rivalries: [string, string][];
      offers: [string, string][];
    };
    /** Positions in $ids of the drawn companies serving the same customers, and how many customers. */
    'ecosystem-shared-customers': { drawn: number[]; customers: number };
    'shared-customers': { customer: CustomerProperties };
    'partnership-types': { type: PartnershipTypeProperties };
    segments: { segment: SegmentProperties & { companyCount: number } };
    capabilities: { capability: CapabilityProperties & { companyCount: number } };
    'database-is-empty': { empty: boolean };
    'ecosystem-summary': {
      name: string | null;
      importedAt: string | null;
      companies: number;
      customers: number;
      accounts: number;
      partnerships: number;
      importLock: Pick<
        ImportLockRecord,
        | 'dataset'
        | 'replace'
        | 'phase'
        | 'pid'
        | 'host'
        | 'processStart'
        | 'file'
        | 'rows'
        | 'startedAt'
        | 'heartbeatAt'
        | 'silentSeconds'
      > | null;
    };
    'shortlist/pin': { id: string; known: boolean; focal: boolean; full: boolean };
    'shortlist/list': { shortlist: ShortlistRow };
    'shortlist/page': { total: number; shortlists: ShortlistRow[] };
    'shortlist/bounds': { shortlists: number; focals: number; pins: number; byFocal: [string, number][] };
    'import/ledger-staged': { entry: LedgerEntryProperties };
    'import/ledger-clear': { cleared: number };
    'import/match/live-customers': { id: string; name: string | null; domain: string | null };
    'import/match/live-companies': { id: string; name: string | null; domain: string | null };
    'import/match/missing-keys': {
      kind: 'customer' | 'company';
      id: string;
      name: string | null;
      domain: string | null;
    };
    'import/match/set-keys': { done: boolean };
    'import/preview': ImportPreview;
    /** The match report as JSON text. */
    'import/report/latest': { report: string; finishedAt: string };
    /** The keys of $… the graph holds, as they were given. */
    'writes/present': {
      companies: string[];
      customers: string[];
      accounts: AccountKey[];
      offers: { company: string; capability: string }[];
      targets: { company: string; segment: string }[];
      rivalries: { company: string; competitor: string }[];
      partnerships: string[];
    };
    'writes/remove': { fromAccounts: string[]; fromOffers: string[]; fromCustomers: string[][]; removed: number };
    'writes/recount': { counted: number };
    'import/stage/count-accounts-and-capabilities': { counted: number };
    'import/has-leftovers': { leftovers: boolean };
    'import/cleanup-relationships': { deleted: number };
    'import/cleanup-nodes': { deleted: number };
    'import/lock/read': { lock: ImportLockRecord };
    'import/lock/release': { released: number };
    /** `snapshot` is the market before the import, as JSON text. */
    'import/pending/read': {
      pending: {
        run: string;
        dataset: string;
        title: string | null;
        replace: boolean;
        snapshot: string | null;
        calibrated: boolean;
      };
    };
    'import/pending/clear': { cleared: number };
    /** The companies of a walk after its start, and the open partnerships between them as [id, status, since, type id]. */
    'discovery/intro-walk': {
      companies: string[];
      links: [string, 'active' | 'proposed', string | null, string | null][];
    };
    'discovery/intro-references': { customer: string; name: string; vendors: number; met: string[] };
    'discovery/intro-shared-customers': { customer: string; name: string; vendors: number };
    'discovery/what-if': {
      marketCustomers: number;
      reachableToday: number;
      reachableWhatIf: number;
      /** [capability id, name, category, the member offering it] */
      offers: [string, string, string | null, string][];
      rivals: string[];
      rivalries: [string, string][];
      partnersOfRivals: [string, string][];
    };
    'discovery/white-space': {
      customers: number | null;
      /** [capability id, name, category, customers reached, vendors, the companies offering it] */
      gaps: [string, string, string | null, number, number, string[]][];
    };
    'changes/market-facts': {
      companies: [string, string][];
      partnerships: PartnershipTuple[];
      rivalries: [string, string][];
    };
    'changes/shortlist-pins': { shortlistId: string; shortlistName: string; focal: string; candidate: string };
    /** [one company, the other, shared customers] */
    'changes/record': { stored: number };
    'changes/list': { change: ListedChangeRow };
    'changes/page': { total: number; changes: ListedChangeRow[] };
    'changes/knows-company': { known: boolean };
    'changes/undelivered': { run: UndeliveredRunRow<ImportChangeProperties> & { baseline: boolean } };
    'pipeline/creation-facts': {
      focalKnown: boolean;
      candidateKnown: boolean;
      shortlistFocal: string | null;
      pinned: boolean;
      existingItem: string | null;
      partnership: PairPartnershipRow | null;
    };
    'pipeline/create': { id: string; created: boolean };
    'pipeline/list': {
      item: PipelineItemProperties & {
        inGraph: boolean;
        partnershipInGraph: boolean;
        activityCount: number;
        moves: PipelineMoveProperties[];
      };
    };
    'pipeline/lock': { item: PipelineItemProperties & { activityCount: number } };
    'pipeline/log-activity': { id: string; logged: boolean };
    'pipeline/activities': { activity: ActivityProperties };
    'pipeline/owners': { owner: string };
    'pipeline/pair-partnership': { partnership: PairPartnershipRow };
    'pipeline/plan-read': { plan: PlanProperties };
    'pipeline/plan-save': { version: number };
    'pipeline/plan-versions': { version: { version: number; at: string; by: string; changes: string[] } };
    'pipeline/pair-facts': {
      partnerId: string;
      status: PartnershipStatus | null;
      item: { id: string; stage: PipelineStage; touchedOn: string | null; createdAt: string } | null;
      plan: PlanProperties | null;
    };
    'pipeline/impact-partners': { partners: string[] };
    'pipeline/dust-items': {
      item: {
        id: string;
        focalId: string;
        candidateId: string;
        stage: PipelineStage;
        owner: string | null;
        touchedOn: string | null;
        createdAt: string;
        dustReported: string[] | null;
        partnershipId: string | null;
        partnershipTypeId: string | null;
        plan: { startsOn: string | null; checkpointOn: string | null; goals: string | null } | null;
        ledger: LedgerFactRow[];
        focalName: string | null;
        candidateName: string | null;
      };
    };
    'pipeline/dust-mark': { marked: number };
    'pipeline/dust-undelivered': { run: UndeliveredRunRow<ChangeProperties> };
    'ledger/upsert': { written: number };
    'ledger/lock': { entry: LedgerEntryProperties };
    'ledger/read': { entry: LedgerEntryProperties };
    'ledger/list': { entry: LedgerEntryProperties };
    'ledger/facts': LedgerFactRow;
  };
