import { describe, expect, it } from 'vitest';
import { caseObjective, calibrateModel, fitWeights, shrinkWeights, type TrainingCase } from '../../api/analysis/calibrate.ts';
import { coreOverlapIsDecisive, DEFAULT_TERM_WEIGHTS, describeModel, parseModel } from '../../api/analysis/market-model.ts';
import { TERM_LABELS } from '../../api/analysis/term-sentences.ts';

/** A case from rows of strengths (PEERS, OVERLAP, NICHE, COMPLEMENT, PULL), the first row the lost partner. */
function trainingCase(rows: number[][], weight = 1): TrainingCase {
  return { strengths: Float32Array.from(rows.flat()), rows: rows.length, negativeScale: 1, recallWeight: weight, rankWeight: weight };
}

/**
 * Twelve negatives ahead of the partner on everything but PULL: only weight on
 * PULL finds it (rank 1); at the defaults (no PULL) it ranks 13th, outside the top 10.
 */
const negatives = Array.from({ length: 12 }, () => [1, 1, 1, 1, 0]);
const pullCase = trainingCase([[0, 0, 0, 0, 1], ...negatives]);

describe('the calibration objective', () => {
  it('is recall@10 and the reciprocal rank, each case weighted as the backtest counts its company', () => {
    expect(caseObjective([pullCase], [0.5, 0.3, 0.2, 0, 0])).toEqual({ recall: 0, mrr: 1 / 13 });
    expect(caseObjective([pullCase], [0, 0, 0, 0, 1])).toEqual({ recall: 1, mrr: 1 });
    // ties count half: all-zero weights put the partner 7th of 13 (12 ties / 2 + 1)
    expect(caseObjective([pullCase], [0, 0, 0, 0, 0]).mrr).toBeCloseTo(1 / 7, 12);
    // a company's two cases weigh half each: one found (rank 1), one not (rank 13)
    const found = trainingCase([[1, 0, 0, 0, 0], [0, 0, 0, 0, 0]], 0.5);
    const lost = trainingCase([[0, 0, 0, 0, 0], ...negatives], 0.5);
    expect(caseObjective([found, lost], [1, 0, 0, 0, 0])).toEqual({ recall: 0.5, mrr: (1 + 1 / 13) / 2 });
  });

  it('estimates a rank from sampled negatives', () => {
    const sampled = { ...trainingCase([[0.5, 0, 0, 0, 0], [1, 0, 0, 0, 0]]), negativeScale: 20 };
    expect(caseObjective([sampled], [1, 0, 0, 0, 0])).toEqual({ recall: 0, mrr: 1 / 21 }); // one above stands for 20
  });
});

describe('fitting the weights', () => {
  it('moves weight to the term that finds the partners, and keeps the weights a share', () => {
    const fitted = fitWeights([pullCase], DEFAULT_TERM_WEIGHTS);
    expect(caseObjective([pullCase], Object.values(fitted))).toEqual({ recall: 1, mrr: 1 });
    expect(fitted.PULL).toBeGreaterThan(0);
    expect(Object.values(fitted).reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
  });

  it('stays at the start when nothing improves', () => {
    const found = trainingCase([[1, 1, 1, 1, 1], [0, 0, 0, 0, 0]]);
    expect(fitWeights([found], DEFAULT_TERM_WEIGHTS)).toEqual(DEFAULT_TERM_WEIGHTS);
  });

  it('shrinks toward the defaults as if they were 20 partnerships', () => {
    const learned = { PEERS: 0, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 1 };
    // 20 partnerships: half learned, half default
    expect(shrinkWeights(learned, 20)).toEqual({ PEERS: 0.25, OVERLAP: 0.15, NICHE: 0.1, COMPLEMENT: 0, PULL: 0.5 });
  });

  it('keeps the defaults below 10 partnerships, and says so', () => {
    const overlap = { partnerPairsWithOverlap: 0, partnerPairs: 0, pairsWithOverlap: 0, pairs: 0 };
    const model = calibrateModel([pullCase], 9, overlap);
    expect(model).toMatchObject({ calibrated: false, weights: DEFAULT_TERM_WEIGHTS, partnerships: 9 });
    expect(describeModel(model, TERM_LABELS).summary).toMatch(/^Default weights: peer evidence \(50%\), then shared customers \(30%\), shared niche \(20%\)\. This market has 9/);
    const learned = calibrateModel([pullCase], 60, overlap);
    expect(learned.calibrated).toBe(true);
    // The fit moves all of PEERS, then all of OVERLAP, to PULL (0.8: the partner now leads), NICHE
    // keeps 0.2 (moving it changes no rank); shrunk by 60 / (60 + 20): PULL 0.75 · 0.8 = 0.6.
    expect(learned.weights.PULL).toBeCloseTo(0.6, 12);
    expect(describeModel(learned, TERM_LABELS).summary).toMatch(/^In this market, partnerships follow ecosystem pull \(60%\)/);
  });
});

describe('whether a core overlap rules out', () => {
  it('does, unless partners overlap at least as often as pairs in general, over at least 10 partner pairs', () => {
    expect(coreOverlapIsDecisive({ partnerPairsWithOverlap: 161, partnerPairs: 731, pairsWithOverlap: 14, pairs: 100 })).toBe(false); // 22% ≥ 14%
    expect(coreOverlapIsDecisive({ partnerPairsWithOverlap: 12, partnerPairs: 731, pairsWithOverlap: 14, pairs: 100 })).toBe(true); // 1.6% < 14%
    expect(coreOverlapIsDecisive({ partnerPairsWithOverlap: 5, partnerPairs: 6, pairsWithOverlap: 1, pairs: 100 })).toBe(true); // too few to say
  });
});

describe('the stored model', () => {
  it('reads back what was stored, and falls back to the defaults on anything else', () => {
    const model = calibrateModel([pullCase], 60, { partnerPairsWithOverlap: 0, partnerPairs: 0, pairsWithOverlap: 0, pairs: 0 });
    expect(parseModel(JSON.stringify(model))).toEqual(model);
    expect(parseModel(null).calibrated).toBe(false);
    expect(parseModel('{"weights": {"PEERS": -1}}').weights).toEqual(DEFAULT_TERM_WEIGHTS);
    expect(parseModel('not json').weights).toEqual(DEFAULT_TERM_WEIGHTS);
  });
});
