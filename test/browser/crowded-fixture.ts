import type { FixtureFiles } from '../support/fixture-folder.ts';
import type { FixtureNames } from './explorer-fixture.ts';

/**
 * A crowded market for the map and the 2x2, ids under prefix `p`:
 *
 * alpha ("Atlas Identity", the focal company) serves c01…c40 and offers
 * Identity (core);
 * - 30 active partners (partner01…partner30): more than GROUP_CAP + MIN_HIDDEN
 *   (15), so the map draws the best 12 and "+18 active partners";
 *   partner i shares c(i) and c(i+1) with alpha;
 * - 3 declared rivals (rival1…rival3), each offering Identity (core) too and
 *   serving c01…c05: ruled out, always drawn and named;
 * - 60 candidates (cand01…cand60), candidate i sharing 1 + i mod 6 customers;
 *   cand01…cand08 resell for rival1 (an active partnership), a channel
 *   conflict (MEDIUM) with alpha: orange points on the map and the 2x2;
 * - mail1 and mail2 offer Email Relay and share one customer each: the
 *   weakest evidence here, so below the map's top 25 unfiltered, and the only
 *   two under "Offers capability = Email Relay";
 * - loner serves l1 only and shares nothing: `?focal=loner&top=1` is a map of
 *   two companies (it and its one candidate), for the zoom of tiny maps.
 *
 * As in explorer-fixture.ts the ranking's weights are the run's market's, so
 * tests compare the page with the API, not with figures worked out here.
 */
const SYLLABLES = ['Nova', 'Quill', 'Ember', 'Cobalt', 'Lumen', 'Vertex', 'Harbor', 'Summit', 'Cedar', 'Orbit'];
const SUFFIXES = ['Labs', 'Cloud', 'Works', 'Systems', 'Data', 'Logic'];

/** "Nova Labs", "Quill Cloud"…: distinct, readable names for screenshots. */
function companyName(index: number): string {
  return `${SYLLABLES[index % SYLLABLES.length]} ${SUFFIXES[Math.floor(index / SYLLABLES.length) % SUFFIXES.length]}`;
}

export const CROWDED = { partners: 30, rivals: 3, candidates: 60, conflicting: 8 } as const;

export function crowdedFixture(p: string, _names?: FixtureNames): FixtureFiles {
  const id = (name: string) => `${p}${name}`;
  const two = (index: number) => String(index).padStart(2, '0');
  const partners = Array.from({ length: CROWDED.partners }, (_, index) => `partner${two(index + 1)}`);
  const rivals = Array.from({ length: CROWDED.rivals }, (_, index) => `rival${index + 1}`);
  const candidates = Array.from({ length: CROWDED.candidates }, (_, index) => `cand${two(index + 1)}`);
  const shared = (index: number) => `c${two(((index - 1) % 40) + 1)}`;
  const company = (key: string, name: string, description: string) => ({
    id: id(key),
    name,
    domain: `${key}.example`,
    employees: 50,
    description,
  });
  const serve = (key: string, customers: string[]) =>
    customers.map((customer) => ({ company_id: id(key), customer_id: id(customer), stage: 'customer' }));
  const own = (key: string, count: number) => Array.from({ length: count }, (_, index) => `${key}-own${index}`);

  const customers = new Set<string>([
    ...Array.from({ length: 40 }, (_, index) => `c${two(index + 1)}`),
    'l1',
    ...[...partners, ...rivals, ...candidates, 'mail1', 'mail2'].flatMap((key) => own(key, 3)),
  ]);
  return {
    companies: [
      company('alpha', 'Atlas Identity', 'Identity and access for government clouds.'),
      ...partners.map((key, index) => company(key, `${companyName(index)} (partner)`, 'A partner of Atlas.')),
      ...rivals.map((key, index) => company(key, `Rival ${['Keystone', 'Bastion', 'Warden'][index]}`, 'Identity too.')),
      ...candidates.map((key, index) => company(key, companyName(index + 7), 'A candidate.')),
      company('mail1', 'Relay Post', 'Email relay.'),
      company('mail2', 'Relay Lantern', 'Email relay.'),
      company('loner', 'Lone Works', 'Shares nothing.'),
    ],
    customers: [...customers].map((customer) => ({
      id: id(customer),
      name: `Customer ${customer}`,
      industry: 'Public sector',
      region: 'North America',
    })),
    accounts: [
      ...serve(
        'alpha',
        Array.from({ length: 40 }, (_, index) => `c${two(index + 1)}`),
      ),
      ...partners.flatMap((key, index) => serve(key, [shared(index + 1), shared(index + 2), ...own(key, 3)])),
      ...rivals.flatMap((key) => serve(key, ['c01', 'c02', 'c03', 'c04', 'c05', ...own(key, 3)])),
      ...candidates.flatMap((key, index) =>
        serve(key, [
          ...Array.from({ length: 1 + (index % 6) }, (_, offset) => shared(index + offset + 3)),
          ...own(key, 3),
        ]),
      ),
      ...serve('mail1', ['c39', ...own('mail1', 3)]),
      ...serve('mail2', ['c40', ...own('mail2', 3)]),
      ...serve('loner', ['l1']),
    ],
    capabilities: [
      { company_id: id('alpha'), capability: 'Identity', level: 'core', category: '' },
      ...rivals.map((key) => ({ company_id: id(key), capability: 'Identity', level: 'core', category: '' })),
      ...partners.map((key) => ({ company_id: id(key), capability: 'Analytics', level: 'core', category: '' })),
      ...candidates.map((key, index) => ({
        company_id: id(key),
        capability: ['Logging', 'Payments', 'Analytics', 'CRM'][index % 4]!,
        level: 'core',
        category: '',
      })),
      { company_id: id('mail1'), capability: 'Email Relay', level: 'core', category: '' },
      { company_id: id('mail2'), capability: 'Email Relay', level: 'core', category: '' },
    ],
    segments: [{ company_id: id('alpha'), segment: 'Government cloud' }],
    competitors: rivals.map((key) => ({ company_id: id('alpha'), competitor_id: id(key) })),
    partnerships: [
      ...partners.map((key, index) => ({
        id: id(`alpha-${key}`),
        parties: `${id('alpha')};${id(key)}`,
        type: 'technology_integration',
        status: 'active',
        since: `2024-01-${two((index % 28) + 1)}`,
      })),
      ...candidates.slice(0, CROWDED.conflicting).map((key) => ({
        id: id(`rival1-${key}`),
        parties: `${id('rival1')};${id(key)}`,
        type: 'reseller',
        status: 'active',
        since: '2023-05-01',
      })),
    ],
  };
}
