import type { FieldOf, SourceRole } from './roles.ts';

/**
 * The header tables: every layout PartnerGraph recognises by its header row, with the spellings that place
 * each of our fields. Spellings are written as the tools write them; they are compared through
 * `comparable` (case, spaces, underscores and punctuation ignored), so `Company name`, `company_name` and
 * `COMPANY NAME` are one entry. docs/import.md lists these tables for people; a test checks every entry
 * places its field.
 */

/** Something a file must have to be a layout: one of `fields` placed, or one of `headers` present. */
export interface Requirement<Field extends string = string> {
  /** What is missing, for "no column names an account (Company, Account, …)". */
  label: string;
  fields?: readonly Field[];
  headers?: readonly string[];
  /**
   * Says what kind of file this is (a vendor column, a HubSpot column), where the others (a column naming
   * an organisation) fit many kinds. A file that has it comes close to the layout, and an unrecognised
   * file's sentence says what else the layout would need.
   */
  defining?: boolean;
  /** Names an organisation (an account, a partner, a company): what an unrecognised file's sentence lists as present. */
  organisation?: boolean;
}

export interface LayoutDefinition<Role extends SourceRole = SourceRole> {
  layout: string;
  role: Role;
  /** For sentences: "HubSpot companies export: Record ID, Company name, Lifecycle Stage". */
  title: string;
  /** The same inside a sentence: "as a HubSpot companies export, it has no …". */
  noun: string;
  /**
   * Headers the tool always writes: all present make the layout `certain`, whatever else the file has.
   * Each entry lists interchangeable spellings. Empty: the layout is never certain (a hand-made sheet).
   */
  signature: readonly (readonly string[])[];
  /** Recognised by its signature alone, never by synonyms (a BuiltWith list has no column to tell it by otherwise). */
  onlyBySignature?: boolean;
  /** Our field → the header spellings that place it, preferred first. */
  synonyms: { readonly [Field in FieldOf<Role>]?: readonly string[] };
  /** What a file must have to be this layout by its synonyms (`likely`). */
  requires: readonly Requirement<FieldOf<Role>>[];
  /**
   * Headers that contradict the layout. A partner sheet lists the partners of one company, the folder's
   * owner; a Company column beside Partner would say whose partner each row is, which is another file.
   */
  conflicts?: readonly string[];
  /** Why a conflicting header rules the layout out, for the unrecognised file's sentence. */
  conflictsMean?: string;
  /** The layout fits only when no other does (a directory is any list of companies with attributes). */
  fallback?: boolean;
  /** What `why` adds once the columns are placed: what a missing or unusual column means for the rows. */
  note?: (columns: Partial<Record<FieldOf<Role>, string>>) => string | undefined;
}

/** Ties a definition's field names to its role. */
const define = <Role extends SourceRole>(definition: LayoutDefinition<Role>): LayoutDefinition<Role> => definition;

const HUBSPOT_COMPANIES = define({
  layout: 'hubspot-companies',
  role: 'crm-accounts',
  title: 'HubSpot companies export',
  noun: 'a HubSpot companies export',
  signature: [['Record ID'], ['Company name'], ['Lifecycle Stage']],
  synonyms: {
    sourceId: ['Record ID', 'Company ID', 'hs_object_id'],
    name: ['Company name', 'Name'],
    domain: ['Company Domain Name', 'Domain'],
    website: ['Website URL'],
    stage: ['Lifecycle Stage'],
    industry: ['Industry'],
    region: ['Country/Region', 'Country'],
    employees: ['Number of Employees', 'Employees'],
  },
  requires: [
    { label: 'an account', fields: ['name', 'domain', 'website'], organisation: true },
    // Headers only HubSpot writes; `Record ID` alone is enough, as is `Lifecycle Stage`.
    {
      label: 'a HubSpot column',
      defining: true,
      headers: [
        'Record ID',
        'Lifecycle Stage',
        'Company Domain Name',
        'Company owner',
        'hs_object_id',
        'HubSpot Owner',
      ],
    },
  ],
  note: (columns) =>
    columns.stage
      ? undefined
      : 'no Lifecycle Stage column, so every account is a prospect (the stage of an empty lifecycle stage) unless the plan says otherwise',
});

