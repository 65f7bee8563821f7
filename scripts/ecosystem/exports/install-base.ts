import { categoryOf } from '../capability-catalogue.ts';
import type { Random } from '../random.ts';
import { isoDate, place } from './export-details.ts';
import { createExportFile } from './export-file.ts';
import type { ExportMarket, MarketCompany, MarketOrganisation } from './export-market.ts';
import type { TruthRecorder } from './export-truth.ts';
import { nameRecord } from './record-naming.ts';

/** HG Insights' install-base export, header as it writes it (test/fixtures/sources/hg-insights-install-base.csv). */
export const HG_INSIGHTS_HEADERS = [
  'Company Name',
  'Domain',
  'Vendor',
  'Product',
  'Product Category',
  'Intensity',
  'Date First Verified',
  'Date Last Verified',
  'Country',
] as const;

/**
 * An install-base list of who uses whom: every vendor's paying customers but those of the two
 * companies whose CRMs the folder holds (their exports say it). One row per account and vendor,
 * grouped by account as HG Insights lists them. The list has no status column, so every row is a
 * customer. A twin's last row is written without a domain: the planted ambiguity.
 */
export function writeInstallBase(
  folder: string,
  file: string,
  market: ExportMarket,
  truth: TruthRecorder,
  random: Random,
): number {
  const owners = new Set([market.you.key, market.second.key]);
  const vendorsOf = new Map<MarketOrganisation, MarketCompany[]>();
  for (const vendor of market.companies) {
    if (owners.has(vendor.key)) continue;
    for (const { customer, stage } of market.accounts.get(vendor.key) ?? []) {
      if (stage === 'customer') vendorsOf.set(customer, [...(vendorsOf.get(customer) ?? []), vendor]);
    }
  }
  const twins = new Set(market.twins.map(([, twin]) => twin.key));
  const out = createExportFile(folder, file, HG_INSIGHTS_HEADERS, { quoteAll: true });
  for (const [customer, vendors] of random.shuffled([...vendorsOf])) {
    const country = place(random, customer.region).country;
    random.shuffled(vendors).forEach((vendor, index) => {
      const named = nameRecord(random, customer, truth, {
        forceWithoutDomain: twins.has(customer.key) && index === vendors.length - 1,
      });
      const vendorName = nameRecord(random, vendor, truth, { withoutDomain: 1 });
      const capability = vendor.profile.core[0]!;
      const firstSeen = isoDate(random, 2017, 2023);
      const line = out.row({
        'Company Name': named.name,
        Domain: named.website,
        Vendor: vendorName.name,
        Product: `${vendor.name} ${capability}`,
        'Product Category': categoryOf(capability),
        Intensity: String(random.int(1, 300)),
        'Date First Verified': firstSeen,
        'Date Last Verified': isoDate(random, 2024, 2024),
        Country: country,
      });
      truth.mention(file, line, 'account', customer, named.naming);
      truth.mention(file, line, 'vendor', vendor, vendorName.naming);
      truth.account(vendor, customer, 'customer');
    });
  }
  return out.close();
}
