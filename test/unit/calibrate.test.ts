import { describe, expect, it } from 'vitest';
import {
  caseObjective,
  calibrateModel,
  densityOf,
  fitWeights,
  keepIncumbent,
  shrinkWeights,
  weightGrid,
  yardsticksOf,
  type StrengthCase,
  type TrainingCase,
} from '../../api/analysis/calibrate.ts';
import { createMarket, type CompanySummary } from '../../api/analysis/market.ts';
import {
  coreOverlapIsDecisive,
  DEFAULT_TERM_WEIGHTS,
  describeModel,
  describeRivals,
  parseModel,
  wholePercentages,
  type MarketModel,
} from '../../api/analysis/market-model.ts';
import { sketchOf } from '../../api/analysis/partnership-sketch.ts';
import { TERM_LABELS } from '../../api/analysis/term-sentences.ts';
import { hashSeed, seededRandom } from '../../api/contract/seeded-random.ts';

/** A case from rows of strengths (PEERS, OVERLAP, NICHE, COMPLEMENT, PULL), the first row the lost partner. */
function strengthCase(rows: number[][], weight = 1, focal = 0): StrengthCase {
  return {
    focal,
    strengths: Float32Array.from(rows.flat()),
    rows: rows.length,
    negativeScale: 1,
    recallWeight: weight,
    rankWeight: weight,
  };
}

/**
 * Twelve negatives ahead of the partner on everything but PULL: only weight on
 * PULL finds it (rank 1); at the defaults (no PULL) it ranks 13th, outside the top 10.
 */
const negatives = Array.from({ length: 12 }, () => [1, 1, 1, 1, 0]);
const pullCase = strengthCase([[0, 0, 0, 0, 1], ...negatives]);

describe('the calibration objective', () => {
  it('is recall@10 and the reciprocal rank, each case weighted as the backtest counts its company', () => {
    expect(caseObjective([pullCase], [0.5, 0.3, 0.2, 0, 0])).toEqual({ recall: 0, mrr: 1 / 13 });
    expect(caseObjective([pullCase], [0, 0, 0, 0, 1])).toEqual({ recall: 1, mrr: 1 });
    // ties count half: all-zero weights put the partner 7th of 13 (12 ties / 2 + 1)
    expect(caseObjective([pullCase], [0, 0, 0, 0, 0]).mrr).toBeCloseTo(1 / 7, 12);
    // a company's two cases weigh half each: one found (rank 1), one not (rank 13)
    const found = strengthCase(
      [
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
      ],
      0.5,
    );
    const lost = strengthCase([[0, 0, 0, 0, 0], ...negatives], 0.5);
    expect(caseObjective([found, lost], [1, 0, 0, 0, 0])).toEqual({ recall: 0.5, mrr: (1 + 1 / 13) / 2 });
  });

  it('estimates a rank from sampled negatives', () => {
    const sampled = {
      ...strengthCase([
        [0.5, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],
      ]),
      negativeScale: 20,
    };
    expect(caseObjective([sampled], [1, 0, 0, 0, 0])).toEqual({ recall: 0, mrr: 1 / 21 }); // one above stands for 20
  });
});

