import { categoryOf } from './capability-catalogue.ts';
import { createDemoAccounts } from './demo-accounts.ts';
import { DEMO_COMPANIES, type DemoCompany } from './demo-catalogue.ts';
import { createDemoCustomers } from './demo-customers.ts';
import { DEMO_COMPETITORS, DEMO_PARTNERSHIPS } from './demo-relations.ts';
import type { CapabilityRow, CompanyRow, SegmentRow } from './model.ts';
import type { WriteSummary } from './summary.ts';
import { writeCsvTable } from './write-csv.ts';

/** Options of {@link writeDemoEcosystem}. */
export interface DemoOptions {
  /** Seed of the customer names and software choices. Default 2024 (the committed demo). */
  seed?: number;
  /** How many end-customers to invent. Default 3,000. */
  customers?: number;
}

export const DEMO_DEFAULT_SEED = 2024;
const DEMO_DEFAULT_CUSTOMERS = 3_000;

/** Writes the hand-shaped demo ecosystem (data/demo) into `folder`. */
export function writeDemoEcosystem(folder: string, options: DemoOptions = {}): WriteSummary {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const customers = createDemoCustomers(seed, options.customers ?? DEMO_DEFAULT_CUSTOMERS);
  const companyIds = DEMO_COMPANIES.map((company) => company.id);
  return {
    companies: writeCsvTable(folder, 'companies', DEMO_COMPANIES.map(companyRow)),
    customers: writeCsvTable(
      folder,
      'customers',
      customers.map(({ id, name, industry, region }) => ({ id, name, industry, region })),
    ),
    accounts: writeCsvTable(folder, 'accounts', createDemoAccounts(seed, customers, companyIds, DEMO_COMPETITORS)),
    capabilities: writeCsvTable(folder, 'capabilities', DEMO_COMPANIES.flatMap(capabilityRows)),
    segments: writeCsvTable(folder, 'segments', DEMO_COMPANIES.flatMap(segmentRows)),
    competitors: writeCsvTable(folder, 'competitors', DEMO_COMPETITORS),
    partnerships: writeCsvTable(folder, 'partnerships', DEMO_PARTNERSHIPS),
  };
}

function companyRow({ id, name, domain, employees, description }: DemoCompany): CompanyRow {
  return { id, name, domain, employees, description };
}

function capabilityRows(company: DemoCompany): CapabilityRow[] {
  const row = (capability: DemoCompany['core'][number], level: CapabilityRow['level']): CapabilityRow => ({
    company_id: company.id,
    capability,
    level,
    category: categoryOf(capability),
  });
  return [
    ...company.core.map((capability) => row(capability, 'core')),
    ...(company.secondary ?? []).map((capability) => row(capability, 'secondary')),
  ];
}

function segmentRows(company: DemoCompany): SegmentRow[] {
  return company.segments.map((segment) => ({ company_id: company.id, segment }));
}
