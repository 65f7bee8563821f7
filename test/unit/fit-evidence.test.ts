import { describe, expect, it } from 'vitest';
import {
  evidenceTable,
  excessPeers,
  saturate,
  strengthOf,
  TERM_KINDS,
  typicalShareOf,
  type PoolCounts,
} from '../../api/analysis/fit-evidence.ts';
import {
  createMarket,
  pairHistory,
  partnerSets,
  type CompanySummary,
  type MarketPartnership,
} from '../../api/analysis/market.ts';

/**
 * A five-company market small enough to work every term out by hand (focal A):
 *
 *              customers  capabilities  segments   partners
 *   a (focal)  4          3             s1 s2      e
 *   b          3          2             s1         c
 *   c          4          2             s2 s3      b d
 *   d          1          1             –          c
 *   e          0          0             s1         a
 *
 * shared with A: b 2, d 1; capabilities in common with A: b 1, c 1. Ten customers in the market.
 */
const company = (id: string, customers: number, capabilities: number, segments: string[]): CompanySummary => ({
  id,
  name: id.toUpperCase(),
  customers,
  capabilities,
  employees: null,
  segments,
});
const partnership = (
  id: string,
  parties: string[],
  status: MarketPartnership['status'] = 'active',
  since: string | null = null,
): MarketPartnership => ({
  id,
  status,
  since,
  typeId: 'referral',
  parties,
});
const market = createMarket(
  [
    company('a', 4, 3, ['s1', 's2']),
    company('b', 3, 2, ['s1']),
    company('c', 4, 2, ['s2', 's3']),
    company('d', 1, 1, []),
    company('e', 0, 0, ['s1']),
  ],
  [
    partnership('ae', ['a', 'e']),
    partnership('bc', ['b', 'c']),
    partnership('cd', ['c', 'd']),
    partnership('ab-old', ['a', 'b'], 'ended', '2019-01-01'),
  ],
  10,
);
const pool: PoolCounts = {
  focal: 0,
  shared: Int32Array.from([0, 2, 0, 1, 0]),
  commonCapabilities: Int32Array.from([0, 1, 1, 0, 0]),
};
const table = evidenceTable(market, pool, market.activePartners);
const term = (kind: (typeof TERM_KINDS)[number], b: number) => table.values[TERM_KINDS.indexOf(kind)]![b]!;

// sim(A, X) = mean of customer cosine, capability Jaccard, segment Jaccard, partner cosine:
const simB = (2 / Math.sqrt(12) + 1 / 4 + 1 / 2 + 0) / 4; // 0.3318…
const simC = (0 + 1 / 4 + 1 / 3 + 0) / 4; // 0.1458…
const simD = (1 / 2 + 0 + 0 + 0) / 4; // 0.125
const simE = (0 + 0 + 1 / 2 + 0) / 4; // 0.125: e's only partner is A itself, not one A has
const simTotal = simB + simC + simD + simE;

