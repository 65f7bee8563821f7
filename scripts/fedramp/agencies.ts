import { slugify } from '../../api/domain/slug.ts';
import type { Product } from './marketplace-schema.ts';

/**
 * Federal agencies become PartnerGraph customers. The converter works at the level of the
 * *agency* ("Department of Defense"), not the subagency ("Defense Information Systems
 * Agency"): the issue asks for agencies, and subagencies are filled in on fewer than half of
 * the letters, so using them would split one department into a named part and an anonymous
 * rest, hiding overlap between vendors that sell to the same department.
 */

/**
 * Values of the agency fields that are not a customer:
 * - the JAB (Joint Authorization Board) authorises on behalf of the whole government; it
 *   does not buy or use the product;
 * - "CSP Supplied" marks an authorisation the vendor brought itself;
 * - "Other Executive Branch Agency" is a bucket, not one customer: keeping it would invent
 *   shared customers between every vendor that lists it.
 */
const notACustomer = [
  /\bJAB\b/i,
  /joint authori[sz]ation board/i,
  /^CSP Supplied$/i,
  /^Other Executive Branch Agency$/i,
];

/** Typos seen in the export, fixed so the same agency gets one id. */
const typoFixes: readonly [RegExp, string][] = [[/\bDeparment\b/g, 'Department']];

/** Industry and region of every agency customer. */
export const agencyIndustry = 'Federal government';
export const agencyRegion = 'United States';

/** An agency name as the customer should show it, or undefined when it is not a customer. */
function normaliseAgencyName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let name = raw.replace(/\s+/g, ' ').trim();
  for (const [typo, fix] of typoFixes) name = name.replace(typo, fix);
  if (name === '' || notACustomer.some((pattern) => pattern.test(name))) return undefined;
  return name;
}

/** The customer id of an agency: the slug of its normalised name. */
export function agencyId(name: string): string {
  return slugify(name);
}

/**
 * Every agency a product names: the agencies of its ATO letters (leaving out letters the PMO
 * keeps out of the marketplace) plus the product's own sponsoring and authorising agency,
 * deduplicated, normalised, and without the non-customers above.
 */
export function agenciesOfProduct(product: Product): string[] {
  const letters = product.Leveraged_ATO_Letters.filter((letter) => letter.Include_In_Marketplace !== 'N');
  const raw = [
    ...letters.map((letter) => letter.Authorizing_Agency),
    product.Sponsoring_Agency,
    product.Authorizing_Agency,
  ];
  const names = raw.map(normaliseAgencyName).filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}
