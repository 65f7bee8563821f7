import { compareText } from './compare.ts';
import type { Vendor } from './companies.ts';
import type { Product } from './marketplace-schema.ts';

/** A row of `partnerships.csv`. */
export interface PartnershipRow {
  id: string;
  /** Company ids joined by `;`. */
  parties: string;
  type: string;
  status: string;
  since: string;
}

/** What came of the `Underlying_CSP_Package_ID` references, for the report. */
export interface RunsOnResult {
  readonly rows: PartnershipRow[];
  /** References that needed the "F"/"FR" prefix added ("1209051525" → "F1209051525"). */
  readonly repairedReferences: readonly string[];
  /** References that match no package even after that repair; ignored. */
  readonly unresolvedReferences: readonly string[];
}

/**
 * "Runs on / uses" links: a product that lists another package in `Underlying_CSP_Package_ID`
 * is built on it (e.g. a SaaS on AWS GovCloud), which is a live technology integration
 * between the two vendors. One partnership per unordered vendor pair, whichever side runs on
 * which, with id `runs-on-<a>--<b>` (ids in code-point order); a vendor running on its own
 * package is not a partnership. `since` is the earliest `Original_Authorization_Date` of a
 * product in the pair that runs on the other vendor — the date FedRAMP authorised the
 * product with that dependency inside its boundary — or empty when none is authorised yet.
 */
export function runsOnPartnerships(vendors: readonly Vendor[]): RunsOnResult {
  const owners = packageOwners(vendors);
  const since = new Map<string, string>();
  const repaired: string[] = [];
  const unresolved: string[] = [];
  for (const vendor of vendors) {
    for (const product of vendor.products) {
      for (const reference of product.Underlying_CSP_Package_ID) {
        const resolved = resolvePackage(reference.trim(), owners);
        if (!resolved) unresolved.push(`${product.Package_ID} → ${reference}`);
        else if (resolved.packageId !== reference.trim()) repaired.push(`${product.Package_ID} → ${reference}`);
        if (!resolved || resolved.ownerId === vendor.id) continue;
        const key = [vendor.id, resolved.ownerId].sort(compareText).join('--');
        since.set(key, earlierDate(since.get(key), authorisationDay(product)));
      }
    }
  }
  const rows = [...since].map(([key, day]) => ({
    id: `runs-on-${key}`,
    parties: key.replace('--', ';'),
    type: 'technology_integration',
    status: 'active',
    since: day,
  }));
  return {
    rows: rows.sort((a, b) => compareText(a.id, b.id)),
    repairedReferences: [...new Set(repaired)].sort(compareText),
    unresolvedReferences: [...new Set(unresolved)].sort(compareText),
  };
}

/** Package id → owning vendor id. A package listed twice (Ping's) has one owner anyway. */
function packageOwners(vendors: readonly Vendor[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const vendor of vendors) {
    for (const product of vendor.products) owners.set(product.Package_ID.trim(), vendor.id);
  }
  return owners;
}

/**
 * Finds the package a reference names. Package ids are written "F…" or "FR…"; a few
 * references drop that prefix, so a reference that matches nothing verbatim is tried with
 * "F" and then "FR" in front.
 */
function resolvePackage(
  reference: string,
  owners: ReadonlyMap<string, string>,
): { packageId: string; ownerId: string } | undefined {
  for (const packageId of [reference, `F${reference}`, `FR${reference}`]) {
    const ownerId = owners.get(packageId);
    if (ownerId) return { packageId, ownerId };
  }
  return undefined;
}

/** The calendar day (YYYY-MM-DD) of the product's original authorisation, or ''. */
function authorisationDay(product: Product): string {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(product.Original_Authorization_Date ?? '');
  return match ? match[0] : '';
}

/** The earlier of two days where '' means unknown (a known day beats an unknown one). */
function earlierDate(current: string | undefined, candidate: string): string {
  if (!current) return candidate;
  if (!candidate) return current;
  return candidate < current ? candidate : current;
}
