import { agenciesOfProduct, agencyId, agencyIndustry, agencyRegion } from './agencies.ts';
import { compareText, mostCommon } from './compare.ts';
import type { Vendor } from './companies.ts';
import { stageOf, strongerStage, type Stage } from './stages.ts';

/** A row of `customers.csv`. */
export interface CustomerRow {
  id: string;
  name: string;
  industry: string;
  region: string;
}

/** A row of `accounts.csv`. */
export interface AccountRow {
  company_id: string;
  customer_id: string;
  stage: Stage;
}

/** The agencies as customers, and each vendor's strongest stage with each agency. */
export interface AgencyAccounts {
  readonly customers: CustomerRow[];
  readonly accounts: AccountRow[];
}

/**
 * Every agency a vendor's products name becomes a customer; the vendor's stage with that
 * agency is the strongest stage (customer > opportunity > prospect) over the products that
 * name it, each product contributing the stage of its designation (stages.ts).
 */
export function agencyAccounts(vendors: readonly Vendor[]): AgencyAccounts {
  const spellings = new Map<string, string[]>();
  const stages = new Map<string, Stage>();
  for (const vendor of vendors) {
    for (const product of vendor.products) {
      for (const agency of agenciesOfProduct(product)) {
        const customerId = agencyId(agency);
        spellings.set(customerId, [...(spellings.get(customerId) ?? []), agency]);
        const key = `${vendor.id}\t${customerId}`;
        const known = stages.get(key);
        const stage = stageOf(product.Designation);
        stages.set(key, known ? strongerStage(known, stage) : stage);
      }
    }
  }
  return { customers: customerRows(spellings), accounts: accountRows(stages) };
}

function customerRows(spellings: ReadonlyMap<string, string[]>): CustomerRow[] {
  return [...spellings]
    .map(([id, names]) => ({
      id,
      name: mostCommon(names) ?? id,
      industry: agencyIndustry,
      region: agencyRegion,
    }))
    .sort((a, b) => compareText(a.id, b.id));
}

function accountRows(stages: ReadonlyMap<string, Stage>): AccountRow[] {
  return [...stages]
    .map(([key, stage]) => {
      const [companyId = '', customerId = ''] = key.split('\t');
      return { company_id: companyId, customer_id: customerId, stage };
    })
    .sort((a, b) => compareText(a.company_id, b.company_id) || compareText(a.customer_id, b.customer_id));
}
