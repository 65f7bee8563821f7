import type { FixtureFiles } from './fixture-folder.ts';

/**
 * A small hand-built ecosystem around focal Alpha (ids under prefix `p`), small
 * enough to work every number out by hand:
 *
 * customers   C(alpha) = {c1 c2 c3 c4}   C(bravo) = {c1 c2 c5}   C(charlie) = {c5 c6 c7 c8}
 * capabilities K(alpha) = {storefront core, checkout core, email secondary}
 *              K(bravo) = {payments core, checkout secondary}
 *              K(charlie) = {email core, sms secondary}
 *              delta: storefront core · echo: shipping · foxtrot, golf: tax · india, juliet, kilo: analytics, books, loyalty
 * rivalries   alpha ↔ delta (declared both ways) · golf → foxtrot · kilo → juliet
 * partnerships alpha–foxtrot active referral · alpha+india+juliet active consortium
 *              echo–delta active · hotel–delta proposed · lima–delta ended · alpha–hotel ended
 * employees   alpha 100, bravo 50, charlie 400; zulu unknown with no customers or capabilities
 */
export function analysisFixture(p: string): FixtureFiles {
  const id = (name: string) => `${p}${name}`;
  const company = (name: string, employees?: number) => ({
    id: id(name),
    name: `${name[0]!.toUpperCase()}${name.slice(1)} Co`,
    employees: employees ?? '',
  });
  const serve = (companyName: string, customers: string[]) =>
    customers.map((customer) => ({ company_id: id(companyName), customer_id: id(customer) }));
  const offer = (companyName: string, capability: string, level = 'core') => ({
    company_id: id(companyName),
    capability,
    level,
    category: '',
  });
  return {
    companies: [
      company('alpha', 100),
      company('bravo', 50),
      company('charlie', 400),
      ...['delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'].map((name) =>
        company(name, 80),
      ),
      company('zulu'),
    ],
    accounts: [
      ...serve('alpha', ['c1', 'c2', 'c3', 'c4']),
      ...serve('bravo', ['c1', 'c2', 'c5']),
      ...serve('charlie', ['c5', 'c6', 'c7', 'c8']),
      { company_id: id('bravo'), customer_id: id('c3'), stage: 'prospect' }, // not in C(bravo)
    ],
    capabilities: [
      offer('alpha', `Storefront ${p}`),
      offer('alpha', `Checkout ${p}`),
      offer('alpha', `Email ${p}`, 'secondary'),
      offer('bravo', `Payments ${p}`),
      offer('bravo', `Checkout ${p}`, 'secondary'),
      offer('charlie', `Email ${p}`),
      offer('charlie', `SMS ${p}`, 'secondary'),
      offer('delta', `Storefront ${p}`),
      offer('echo', `Shipping ${p}`),
      offer('foxtrot', `Tax ${p}`),
      offer('golf', `Tax ${p}`),
      offer('india', `Analytics ${p}`),
      offer('juliet', `Books ${p}`),
      offer('kilo', `Loyalty ${p}`),
    ],
    segments: [
      { company_id: id('bravo'), segment: `Fashion ${p}` },
      { company_id: id('charlie'), segment: `Fashion ${p}` },
    ],
    competitors: [
      { company_id: id('alpha'), competitor_id: id('delta') },
      { company_id: id('delta'), competitor_id: id('alpha') },
      { company_id: id('golf'), competitor_id: id('foxtrot') },
      { company_id: id('kilo'), competitor_id: id('juliet') },
    ],
    partnerships: [
      {
        id: id('p-af'),
        parties: `${id('alpha')};${id('foxtrot')}`,
        type: 'referral',
        status: 'active',
        since: '2023-01-15',
      },
      {
        id: id('p-aij'),
        parties: `${id('alpha')};${id('india')};${id('juliet')}`,
        type: 'consortium',
        status: 'active',
      },
      { id: id('p-ed'), parties: `${id('echo')};${id('delta')}`, type: 'technology_integration', status: 'active' },
      { id: id('p-hd'), parties: `${id('hotel')};${id('delta')}`, type: 'reseller', status: 'proposed' },
      { id: id('p-ld'), parties: `${id('lima')};${id('delta')}`, type: 'reseller', status: 'ended' },
      { id: id('p-ah'), parties: `${id('alpha')};${id('hotel')}`, type: 'co_marketing', status: 'ended' },
    ],
  };
}
