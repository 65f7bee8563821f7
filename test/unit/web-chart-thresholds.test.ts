import { describe, expect, it } from 'vitest';
import {
  chartThresholds,
  evenCut,
  formatThreshold,
  largestQuadrant,
  PILE_SHARE,
} from '../../web/src/matrix/chart-thresholds.ts';
import { quadrantOf } from '../../api/contract/quadrant.ts';
import { DEFAULT_THRESHOLDS } from '../../web/src/matrix/quadrant-chart.ts';

/**
 * Microsoft's FedRAMP shape: 50 candidates, 30 without reach and 20 with
 * 0.0135 to 0.077; capability gain 0 for 39, 0.0625 for 11.
 */
const HUB = Array.from({ length: 50 }, (_, index) => ({
  reach: index < 30 ? 0 : 0.0135 + ((index - 30) * (0.077 - 0.0135)) / 19,
  capabilityGain: index % 5 === 0 || index === 49 ? 0.0625 : 0,
}));

describe('evenCut', () => {
  it('cuts where the values split most evenly, halfway between the two it separates', () => {
    // 39 zeros and 11 × 0.0625: the only cut, at 0.03125
    expect(evenCut(HUB.map((point) => point.capabilityGain))).toBe(0.03125);
    // 30 zeros, then 0.0135…: halfway between 0 and 0.0135
    expect(evenCut(HUB.map((point) => point.reach))).toBeCloseTo(0.00675, 12);
    // 1…10: 5 and 6 split them 5 / 5
    expect(evenCut([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(5.5);
    // of two equally even cuts, the higher: [0, 1, 2, 3] splits 2 / 2 only at 1.5
    expect(evenCut([0, 1, 2, 3])).toBe(1.5);
    expect(evenCut([0, 1, 2])).toBe(1.5);
  });

  it('cannot split an axis on which every value is the same', () => {
    expect(evenCut([0, 0, 0])).toBeNull();
    expect(evenCut([])).toBeNull();
  });

  it('leaves no value on the line and as even a split as any other cut', () => {
    const values = [0, 0, 0, 0.02, 0.02, 0.05, 0.07, 0.07, 0.07, 0.07, 0.1];
    const cut = evenCut(values)!;
    expect(values).not.toContain(cut);
    const imbalance = (at: number) => Math.abs(values.filter((v) => v >= at).length * 2 - values.length);
    // independently: try a cut between every pair of neighbouring distinct values
    const distinct = [...new Set(values)].sort((a, b) => a - b);
    const best = Math.min(...distinct.slice(1).map((value) => imbalance(value)));
    expect(imbalance(cut)).toBe(best);
  });
});

describe('chartThresholds', () => {
  it('draws relative lines when the fixed 0.3 put every hub candidate in Low leverage', () => {
    expect(largestQuadrant(HUB)).toEqual({ quadrant: 'LOW', count: 50 });
    const lines = chartThresholds(HUB);
    expect(lines.mode).toBe('relative');
    expect(lines.relativeHelps).toBe(true);
    expect(lines.thresholds.capability).toBe(0.03125);
    expect(lines.fixedPile).toEqual({ quadrant: 'LOW', count: 50 });
    // the candidates now spread over all four quadrants
    const quadrants = new Set(HUB.map((point) => quadrantOf(point.reach, point.capabilityGain, lines.thresholds)));
    expect(quadrants).toEqual(new Set(['LOW', 'DISTRIBUTION', 'CAPABILITY', 'STRATEGIC']));
  });

  it('keeps the documented lines where they already separate the candidates (the demo)', () => {
    const spread = [
      { reach: 0.303, capabilityGain: 0.333 },
      { reach: 0.1, capabilityGain: 0.4 },
      { reach: 0.35, capabilityGain: 0.1 },
      { reach: 0.1, capabilityGain: 0.1 },
    ];
    const lines = chartThresholds(spread);
    expect(lines.mode).toBe('fixed');
    expect(lines.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(lines.relativeHelps).toBe(false);
  });

  it('piles up from PILE_SHARE of the candidates in one quadrant', () => {
    const nine = Array.from({ length: 9 }, (_, index) => ({ reach: index / 100, capabilityGain: 0 }));
    const one = [{ reach: 0.5, capabilityGain: 0.5 }];
    expect(PILE_SHARE).toBe(0.9);
    expect(chartThresholds([...nine, ...one]).mode).toBe('relative'); // 9 of 10
    expect(chartThresholds([...nine.slice(0, 8), ...one, ...one]).mode).toBe('fixed'); // 8 of 10
  });

  it('follows the strategist’s choice either way', () => {
    expect(chartThresholds(HUB, 'fixed')).toMatchObject({ mode: 'fixed', thresholds: DEFAULT_THRESHOLDS });
    const spread = [
      { reach: 0.5, capabilityGain: 0.5 },
      { reach: 0.1, capabilityGain: 0.1 },
    ];
    expect(chartThresholds(spread, 'relative').thresholds).toEqual({ distribution: 0.3, capability: 0.3 });
  });

  it('draws no line on an axis every candidate shares, and stays fixed when neither axis splits', () => {
    const flatGain = HUB.map((point) => ({ ...point, capabilityGain: 0 }));
    const lines = chartThresholds(flatGain);
    expect(lines.mode).toBe('relative');
    expect(lines.unsplit).toEqual(['capability']);
    expect(lines.thresholds.capability).toBe(Infinity);
    const flat = HUB.map(() => ({ reach: 0, capabilityGain: 0 }));
    expect(chartThresholds(flat).mode).toBe('fixed');
  });
});

describe('formatThreshold', () => {
  it('prints two significant figures', () => {
    expect([0.3, 0.03125, 0.006756, 0.0625, 0].map(formatThreshold)).toEqual(['0.3', '0.031', '0.0068', '0.063', '0']);
    expect(formatThreshold(Infinity)).toBe('—');
  });
});
