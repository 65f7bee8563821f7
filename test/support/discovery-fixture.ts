import type { FixtureFiles } from './fixture-folder.ts';

/**
 * A small hand-built market around focal Ann and target Tom (ids under prefix
 * `p`), for warm-intro paths, what-if partner sets and white space:
 *
 * partnerships ann–xav active (technology integration, 2019) · xav–tom active (reseller, 2021)
 *              ann–yan proposed (referral) · yan–tom active
 *              ann–kim active · kim–lee active · lee–tom active
 *              ann–riv active, riv–tom active (riv is Ann's declared rival)
 *              ann–zed active · zed–tom ended
 * customers    c1: ann, tom · c2: ann, tom, mo, kim · c3: ann, lee · c4: tom (ann: prospect)
 *              c5: tom · c6: yan · c7: zed · c8: xav, riv
 * rivalries    ann ↔ riv · xav → yan
 * capabilities ann storefront · xav payments, tax · kim email · tom reviews · yan shipping
 *              lee analytics · mo sms · riv storefront · zed tax
 * segments     ann Retail, Wholesale · kim Retail · lee, mo Wholesale
 */
export function discoveryFixture(p: string): FixtureFiles {
  const id = (name: string) => `${p}${name}`;
  const names = ['ann', 'tom', 'xav', 'yan', 'kim', 'lee', 'mo', 'riv', 'zed'];
  const serve = (company: string, customers: string[], stage = 'customer') =>
    customers.map((customer) => ({ company_id: id(company), customer_id: id(customer), stage }));
  const offer = (company: string, ...capabilities: string[]) =>
    capabilities.map((capability) => ({
      company_id: id(company),
      capability: `${capability} ${p}`,
      level: 'core',
      category: '',
    }));
  const partnership = (name: string, parties: string[], type: string, status: string, since = '') => ({
    id: id(name),
    parties: parties.map(id).join(';'),
    type,
    status,
    since,
  });
  return {
    companies: names.map((name) => ({
      id: id(name),
      name: `${name[0]!.toUpperCase()}${name.slice(1)} Inc`,
      employees: 50,
    })),
    accounts: [
      ...serve('ann', ['c1', 'c2', 'c3']),
      ...serve('ann', ['c4'], 'prospect'),
      ...serve('tom', ['c1', 'c2', 'c4', 'c5']),
      ...serve('mo', ['c2']),
      ...serve('kim', ['c2']),
      ...serve('lee', ['c3']),
      ...serve('yan', ['c6']),
      ...serve('zed', ['c7']),
      ...serve('xav', ['c8']),
      ...serve('riv', ['c8']),
    ],
    capabilities: [
      ...offer('ann', 'Storefront'),
      ...offer('xav', 'Payments', 'Tax'),
      ...offer('kim', 'Email'),
      ...offer('tom', 'Reviews'),
      ...offer('yan', 'Shipping'),
      ...offer('lee', 'Analytics'),
      ...offer('mo', 'SMS'),
      ...offer('riv', 'Storefront'),
      ...offer('zed', 'Tax'),
    ],
    segments: [
      { company_id: id('ann'), segment: `Retail ${p}` },
      { company_id: id('ann'), segment: `Wholesale ${p}` },
      { company_id: id('kim'), segment: `Retail ${p}` },
      { company_id: id('lee'), segment: `Wholesale ${p}` },
      { company_id: id('mo'), segment: `Wholesale ${p}` },
    ],
    competitors: [
      { company_id: id('ann'), competitor_id: id('riv') },
      { company_id: id('riv'), competitor_id: id('ann') },
      { company_id: id('xav'), competitor_id: id('yan') },
    ],
    partnerships: [
      partnership('ann-xav', ['ann', 'xav'], 'technology_integration', 'active', '2019-03-01'),
      partnership('xav-tom', ['xav', 'tom'], 'reseller', 'active', '2021-05-01'),
      partnership('ann-yan', ['ann', 'yan'], 'referral', 'proposed', '2025-01-01'),
      partnership('yan-tom', ['yan', 'tom'], 'co_marketing', 'active', '2020-01-01'),
      partnership('ann-kim', ['ann', 'kim'], 'referral', 'active', '2018-01-01'),
      partnership('kim-lee', ['kim', 'lee'], 'co_selling', 'active', '2018-06-01'),
      partnership('lee-tom', ['lee', 'tom'], 'oem', 'active', '2022-02-02'),
      partnership('ann-riv', ['ann', 'riv'], 'co_marketing', 'active', '2017-01-01'),
      partnership('riv-tom', ['riv', 'tom'], 'reseller', 'active', '2016-01-01'),
      partnership('ann-zed', ['ann', 'zed'], 'affiliate', 'active', '2015-01-01'),
      partnership('zed-tom', ['zed', 'tom'], 'affiliate', 'ended', '2014-01-01'),
    ],
  };
}
