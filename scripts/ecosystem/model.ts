/**
 * The rows of the CSV import format (README, "Loading your own data"), one type per CSV file, and the
 * enum values the importer accepts. Column order here is the header order.
 */

export const STAGES = ['customer', 'prospect', 'opportunity'] as const;
export type Stage = (typeof STAGES)[number];

export const CAPABILITY_LEVELS = ['core', 'secondary'] as const;
export type CapabilityLevel = (typeof CAPABILITY_LEVELS)[number];

export const PARTNERSHIP_STATUSES = ['proposed', 'active', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const PARTNERSHIP_TYPES = [
  'referral',
  'affiliate',
  'reseller',
  'technology_integration',
  'co_marketing',
  'co_selling',
  'oem',
  'consortium',
  'strategic_alliance',
] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export interface CompanyRow {
  id: string;
  name: string;
  domain?: string;
  employees?: number;
  description?: string;
}

interface CustomerRow {
  id: string;
  name: string;
  industry?: string;
  region?: string;
}

export interface AccountRow {
  company_id: string;
  customer_id: string;
  stage: Stage;
}

export interface CapabilityRow {
  company_id: string;
  capability: string;
  level: CapabilityLevel;
  category: string;
}

export interface SegmentRow {
  company_id: string;
  segment: string;
}

export interface CompetitorRow {
  company_id: string;
  competitor_id: string;
}

export interface PartnershipRow {
  id: string;
  /** Company ids joined with `;` (two or more). */
  parties: string;
  type: PartnershipType;
  status: PartnershipStatus;
  /** YYYY-MM-DD. */
  since?: string;
}

/** Each CSV file of a data folder with its columns, in header order. */
export const CSV_FILES = {
  companies: { file: 'companies.csv', columns: ['id', 'name', 'domain', 'employees', 'description'] },
  customers: { file: 'customers.csv', columns: ['id', 'name', 'industry', 'region'] },
  accounts: { file: 'accounts.csv', columns: ['company_id', 'customer_id', 'stage'] },
  capabilities: { file: 'capabilities.csv', columns: ['company_id', 'capability', 'level', 'category'] },
  segments: { file: 'segments.csv', columns: ['company_id', 'segment'] },
  competitors: { file: 'competitors.csv', columns: ['company_id', 'competitor_id'] },
  partnerships: { file: 'partnerships.csv', columns: ['id', 'parties', 'type', 'status', 'since'] },
} as const satisfies Record<string, { file: string; columns: readonly string[] }>;

export type CsvTable = keyof typeof CSV_FILES;

/** The row type written to each table. */
export interface RowOf {
  companies: CompanyRow;
  customers: CustomerRow;
  accounts: AccountRow;
  capabilities: CapabilityRow;
  segments: SegmentRow;
  competitors: CompetitorRow;
  partnerships: PartnershipRow;
}
