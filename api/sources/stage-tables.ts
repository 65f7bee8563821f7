import { PARTNERSHIP_TYPE_IDS } from '../domain/partnership-types.ts';
import { comparable } from './comparable.ts';
import type { SourceRole } from './roles.ts';

/**
 * What a CRM's stage or type value, or an install base's status, makes of a row: an account at one of our
 * three stages (accounts.csv's `customer`, `prospect`, `opportunity`), a partner of the file's owner, a rival,
 * or nothing (`skip`). The tables are the defaults the plan starts from (import-plan.ts writes them into each
 * file's `stages`, where a person can change them). Values are compared through `comparable`, so HubSpot's
 * internal `marketingqualifiedlead` and its label `Marketing Qualified Lead` are one entry. docs/import.md
 * gives the reasons below in a table.
 */
export type AccountStage = 'customer' | 'prospect' | 'opportunity';

/**
 * `partner` is a partner of the file's owner, of no type the catalogue names; `partner:<type id>` one of
 * that type (api/domain/partnership-types.ts). `skip` leaves the row out, with a sentence saying why.
 */
type StageTarget = AccountStage | 'partner' | `partner:${string}` | 'competitor' | DealOutcomeTarget | 'skip';

/** What a deal's stage says of its outcome, for the ledger (a deals export's rows). */
type DealOutcomeTarget = 'open' | 'won' | 'lost';
export type StageTable = Readonly<Record<string, StageTarget>>;

/**
 * HubSpot's default lifecycle stages. As Crossbeam's default populations do, only `customer` is a
 * customer and `opportunity` an opportunity; every earlier stage, and none, is a prospect. An evangelist is a
 * customer who promotes you. `Other` is what HubSpot users pick for vendors, partners and the like: it says
 * nothing about a sale, so the row is skipped.
 */
export const HUBSPOT_LIFECYCLE_STAGES: StageTable = {
  '': 'prospect',
  Subscriber: 'prospect',
  Lead: 'prospect',
  'Marketing Qualified Lead': 'prospect',
  'Sales Qualified Lead': 'prospect',
  Opportunity: 'opportunity',
  Customer: 'customer',
  Evangelist: 'customer',
  Other: 'skip',
};

/**
 * Salesforce's Account Type picklist: the classic defaults (`Customer - Direct`, `Channel Partner /
 * Reseller`, …) and the newer ones (`Customer`, `Reseller`, `Integrator`, …). A partner type is a
 * partnership of the owner with that account, typed when the catalogue has the type (a reseller, a technology
 * partner); an installation partner or integrator (a services firm) and a plain `Partner` have no catalogue
 * type, so the partnership is left untyped for the importer. A competitor is a declared rivalry. `Pending`
 * is a deal awaiting signature: an opportunity. Analysts, investors, the press and `Other` are not in the
 * market the graph describes: skipped.
 */
export const SALESFORCE_ACCOUNT_TYPES: StageTable = {
  '': 'prospect',
  Prospect: 'prospect',
  Pending: 'opportunity',
  'Customer - Direct': 'customer',
  'Customer - Channel': 'customer',
  Customer: 'customer',
  'Channel Partner / Reseller': 'partner:reseller',
  Reseller: 'partner:reseller',
  Distributor: 'partner:reseller',
  'Technology Partner': 'partner:technology_integration',
  'Installation Partner': 'partner',
  Integrator: 'partner',
  Partner: 'partner',
  Competitor: 'competitor',
  Analyst: 'skip',
  Investor: 'skip',
  Press: 'skip',
  Other: 'skip',
};

/**
 * An install base's status. A row without one is an install the tool detected: a customer of the vendor.
 * A former install (churned, removed) is skipped: the graph has no "former customer" link, and counting it
 * as a customer would inflate today's overlaps.
 */
export const INSTALL_STATUSES: StageTable = {
  '': 'customer',
  Current: 'customer',
  Customer: 'customer',
  Active: 'customer',
  Installed: 'customer',
  Live: 'customer',
  Evaluating: 'opportunity',
  Evaluation: 'opportunity',
  Trial: 'opportunity',
  POC: 'opportunity',
  Pilot: 'opportunity',
  Prospect: 'prospect',
  Churned: 'skip',
  Former: 'skip',
  Removed: 'skip',
  Inactive: 'skip',
};

/**
 * HubSpot's default sales pipeline, by internal name and by label: every stage before a close is an
 * open deal. A deal of another pipeline with stages of its own needs them added to "stages" in the plan.
 */
const HUBSPOT_DEAL_STAGES: StageTable = {
  '': 'open',
  appointmentscheduled: 'open',
  'Appointment Scheduled': 'open',
  qualifiedtobuy: 'open',
  'Qualified To Buy': 'open',
  presentationscheduled: 'open',
  'Presentation Scheduled': 'open',
  decisionmakerboughtin: 'open',
  'Decision Maker Bought-In': 'open',
  contractsent: 'open',
  'Contract Sent': 'open',
  closedwon: 'won',
  'Closed Won': 'won',
  closedlost: 'lost',
  'Closed Lost': 'lost',
  Open: 'open',
  Won: 'won',
  Lost: 'lost',
};

/** Salesforce's default opportunity stages: everything before Closed Won or Closed Lost is open. */
const SALESFORCE_OPPORTUNITY_STAGES: StageTable = {
  '': 'open',
  Prospecting: 'open',
  Qualification: 'open',
  'Needs Analysis': 'open',
  'Value Proposition': 'open',
  'Id. Decision Makers': 'open',
  'Perception Analysis': 'open',
  'Proposal/Price Quote': 'open',
  'Negotiation/Review': 'open',
  'Closed Won': 'won',
  'Closed Lost': 'lost',
  Open: 'open',
  Won: 'won',
  Lost: 'lost',
};

/** The default table of each layout that reads a stage column. */
export const STAGE_TABLES: Readonly<Record<string, StageTable>> = {
  'hubspot-companies': HUBSPOT_LIFECYCLE_STAGES,
  'salesforce-accounts': SALESFORCE_ACCOUNT_TYPES,
  'install-base': INSTALL_STATUSES,
  'builtwith-list': INSTALL_STATUSES,
  'hubspot-deals': HUBSPOT_DEAL_STAGES,
  'salesforce-opportunities': SALESFORCE_OPPORTUNITY_STAGES,
};

/** What a row of each role can become, for the plan's checks and their messages. */
export function stageTargetsOf(role: SourceRole): readonly string[] {
  if (role === 'crm-accounts')
    return [
      'customer',
      'prospect',
      'opportunity',
      'partner',
      ...PARTNERSHIP_TYPE_IDS.map((id) => `partner:${id}`),
      'competitor',
      'skip',
    ];
  if (role === 'install-base') return ['customer', 'prospect', 'opportunity', 'skip'];
  if (role === 'crm-deals') return ['open', 'won', 'lost', 'skip'];
  return [];
}

export function rolesWithStages(): SourceRole[] {
  return ['crm-accounts', 'install-base', 'crm-deals'];
}

/** Each table's entries by their comparable form, built once per table: mapRow looks a value up for every row. */
const compiled = new WeakMap<object, ReadonlyMap<string, string>>();

/** The target of `value` in `table`, compared as `comparable` does; undefined when the table has no entry. */
export function stageOf(table: Readonly<Record<string, string>>, value: string): string | undefined {
  let entries = compiled.get(table);
  if (!entries) {
    entries = new Map(Object.entries(table).map(([entry, target]) => [comparable(entry), target]));
    compiled.set(table, entries);
  }
  return entries.get(comparable(value));
}
