import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customerName } from '../customer-names.ts';
import { INDUSTRIES, INDUSTRY_WEIGHTS, REGIONS, REGION_WEIGHTS } from '../markets.ts';
import { createPowerLawSampler } from '../power-law.ts';
import { createRandom } from '../random.ts';
import { createSyntheticCompanies } from '../synthetic-companies.ts';
import { brandName } from '../synthetic-names.ts';
import { customerDomain } from './customer-domains.ts';
import { isoDate, place } from './export-details.ts';
import { createExportFile } from './export-file.ts';
import { HG_INSIGHTS_HEADERS } from './install-base.ts';
import { looseName } from './loose-name.ts';
import { spellDomain, spellName } from './spellings.ts';
import { WITHOUT_DOMAIN } from './record-naming.ts';
import { TRUTH_FILE } from './export-truth.ts';
import { categoryOf } from '../capability-catalogue.ts';

/** The large list's file name. */
const LARGE_INSTALL_BASE_FILE = 'hg-insights-install-base.csv';

export interface LargeInstallBaseOptions {
  seed: number;
  /** Distinct accounts (organisations) the list names. */
  accounts: number;
  /** Rows: each account has rows ÷ accounts vendors (one more for the first rows mod accounts). */
  rows: number;
  /** Vendors the accounts are drawn over, by popularity (a few hubs, a long tail). */
  vendors: number;
}

/** What a large list's truth holds: counts, not every record (a million records' truth would be 100 MB of JSON). */
export interface InstallBaseTruth {
  version: 1;
  market: 'synthetic';
  seed: number;
  file: string;
  rows: number;
  accounts: number;
  rowsWithoutDomain: number;
  /** Each vendor's name as the list writes it, and how many distinct accounts it has (all paying customers). */
  vendors: { name: string; customers: number }[];
}

/**
 * An install-base list at scale, for the importer's memory: `accounts` distinct shops over `vendors`
 * synthetic vendors, one row per account and vendor, grouped by account as HG Insights lists them.
 * Each account is spelled one way throughout the file (HG writes its company master's name), with
 * its website in one of its forms, or, for a fifth of the accounts (so a fifth of the rows), with
 * none: a company the tool knows no domain for has none in any row. Each vendor is written by its
 * name. An account is thus one matching key however many rows it has, so lists of the same accounts
 * in more rows differ in rows alone. Every
 * account's name is its own (no lookalikes), so a correct import has exactly `accounts` customers and
 * each vendor exactly its count. Streamed: memory grows with accounts (their names and domains, to
 * keep them distinct), not rows.
 */
export function writeLargeInstallBase(folder: string, options: LargeInstallBaseOptions): InstallBaseTruth {
  const { seed, accounts, rows, vendors: vendorCount } = options;
  const perAccount = Math.floor(rows / accounts);
  if (accounts < 1 || rows < accounts || Math.ceil(rows / accounts) > vendorCount) {
    throw new Error(
      `${rows} rows over ${accounts} accounts need between 1 and ${vendorCount} vendors an account; give more vendors or fewer rows`,
    );
  }
  const random = createRandom(seed, 'large-install-base');
  const vendors = distinctVendors(seed, vendorCount);
  const popularity = createPowerLawSampler(vendorCount, 1, 2.5);
  const lastAccountOf = new Int32Array(vendorCount).fill(-1);
  const names = new Set<string>();
  const domains = new Set<string>();
  const out = createExportFile(folder, LARGE_INSTALL_BASE_FILE, HG_INSIGHTS_HEADERS, {
    quoteAll: true,
    chunkRows: 20_000,
  });
  let rowsWithoutDomain = 0;
  for (let account = 0; account < accounts; account += 1) {
    const industry = random.weighted(INDUSTRIES, INDUSTRY_WEIGHTS);
    const region = random.weighted(REGIONS, REGION_WEIGHTS);
    const shopName = () => customerName(random, industry, region).replace(/^The /, '');
    let name = shopName();
    // The shop names repeat at this size; a made-up brand in front keeps each account its own.
    while (names.has(looseName(name))) name = `${brandName(random)} ${shopName()}`;
    names.add(looseName(name));
    const spelled = spellName(random, name).text;
    const website = spellDomain(random, customerDomain(random, name, region, domains)).text;
    const withoutDomain = random.chance(WITHOUT_DOMAIN);
    const country = place(random, region).country;
    const count = perAccount + (account < rows % accounts ? 1 : 0);
    for (let linked = 0, attempt = 0; linked < count; attempt += 1) {
      // Popular vendors saturate for an account with many; then any vendor it lacks will do.
      const vendor = attempt < count * 20 + 100 ? popularity.draw(random) : random.int(0, vendorCount - 1);
      if (lastAccountOf[vendor] === account) continue;
      lastAccountOf[vendor] = account;
      linked += 1;
      if (withoutDomain) rowsWithoutDomain += 1;
      vendors[vendor]!.customers += 1;
      out.row({
        'Company Name': spelled,
        Domain: withoutDomain ? '' : website,
        Vendor: vendors[vendor]!.name,
        Product: vendors[vendor]!.name,
        'Product Category': vendors[vendor]!.category,
        Intensity: String(random.int(1, 300)),
        'Date First Verified': isoDate(random, 2017, 2023),
        'Date Last Verified': isoDate(random, 2024, 2024),
        Country: country,
      });
    }
  }
  const written = out.close();
  const truth: InstallBaseTruth = {
    version: 1,
    market: 'synthetic',
    seed,
    file: LARGE_INSTALL_BASE_FILE,
    rows: written,
    accounts,
    rowsWithoutDomain,
    vendors: vendors.map(({ name, customers }) => ({ name, customers })),
  };
  writeFileSync(join(folder, TRUTH_FILE), `${JSON.stringify(truth, null, 1)}\n`);
  return truth;
}

/** `count` synthetic vendors whose names no spelling confuses (the generator's brands may repeat). */
function distinctVendors(seed: number, count: number): { name: string; category: string; customers: number }[] {
  const seen = new Set<string>();
  const vendors: { name: string; category: string; customers: number }[] = [];
  for (const company of createSyntheticCompanies(seed, count * 2).companies) {
    if (vendors.length === count || seen.has(looseName(company.row.name))) continue;
    seen.add(looseName(company.row.name));
    vendors.push({ name: company.row.name, category: categoryOf(company.mainCapability), customers: 0 });
  }
  if (vendors.length < count) throw new Error(`could not name ${count} distinct vendors`);
  return vendors;
}
