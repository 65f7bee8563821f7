import { describe, expect, it } from 'vitest';
import { BASELINES, foldCases, foldOf, rankByBaseline, recallAt, reciprocalRank } from '../../api/analysis/backtest.ts';
import { createMarket, type CompanySummary } from '../../api/analysis/market.ts';

describe('the backtest’s folds', () => {
  it('puts a partnership in the fold of its id’s SHA-1 first byte, mod 5', () => {
    // sha1("a") = 86f7e437…: 0x86 = 134, 134 mod 5 = 4; sha1("b") = e9d71f5e…: 233 mod 5 = 3
    expect(foldOf('a')).toBe(4);
    expect(foldOf('b')).toBe(3);
  });

  it('makes every company that lost a partner a case, a consortium losing every pair', () => {
    const company = (id: string): CompanySummary => ({
      id,
      name: id,
      customers: 0,
      capabilities: 0,
      employees: null,
      segments: [],
    });
    const market = createMarket(
      ['w', 'x', 'y', 'z'].map(company),
      [
        { id: 'a', status: 'active', since: null, typeId: null, parties: ['x', 'y', 'z'] }, // fold 4
        { id: 'b', status: 'active', since: null, typeId: null, parties: ['x', 'w'] }, // fold 3
        { id: 'b2', status: 'ended', since: null, typeId: null, parties: ['y', 'w'] },
      ],
      0,
    );
    const fold4 = foldCases(market, 4);
    expect([...fold4.hidden]).toEqual(['a']);
    // positions: w 0, x 1, y 2, z 3 (the directory lists ids in code-unit order)
    expect(fold4.cases).toEqual([
      { focal: 1, lost: [2, 3] },
      { focal: 2, lost: [1, 3] },
      { focal: 3, lost: [1, 2] },
    ]);
  });
});

describe('the backtest’s figures', () => {
  it('recall@k over min(k, lost), and 1 / rank of the first lost partner within 100', () => {
    const lost = new Set([7, 9]);
    expect(recallAt([1, 7, 3], lost, 2)).toBe(0.5); // 1 of min(2, 2)
    expect(recallAt([7, 9, 3], lost, 10)).toBe(1);
    expect(recallAt([1, 2, 9], new Set([9]), 10)).toBe(1); // min(10, 1)
    expect(reciprocalRank([1, 2, 9], lost)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([...Array.from({ length: 100 }, (_, i) => 100 + i), 7], lost)).toBe(0);
  });

  it('ranks a baseline best first, ties by id in code-unit order', () => {
    const company = (id: string): CompanySummary => ({
      id,
      name: id,
      customers: id === 'B' ? 5 : 1,
      capabilities: 0,
      employees: null,
      segments: [],
    });
    const market = createMarket(['B', 'a', 'c'].map(company), [], 10);
    // positions: B 0, a 1, c 2 ("B" < "a" in code units); a and c tie at 1 customer
    const order = rankByBaseline(
      market,
      [0, 1, 2],
      BASELINES.customerCount!({
        market,
        partners: market.activePartners,
        focal: 0,
        counts: { focal: 0, shared: new Int32Array(3), commonCapabilities: new Int32Array(3) },
        facts: new Map(),
      }),
    );
    expect(order).toEqual([0, 1, 2]);
  });

  it('draws the same seeded random scores every time', () => {
    const company = (id: string): CompanySummary => ({
      id,
      name: id,
      customers: 0,
      capabilities: 0,
      employees: null,
      segments: [],
    });
    const market = createMarket(['a', 'b', 'c'].map(company), [], 0);
    const input = {
      market,
      partners: market.activePartners,
      focal: 0,
      counts: { focal: 0, shared: new Int32Array(3), commonCapabilities: new Int32Array(3) },
      facts: new Map(),
    };
    const first = [1, 2].map(BASELINES.random!(input));
    expect([1, 2].map(BASELINES.random!(input))).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
  });
});
