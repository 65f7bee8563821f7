import { customerName } from './customer-names.ts';
import { INDUSTRIES, INDUSTRY_WEIGHTS, REGIONS, REGION_WEIGHTS } from './markets.ts';
import { STAGES, type Stage } from './model.ts';
import { createPowerLawSampler } from './power-law.ts';
import { createRandom } from './random.ts';
import type { SyntheticCompanies } from './synthetic-companies.ts';
import { customerDegrees } from './synthetic-degrees.ts';
import { createCsvWriter } from './write-csv.ts';

/** Options of {@link writeSyntheticCustomers}. */
export interface SyntheticAccountOptions {
  seed: number;
  /** Number of customers (M). */
  customers: number;
  /** Exact number of account rows (L). */
  links: number;
}

/** Most customers are paying; the rest sit in someone's pipeline. */
const STAGE_WEIGHTS: Record<Stage, number> = { customer: 78, prospect: 14, opportunity: 8 };
/** Zipf exponent and offset of company popularity: a few hubs serve a large share of the market. */
const COMPANY_EXPONENT = 1;
const COMPANY_OFFSET = 2.5;

/**
 * Streams customers.csv and accounts.csv: one customer at a time, its name
 * and its distinct companies, drawn by popularity. Nothing proportional to
 * the number of links is held in memory.
 */
export function writeSyntheticCustomers(
  folder: string,
  { companies, byPopularity }: SyntheticCompanies,
  options: SyntheticAccountOptions,
): { customers: number; accounts: number } {
  const random = createRandom(options.seed, 'synthetic-accounts');
  const companyCount = companies.length;
  const degrees = customerDegrees(createRandom(options.seed, 'synthetic-degrees'), {
    customers: options.customers,
    links: options.links,
    maxDegree: maxVendorsPerCustomer(companyCount, options.links / options.customers),
  });
  const popularity = createPowerLawSampler(companyCount, COMPANY_EXPONENT, COMPANY_OFFSET);
  // lastCustomerOf[company] === customer index marks "already linked" without a set per customer.
  const lastCustomerOf = new Int32Array(companyCount).fill(-1);
  const stageWeights = STAGES.map((stage) => STAGE_WEIGHTS[stage]);
  const customerWriter = createCsvWriter(folder, 'customers');
  const accountWriter = createCsvWriter(folder, 'accounts');
  const width = Math.max(6, String(options.customers).length);

  for (let customer = 0; customer < options.customers; customer++) {
    const id = `cu-${String(customer + 1).padStart(width, '0')}`;
    const industry = random.weighted(INDUSTRIES, INDUSTRY_WEIGHTS);
    const region = random.weighted(REGIONS, REGION_WEIGHTS);
    customerWriter.write({ id, name: customerName(random, industry, region), industry, region });
    const degree = degrees[customer] ?? 0;
    const drawCompany = (attempt: number): number =>
      // Popular companies saturate for the rare customer with hundreds of vendors; then any company will do.
      attempt < degree * 20 + 100 ? (byPopularity[popularity.draw(random)] ?? 0) : random.int(0, companyCount - 1);
    for (let linked = 0, attempt = 0; linked < degree; attempt++) {
      const company = drawCompany(attempt);
      if (lastCustomerOf[company] === customer) continue;
      lastCustomerOf[company] = customer;
      linked++;
      const stage = random.weighted(STAGES, stageWeights);
      accountWriter.write({ company_id: companyId(companies, company), customer_id: id, stage });
    }
  }
  return { customers: customerWriter.close(), accounts: accountWriter.close() };
}

/**
 * A quarter of all companies: enough for "a few customers with very many
 * links", few enough that drawing them distinct stays cheap. Never below what
 * the average degree needs.
 */
function maxVendorsPerCustomer(companyCount: number, meanDegree: number): number {
  return Math.min(companyCount, Math.max(Math.ceil(meanDegree * 4), Math.floor(companyCount / 4), 1));
}

function companyId(companies: SyntheticCompanies['companies'], index: number): string {
  const company = companies[index];
  if (!company) throw new Error(`no company at index ${index}`);
  return company.row.id;
}