const SALESFORCE_ACCOUNTS = define({
  layout: 'salesforce-accounts',
  role: 'crm-accounts',
  title: 'Salesforce accounts report',
  noun: 'a Salesforce accounts report',
  signature: [['Account Name'], ['Type', 'Account Type'], ['Account ID', 'Account Owner']],
  synonyms: {
    sourceId: ['Account ID', 'Id'],
    name: ['Account Name', 'Account', 'Name'],
    domain: ['Domain', 'Account Domain'],
    website: ['Website'],
    stage: ['Type', 'Account Type'],
    industry: ['Industry'],
    region: ['Billing Country', 'Billing Country Code', 'Shipping Country', 'Country'],
    employees: ['Employees', 'NumberOfEmployees'],
  },
  requires: [
    { label: 'an account', fields: ['name', 'domain', 'website'], organisation: true },
    // `Type` alone is not Salesforce's: partner sheets have one too. These are Salesforce's own labels (and API names).
    {
      label: 'a Salesforce column',
      defining: true,
      headers: [
        'Account ID',
        'Account Owner',
        'Account Type',
        'Parent Account',
        'Billing Country',
        'Billing City',
        'Billing State/Province',
        'Billing Street',
        'Billing Zip/Postal Code',
        'Account Number',
        'Account Source',
        'OwnerId',
        'ParentId',
      ],
    },
  ],
  note: (columns) =>
    columns.stage
      ? undefined
      : 'no Type column, so every account is a prospect (the stage of an empty type) unless the plan says otherwise',
});

const BUILTWITH_LIST = define({
  layout: 'builtwith-list',
  role: 'install-base',
  title: 'BuiltWith list',
  noun: 'a BuiltWith list',
  signature: [['Domain'], ['Location on Site'], ['First Detected'], ['Last Found']],
  onlyBySignature: true,
  synonyms: {
    account: ['Company'],
    accountDomain: ['Domain'],
    firstSeen: ['First Detected'],
    lastSeen: ['Last Found'],
  },
  requires: [],
  // A BuiltWith list is the sites using one technology, which it names only in the list's title.
  note: () => 'the list is about one technology, which its rows do not name: write it as "vendor" in import-plan.json',
});

const INSTALL_BASE = define({
  layout: 'install-base',
  role: 'install-base',
  title: 'Install base',
  noun: 'an install base',
  signature: [],
  synonyms: {
    account: [
      'Company',
      'Account',
      'Company Name',
      'Account Name',
      'Organization',
      'Organisation',
      'Customer',
      'Customer Name',
    ],
    accountDomain: ['Domain', 'Company Domain', 'Account Domain', 'Root Domain'],
    accountWebsite: ['Website', 'Company Website', 'Website URL', 'Account Website', 'URL'],
    vendor: ['Vendor', 'Technology', 'Tool', 'Vendor Name', 'Technology Name'],
    product: ['Product', 'Product Name'],
    vendorDomain: ['Vendor Domain', 'Vendor Website', 'Technology Domain'],
    stage: ['Status', 'Stage', 'Install Status'],
    firstSeen: [
      'First Seen',
      'First Detected',
      'First Verified',
      'First Verified Date',
      'Date First Verified',
      'First Found',
      'Install Date',
    ],
    lastSeen: ['Last Seen', 'Last Detected', 'Last Verified', 'Last Verified Date', 'Date Last Verified', 'Last Found'],
  },
  requires: [
    { label: 'an account', fields: ['account', 'accountDomain', 'accountWebsite'], organisation: true },
    { label: 'a vendor', fields: ['vendor', 'product'], defining: true },
  ],
  note: (columns) =>
    columns.product && !columns.vendor
      ? `${columns.product} may name a product rather than its vendor ("Salesforce Sales Cloud"): the matcher resolves the vendor by that name`
      : undefined,
});

const PARTNER_SHEET = define({
  layout: 'partner-sheet',
  role: 'partner-sheet',
  title: 'Partner sheet',
  noun: 'a partner sheet',
  signature: [],
  synonyms: {
    partner: ['Partner', 'Partner Name', 'Partner Account', 'Partner Company', 'Partner Organization'],
    partnerDomain: ['Partner Domain', 'Domain'],
    partnerWebsite: ['Partner Website', 'Website', 'Website URL', 'URL'],
    type: ['Partnership Type', 'Partner Type', 'Type'],
    status: ['Status', 'Partnership Status', 'Partner Status'],
    since: ['Start Date', 'Since', 'Partner Since', 'Partnership Start', 'Date Signed'],
  },
  requires: [
    { label: 'a partner', fields: ['partner'], defining: true, organisation: true },
    { label: 'the partnership type', fields: ['type'] },
  ],
  conflicts: [
    'Company',
    'Company Name',
    'Account',
    'Account Name',
    'Organization',
    'Organisation',
    'Customer',
    'Customer Name',
    'Vendor',
    'Technology',
  ],
  conflictsMean: "a partner sheet lists the partners of the folder's owner, one a row, and names no other company",
});

