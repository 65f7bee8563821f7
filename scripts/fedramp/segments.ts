import type { Product } from './marketplace-schema.ts';
import { compareText } from './compare.ts';

/** A row of `segments.csv`. */
export interface SegmentRow {
  company_id: string;
  segment: string;
}

/**
 * The niches a product targets, from the two fields that split the federal market:
 * - impact level → "FedRAMP High", "FedRAMP Moderate", "FedRAMP Low", "FedRAMP LI-SaaS"
 *   (the security baseline, which decides which systems and data a product may serve);
 * - deployment model → "Government community cloud", "Public cloud", "Hybrid cloud",
 *   "Private cloud" (who shares the infrastructure).
 * A company targets every segment of any of its products, whatever their designation:
 * a product still in process already aims at its niche.
 */
function segmentsOfProduct(product: Product): string[] {
  return [impactSegment(product.Impact_Level), deploymentSegment(product.Deployment_Model)].filter(
    (segment): segment is string => segment !== undefined,
  );
}

/** "Li-SaaS" and "LI-SaaS" (low-impact SaaS) are one baseline; others keep their wording. */
function impactSegment(impactLevel: string | undefined): string | undefined {
  const level = impactLevel?.trim();
  if (!level) return undefined;
  if (/^li-?saas$/i.test(level)) return 'FedRAMP LI-SaaS';
  return `FedRAMP ${level.charAt(0).toUpperCase()}${level.slice(1).toLowerCase()}`;
}

/** "Government Community Cloud" → "Government community cloud" (segment names in sentence case). */
function deploymentSegment(deploymentModel: string | undefined): string | undefined {
  const model = deploymentModel?.replace(/\s+/g, ' ').trim();
  if (!model) return undefined;
  return `${model.charAt(0).toUpperCase()}${model.slice(1).toLowerCase()}`;
}

/** Each company's segments: the union over its products, sorted. */
export function companySegmentRows(vendors: readonly { id: string; products: readonly Product[] }[]): SegmentRow[] {
  return vendors.flatMap((vendor) => {
    const segments = new Set(vendor.products.flatMap(segmentsOfProduct));
    return [...segments].sort(compareText).map((segment) => ({ company_id: vendor.id, segment }));
  });
}