describe('fitting the weights', () => {
  it('scores every blend in tenths: 1,001 of five terms, each summing to 1', () => {
    const grid = weightGrid();
    expect(grid).toHaveLength(1001);
    for (const weights of grid) expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
  });

  it('keeps, of equally good blends, the one nearest the defaults', () => {
    // One company: every resample finds the same best. The partner leads when PULL > 0.5; of those
    // blends the nearest the defaults (0.5, 0.3, 0.2, 0, 0) in L1 keeps PULL at 0.6 and the other
    // 0.4 under the defaults' peers, overlap and niche (distance 1.2); the first of them in grid
    // order (peers ascending, then overlap) is 0, 0.2, 0.2, 0, 0.6.
    const { weights } = fitWeights([pullCase]);
    [0, 0.2, 0.2, 0, 0.6].forEach((expected, t) => expect(Object.values(weights)[t]).toBeCloseTo(expected, 12));
  });

  it('averages the best blend of each resampling of the companies', () => {
    // Two companies pulling two ways: one found by PULL alone, one by PEERS alone (12 negatives
    // ahead of it on everything else). A resample's best serves the company it weighs more:
    // PEERS-led blends when company 1 clearly outweighs company 0, PULL-led in the opposite case, each
    // the nearest the defaults (0.6 on the leading term, 0.2 on overlap and on niche); when the two
    // weigh about the same, 0.5 / 0.5 (both partners tie their negatives: rank 6, in the top 10).
    const peersCase = strengthCase([[1, 0, 0, 0, 0], ...Array.from({ length: 12 }, () => [0, 1, 1, 1, 1])], 1, 1);
    const { weights } = fitWeights([pullCase, peersCase]);
    expect(weights.PULL).toBeGreaterThan(0.2);
    expect(weights.PEERS).toBeGreaterThan(0.2);
    expect(weights.PEERS + weights.PULL).toBeGreaterThanOrEqual(0.6 - 1e-12);
    expect(weights.COMPLEMENT).toBe(0);
  });

  it('moves little when a company’s cases are left out (what an import differing by a few partnerships does)', () => {
    // 60 companies whose partners are found by PEERS and PULL, with noise.
    const random = seededRandom(hashSeed('calibrate-stability'));
    const cases = Array.from({ length: 60 }, (_, focal) => {
      const row = (signal: number) => [
        signal * random(),
        random() * 0.5,
        random() * 0.5,
        random() * 0.2,
        signal * random(),
      ];
      return strengthCase([row(1.5), ...Array.from({ length: 30 }, () => row(1))], 1, focal);
    });
    const all = fitWeights(cases).weights;
    const fewer = fitWeights(cases.slice(1)).weights;
    for (const kind of Object.keys(all) as (keyof typeof all)[])
      expect(Math.abs(all[kind] - fewer[kind])).toBeLessThanOrEqual(0.05);
    expect(all.PEERS + all.PULL).toBeGreaterThan(all.OVERLAP + all.NICHE + all.COMPLEMENT);
  });

  describe('from one import to the next', () => {
    // 40 companies whose partners peer evidence and ecosystem pull find about equally well: a ridge.
    const random = seededRandom(hashSeed('calibrate-incumbent'));
    const ridge = Array.from({ length: 40 }, (_, focal) => {
      const row = (signal: number) => [signal * random(), random() * 0.3, random() * 0.3, 0, signal * random()];
      return strengthCase([row(1.6), ...Array.from({ length: 25 }, () => row(1))], 1, focal);
    });
    const ids = Array.from({ length: 200 }, (_, i) => `p${i}`);
    const sketch = sketchOf(ids);
    const previous = (weights: MarketModel['weights'], partnershipSketch = sketch): MarketModel => ({
      ...parseModel(undefined),
      calibrated: true,
      weights,
      partnershipSketch,
    });
    const learned = { PEERS: 0.6, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 0.4 };

    it('keeps the previous weights when the new ones find the partners better only within one standard error', () => {
      const before = { PEERS: 0.4, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 0.6 };
      const held = keepIncumbent(ridge, learned, previous(before), 'FOR', sketchOf(ids.slice(2)))!;
      expect(held.share).toBe(0);
      expect(held.weights).toEqual(before);
      expect(held.shortfall).toBeLessThanOrEqual(held.standardError);
    });

    it('moves them toward the new ones only as far as one standard error requires', () => {
      // Shared niche finds nobody here: weights all on it are measurably worse, so they move, part of the way.
      const before = { PEERS: 0, OVERLAP: 0, NICHE: 1, COMPLEMENT: 0, PULL: 0 };
      const held = keepIncumbent(ridge, learned, previous(before), 'FOR', sketch)!;
      expect(held.share).toBeGreaterThan(0);
      expect(held.share).toBeLessThan(1);
      expect(held.shortfall).toBeLessThanOrEqual(held.standardError);
      expect(held.weights.NICHE).toBeCloseTo(1 - held.share, 12);
      expect(held.weights.PEERS).toBeCloseTo(0.6 * held.share, 12);
      // one step less would have been measurably worse
      const less = held.share - 1 / 20;
      const step = { PEERS: 0.6 * less, OVERLAP: 0, NICHE: 1 - less, COMPLEMENT: 0, PULL: 0.4 * less };
      expect(keepIncumbent(ridge, learned, previous(step), 'FOR', sketch)!.share).toBeGreaterThan(0);
    });

    it('starts afresh after the defaults, a different way of counting rivals, or another market', () => {
      const before = { PEERS: 0.4, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 0.6 };
      expect(keepIncumbent(ridge, learned, { ...previous(before), calibrated: false }, 'FOR', sketch)).toBeNull();
      expect(keepIncumbent(ridge, learned, previous(before), 'NONE', sketch)).toBeNull();
      const other = sketchOf(ids.map((id) => `other-${id}`));
      expect(keepIncumbent(ridge, learned, previous(before), 'FOR', other)).toBeNull();
      expect(keepIncumbent(ridge, learned, previous(before, []), 'FOR', sketch)).toBeNull();
    });
  });

  it('shrinks toward the defaults as if they were 20 partnerships', () => {
    const learned = { PEERS: 0, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 1 };
    // 20 partnerships: half learned, half default
    expect(shrinkWeights(learned, 20)).toEqual({ PEERS: 0.25, OVERLAP: 0.15, NICHE: 0.1, COMPLEMENT: 0, PULL: 0.5 });
  });

  it('takes each term’s yardstick as the mean value the lost partners had', () => {
    const raw = (rows: number[][]): TrainingCase => ({
      focal: 0,
      values: Float32Array.from(rows.flat()),
      rows: rows.length,
      negativeScale: 1,
      recallWeight: 1,
      rankWeight: 1,
    });
    const yardsticks = yardsticksOf([
      raw([
        [0.2, 0.4, 0, 1, 0.5],
        [9, 9, 9, 9, 9],
      ]),
      raw([
        [0.4, 0, 0, 0.5, 0.25],
        [9, 9, 9, 9, 9],
      ]),
    ]);
    [0.3, 0.2, 0, 0.75, 0.375].forEach((expected, t) => expect(yardsticks[t]).toBeCloseTo(expected, 6));
  });
});

