import { describe, expect, it } from 'vitest';
import { BASELINES, reliability } from '../../api/analysis/backtest.ts';
import {
  fitLikelihood,
  likelihoodBand,
  likelihoodOf,
  likelihoodSentence,
  oneIn,
} from '../../api/analysis/likelihood.ts';
import { createMarket, type CompanySummary } from '../../api/analysis/market.ts';
import { parseModel, type MarketModel } from '../../api/analysis/market-model.ts';

describe('the likelihood curve', () => {
  it('recovers the logistic curve the rows were drawn from', () => {
    // Rows at 21 scores, each score's share of hits exactly 1 / (1 + e^−(−4 + 6·score)) out of 1,000.
    const scores: number[] = [];
    const hits: number[] = [];
    for (let k = 0; k <= 20; k++) {
      const score = k / 20;
      const share = 1 / (1 + Math.exp(-(-4 + 6 * score)));
      for (let row = 0; row < 1000; row++) {
        scores.push(score);
        hits.push(row < Math.round(share * 1000) ? 1 : 0);
      }
    }
    const curve = fitLikelihood(scores, hits);
    expect(curve.intercept).toBeCloseTo(-4, 1);
    expect(curve.slope).toBeCloseTo(6, 1);
    expect(curve.rows).toBe(21_000);
  });

  it('stays finite when no top ten ever held a partner', () => {
    const curve = fitLikelihood([0.1, 0.2, 0.3], [0, 0, 0]);
    expect(Number.isFinite(curve.intercept) && Number.isFinite(curve.slope)).toBe(true);
    expect(curve.observedRate).toBe(0);
  });

  it('reads the market’s curve, or its density when it has none', () => {
    const model: MarketModel = {
      ...parseModel(null),
      likelihood: { intercept: -2, slope: 4, rows: 10, observedRate: 0.2 },
      density: 0.01,
    };
    expect(likelihoodOf(model, 0.5)).toBeCloseTo(0.5, 12); // −2 + 4 · 0.5 = 0
    expect(likelihoodOf(model, 0)).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
    expect(likelihoodOf({ ...model, likelihood: null }, 0.9)).toBe(0.01);
  });

  it('says it in a plain band and a sentence', () => {
    expect([0.6, 0.5, 0.25, 0.2, 0.06, 0.05, 0.049].map(likelihoodBand)).toEqual([
      'STRONG',
      'STRONG',
      'GOOD',
      'GOOD',
      'SOME',
      'SOME',
      'LITTLE',
    ]);
    expect(oneIn(0.25)).toBe('about 1 in 4');
    expect(oneIn(0.7)).toBe('about 7 in 10');
    expect(oneIn(0.004)).toBe('fewer than 1 in 100');
    const model: MarketModel = {
      ...parseModel(null),
      likelihood: { intercept: -2, slope: 4, rows: 10, observedRate: 0.2 },
    };
    expect(likelihoodSentence(0.26, model)).toBe(
      'In this market, about 1 in 4 candidates this strong were real partners.',
    );
    expect(likelihoodSentence(0.02, { ...model, likelihood: null })).toMatch(
      /^This market has too few partnerships to learn how evidence turns into partnerships: about 1 in 50 pairs/,
    );
  });
});

describe('the reliability table', () => {
  it('bins predictions as calibration_curve does and weighs each bin’s gap by its rows', () => {
    const rows = [
      { predicted: 0.05, hit: false },
      { predicted: 0.08, hit: false },
      { predicted: 0.02, hit: true }, // bin [0, 0.1): mean 0.05, observed 1/3
      { predicted: 0.25, hit: true },
      { predicted: 0.35, hit: false }, // [0.2, 0.3) and [0.3, 0.4)
      { predicted: 1, hit: true }, // the last bin is closed
    ];
    const { bins, ece } = reliability(rows);
    expect(bins.map((bin) => [bin.lower, bin.count])).toEqual([
      [0, 3],
      [0.2, 1],
      [0.3, 1],
      [0.9, 1],
    ]);
    expect(bins[0]!.meanPredicted).toBeCloseTo(0.05, 12);
    expect(bins[0]!.observedRate).toBeCloseTo(1 / 3, 12);
    // 3/6 · |0.05 − 1/3| + 1/6 · |0.25 − 1| + 1/6 · |0.35 − 0| + 1/6 · |1 − 1|
    expect(ece).toBeCloseTo((3 / 6) * (1 / 3 - 0.05) + (1 / 6) * 0.75 + (1 / 6) * 0.35, 12);
  });
});

describe('the partners-of-my-partners baseline', () => {
  it('is Adamic–Adar on the partnership graph: Σ 1 / ln(1 + partners(Z)) over the partners both share', () => {
    const company = (id: string): CompanySummary => ({
      id,
      name: id,
      customers: 0,
      capabilities: 0,
      employees: null,
      segments: [],
    });
    // a–z1, a–z2, b–z1, b–z2, c–z2, z2–d: z1 has 2 partners, z2 has 4
    const pairs = [
      ['a', 'z1'],
      ['a', 'z2'],
      ['b', 'z1'],
      ['b', 'z2'],
      ['c', 'z2'],
      ['z2', 'd'],
    ];
    const market = createMarket(
      ['a', 'b', 'c', 'd', 'z1', 'z2'].map(company),
      pairs.map(([x, y]) => ({
        id: `${x}${y}`,
        status: 'active' as const,
        since: null,
        typeId: null,
        parties: [x!, y!],
      })),
      0,
    );
    const counts = { focal: 0, shared: new Int32Array(6), commonCapabilities: new Int32Array(6) };
    const score = BASELINES.adamicAdar!({
      market,
      partners: market.activePartners,
      focal: 0,
      counts,
      facts: new Map(),
    });
    expect(score(1)).toBeCloseTo(1 / Math.log(3) + 1 / Math.log(5), 12); // b shares z1 and z2
    expect(score(2)).toBeCloseTo(1 / Math.log(5), 12); // c shares z2
    expect(score(3)).toBeCloseTo(1 / Math.log(5), 12); // d shares z2
    expect(score(4)).toBe(0); // z1 is a's partner, shares nothing with it
  });
});
