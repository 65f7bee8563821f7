import { describe, expect, it } from 'vitest';
import { weightsNote } from '../../web/src/export/export-context.ts';
import {
  exportFileName,
  fitInside,
  SLIDE,
  slideLayout,
  wrapLegend,
  type LegendEntry,
} from '../../web/src/export/slide-layout.ts';
import { slideText } from '../../web/src/export/slide-text.ts';
import { GROUP_LEGEND, mapLegend } from '../../web/src/map/map-export.ts';

/** 8 px a character: what a 15 px sans-serif averages, close enough to lay out a legend. */
const measure = (text: string) => text.length * 8;
const dot = (label: string): LegendEntry => ({ label, swatch: { kind: 'dot', fill: '#000' } });

describe('slideLayout', () => {
  it('is a 16:9 slide at 2×: 3200 × 1800 pixels', () => {
    const layout = slideLayout({ title: 'T', subtitle: 'S' }, [dot('a')], measure);
    expect([layout.width * layout.scale, layout.height * layout.scale]).toEqual([3200, 1800]);
    expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9, 5);
  });

  it('puts the title, the subtitle, the picture and a one-row legend top to bottom', () => {
    const layout = slideLayout(
      { title: 'Okta: partner ecosystem', subtitle: 'FedRAMP · 30 Nov 2025' },
      [dot('a')],
      measure,
    );
    // title baseline 40 + 30, subtitle 70 + 10 + 16, picture from 96 + 20 to the legend's top (900 − 40 − 26) less 16
    expect(layout.title).toMatchObject({ x: 40, y: 70 });
    expect(layout.subtitle).toMatchObject({ x: 40, y: 96 });
    expect(layout.picture).toEqual({ x: 40, y: 116, width: 1520, height: 834 - 16 - 116 });
    expect(layout.legend).toEqual([{ ...dot('a'), x: 40, y: 834 + 13 }]);
  });

  it('wraps a long legend into rows and gives the picture what is left', () => {
    // each entry: 28 + 8 + 10·8 = 116 px, 28 apart: 10 entries per 1520 px row (10·116 + 9·28 = 1412)
    const legend = Array.from({ length: 14 }, (_, index) => dot(`entry ${String(index).padStart(4, '0')}`));
    const rows = wrapLegend(legend, measure, 1520);
    expect(rows.map((row) => row.length)).toEqual([10, 4]);
    expect(rows[0]![1]!.x).toBe(116 + 28);
    const layout = slideLayout({ title: 'T', subtitle: 'S' }, legend, measure);
    expect(layout.picture.height).toBe(900 - 40 - 2 * 26 - 16 - 116);
    expect(layout.legend[10]).toMatchObject({ x: 40, y: 900 - 40 - 2 * 26 + 26 + 13 });
  });
});

describe('fitInside', () => {
  it('scales the picture to fill the area on its tighter side, centred', () => {
    // 1000 × 500 into 1520 × 702: the height binds (702 / 500 = 1.404), 1404 wide, 58 px each side
    expect(fitInside(1000, 500, { x: 40, y: 116, width: 1520, height: 702 })).toEqual({
      x: 40 + 58,
      y: 116,
      width: 1404,
      height: 702,
    });
    expect(fitInside(0, 10, { x: 0, y: 0, width: 10, height: 10 })).toMatchObject({ width: 0, height: 0 });
  });
});

describe('what the map export says', () => {
  it('titles the slide with the focal company, then dataset, date, what is shown and the weights', () => {
    const text = slideText('partner ecosystem', {
      focalName: 'Okta',
      dataset: 'FedRAMP marketplace ecosystem',
      date: new Date('2025-11-30T12:00:00Z'),
      shown: 'Top 25 candidates',
      weights: weightsNote({ PEERS: 1 }),
    });
    expect(text).toEqual({
      title: 'Okta: partner ecosystem',
      subtitle: 'FedRAMP marketplace ecosystem · 30 Nov 2025 · Top 25 candidates · weights set: Peer evidence 1.00',
    });
    expect(weightsNote({})).toBe("ranked by this market's weights");
    expect(exportFileName('okta', 'map')).toBe('partnergraph-okta-map.png');
  });

  it('has a legend entry per relation, the edge kinds drawn, and groups when there are some', () => {
    const legend = mapLegend(new Set(['PARTNER', 'COMPETES']));
    const labels = legend.map((entry) => entry.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Focal company', 'Active partner', 'Competitor', 'Partnership', 'Rivals', 'Ruled out']),
    );
    expect(labels).not.toContain('Shared customers (width = count)');
    expect(labels).not.toContain(GROUP_LEGEND);
    expect(mapLegend(new Set(), { groups: true }).some((entry) => entry.label === GROUP_LEGEND)).toBe(true);
  });
});
