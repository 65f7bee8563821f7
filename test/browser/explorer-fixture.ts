import type { FixtureFiles } from '../support/fixture-folder.ts';

/**
 * The ecosystem the browser tests click through, ids under prefix `p` (each
 * test run has a Neo4j of its own, so capability and segment names stay plain
 * for readable screenshots):
 *
 * customers   C(alpha)   = {c1 c2 c3 c4 c5 c6}            (+ c7 as a prospect)
 *             C(bravo)   = {c1 c2 c3 c4 c7 c8}            shares 4 with alpha
 *             C(charlie) = {c5 c9 c10}                    shares 1
 *             C(delta)   = {c1 c2 c6 c11}                 shares 3
 *             C(echo)    = {c3 c12}                       shares 1
 *             C(foxtrot) = {c4 c9 c10 c11 c12}            shares 1
 *             C(golf)    = {c2 c5 c13}                    shares 2
 *             C(hotel)   = {c1 c6 c14}                    shares 2
 * capabilities K(alpha) = {storefront, checkout} (core)   K(bravo) = {payments core, fraud secondary}
 *             K(charlie) = {email}   K(delta) = {storefront, checkout}   K(echo) = {shipping}
 *             K(foxtrot) = {shipping core, returns secondary}   K(golf) = {reviews}   K(hotel) = {loyalty}
 * segments    alpha, bravo, charlie, golf: online retail; foxtrot: logistics
 * rivalry     alpha ↔ delta: delta is ruled out, left out of the ranking unless asked
 * partnerships alpha–echo active (technology integration, since 2024-01-10) · delta–foxtrot active
 *             (reseller) · alpha–golf proposed (referral, 2025-01-13): in progress · alpha–hotel ended
 *             (co-marketing, started 2021-06-01): a former partner
 *
 * The fit score weighs evidence terms with the market's learned weights, which
 * depend on every file's data in the run's database: tests compare the page
 * with the API rather than with figures worked out here. What does not depend
 * on the market: alpha's peers (delta most of all) partner with foxtrot, so
 * peer evidence favours foxtrot, while shared customers favour bravo; and
 * mutualValue, the old reciprocal formula, for bravo:
 * value to alpha 0.4·4/6 + 0.3·2/12 + 0.3·2/4 = 0.4667, the same to bravo → √(0.4667²) = 0.4667.
 */
const CUSTOMER_NAMES = [
  'Amber Atelier',
  'Birch Denim',
  'Cobalt Books',
  'Dune Outdoor',
  'Ember Candles',
  'Fern & Co',
  'Garnet Shoes',
  'Harbor Tea',
  'Iris Ceramics',
  'Juniper Kids',
  'Kestrel Bikes',
  'Linden Home',
  'Maple Yoga',
  'Nettle Soap',
];

/** Display names of the six companies; the numbers do not depend on them. */
export type FixtureNames = Record<
  'alpha' | 'bravo' | 'charlie' | 'delta' | 'echo' | 'foxtrot' | 'golf' | 'hotel',
  string
>;

export const RETAIL_NAMES: FixtureNames = {
  alpha: 'Alpha Retail',
  bravo: 'Bravo Payments',
  charlie: 'Charlie Mail',
  delta: 'Delta Commerce',
  echo: 'Echo Shipping',
  foxtrot: 'Foxtrot Returns',
  golf: 'Golf Reviews',
  hotel: 'Hotel Loyalty',
};

/** A second cast, so two test files sharing a run's database draw distinguishable screenshots. */
export const HARBOUR_NAMES: FixtureNames = {
  alpha: 'Larkspur Shops',
  bravo: 'Pinecone Pay',
  charlie: 'Quill Newsletters',
  delta: 'Rivet Commerce',
  echo: 'Sparrow Post',
  foxtrot: 'Tidewater Returns',
  golf: 'Umber Reviews',
  hotel: 'Vesper Rewards',
};

/** A third, for the file about partnership history and the evidence terms. */
export const MEADOW_NAMES: FixtureNames = {
  alpha: 'Meadow Market',
  bravo: 'Nimble Pay',
  charlie: 'Orchard Letters',
  delta: 'Prairie Commerce',
  echo: 'Quayside Parcels',
  foxtrot: 'Ridgeway Returns',
  golf: 'Saffron Reviews',
  hotel: 'Thistle Loyalty',
};