const company = (id: string, customers = 0): CompanySummary => ({
  id,
  name: id.toUpperCase(),
  customers,
  capabilities: 0,
  employees: null,
  segments: [],
});
const overlap = { partnerPairsWithOverlap: 0, partnerPairs: 0, pairsWithOverlap: 0, pairs: 0 };

describe('the market model', () => {
  it('keeps the defaults below 10 partnerships, with the market’s density as every likelihood, and says so', () => {
    const market = createMarket(
      ['a', 'b', 'c', 'd'].map((id) => company(id)),
      [{ id: 'ab', status: 'active', since: null, typeId: null, parties: ['a', 'b'] }],
      0,
    );
    const model = calibrateModel({ market, studied: [], hidden: new Set(), partnerships: 1, coreOverlap: overlap });
    expect(model).toMatchObject({
      calibrated: false,
      weights: DEFAULT_TERM_WEIGHTS,
      partnerships: 1,
      likelihood: null,
    });
    // one partnership of 4·3/2 = 6 pairs
    expect(model.density).toBeCloseTo(1 / 6, 12);
    expect(densityOf(market, new Set(['ab']))).toBe(0);
    expect(describeModel(model, TERM_LABELS).summary).toMatch(
      /^Default weights: peer evidence \(50%\), then shared customers \(30%\), shared niche \(20%\)\. This market has 1 /,
    );
  });

  it('shows one set of whole percentages that adds up to 100', () => {
    expect(wholePercentages({ PEERS: 1 / 3, OVERLAP: 1 / 3, NICHE: 1 / 3, COMPLEMENT: 0, PULL: 0 })).toEqual({
      PEERS: 34,
      OVERLAP: 33,
      NICHE: 33,
      COMPLEMENT: 0,
      PULL: 0,
    });
    const learned = { PEERS: 0.6321, OVERLAP: 0.0652, NICHE: 0.0806, COMPLEMENT: 0.0104, PULL: 0.2117 };
    const percentages = wholePercentages(learned);
    expect(Object.values(percentages).reduce((sum, p) => sum + p, 0)).toBe(100);
    expect(percentages).toEqual({ PEERS: 63, OVERLAP: 7, NICHE: 8, COMPLEMENT: 1, PULL: 21 });
    const model: MarketModel = { ...parseModel(null), weights: learned, calibrated: true, partnerships: 731 };
    expect(describeModel(model, TERM_LABELS).summary).toBe(
      "In this market, partnerships follow peer evidence (63%), then ecosystem pull (21%), shared niche (8%), shared customers (7%), complementary capabilities (1%): learned from 731 active partnerships. Your declared rivals' partners count for a candidate, as any peer's do.",
    );
  });

  it('says when the weights are the previous import’s, how far they moved and why no further', () => {
    const learned = { PEERS: 0.6321, OVERLAP: 0.0652, NICHE: 0.0806, COMPLEMENT: 0.0104, PULL: 0.2117 };
    const model: MarketModel = { ...parseModel(null), weights: learned, calibrated: true, partnerships: 724 };
    const moved = { ...model, keptPrevious: { share: 0.45, shortfall: 0.00158, standardError: 0.00275 } };
    expect(describeModel(moved, TERM_LABELS).summary).toContain(
      "learned from 724 active partnerships. Moved 45% of the way from the previous import's weights to the ones this import's partnerships teach: those would find its partners only 0.002 better (recall@10 + MRR), within one standard error (0.003). Your declared",
    );
    const kept = { ...model, keptPrevious: { share: 0, shortfall: -0.023, standardError: 0.015 } };
    expect(describeModel(kept, TERM_LABELS).summary).toContain(
      "Kept from the previous import: the weights this import's partnerships teach would find its partners no better.",
    );
  });

  it('says how rivals’ partnerships count, and what decided it', () => {
    const model: MarketModel = {
      ...parseModel(null),
      calibrated: true,
      rivalPartners: 'NONE',
      rivalEvidence: [
        { choice: 'FOR', objective: 1.05, standardError: 0.04 },
        { choice: 'NONE', objective: 1.1, standardError: 0.04 },
        { choice: 'AGAINST', objective: 1.08, standardError: 0.04 },
      ],
    };
    expect(describeRivals(model)).toBe(
      "A declared rival's partners do not count for or against a candidate: this found the partners better than counting them for, by more than one standard error (recall@10 + MRR when counted for 1.050, not at all 1.100, against 1.080; standard error 0.040).",
    );
  });
});

