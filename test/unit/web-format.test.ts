import { describe, expect, it } from 'vitest';
import { heatmapRows } from '../../web/src/detail/stage-heatmap.ts';
import { worstSeverity } from '../../web/src/format/labels.ts';
import {
  formatCount,
  formatDate,
  formatPercent,
  formatScore,
  pluralise,
  weightShares,
} from '../../web/src/format/numbers.ts';
import { axisScale, labelledIds, placeLabels, pointRadius, quadrantOf } from '../../web/src/matrix/quadrant-chart.ts';
import type { CandidateFit } from '../../web/src/client/types.ts';

describe('number formatting', () => {
  it('shows scores with two decimals', () => {
    expect(formatScore(0.4014)).toBe('0.40');
    expect(formatScore(1)).toBe('1.00');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
  });

  it('shows ratios as percentages, one decimal below 10%', () => {
    expect(formatPercent(0.2657)).toBe('27%');
    expect(formatPercent(0.09546)).toBe('9.5%');
    expect(formatPercent(0.04)).toBe('4%');
    expect(formatPercent(0.001)).toBe('0.1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('groups thousands and pluralises', () => {
    expect(formatCount(12500)).toBe('12,500');
    expect(pluralise(1, 'customer')).toBe('1 customer');
    expect(pluralise(1058, 'customer')).toBe('1,058 customers');
  });

  it('formats dates in UTC and passes through what it cannot parse', () => {
    expect(formatDate('2026-03-12T23:30:00Z')).toBe('12 Mar 2026');
    expect(formatDate('someday')).toBe('someday');
  });

  it('turns weights into shares of their sum', () => {
    // 0.4 + 0.3 + 0.3 = 1; 0.6 + 0.2 + 0.2 = 1; 1 + 1 + 0 = 2 → 50%, 50%, 0%
    expect(weightShares([0.4, 0.3, 0.3])).toEqual(['40%', '30%', '30%']);
    expect(weightShares([1, 1, 0])).toEqual(['50%', '50%', '0%']);
    expect(weightShares([0, 0, 0])).toEqual(['—', '—', '—']);
  });

  it('finds the worst severity', () => {
    expect(worstSeverity([{ severity: 'LOW' }, { severity: 'MEDIUM' }])).toBe('MEDIUM');
    expect(worstSeverity([])).toBeNull();
  });
});

describe('stage heatmap', () => {
  it('lays out all nine cells, focal stage by row, with zeros for missing pairs', () => {
    const rows = heatmapRows([
      { stageA: 'CUSTOMER', stageB: 'CUSTOMER', count: 10 },
      { stageA: 'PROSPECT', stageB: 'CUSTOMER', count: 5 },
    ]);
    expect(rows.map((row) => row.map((cell) => cell.count))).toEqual([
      [10, 0, 0],
      [5, 0, 0],
      [0, 0, 0],
    ]);
    // intensity is relative to the largest cell: 5 / 10
    expect(rows[1]?.[0]?.intensity).toBe(0.5);
    expect(rows[1]?.[0]?.meaning).toMatch(/warm introduction/);
  });

  it('has no intensity when every cell is zero', () => {
    expect(
      heatmapRows([])
        .flat()
        .every((cell) => cell.intensity === 0),
    ).toBe(true);
  });
});

describe('2x2 chart arithmetic', () => {
  it('classifies quadrants at the 0.3 thresholds, inclusive', () => {
    expect(quadrantOf(0.3, 0.3)).toBe('STRATEGIC');
    expect(quadrantOf(0.29, 0.3)).toBe('CAPABILITY');
    expect(quadrantOf(0.3, 0.29)).toBe('DISTRIBUTION');
    expect(quadrantOf(0, 0)).toBe('LOW');
  });

  it('ends an axis at a round tenth above the data, at least twice the threshold, at most 1', () => {
    // all small: 2 × 0.3 = 0.6
    expect(axisScale([0.1, 0.2], 0.3)).toEqual({ max: 0.6, ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6] });
    // 0.74 × 1.08 = 0.799 → 0.8, ticks every 0.2 above 0.6
    expect(axisScale([0.74], 0.3)).toEqual({ max: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8] });
    expect(axisScale([0.99], 0.3).max).toBe(1);
  });

  it('sizes points by score on an area scale', () => {
    expect(pointRadius(0.4, 0.4)).toBe(10);
    expect(pointRadius(0.1, 0.4)).toBe(6.5); // 3 + 7·sqrt(0.25)
    expect(pointRadius(0, 0)).toBe(3);
  });

  it('names the best-scoring candidates', () => {
    const fit = (id: string, score: number) => ({ candidate: { id, name: id }, score }) as CandidateFit;
    expect([...labelledIds([fit('a', 0.1), fit('b', 0.5), fit('c', 0.3)], 2)]).toEqual(['b', 'c']);
  });

  it('places labels where they overlap nothing, and skips the ones with no room', () => {
    const points = [
      { x: 100, y: 100, r: 5 },
      { x: 112, y: 100, r: 5 },
      { x: 300, y: 100, r: 5 },
    ];
    const placed = placeLabels(
      [
        { id: 'a', text: 'Alpha', ...points[0]! },
        { id: 'b', text: 'Bravo', ...points[1]! },
        { id: 'c', text: 'Charlie', ...points[2]! },
      ],
      points,
      { width: 400, height: 200 },
    );
    // a's right side is blocked by b's dot, so it goes left; b takes its right; c its right.
    expect(placed).toEqual([
      { id: 'a', x: 91, y: 100, anchor: 'end' },
      { id: 'b', x: 121, y: 100, anchor: 'start' },
      { id: 'c', x: 309, y: 100, anchor: 'start' },
    ]);
    // no room at all inside a tiny chart
    expect(placeLabels([{ id: 'a', text: 'Alpha', x: 5, y: 5, r: 3 }], [], { width: 10, height: 10 })).toEqual([]);
  });
});
