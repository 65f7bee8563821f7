import { capabilitiesOfProduct, strongerLevel, type Level } from './capabilities.ts';
import { compareText } from './compare.ts';
import type { Vendor } from './companies.ts';

/** A row of `capabilities.csv`. */
export interface CapabilityRow {
  company_id: string;
  capability: string;
  level: Level;
  category: string;
}

/**
 * A company offers every capability of any of its products, at the strongest level over
 * them (core in one product is core for the company).
 */
export function companyCapabilityRows(vendors: readonly Vendor[]): CapabilityRow[] {
  const rows: CapabilityRow[] = [];
  for (const vendor of vendors) {
    const byName = new Map<string, CapabilityRow>();
    for (const capability of vendor.products.flatMap(capabilitiesOfProduct)) {
      const known = byName.get(capability.name);
      byName.set(capability.name, {
        company_id: vendor.id,
        capability: capability.name,
        level: known ? strongerLevel(known.level, capability.level) : capability.level,
        category: capability.category,
      });
    }
    rows.push(...[...byName.values()].sort((a, b) => compareText(a.capability, b.capability)));
  }
  return rows.sort((a, b) => compareText(a.company_id, b.company_id) || compareText(a.capability, b.capability));
}