describe('whether a core overlap rules out', () => {
  it('does, unless partners overlap at least as often as pairs in general, over at least 10 partner pairs', () => {
    expect(
      coreOverlapIsDecisive({ partnerPairsWithOverlap: 161, partnerPairs: 731, pairsWithOverlap: 14, pairs: 100 }),
    ).toBe(false); // 22% ≥ 14%
    expect(
      coreOverlapIsDecisive({ partnerPairsWithOverlap: 12, partnerPairs: 731, pairsWithOverlap: 14, pairs: 100 }),
    ).toBe(true); // 1.6% < 14%
    expect(
      coreOverlapIsDecisive({ partnerPairsWithOverlap: 5, partnerPairs: 6, pairsWithOverlap: 1, pairs: 100 }),
    ).toBe(true); // too few to say
  });
});

describe('the stored model', () => {
  it('reads back what was stored, and falls back to the defaults on anything else', () => {
    const model: MarketModel = {
      ...parseModel(null),
      calibrated: true,
      weights: { PEERS: 0.6, OVERLAP: 0.1, NICHE: 0.1, COMPLEMENT: 0, PULL: 0.2 },
      yardsticks: { PEERS: 0.15, OVERLAP: 0.12, NICHE: 0.46, COMPLEMENT: 0.21, PULL: 0.6 },
      rivalPartners: 'AGAINST',
      likelihood: { intercept: -5, slope: 7, rows: 4000, observedRate: 0.1 },
      density: 0.0125,
    };
    expect(parseModel(JSON.stringify(model))).toEqual(model);
    expect(parseModel(null).calibrated).toBe(false);
    expect(parseModel('{"weights": {"PEERS": -1}}').weights).toEqual(DEFAULT_TERM_WEIGHTS);
    expect(parseModel('not json').weights).toEqual(DEFAULT_TERM_WEIGHTS);
    // A model stored before yardsticks existed ranks on the default scale.
    expect(
      parseModel('{"weights": {"PEERS": 1, "OVERLAP": 0, "NICHE": 0, "COMPLEMENT": 0, "PULL": 0}}').yardsticks,
    ).toEqual(parseModel(null).yardsticks);
  });
});