export function explorerFixture(p: string, names: FixtureNames = RETAIL_NAMES): FixtureFiles {
  const id = (name: string) => `${p}${name}`;
  const serve = (company: string, customers: string[], stage = 'customer') =>
    customers.map((customer) => ({ company_id: id(company), customer_id: id(customer), stage }));
  const offer = (company: string, capability: string, level = 'core') => ({
    company_id: id(company),
    capability,
    level,
    category: '',
  });
  const company = (name: keyof FixtureNames, employees: number, description: string) => ({
    id: id(name),
    name: names[name],
    domain: `${name}.example`,
    employees,
    description,
  });
  return {
    companies: [
      company('alpha', 100, 'Storefront platform for independent shops.'),
      company('bravo', 90, 'Payments and fraud screening.'),
      company('charlie', 20, 'Email marketing for shops.'),
      company('delta', 400, 'A rival storefront platform.'),
      company('echo', 60, 'Shipping labels and tracking.'),
      company('foxtrot', 80, 'Shipping and returns.'),
      company('golf', 30, 'Product reviews for shops.'),
      company('hotel', 45, 'Loyalty points and rewards.'),
    ],
    customers: Array.from({ length: 14 }, (_, index) => ({
      id: id(`c${index + 1}`),
      name: `${CUSTOMER_NAMES[index]}`,
      industry: index % 2 ? 'Fashion' : 'Home',
      region: index % 3 ? 'EMEA' : 'APAC',
    })),
    accounts: [
      ...serve('alpha', ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']),
      ...serve('alpha', ['c7'], 'prospect'),
      ...serve('bravo', ['c1', 'c2', 'c3', 'c4', 'c7', 'c8']),
      ...serve('charlie', ['c5', 'c9', 'c10']),
      ...serve('delta', ['c1', 'c2', 'c6', 'c11']),
      ...serve('echo', ['c3', 'c12']),
      ...serve('foxtrot', ['c4', 'c9', 'c10', 'c11', 'c12']),
      ...serve('golf', ['c2', 'c5', 'c13']),
      ...serve('hotel', ['c1', 'c6', 'c14']),
    ],
    capabilities: [
      offer('alpha', 'Storefront'),
      offer('alpha', 'Checkout'),
      offer('bravo', 'Payments'),
      offer('bravo', 'Fraud', 'secondary'),
      offer('charlie', 'Email'),
      offer('delta', 'Storefront'),
      offer('delta', 'Checkout'),
      offer('echo', 'Shipping'),
      offer('foxtrot', 'Shipping'),
      offer('foxtrot', 'Returns', 'secondary'),
      offer('golf', 'Reviews'),
      offer('hotel', 'Loyalty'),
    ],
    segments: [
      { company_id: id('alpha'), segment: 'Online retail' },
      { company_id: id('bravo'), segment: 'Online retail' },
      { company_id: id('charlie'), segment: 'Online retail' },
      { company_id: id('foxtrot'), segment: 'Logistics' },
      { company_id: id('golf'), segment: 'Online retail' },
    ],
    competitors: [{ company_id: id('alpha'), competitor_id: id('delta') }],
    partnerships: [
      {
        id: id('alpha-echo'),
        parties: `${id('alpha')};${id('echo')}`,
        type: 'technology_integration',
        status: 'active',
        since: '2024-01-10',
      },
      {
        id: id('delta-foxtrot'),
        parties: `${id('delta')};${id('foxtrot')}`,
        type: 'reseller',
        status: 'active',
        since: '2023-05-01',
      },
      {
        id: id('alpha-golf'),
        parties: `${id('alpha')};${id('golf')}`,
        type: 'referral',
        status: 'proposed',
        since: '2025-01-13',
      },
      {
        id: id('alpha-hotel'),
        parties: `${id('alpha')};${id('hotel')}`,
        type: 'co_marketing',
        status: 'ended',
        since: '2021-06-01',
      },
    ],
  };
}
