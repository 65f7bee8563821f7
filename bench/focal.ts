import type { Driver } from 'neo4j-driver';

export type Tier = 'small' | 'median' | 'hub';
export const TIERS: Tier[] = ['small', 'median', 'hub'];

export interface FocalCompany {
  id: string;
  /** |C(A)|: customers at stage customer (the importer's aggregate). */
  customers: number;
  tier: Tier;
}

/** Where each tier is taken from, as ranks by customer base (0 = smallest). */
const TIER_RANGES: Record<Tier, [number, number]> = {
  // A typical small vendor: between the 10th and 25th percentile.
  small: [0.1, 0.25],
  // Around the median company.
  median: [0.45, 0.55],
  // The biggest 2%, the largest hub included: the expensive end.
  hub: [0.98, 1],
};

/** Every company with its customer base, smallest first (ties by id, so the choice is stable). */
export async function companySizes(driver: Driver): Promise<{ id: string; customers: number }[]> {
  const { records } = await driver.executeQuery(
    'MATCH (c:Company) RETURN c.id AS id, coalesce(c.customerCount, 0) AS customers ORDER BY customers, id',
    {},
    { routing: 'READ' },
  );
  return records.map((record) => ({ id: String(record.get('id')), customers: Number(record.get('customers')) }));
}

/**
 * `count` focal companies spread over three customer-base tiers (small,
 * median, hub), evenly spaced by rank inside each tier. Deterministic: the
 * same graph gives the same focal companies.
 */
export function pickFocalCompanies(sizes: { id: string; customers: number }[], count: number): FocalCompany[] {
  const perTier = [Math.ceil(count / 3), Math.ceil(count / 3), count - 2 * Math.ceil(count / 3)];
  return TIERS.flatMap((tier, index) => {
    const [from, to] = TIER_RANGES[tier];
    const first = Math.floor(from * (sizes.length - 1));
    const last = Math.ceil(to * (sizes.length - 1));
    return spread(first, last, perTier[index]!).map((rank) => ({ ...sizes[rank]!, tier }));
  });
}

/**
 * For each reference company, the company of this graph with the nearest
 * customer base (each used once): growth compares like with like.
 */
export function matchSizes(sizes: { id: string; customers: number }[], reference: FocalCompany[]): FocalCompany[] {
  const used = new Set<string>();
  return reference.map((wanted) => {
    let best: { id: string; customers: number } | undefined;
    for (const candidate of sizes) {
      if (used.has(candidate.id)) continue;
      if (!best || Math.abs(candidate.customers - wanted.customers) < Math.abs(best.customers - wanted.customers))
        best = candidate;
    }
    if (!best) throw new Error('not enough companies to match the reference sizes');
    used.add(best.id);
    return { ...best, tier: wanted.tier };
  });
}

/** `n` distinct ranks evenly spaced from `first` to `last` (both included when n ≥ 2). */
function spread(first: number, last: number, n: number): number[] {
  if (n <= 0) return [];
  if (n === 1) return [last];
  const ranks = new Set<number>();
  for (let index = 0; index < n; index++) ranks.add(Math.round(first + ((last - first) * index) / (n - 1)));
  return [...ranks].sort((a, b) => b - a);
}
