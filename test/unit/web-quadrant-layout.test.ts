import { describe, expect, it } from 'vitest';
import type { CandidateFit } from '../../web/src/client/types.ts';
import { chartLayout, cornerBoxes, thresholdText } from '../../web/src/matrix/chart-layout.ts';
import { chartThresholds, formatThreshold, RELATIVE_HINT } from '../../web/src/matrix/chart-thresholds.ts';
import { matrixLegend, RULED_OUT_LABEL } from '../../web/src/matrix/matrix-legend.ts';
import { dodge, placeNames, type Dot } from '../../web/src/matrix/point-placement.ts';
import { dataAxis, niceStep, PLOT_PAD, quadrantRegions, scale } from '../../web/src/matrix/quadrant-axes.ts';
import { isRuledOutOnChart, NAMED_TOP, namesWanted } from '../../web/src/matrix/quadrant-chart.ts';

type Conflicts = CandidateFit['conflicts'];
const MEDIUM: Conflicts = [{ kind: 'CAPABILITY_OVERLAP', severity: 'MEDIUM' }];
const HIGH: Conflicts = [{ kind: 'CAPABILITY_OVERLAP', severity: 'HIGH' }];

function fit(
  id: string,
  score: number,
  reach: number,
  capabilityGain: number,
  conflicts: Conflicts = [],
): CandidateFit {
  return {
    candidate: { id, name: `Company ${id}`, customerCount: 10 },
    score,
    reach,
    capabilityGain,
    conflicts,
    relation: 'CANDIDATE',
    ruledOut: false,
  } as unknown as CandidateFit;
}

describe('dataAxis', () => {
  it('ends just above the data: Microsoft’s reach (at most 0.077) runs 0 to 0.1 in steps of 0.02', () => {
    // 0.077 · 1.08 = 0.083; a fifth of it is 0.017, the nice step 0.02; ceil(0.083 / 0.02) · 0.02 = 0.1
    expect(dataAxis([0, 0.014, 0.077], 0.3)).toEqual({
      max: 0.1,
      ticks: [0, 0.02, 0.04, 0.06, 0.08, 0.1],
      decimals: 2,
      thresholdShown: false,
    });
  });

  it('keeps the threshold on the axis when the data comes within 1.5× of it', () => {
    // largest 0.25: 0.3 ≤ 0.375, so the axis reaches 0.3 · 1.08 = 0.324 → 0.4 in steps of 0.1
    expect(dataAxis([0.1, 0.25], 0.3)).toMatchObject({ max: 0.4, thresholdShown: true, decimals: 1 });
    // data well above: 0.74 · 1.08 = 0.8 in steps of 0.2
    expect(dataAxis([0.74], 0.3)).toMatchObject({ max: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8] });
    // never above 1: every term is a ratio
    expect(dataAxis([0.99], 0.3).max).toBe(1);
    // all zero: 0 to twice the threshold, which shows
    expect(dataAxis([0, 0], 0.3)).toMatchObject({ max: 0.6, thresholdShown: true });
  });

  it('picks nice steps', () => {
    expect([0.017, 0.021, 0.06, 0.12, 0.3].map(niceStep)).toEqual([0.02, 0.025, 0.1, 0.2, 0.5]);
  });

  it('maps values inside a padding, y upwards', () => {
    const axis = dataAxis([0.077], 0.3);
    expect(scale(axis, 228)(0)).toBe(PLOT_PAD);
    expect(scale(axis, 228)(0.1)).toBe(228 - PLOT_PAD);
    expect(scale(axis, 228, true)(0)).toBe(228 - PLOT_PAD);
    expect(scale(axis, 228)(5)).toBe(228 - PLOT_PAD); // clamped
  });
});

describe('quadrantRegions', () => {
  const thresholds = { distribution: 0.3, capability: 0.3 };
  it('shows four quadrants when both thresholds are on their axes, only the low side of one beyond', () => {
    const wide = dataAxis([0.5], 0.3);
    const narrow = dataAxis([0.05], 0.3);
    expect(
      quadrantRegions(wide, wide, thresholds)
        .map((region) => region.quadrant)
        .sort(),
    ).toEqual(['CAPABILITY', 'DISTRIBUTION', 'LOW', 'STRATEGIC']);
    expect(quadrantRegions(narrow, wide, thresholds).map((region) => region.quadrant)).toEqual(['LOW', 'CAPABILITY']);
    expect(quadrantRegions(narrow, narrow, thresholds)).toEqual([
      { quadrant: 'LOW', x0: 0, x1: narrow.max, y0: 0, y1: narrow.max },
    ]);
  });
});

