import { agencyAccounts, type AccountRow, type CustomerRow } from './accounts.ts';
import { compareText } from './compare.ts';
import { companyRow, groupVendors, type CompanyRow, type Vendor } from './companies.ts';
import { companyCapabilityRows, type CapabilityRow } from './company-capabilities.ts';
import { parseMarketplace, type Marketplace } from './marketplace-schema.ts';
import { runsOnPartnerships, type PartnershipRow } from './partnerships.ts';
import { competitorRows, type CompetitorRow } from './rivalries.ts';
import { companySegmentRows, type SegmentRow } from './segments.ts';

/** The PartnerGraph tables converted from one marketplace export, rows sorted. */
export interface ConvertedTables {
  companies: CompanyRow[];
  customers: CustomerRow[];
  accounts: AccountRow[];
  capabilities: CapabilityRow[];
  segments: SegmentRow[];
  competitors: CompetitorRow[];
  partnerships: PartnershipRow[];
}

/** Facts about the conversion that the data README and the CLI report. */
interface ConversionReport {
  /** Day the export was created (`meta.Created_At`), YYYY-MM-DD. */
  readonly exportDate: string;
  readonly productCount: number;
  /** Distinct `Cloud_Service_Provider_Name` values as typed. */
  readonly rawVendorNameCount: number;
  /** Companies that more than one spelling was merged into: id → the spellings. */
  readonly mergedVendorNames: ReadonlyMap<string, readonly string[]>;
  /** Package ids that more than one product carries. */
  readonly duplicatePackageIds: readonly string[];
  readonly repairedReferences: readonly string[];
  readonly unresolvedReferences: readonly string[];
}

export interface Conversion {
  readonly tables: ConvertedTables;
  readonly report: ConversionReport;
}

/** Converts a parsed `data.json` (validated here) into PartnerGraph's import tables. */
export function convertMarketplace(json: unknown): Conversion {
  const marketplace = parseMarketplace(json);
  const vendors = groupVendors(marketplace.data.Providers);
  const companies = vendors.map(companyRow);
  const { customers, accounts } = agencyAccounts(vendors);
  const runsOn = runsOnPartnerships(vendors);
  const tables: ConvertedTables = {
    companies,
    customers,
    accounts,
    capabilities: companyCapabilityRows(vendors),
    segments: companySegmentRows(vendors),
    competitors: competitorRows(new Set(companies.map((company) => company.id))),
    partnerships: runsOn.rows,
  };
  return { tables, report: conversionReport(marketplace, vendors, runsOn) };
}

function conversionReport(
  marketplace: Marketplace,
  vendors: readonly Vendor[],
  runsOn: ReturnType<typeof runsOnPartnerships>,
): ConversionReport {
  const products = marketplace.data.Providers;
  const merged = new Map<string, string[]>();
  for (const vendor of vendors) {
    const spellings = new Set(vendor.products.map((product) => product.Cloud_Service_Provider_Name));
    if (spellings.size > 1) merged.set(vendor.id, [...spellings].sort(compareText));
  }
  return {
    exportDate: marketplace.meta.Created_At.slice(0, 10),
    productCount: products.length,
    rawVendorNameCount: new Set(products.map((product) => product.Cloud_Service_Provider_Name)).size,
    mergedVendorNames: merged,
    duplicatePackageIds: duplicates(products.map((product) => product.Package_ID)),
    repairedReferences: runsOn.repairedReferences,
    unresolvedReferences: runsOn.unresolvedReferences,
  };
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated].sort(compareText);
}
