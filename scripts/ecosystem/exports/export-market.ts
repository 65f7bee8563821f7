import { createDemoAccounts } from '../demo-accounts.ts';
import { DEMO_COMPANIES, FOCAL_COMPANY_ID, type DemoCompany } from '../demo-catalogue.ts';
import { createDemoCustomers } from '../demo-customers.ts';
import { DEMO_COMPETITORS, DEMO_PARTNERSHIPS } from '../demo-relations.ts';
import { REGIONS, type Industry, type Region } from '../markets.ts';
import type { CompetitorRow, PartnershipRow, Stage } from '../model.ts';
import { createRandom } from '../random.ts';
import { customerDomain } from './customer-domains.ts';
import { looseName } from './loose-name.ts';

/**
 * The market the exports are written from: the demo's (its 60 companies, its shops and who uses
 * whom), with what exports need and the demo leaves out: a website for every shop, and a few planted
 * lookalikes ("twins"): a second, unrelated shop of the same name in another country, with a domain
 * of its own and a few vendors. A domain-less row naming either is ambiguous, as in real markets.
 *
 * The demo's name lists make some shops lookalikes by accident ("The Atlas Threads" and "Atlas
 * Threads" are two shops there). Those are left out with their accounts, the first of each kept:
 * dozens of accidental lookalikes would make nearly every pair of hubs ambiguous, and the twins are
 * the lookalikes this market is meant to have, few and known.
 */

export type OrganisationKind = 'customer' | 'company';

export interface MarketOrganisation {
  /** `customer:<id>` or `company:<id>`: how the truth names it. */
  key: string;
  kind: OrganisationKind;
  name: string;
  /** Its registrable domain (lower-case), when it has a website. */
  domain?: string;
  region: Region;
  industry?: Industry;
}

export interface MarketCompany extends MarketOrganisation {
  kind: 'company';
  /** The demo's record of it (capabilities, segments, employees, description). */
  profile: DemoCompany;
}

interface MarketAccount {
  customer: MarketOrganisation;
  stage: Stage;
}

export interface ExportMarket {
  /** The company whose HubSpot export and partner sheet the folder holds: the "you". */
  you: MarketCompany;
  /** The company whose Salesforce report the folder also holds. */
  second: MarketCompany;
  companies: MarketCompany[];
  customers: MarketOrganisation[];
  /** Each company's accounts, by company key, in the market's order. */
  accounts: Map<string, MarketAccount[]>;
  competitors: readonly CompetitorRow[];
  partnerships: readonly PartnershipRow[];
  /** Planted lookalikes: [the market's shop, its twin]. */
  twins: [MarketOrganisation, MarketOrganisation][];
}

export interface ExportMarketOptions {
  seed: number;
  /** Shops in the demo market. Default 3,000, the demo's. */
  customers?: number;
  /** Lookalike shops to plant. Default 10. */
  twins?: number;
  /** The second company's id (a Salesforce shop). Default paydrift, the payments hub. */
  second?: string;
}

export const companyKey = (id: string): string => `company:${id}`;
const customerKey = (id: string): string => `customer:${id}`;

export function createExportMarket(options: ExportMarketOptions): ExportMarket {
  const { seed } = options;
  const allDemoCustomers = createDemoCustomers(seed, options.customers ?? 3_000);
  const names = new Set<string>();
  const demoCustomers = allDemoCustomers.filter(({ name }) => {
    const loose = looseName(name);
    if (names.has(loose)) return false;
    names.add(loose);
    return true;
  });
  const taken = new Set<string>();
  const domains = createRandom(seed, 'exports-customer-domains');
  const customers: MarketOrganisation[] = demoCustomers.map(({ id, name, region, industry }) => ({
    key: customerKey(id),
    kind: 'customer',
    name,
    domain: customerDomain(domains, name, region, taken),
    region,
    industry,
  }));
  const byId = new Map(demoCustomers.map((customer, index) => [customer.id, customers[index]!]));
  const companies: MarketCompany[] = DEMO_COMPANIES.map((profile) => ({
    key: companyKey(profile.id),
    kind: 'company',
    name: profile.name,
    ...(profile.domain && { domain: profile.domain }),
    region: 'North America',
    profile,
  }));
  const accounts = new Map<string, MarketAccount[]>(companies.map((company) => [company.key, []]));
  // The accounts are drawn for the whole demo market, as the demo draws them; a left-out shop's are left out with it.
  for (const row of createDemoAccounts(
    seed,
    allDemoCustomers,
    DEMO_COMPANIES.map((company) => company.id),
    DEMO_COMPETITORS,
  )) {
    const customer = byId.get(row.customer_id);
    if (customer) accounts.get(companyKey(row.company_id))!.push({ customer, stage: row.stage });
  }
  const find = (id: string): MarketCompany => {
    const company = companies.find((candidate) => candidate.key === companyKey(id));
    if (!company) throw new Error(`the demo market has no company ${id}`);
    return company;
  };
  const you = find(FOCAL_COMPANY_ID);
  const second = find(options.second ?? 'paydrift');
  const twins = plantTwins(seed, options.twins ?? 10, { customers, companies, accounts, owners: [you, second], taken });
  return {
    you,
    second,
    companies,
    customers: [...customers, ...twins.map(([, twin]) => twin)],
    accounts,
    competitors: DEMO_COMPETITORS,
    partnerships: DEMO_PARTNERSHIPS,
    twins,
  };
}

/**
 * Twins: for `count` shops that some vendor serves, another shop of exactly the same name in another
 * region, with its own domain and two to four vendors (not the CRM owners: their exports list the
 * market's accounts as they stand).
 */
function plantTwins(
  seed: number,
  count: number,
  market: {
    customers: MarketOrganisation[];
    companies: MarketCompany[];
    accounts: Map<string, MarketAccount[]>;
    owners: MarketCompany[];
    taken: Set<string>;
  },
): [MarketOrganisation, MarketOrganisation][] {
  const random = createRandom(seed, 'exports-twins');
  const owners = new Set(market.owners.map((owner) => owner.key));
  const vendors = market.companies.filter(
    (company) =>
      !owners.has(company.key) &&
      (market.accounts.get(company.key) ?? []).some((account) => account.stage === 'customer'),
  );
  const served = new Set(
    vendors.flatMap((vendor) =>
      market.accounts
        .get(vendor.key)!
        .filter((account) => account.stage === 'customer')
        .map((account) => account.customer.key),
    ),
  );
  const originals = random.shuffled(market.customers.filter((customer) => served.has(customer.key))).slice(0, count);
  return originals.map((original) => {
    const region = random.pick(REGIONS.filter((candidate) => candidate !== original.region));
    const twin: MarketOrganisation = {
      key: `${original.key}-twin`,
      kind: 'customer',
      name: original.name,
      domain: customerDomain(random, original.name, region, market.taken),
      region,
      ...(original.industry && { industry: original.industry }),
    };
    for (const vendor of random.shuffled(vendors).slice(0, random.int(2, 4)))
      market.accounts.get(vendor.key)!.push({ customer: twin, stage: 'customer' });
    return [original, twin];
  });
}
