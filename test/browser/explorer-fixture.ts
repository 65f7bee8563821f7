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
 * capabilities K(alpha) = {storefront, checkout} (core)   K(bravo) = {payments core, fraud secondary}
 *             K(charlie) = {email}   K(delta) = {storefront, checkout}   K(echo) = {shipping}
 *             K(foxtrot) = {shipping core, returns secondary}
 * rivalry     alpha ↔ delta
 * partnerships alpha–echo active (technology integration) · delta–foxtrot active (reseller)
 *
 * Fits for focal alpha, default weights 0.4 / 0.3 / 0.3 (value = 0.4·synergy + 0.3·reach + 0.3·capabilityGain):
 * - bravo:   to alpha 0.4·4/6 + 0.3·2/12 + 0.3·2/4 = 0.4667; to bravo the same (symmetric) → score 0.4667
 * - charlie: to alpha 0.4·1/6 + 0.3·2/9 + 0.3·1/3 = 0.2333; to charlie 0.4·1/3 + 0.3·5/9 + 0.3·2/3 = 0.5
 *            → √(0.2333·0.5) = 0.3416
 * - foxtrot: to alpha 0.4·1/6 + 0.3·4/11 + 0.3·2/4 = 0.3258; to foxtrot 0.4·1/5 + 0.3·5/11 + 0.3·2/4 = 0.3664
 *            → √(0.3258·0.3664) = 0.3455, one CHANNEL_CONFLICT (partnered with alpha's rival delta) MEDIUM
 *            → × (1 − 0.2) = 0.2764
 * - delta:   DIRECT_COMPETITOR HIGH + two CAPABILITY_OVERLAP core–core HIGH → penalty 1 → score 0
 * - echo:    an active partner, left out of the ranking unless asked
 * With synergy weighted 0 (0 / 0.3 / 0.3, normalised to 0 / 0.5 / 0.5):
 * - bravo 0.5·1/6 + 0.5·1/2 = 0.3333 both ways → 0.3333
 * - charlie to alpha 0.5·2/9 + 0.5·1/3 = 0.2778, to charlie 0.5·5/9 + 0.5·2/3 = 0.6111 → 0.4120
 * - foxtrot to alpha 0.5·4/11 + 0.5·1/2 = 0.4318, to foxtrot 0.5·5/11 + 0.5·1/2 = 0.4773 → 0.4540 × 0.8 = 0.3632
 * so charlie > foxtrot > bravo, where the default weights rank bravo > charlie > foxtrot.
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
];

/** Display names of the six companies; the numbers do not depend on them. */
export type FixtureNames = Record<'alpha' | 'bravo' | 'charlie' | 'delta' | 'echo' | 'foxtrot', string>;

export const RETAIL_NAMES: FixtureNames = {
  alpha: 'Alpha Retail',
  bravo: 'Bravo Payments',
  charlie: 'Charlie Mail',
  delta: 'Delta Commerce',
  echo: 'Echo Shipping',
  foxtrot: 'Foxtrot Returns',
};

/** A second cast, so two test files sharing a run's database draw distinguishable screenshots. */
export const HARBOUR_NAMES: FixtureNames = {
  alpha: 'Larkspur Shops',
  bravo: 'Pinecone Pay',
  charlie: 'Quill Newsletters',
  delta: 'Rivet Commerce',
  echo: 'Sparrow Post',
  foxtrot: 'Tidewater Returns',
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
    ],
    customers: Array.from({ length: 12 }, (_, index) => ({
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
    ],
    segments: [
      { company_id: id('bravo'), segment: 'Online retail' },
      { company_id: id('charlie'), segment: 'Online retail' },
      { company_id: id('foxtrot'), segment: 'Logistics' },
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
    ],
  };
}
