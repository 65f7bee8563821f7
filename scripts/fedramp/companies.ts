import { compareText } from './compare.ts';
import { companyDomain } from './domains.ts';
import type { Product } from './marketplace-schema.ts';
import { firstSentence, truncate } from './text.ts';
import { chooseDisplayName, vendorId } from './vendor-names.ts';

/** A vendor with all its products: one PartnerGraph company. */
export interface Vendor {
  readonly id: string;
  readonly name: string;
  /** Sorted by product name, then package id. */
  readonly products: readonly Product[];
}

/** A row of `companies.csv`. */
export interface CompanyRow {
  id: string;
  name: string;
  domain: string;
  employees: string;
  description: string;
}

/** How many product names a company description lists before "and N more". */
const listedProducts = 5;
/** Longest first sentence of the first product's description kept in a company description. */
const sentenceLength = 200;

/** Groups products into vendors by normalised name (see vendor-names.ts); sorted by id. */
export function groupVendors(products: readonly Product[]): Vendor[] {
  const byId = new Map<string, Product[]>();
  for (const product of products) {
    const id = vendorId(product.Cloud_Service_Provider_Name);
    byId.set(id, [...(byId.get(id) ?? []), product]);
  }
  return [...byId]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, group]) => ({
      id,
      name: chooseDisplayName(group.map((product) => product.Cloud_Service_Provider_Name)),
      products: [...group].sort(
        (a, b) =>
          compareText(a.Cloud_Service_Provider_Package, b.Cloud_Service_Provider_Package) ||
          compareText(a.Package_ID, b.Package_ID),
      ),
    }));
}

/** The company row of a vendor; employees stay empty because the export does not say. */
export function companyRow(vendor: Vendor): CompanyRow {
  return {
    id: vendor.id,
    name: vendor.name,
    domain: companyDomain(vendor.products.map((product) => product.CSP_Website)),
    employees: '',
    description: companyDescription(vendor.products),
  };
}

/**
 * A short description from the products: "FedRAMP products: A; B. <first sentence of the
 * first described product>", listing at most five names and cutting the sentence at 200
 * characters.
 */
function companyDescription(products: readonly Product[]): string {
  const names = [...new Set(products.map((product) => product.Cloud_Service_Provider_Package.trim()))];
  const shown = names.slice(0, listedProducts).join('; ');
  const more = names.length > listedProducts ? ` and ${names.length - listedProducts} more` : '';
  const described = products.find((product) => product.CSO_Description?.trim());
  const sentence = described ? truncate(firstSentence(described.CSO_Description ?? ''), sentenceLength) : '';
  const label = names.length === 1 ? 'FedRAMP product' : 'FedRAMP products';
  return [`${label}: ${shown}${more}.`, sentence].filter(Boolean).join(' ');
}
