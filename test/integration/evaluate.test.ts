import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TERM_WEIGHTS, DEFAULT_YARDSTICKS } from '../../api/analysis/market-model.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { evaluateMarket, type MarketEvaluation } from '../../bench/evaluate/evaluate-market.ts';
import { useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, type FixtureFiles } from '../support/fixture-folder.ts';
import { referenceRanking } from '../support/reference-fit.ts';

/**
 * The backtest on six companies, every figure worked out by hand. Customers:
 * a {1 2 3}, b {1 2}, c {3}, d {1 2 3}, e none, f {4}. Active partnerships and
 * their folds (first byte of the id's SHA-1, mod 5): ab (0xda → 3), ac (0x0c → 2),
 * de (0x60 → 1). Six cases: d and e (fold 1), a and c (fold 2), a and b (fold 3).
 * Candidates are everyone but the company and its remaining partners; ties by id.
 *
 * Ranks of the lost partner, case by case (d, e | a, c | a, b):
 *   sharedCustomers  4 (a3 b2 c1 | e0 f0)   4 (all 0: a b c d)   2 (d3 c1)   1   2 (d3 b2)   1
 *   partnerCount     4 (a2 b1 c1 e0)        4 (a b c d)          3 (d1 e1 c0) 1  3 (d1 e1 b0) 1
 *   customerCount    5 (a3 b2 c1 f1 e0)     2 (a3 d3)            2 (d3 c1)   1   2 (d3 b2)   1
 *   adamicAdar       4 (a b c e f)          4 (a b c d f)        1 (c d e f) 1   1 (b d e f) 1
 * (partners of my partners: no two companies share a partner once the fold is hidden, so every
 * score is 0 and ids decide; a's remaining partner is left out of a's candidates.)
 * With k = 2: recall = share of ranks ≤ 2; MRR = mean of 1 / rank.
 */
const company = (id: string) => ({ id, name: id.toUpperCase() });
const serve = (id: string, customers: number[]) =>
  customers.map((customer) => ({ company_id: id, customer_id: `cust-${customer}` }));
const FILES: FixtureFiles = {
  companies: ['a', 'b', 'c', 'd', 'e', 'f'].map(company),
  accounts: [
    ...serve('a', [1, 2, 3]),
    ...serve('b', [1, 2]),
    ...serve('c', [3]),
    ...serve('d', [1, 2, 3]),
    ...serve('f', [4]),
  ],
  partnerships: [
    { id: 'ab', parties: 'a;b', type: 'technology_integration', status: 'active' },
    { id: 'ac', parties: 'a;c', type: 'reseller', status: 'active' },
    { id: 'de', parties: 'd;e', type: 'referral', status: 'active' },
  ],
};
let result: MarketEvaluation;

beforeAll(async () => {
  const db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(FILES), { replace: true })).problems).toEqual([]);
  result = await evaluateMarket(db, 2, () => {});
});

describe('npm run evaluate’s backtest', () => {
  it('finds every company that lost a partner in each fold', () => {
    expect(result.cases).toBe(6);
  });

  it('reproduces the baselines’ figures worked out by hand', () => {
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const figures = (ranks: number[]) => ({
      recall: mean(ranks.map((rank) => (rank <= 2 ? 1 : 0))),
      mrr: mean(ranks.map((rank) => 1 / rank)),
    });
    const close = (actual: { recall: number; mrr: number }, expected: { recall: number; mrr: number }) => {
      expect(actual.recall).toBeCloseTo(expected.recall, 12);
      expect(actual.mrr).toBeCloseTo(expected.mrr, 12);
    };
    close(result.baselines.sharedCustomers!, figures([4, 4, 2, 1, 2, 1])); // 4/6, 3.5/6
    close(result.baselines.partnerCount!, figures([4, 4, 3, 1, 3, 1])); // 2/6
    close(result.baselines.customerCount!, figures([5, 2, 2, 1, 2, 1])); // 5/6
    close(result.baselines.adamicAdar!, figures([4, 4, 1, 1, 1, 1])); // 4/6, 4.5/6
  });

  it('ranks each case as the product would with the fold’s partnerships unknown', () => {
    // Three partnerships, fewer than 10: every fold ranks with the default weights, so the
    // reference ranking over the folder without the fold's rows is the product's ranking.
    const cases: [string, string, string][] = [
      ['de', 'd', 'e'],
      ['de', 'e', 'd'],
      ['ac', 'a', 'c'],
      ['ac', 'c', 'a'],
      ['ab', 'a', 'b'],
      ['ab', 'b', 'a'],
    ];
    const ranks = cases.map(([hidden, focal, lost]) => {
      const folder = writeFixtureFolder({ ...FILES, partnerships: FILES.partnerships!.filter((p) => p.id !== hidden) });
      const order = referenceRanking(folder, focal, {
        weights: DEFAULT_TERM_WEIGHTS,
        yardsticks: DEFAULT_YARDSTICKS,
        coreOverlapDecisive: true,
        rivalSign: 1,
      }).map((fit) => fit.id);
      return order.indexOf(lost) + 1;
    });
    const recall = ranks.filter((rank) => rank >= 1 && rank <= 2).length / ranks.length;
    const mrr = ranks.reduce((sum, rank) => sum + (rank >= 1 ? 1 / rank : 0), 0) / ranks.length;
    expect(result.product.recall).toBeCloseTo(recall, 12);
    expect(result.product.mrr).toBeCloseTo(mrr, 12);
  });

  it('reports the likelihood’s calibration over each case’s top k', () => {
    // Three partnerships, too few to learn: every likelihood is the fold's density, 2 partnerships of
    // 15 pairs, so all 12 rows (6 cases × top 2) fall in one bin, whose observed rate is the hits in
    // the top 2: one lost partner per case, so 6 · recall of them.
    expect(result.calibration.rows).toBe(12);
    expect(result.calibration.bins).toEqual([
      {
        lower: 0.1,
        upper: 0.2,
        count: 12,
        meanPredicted: expect.closeTo(2 / 15, 12),
        observedRate: expect.closeTo((6 * result.product.recall) / 12, 12),
      },
    ]);
    expect(result.calibration.ece).toBeCloseTo(Math.abs(2 / 15 - (6 * result.product.recall) / 12), 12);
  });

  it('measures the weights on copies missing 1% of the partnerships (at least one)', () => {
    expect(result.stability.dropped).toBe(1);
    expect(result.stability.perturbed).toHaveLength(5);
    // too few partnerships to learn from: every copy keeps the defaults, so nothing moves, after the
    // whole market's import or afresh, and no copy starts from the defaults (step 7 needs learned weights)
    expect(result.stability.maxShiftPoints).toBe(0);
    expect(result.stability.freshMaxShiftPoints).toBe(0);
    expect(result.stability.perturbed.map((copy) => copy.share)).toEqual([null, null, null, null, null]);
  });

  it('reports the recommended types, and how often they match the hidden partnership’s', () => {
    expect(result.typeMatches.total).toBe(6);
    expect(Object.values(result.typesTop20).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    expect(result.foldModels.every((model) => !model.calibrated)).toBe(true);
  });
});
