import { slugify } from '../../api/domain/slug.ts';
import { customerName } from './customer-names.ts';
import { INDUSTRIES, INDUSTRY_WEIGHTS, REGIONS, REGION_WEIGHTS, type Industry, type Region } from './markets.ts';
import { createRandom } from './random.ts';

const CUSTOMER_SIZES = ['small', 'mid', 'large', 'enterprise'] as const;
export type CustomerSize = (typeof CUSTOMER_SIZES)[number];
const SIZE_WEIGHTS = [60, 29, 9, 2];

/** A demo end-customer. `size` is not exported to CSV; it drives how many apps the shop uses. */
export interface DemoCustomer {
  id: string;
  name: string;
  industry: Industry;
  region: Region;
  size: CustomerSize;
}

/** `count` shops with unique names (and so unique slug ids). */
export function createDemoCustomers(seed: number, count: number): DemoCustomer[] {
  const random = createRandom(seed, 'demo-customers');
  const usedIds = new Set<string>();
  const customers: DemoCustomer[] = [];
  while (customers.length < count) {
    const industry = random.weighted(INDUSTRIES, INDUSTRY_WEIGHTS);
    const region = random.weighted(REGIONS, REGION_WEIGHTS);
    const name = customerName(random, industry, region);
    const id = slugify(name);
    // A repeated name is simply drawn again: the space of names is far larger than 3,000.
    if (usedIds.has(id)) continue;
    usedIds.add(id);
    customers.push({ id, name, industry, region, size: random.weighted(CUSTOMER_SIZES, SIZE_WEIGHTS) });
  }
  return customers;
}