describe('dodge', () => {
  const bounds = { width: 400, height: 300 };
  it('nudges tied points apart, best first keeping its place', () => {
    const tied: Dot[] = Array.from({ length: 20 }, (_, index) => ({ id: `p${index}`, x: 100, y: 200, r: 5 }));
    const placed = dodge(tied, bounds);
    expect(placed[0]).toMatchObject({ x: 100, y: 200 });
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const apart = Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y);
        expect(apart).toBeGreaterThanOrEqual(10.8); // r + r + 1, less the 0.1 px rounding
      }
    }
    // compact: twenty 5 px points within 40 px of where they belong
    expect(Math.max(...placed.map((dot) => Math.hypot(dot.x - 100, dot.y - 200)))).toBeLessThan(40);
  });

  it('never pushes a point across a threshold line or out of the plot', () => {
    const tied: Dot[] = Array.from({ length: 12 }, (_, index) => ({ id: `p${index}`, x: 150, y: 6, r: 5 }));
    const placed = dodge(tied, bounds, { x: 150 });
    for (const dot of placed.slice(1)) {
      expect(dot.x).toBeGreaterThanOrEqual(150);
      expect(dot.y - dot.r).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('placeNames', () => {
  const bounds = { width: 400, height: 200 };
  it('puts a name right of its point, else left, clear of other points', () => {
    const points = [
      { id: 'a', x: 100, y: 100, r: 5 },
      { id: 'b', x: 112, y: 100, r: 5 },
      { id: 'c', x: 300, y: 100, r: 5 },
    ];
    const names = placeNames(
      points.map((point) => ({ ...point, text: `Name ${point.id}`, must: false })),
      points,
      bounds,
    );
    // a's right is blocked by b's point: it goes left (x 100 − 5 − 4); b and c take their right
    expect(names.map((name) => [name.id, name.x, name.anchor, name.leader])).toEqual([
      ['a', 91, 'end', null],
      ['b', 121, 'start', null],
      ['c', 309, 'start', null],
    ]);
  });

  it('moves a crowded name further out with a leader line, and draws a must-name over points, never over names', () => {
    // a wall of names around the point's near ring: a name must go further out
    const point = { id: 'x', x: 200, y: 100, r: 4 };
    const obstacles = [{ left: 150, right: 250, top: 80, bottom: 120 }];
    const [name] = placeNames([{ ...point, text: 'Crowded', must: true }], [point], bounds, { obstacles });
    expect(name!.leader).not.toBeNull();
    expect(name!.leader).toMatchObject({ x2: name!.x, y2: name!.y });
    // no room anywhere inside a tiny chart: a must-name is still dropped only when nothing fits the bounds
    const tiny = { width: 30, height: 10 };
    expect(placeNames([{ ...point, x: 5, y: 5, text: 'Alpha', must: true }], [], tiny)).toEqual([]);
    // points all round: the must-name goes over a point, the optional one is left to the hover
    const crowd = Array.from({ length: 60 }, (_, index) => ({
      id: `p${index}`,
      x: 10 + (index % 10) * 40,
      y: 10 + Math.floor(index / 10) * 36,
      r: 12,
    }));
    const forced = placeNames(
      [
        { ...crowd[33]!, text: 'Must', must: true },
        { ...crowd[34]!, text: 'Maybe', must: false },
      ],
      crowd,
      bounds,
    );
    expect(forced.map((placed) => placed.id)).toEqual(['p33']);
    // a chart full of other names: not even a must-name is drawn over them
    const full = [{ left: 0, right: 400, top: 0, bottom: 200 }];
    expect(placeNames([{ ...point, text: 'Must', must: true }], [point], bounds, { obstacles: full })).toEqual([]);
  });

  it('never runs a leader line through a quadrant’s name or another name', () => {
    // x's near places are all taken (its neighbours' circles, a hint to its right); further out on the right
    // the box is free, but its leader would run through the hint: the name goes left instead
    const point = { id: 'x', x: 200, y: 100, r: 4 };
    const neighbours = [
      { id: 'l', x: 190, y: 100, r: 5 },
      { id: 'u', x: 200, y: 85, r: 5 },
      { id: 'd', x: 200, y: 115, r: 5 },
    ];
    const hint = { left: 212, right: 216, top: 90, bottom: 110 };
    const [name] = placeNames([{ ...point, text: 'Leader', must: true }], [point, ...neighbours], bounds, {
      obstacles: [hint],
      textWidth: () => 40,
    });
    expect([name!.anchor, name!.x, name!.y]).toEqual(['end', 178, 100]);
    expect(name!.leader).toEqual({ x1: 196, y1: 100, x2: 178, y2: 100 });
  });

  it('keeps a name in its point’s quadrant, across a threshold line only when nothing else fits', () => {
    // a point just below the capability line (y 100), its right and left taken by neighbours: without the
    // wall its name would go above, across the line; with it, below, on its own side
    const point = { id: 'x', x: 200, y: 106, r: 4 };
    const neighbours = [
      { id: 'r', x: 214, y: 106, r: 5 },
      { id: 'l', x: 186, y: 106, r: 5 },
    ];
    const walls = { y: 100 };
    const place = (options: Parameters<typeof placeNames>[3], bounds = { width: 400, height: 200 }) =>
      placeNames([{ ...point, text: 'Sentinel', must: true }], [point, ...neighbours], bounds, {
        textWidth: () => 50,
        ...options,
      });
    expect(place({})[0]!.y).toBeLessThan(100);
    expect(place({ walls })[0]!.y).toBeGreaterThan(100);
    // a must-name with no place on its side (the chart ends 8 px below the line) still gets one across it
    expect(place({ walls }, { width: 400, height: 108 })[0]!.y).toBeLessThan(100);
  });

  it('keeps names a few pixels off a quadrant’s name, so the two never read as one word', () => {
    // "Low leverage" (12 characters at 7.6 px) set at x 8: its box reaches 8 px past the text
    const corner = { quadrant: 'LOW' as const, x: 8, y: 20, anchor: 'start' as const };
    const [title, hint] = cornerBoxes(corner, RELATIVE_HINT);
    expect(title!.right).toBeCloseTo(8 + 12 * 7.6 + 8, 9);
    expect(hint!.right).toBeCloseTo(8 + RELATIVE_HINT.LOW.length * 6 + 8, 9);
  });

  it('keeps an optional name beside its point: no leader line', () => {
    const point = { id: 'x', x: 200, y: 100, r: 4 };
    const ring = [{ left: 150, right: 250, top: 80, bottom: 120 }];
    expect(placeNames([{ ...point, text: 'Crowded', must: false }], [point], bounds, { obstacles: ring })).toEqual([]);
  });
});

describe('what the 2x2 names and crosses', () => {
  it('names the selection, every conflict when they are few, and the top 12; the rest on hover', () => {
    const fits = [
      ...Array.from({ length: 20 }, (_, index) => fit(`plain${index}`, 0.9 - index / 100, 0.1, 0.1)),
      fit('orange', 0.01, 0.1, 0.1, MEDIUM),
      fit('chosen', 0.02, 0.1, 0.1),
    ];
    const wanted = namesWanted(fits, 'chosen');
    expect(wanted[0]!.id).toBe('chosen');
    expect(wanted[1]!.id).toBe('orange'); // the lowest score, but a conflict
    expect(wanted.slice(2).map((name) => name.id)).toEqual(
      Array.from({ length: NAMED_TOP }, (_, index) => `plain${index}`),
    );
    expect(wanted.every((name) => name.must)).toBe(true);
  });

  it('names conflicts beyond the top only where they fit when most candidates conflict (a hub)', () => {
    const fits = Array.from({ length: 30 }, (_, index) => fit(`c${index}`, 0.9 - index / 100, 0.1, 0.1, MEDIUM));
    const wanted = namesWanted(fits, null);
    expect(wanted.filter((name) => name.must).map((name) => name.id)).toEqual(
      Array.from({ length: NAMED_TOP }, (_, index) => `c${index}`),
    );
    expect(wanted.filter((name) => !name.must)).toHaveLength(30 - NAMED_TOP);
  });

  it('draws a candidate a high conflict leaves without a recommendation as ruled out', () => {
    expect(isRuledOutOnChart(fit('a', 0.5, 0.5, 0.5, HIGH))).toBe(true);
    expect(isRuledOutOnChart(fit('b', 0.5, 0.5, 0.5, MEDIUM))).toBe(false);
    expect(isRuledOutOnChart({ ...fit('c', 0.5, 0.5, 0.5), ruledOut: true })).toBe(true);
    expect(matrixLegend([fit('a', 0.5, 0.5, 0.5, HIGH)]).map((entry) => entry.label)).toContain(RULED_OUT_LABEL);
    expect(matrixLegend([fit('b', 0.5, 0.5, 0.5)]).map((entry) => entry.label)).not.toContain(RULED_OUT_LABEL);
  });
});

describe('chartLayout on Microsoft’s FedRAMP shape', () => {
  // Fifty candidates: reach 0 to 0.077, capability gain 0 or 1/16, twenty tied at the origin,
  // forty-five of them in conflict (four high): fixed 0–0.6 axes piled all in one corner.
  const fits = Array.from({ length: 50 }, (_, index) =>
    fit(
      `m${String(index).padStart(2, '0')}`,
      0.45 - index / 120,
      index < 20 ? 0 : (index % 6) * 0.014,
      index % 3 === 0 ? 0.0625 : 0,
      index < 45 ? (index % 11 === 0 ? HIGH : MEDIUM) : [],
    ),
  );
  const plot = { width: 1000, height: 560 };
  const layout = chartLayout(fits, plot, null);

  it('spreads the points over the whole plot and says the thresholds are beyond them', () => {
    expect(layout.thresholdX).toBeNull();
    expect(layout.thresholdY).toBeNull();
    expect(layout.strategic).toBeNull();
    expect(layout.corners.map((corner) => corner.quadrant)).toEqual(['LOW']);
    const xs = layout.dots.map((dot) => dot.x);
    // the widest reach (0.07 of an axis to 0.08) sits past three quarters of the width
    expect(Math.max(...xs)).toBeGreaterThan(plot.width * 0.75);
  });

  it('draws every point where no other covers it', () => {
    for (let i = 0; i < layout.dots.length; i++) {
      for (let j = i + 1; j < layout.dots.length; j++) {
        const a = layout.dots[i]!;
        const b = layout.dots[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + 0.8);
      }
    }
  });

  it('names the top 12 inside the plot, other conflicts only beside their points, no two names overlapping', () => {
    const named = new Set(layout.names.map((name) => name.id));
    // the top 12 by score: m00…m11
    for (let index = 0; index < 12; index++) expect(named).toContain(`m${String(index).padStart(2, '0')}`);
    for (const name of layout.names) {
      expect(name.x).toBeGreaterThanOrEqual(0);
      expect(name.x).toBeLessThanOrEqual(plot.width);
      // a name beyond the top has no leader line: it sits beside its point
      if (Number(name.id.slice(1)) >= 12) expect(name.leader).toBeNull();
    }
    const boxes = layout.names.map((name) => {
      const width = fits.find((candidate) => candidate.candidate.id === name.id)!.candidate.name.length * 6.6 + 4;
      const left = name.anchor === 'start' ? name.x : name.anchor === 'end' ? name.x - width : name.x - width / 2;
      return { left, right: left + width, top: name.y - 7, bottom: name.y + 7 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).toBe(false);
      }
    }
  });

  it('draws lines relative to the candidates when asked, and says so on them and in the corners', () => {
    const lines = chartThresholds(fits);
    expect(lines.mode).toBe('relative');
    const relative = chartLayout(fits, plot, null, { thresholds: lines.thresholds, mode: lines.mode });
    expect(relative.thresholdX).not.toBeNull();
    expect(relative.thresholdY).not.toBeNull();
    expect(relative.corners.map((corner) => corner.quadrant).sort()).toEqual([
      'CAPABILITY',
      'DISTRIBUTION',
      'LOW',
      'STRATEGIC',
    ]);
    expect(relative.hints).toEqual(RELATIVE_HINT);
    expect(relative.reachText).toBe(`reach higher than most from ${formatThreshold(lines.thresholds.distribution)}`);
    expect(relative.capabilityText).toBe('capability gain higher than most from 0.031');
    // the documented lines say where they are instead
    expect(layout.reachText).toBe('Reach is high from 0.3: beyond every candidate here →');
    expect(thresholdText('capability', Infinity, 'relative', false)).toBe(
      'Every candidate here has the same capability gain: no line',
    );
  });

  it('moves the quadrant name away from the pile at the origin', () => {
    const low = layout.corners[0]!;
    // the outer corner of Low is bottom left, where twenty points sit: it goes elsewhere
    expect(low.x > plot.width / 2 || low.y < plot.height / 2).toBe(true);
  });
});