const COMPANY_DIRECTORY = define({
  layout: 'company-directory',
  role: 'company-directory',
  title: 'Company directory',
  noun: 'a company directory',
  signature: [],
  synonyms: {
    name: ['Company', 'Company Name', 'Name', 'Organization', 'Organisation'],
    domain: ['Domain', 'Company Domain'],
    website: ['Website', 'Website URL', 'URL', 'Homepage'],
    capabilities: ['Capabilities', 'Capability', 'Category', 'Categories'],
    segments: ['Segments', 'Segment', 'Target Segments', 'Markets'],
    employees: ['Employees', 'Employee Count', 'Number of Employees', 'Headcount', 'Company Size', 'Size'],
    description: ['Description', 'About', 'Summary'],
    competitors: ['Competitors', 'Competitor', 'Rivals'],
  },
  requires: [
    { label: 'a company', fields: ['name', 'domain', 'website'], organisation: true },
    {
      label: 'something about the companies',
      fields: ['capabilities', 'segments', 'competitors', 'description', 'employees'],
      defining: true,
    },
  ],
  fallback: true,
});

/** Headers that say whose partner a deal came through, as partner programmes name the field. */
const PARTNER_FIELD = [
  'Partner',
  'Partner Name',
  'Partner Account',
  'Partner Company',
  'Referral Partner',
  'Referring Partner',
  'Sourcing Partner',
  'Primary Partner',
];
/** Who brought whom, when the export says (api/sources/deal-words.ts reads the values). */
const DIRECTION_FIELD = ['Referral Direction', 'Partner Direction', 'Direction', 'Partner Role'];

const HUBSPOT_DEALS = define({
  layout: 'hubspot-deals',
  role: 'crm-deals',
  title: 'HubSpot deals export',
  noun: 'a HubSpot deals export',
  signature: [['Record ID', 'Deal ID'], ['Deal Name'], ['Deal Stage']],
  synonyms: {
    sourceId: ['Record ID', 'Deal ID'],
    name: ['Deal Name'],
    account: ['Associated Company', 'Associated Company (Primary)', 'Company name', 'Company'],
    accountDomain: ['Company Domain Name', 'Associated Company Domain'],
    partner: PARTNER_FIELD,
    partnerDomain: ['Partner Domain', 'Partner Website'],
    stage: ['Deal Stage'],
    amount: ['Amount', 'Amount in company currency', 'Deal Amount'],
    currency: ['Deal Currency Code', 'Currency'],
    created: ['Create Date', 'Created Date'],
    closed: ['Close Date'],
    direction: DIRECTION_FIELD,
  },
  requires: [
    { label: 'a deal', fields: ['name', 'sourceId'] },
    // Not `defining`: the sentence for an unrecognised file keeps to the kinds of file the graph is made from.
    { label: 'a HubSpot deals column', headers: ['Deal Stage', 'Deal Name', 'Pipeline', 'Deal owner'] },
  ],
  note: (columns) =>
    columns.partner
      ? undefined
      : 'no partner column, so every deal is one of the owner’s own, without a partner (the baseline of the partner lift); name the partner column in import-plan.json',
});

const SALESFORCE_OPPORTUNITIES = define({
  layout: 'salesforce-opportunities',
  role: 'crm-deals',
  title: 'Salesforce opportunities report',
  noun: 'a Salesforce opportunities report',
  signature: [['Opportunity Name'], ['Stage'], ['Close Date']],
  synonyms: {
    sourceId: ['Opportunity ID'],
    name: ['Opportunity Name'],
    account: ['Account Name', 'Account'],
    accountDomain: ['Account Domain'],
    partner: PARTNER_FIELD,
    partnerDomain: ['Partner Domain', 'Partner Website'],
    stage: ['Stage', 'StageName'],
    amount: ['Amount', 'Opportunity Amount'],
    currency: ['Opportunity Currency', 'Currency', 'CurrencyIsoCode'],
    created: ['Created Date', 'CreatedDate'],
    closed: ['Close Date', 'CloseDate'],
    direction: DIRECTION_FIELD,
  },
  requires: [
    { label: 'an opportunity', fields: ['name', 'sourceId'] },
    {
      label: 'a Salesforce opportunities column',
      headers: [
        'Opportunity Name',
        'Opportunity ID',
        'Opportunity Owner',
        'StageName',
        'Probability (%)',
        'Fiscal Period',
      ],
    },
  ],
  note: (columns) =>
    columns.partner
      ? undefined
      : 'no partner column, so every opportunity is one of the owner’s own, without a partner (the baseline of the partner lift); name the partner column in import-plan.json',
});

/** Every layout, in the order their sentences list them. */
export const LAYOUTS: readonly LayoutDefinition[] = [
  HUBSPOT_COMPANIES,
  SALESFORCE_ACCOUNTS,
  BUILTWITH_LIST,
  INSTALL_BASE,
  PARTNER_SHEET,
  COMPANY_DIRECTORY,
  HUBSPOT_DEALS,
  SALESFORCE_OPPORTUNITIES,
] as readonly LayoutDefinition[];

export function layoutNamed(layout: string): LayoutDefinition | undefined {
  return LAYOUTS.find((definition) => definition.layout === layout);
}

export function layoutsOf(role: SourceRole): LayoutDefinition[] {
  return LAYOUTS.filter((definition) => definition.role === role);
}