describe('the evidence terms', () => {
  it('PEERS: the similarity-weighted share of companies like A that partner with B', () => {
    expect(term('PEERS', 1)).toBeCloseTo(simC / simTotal, 12); // b's partner c
    expect(term('PEERS', 2)).toBeCloseTo((simB + simD) / simTotal, 12); // c's partners b and d
    expect(term('PEERS', 3)).toBeCloseTo(simC / simTotal, 12);
    expect(term('PEERS', 4)).toBe(0); // e's only partner is A
    expect(table.closestPeers.map((peer) => market.companies[peer.index]!.id)).toEqual(['b', 'c', 'd', 'e']); // d and e tie: position
  });

  it('OVERLAP: shares shrunk toward the typical share over 10 pseudo-customers, 0 without shared customers', () => {
    // p0 = mean(4, 3, 4, 1) / 10 = 0.3, so 10 pseudo-customers bring 3 shared
    expect(typicalShareOf(market)).toBeCloseTo(0.3, 12);
    expect(term('OVERLAP', 1)).toBeCloseTo(Math.sqrt(((2 + 3) / (4 + 10)) * ((2 + 3) / (3 + 10))), 12);
    expect(term('OVERLAP', 3)).toBeCloseTo(Math.sqrt(((1 + 3) / 14) * ((1 + 3) / 11)), 12);
    expect(term('OVERLAP', 2)).toBe(0);
  });

  it('OVERLAP ranks 17 of 22 shared customers above 2 of 2', () => {
    const small = createMarket([company('f', 40, 0, []), company('g', 2, 0, []), company('h', 22, 0, [])], [], 100);
    const counts: PoolCounts = { focal: 0, shared: Int32Array.from([0, 2, 17]), commonCapabilities: new Int32Array(3) };
    const overlap = evidenceTable(small, counts, small.activePartners).values[TERM_KINDS.indexOf('OVERLAP')]!;
    expect(overlap[2]!).toBeGreaterThan(overlap[1]!);
  });

  it('NICHE, COMPLEMENT and PULL', () => {
    expect(term('NICHE', 1)).toBeCloseTo(1 / 2, 12); // {s1} of {s1, s2}
    expect(term('NICHE', 2)).toBeCloseTo(1 / 3, 12); // {s2} of {s1, s2, s3}
    expect(term('COMPLEMENT', 1)).toBeCloseTo(Math.sqrt((1 / 4) * (2 / 4)), 12); // union 4: b adds 1, A adds 2
    expect(term('COMPLEMENT', 3)).toBeCloseTo(Math.sqrt((1 / 4) * (3 / 4)), 12);
    expect(term('COMPLEMENT', 4)).toBe(0); // e adds nothing
    expect(term('PULL', 2)).toBeCloseTo(1, 12); // c has the most partners, 2
    expect(term('PULL', 1)).toBeCloseTo(Math.log(2) / Math.log(3), 12);
  });

  it('strength is value / (value + the market’s yardstick), the same for every focal company', () => {
    const yardsticks = [0.2, 0.5, 0.25, 1, 0.1];
    const scaled = evidenceTable(market, pool, market.activePartners, { yardsticks, rivalSign: 1 });
    // NICHE of b is 1/2 against a yardstick of 1/4: (1/2) / (1/2 + 1/4) = 2/3
    expect(strengthOf(scaled, TERM_KINDS.indexOf('NICHE'), 1)).toBeCloseTo(2 / 3, 12);
    // as strong as the yardstick: 50%
    expect(saturate(0.2, 0.2)).toBe(0.5);
    expect(strengthOf(scaled, TERM_KINDS.indexOf('PEERS'), 1)).toBeCloseTo(
      simC / simTotal / (simC / simTotal + 0.2),
      12,
    );
    expect(strengthOf(scaled, TERM_KINDS.indexOf('PEERS'), 4)).toBe(0); // no evidence, no strength
    // without a calibrated market the scale is each term's own [0, 1]: value / (value + 1)
    expect(strengthOf(table, TERM_KINDS.indexOf('NICHE'), 1)).toBeCloseTo(0.5 / 1.5, 12);
    expect(saturate(0.3, 0)).toBe(1); // a yardstick of 0: no real partner had any, so any value is full strength
  });

  it('counts a declared rival’s partnerships for, not at all, or against, as the market decided', () => {
    // c's partners are b and d; make d a declared rival of A
    const withRival: PoolCounts = { ...pool, rivals: new Set([3]) };
    const peersOf = (rivalSign: 1 | 0 | -1) =>
      evidenceTable(market, withRival, market.activePartners, { yardsticks: [1, 1, 1, 1, 1], rivalSign })
        .values[0]![2]!;
    expect(peersOf(1)).toBeCloseTo((simB + simD) / simTotal, 12);
    expect(peersOf(0)).toBeCloseTo(simB / simTotal, 12);
    expect(peersOf(-1)).toBeCloseTo((simB - simD) / simTotal, 12);
    // b's only partner is c: never below 0
    const bOnly: PoolCounts = { ...pool, rivals: new Set([2]) };
    expect(
      evidenceTable(market, bOnly, market.activePartners, { yardsticks: [1, 1, 1, 1, 1], rivalSign: -1 }).values[0]![1],
    ).toBe(0);
  });

  it('excess peer evidence: PEERS beyond the share of the market partnered with the candidate', () => {
    // c partners with b and d: 2 of the 4 companies other than c... popularity(c) = 2 / (5 − 1)
    expect(table.popularity[2]).toBeCloseTo(2 / 4, 12);
    expect(excessPeers(table, 2)).toBeCloseTo(Math.max(0, (simB + simD) / simTotal - 2 / 4), 12);
    // e's only partner is A itself, which does not count toward its popularity for A
    expect(table.popularity[4]).toBe(0);
  });

  it('hides partnerships as if unknown, and keeps every status in a pair’s history', () => {
    const hidden = partnerSets(market, new Set(['bc']));
    expect([...hidden[1]!]).toEqual([]);
    expect([...hidden[2]!]).toEqual([3]);
    const withoutBC = evidenceTable(market, pool, hidden);
    expect(withoutBC.values[TERM_KINDS.indexOf('PEERS')]![1]).toBe(0);
    expect(pairHistory(market, 'a', 'b').map((p) => p.id)).toEqual(['ab-old']);
  });

  it('is 0, not NaN, for a company with nothing', () => {
    const empty = evidenceTable(
      market,
      { focal: 4, shared: new Int32Array(5), commonCapabilities: new Int32Array(5) },
      market.activePartners,
    );
    for (const column of empty.values) for (const value of column) expect(Number.isNaN(value)).toBe(false);
  });
});

describe('strength of an active partner', () => {
  it('is below 1 whatever the value', () => {
    const withPartner = evidenceTable(
      market,
      pool,
      partnerSets({ ...market, partnerships: [...market.partnerships, partnership('ac', ['a', 'c'])] }, new Set()),
    );
    for (let t = 0; t < TERM_KINDS.length; t++)
      for (let b = 1; b < 5; b++) expect(strengthOf(withPartner, t, b)).toBeLessThanOrEqual(1);
  });
});
