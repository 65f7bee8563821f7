import { describe, expect, it } from 'vitest';
import { heatmapRows } from '../../web/src/detail/stage-heatmap.ts';
import { worstSeverity } from '../../web/src/format/labels.ts';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatPercent,
  formatScore,
  pluralise,
  weightShares,
} from '../../web/src/format/numbers.ts';
import { quadrantOf } from '../../api/contract/quadrant.ts';
import { pointRadius } from '../../web/src/matrix/quadrant-chart.ts';

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
    expect(formatDateTime('2026-03-12T23:30:00Z')).toBe('12 Mar 2026, 23:30 UTC');
    expect(formatDateTime('2026-03-12T00:05:00+01:00')).toBe('11 Mar 2026, 23:05 UTC');
    expect(formatDateTime('someday')).toBe('someday');
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

  it('sizes points by score on an area scale', () => {
    expect(pointRadius(0.4, 0.4)).toBe(10);
    expect(pointRadius(0.1, 0.4)).toBe(6.5); // 3 + 7·sqrt(0.25)
    expect(pointRadius(0, 0)).toBe(3);
  });
});
