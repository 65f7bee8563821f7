import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  CONFLICTS_ALWAYS_WITHIN,
  estimateTextWidth,
  FAR_GAP,
  LABEL_GAP,
  LABEL_PAD,
  LABEL_SIDES,
  labelBoxOn,
  labelPriority,
  labelSize,
  placeLabels,
  TOP_FIRST,
  TOP_LABELLED,
  type LabelPlace,
  type LabelSide,
} from '../../web/src/map/label-choice.ts';

const VIEW = { width: 800, height: 600 };

describe('labelPriority', () => {
  it('names the focal company and the selection first, then the top 10, then partners, rivals, deals in progress and groups', () => {
    expect(labelPriority({ relation: 'focal', rank: 0 })).toBe(0);
    expect(labelPriority({ relation: 'complement', rank: 250, selected: true })).toBe(0);
    // Microsoft's best candidate (Okta, a conflict like most of its candidates) before its partners
    expect(labelPriority({ relation: 'conflict', rank: 1 })).toBe(1);
    expect(labelPriority({ relation: 'complement', rank: TOP_FIRST })).toBe(1);
    expect(labelPriority({ relation: 'complement', rank: TOP_FIRST + 1 })).toBe(3);
    // a partner or a rival far down the ranking is still named: never by rank alone
    expect(labelPriority({ relation: 'partner', rank: 240 })).toBe(2);
    expect(labelPriority({ relation: 'competitor', rank: 199 })).toBe(2);
    expect(labelPriority({ relation: 'in-progress', rank: 80 })).toBe(2);
    expect(labelPriority({ relation: 'partner', rank: 0, isGroup: true })).toBe(2);
  });

  it('always names conflicts in the top 50 and the top 15; the rest compete for room, best first', () => {
    expect(labelPriority({ relation: 'conflict', rank: CONFLICTS_ALWAYS_WITHIN })).toBe(3);
    expect(labelPriority({ relation: 'complement', rank: TOP_LABELLED })).toBe(3);
    expect(labelPriority({ relation: 'former', rank: 90 })).toBe(4);
    expect(labelPriority({ relation: 'conflict', rank: CONFLICTS_ALWAYS_WITHIN + 1 })).toBe(5);
    // an ordinary candidate ranked 16th: 10 + 16
    expect(labelPriority({ relation: 'complement', rank: TOP_LABELLED + 1 })).toBe(26);
    expect(labelPriority({ relation: 'complement', rank: 40 })).toBeGreaterThan(
      labelPriority({ relation: 'complement', rank: 20 }),
    );
  });
});

describe('labelSize and labelBoxOn', () => {
  it('boxes a measured name with its outline and a margin of air, 1.2 lines tall', () => {
    // "Okta" measured 26.4 px at 12 px: 26.4 + 2·4 wide, ceil(14.4) + 2·4 tall
    expect(labelSize(26.4, 12)).toEqual({ width: 26.4 + 2 * LABEL_PAD, height: 15 + 2 * LABEL_PAD });
    // without a canvas, a wide fallback font's 0.62 em a character
    expect(estimateTextWidth(4, 12)).toBeCloseTo(29.76, 10);
  });

  it('puts the name below, above, right, left or at a corner, its text a gap away from the circle', () => {
    const node: LabelPlace = { id: 'okta', priority: 1, x: 100, y: 50, r: 10, width: 30, height: 15 };
    const reach = 10 + LABEL_GAP - LABEL_PAD;
    expect(labelBoxOn(node, 'below')).toEqual({ left: 85, right: 115, top: 50 + reach, bottom: 65 + reach });
    expect(labelBoxOn(node, 'above')).toEqual({ left: 85, right: 115, top: 35 - reach, bottom: 50 - reach });
    expect(labelBoxOn(node, 'right')).toEqual({ left: 100 + reach, right: 130 + reach, top: 42.5, bottom: 57.5 });
    expect(labelBoxOn(node, 'left')).toEqual({ left: 70 - reach, right: 100 - reach, top: 42.5, bottom: 57.5 });
    // corners: beyond the corner of the circle's square, as cytoscape aligns them
    expect(labelBoxOn(node, 'below-right')).toEqual({
      left: 100 + reach,
      right: 130 + reach,
      top: 50 + reach,
      bottom: 65 + reach,
    });
    expect(labelBoxOn(node, 'above-left')).toEqual({
      left: 70 - reach,
      right: 100 - reach,
      top: 35 - reach,
      bottom: 50 - reach,
    });
    // a line further out, for an always-named company with no nearer place
    expect(labelBoxOn(node, 'below-far')).toEqual({
      left: 85,
      right: 115,
      top: 50 + reach + FAR_GAP,
      bottom: 65 + reach + FAR_GAP,
    });
    expect(labelBoxOn(node, 'left-far')).toEqual({
      left: 70 - reach - FAR_GAP,
      right: 100 - reach - FAR_GAP,
      top: 42.5,
      bottom: 57.5,
    });
    expect(LABEL_SIDES).toHaveLength(16);
  });
});

describe('chooseLabels', () => {
  /** A company of radius 5 at (x, y) whose name is 60 × 15 px. */
  const place = (id: string, priority: number, x: number, y: number, width = 60): LabelPlace => ({
    id,
    priority,
    x,
    y,
    r: 5,
    width,
    height: 15,
  });
  const names = (chosen: Map<string, unknown>) => [...chosen.keys()].sort();
  /** The pairs of chosen names whose boxes overlap. */
  const overlapping = (chosen: Map<string, LabelSide>, nodes: LabelPlace[]): string[] => {
    const boxes = nodes
      .filter((node) => chosen.has(node.id))
      .map((node) => [node.id, labelBoxOn(node, chosen.get(node.id)!)] as const);
    const pairs: string[] = [];
    boxes.forEach(([a, box], i) =>
      boxes.slice(i + 1).forEach(([b, other]) => {
        if (box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top)
          pairs.push(`${a}×${b}`);
      }),
    );
    return pairs;
  };

  it('draws always-named labels over a circle when it must, never over another name', () => {
    // Two always-named companies 4 px apart: each circle covers the other's sides.
    const chosen = chooseLabels([place('a', 1, 100, 100), place('b', 2, 104, 100)], VIEW);
    expect(names(chosen)).toEqual(['a', 'b']);
    expect(overlapping(chosen, [place('a', 1, 100, 100), place('b', 2, 104, 100)])).toEqual([]);
  });

  it('says which names lie over another company’s circle, for the map to draw that company on top', () => {
    // "a" is ringed by big circles of companies whose names get no room: its name must go over one of them.
    const ring = [0, 45, 90, 135, 180, 225, 270, 315].map((degrees, index) => ({
      id: `r${index}`,
      priority: 40,
      x: 300 + 40 * Math.cos((degrees * Math.PI) / 180),
      y: 300 + 40 * Math.sin((degrees * Math.PI) / 180),
      r: 30,
      width: 400,
      height: 15,
    }));
    const { sides, overCircles } = placeLabels([place('a', 1, 300, 300), ...ring], VIEW);
    expect(sides.has('a')).toBe(true);
    expect([...overCircles]).toEqual(['a']);
    // a name with room is not over anything
    expect(placeLabels([place('alone', 1, 300, 300)], VIEW).overCircles.size).toBe(0);
  });

  it('moves an always-named label to a corner before giving up, and drops it rather than overlap', () => {
    // The demo at 1280×800: Levyline hemmed in by four named neighbours kept its name below, over Shopwell's.
    const crowd = [
      place('north', 0, 300, 278),
      place('south', 0, 300, 322),
      place('east', 0, 372, 300),
      place('west', 0, 228, 300),
      place('hemmed', 1, 300, 300),
    ];
    const chosen = chooseLabels(crowd, VIEW);
    expect(chosen.get('hemmed')).toMatch(/-/); // a corner
    expect(overlapping(chosen, crowd)).toEqual([]);
    // Ten always-named companies on one spot: as many names as there are places, and no two overlap.
    const pile = Array.from({ length: 10 }, (_, index) => place(`p${index}`, 1, 400, 300));
    const piled = chooseLabels(pile, VIEW);
    expect(piled.size).toBeGreaterThanOrEqual(2); // below and above at least
    expect(piled.size).toBeLessThan(10);
    expect(overlapping(piled, pile)).toEqual([]);
  });

  it('moves a name to another side when the usual place below is taken', () => {
    // b sits 20 px under a: a's name below would cover b's circle, so it goes above.
    const chosen = chooseLabels([place('b', 1, 100, 120), place('a', 20, 100, 100)], VIEW);
    expect(chosen.get('b')).toBe('below');
    expect(chosen.get('a')).toBe('above');
  });

  it('gives an always-named company a place a line further out before one over a circle, never a lesser one', () => {
    // Small companies sit in each of the hub's eight near places (their own names too long for the screen).
    const blockers = [
      [300, 312.5],
      [300, 287.5],
      [320, 300],
      [280, 300],
      [320, 312.5],
      [280, 312.5],
      [320, 287.5],
      [280, 287.5],
    ].map(([x, y], index) => ({ ...place(`b${index}`, 50, x!, y!, 900), r: 3 }));
    const always = chooseLabels([...blockers, place('hub', 1, 300, 300, 30)], VIEW);
    expect(always.get('hub')).toBe('below-far');
    const ring = blockers;
    const lesser = chooseLabels([...ring, place('hub', 40, 300, 300, 30)], VIEW);
    expect(lesser.has('hub')).toBe(false);
  });

  it('moves a name that takes every place of an always-named company to another free place of its own', () => {
    // The crowded market at 1280×800: a top-ten name lay across every place of a partner's, and had room above.
    const view = { width: 2000, height: 2000 };
    const wide = { ...place('top', 1, 1000, 900, 700), height: 200 };
    const partner = place('partner', 2, 1000, 1000, 30);
    const { sides, overCircles } = placeLabels([wide, partner], view);
    expect(sides.get('partner')).toBe('below');
    expect(sides.get('top')).toBe('above');
    expect(overCircles.size).toBe(0);
    expect(overlapping(sides, [wide, partner])).toEqual([]);
    // With no other place for the wide name (every other runs off the screen), the partner goes unnamed as before.
    const hemmed = { ...place('top', 1, 1000, 150, 1900), height: 200 };
    const near = place('partner', 2, 1000, 250, 30);
    const without = placeLabels([hemmed, near], view).sides;
    expect(without.get('top')).toBe('below');
    expect(without.has('partner')).toBe(false);
  });

  it('lets an always-named name that must move for a partner go over a circle, as its own first place could', () => {
    // At the screen's foot a wide top-ten name lay across the partner's only places; its one other place was over a
    // big unnamed company's circle. The crowded market lost a partner's name so, on some layouts, at 1280×800.
    const top = { ...place('top', 1, 373, 584, 414) };
    const partner = place('partner', 2, 487, 595);
    const big = { ...place('big', 40, 269, 598, 2000), r: 38 };
    const { sides, overCircles } = placeLabels([top, partner, big], VIEW);
    expect(sides.get('partner')).toBe('above');
    expect(sides.get('top')).toBe('above-far');
    expect([...overCircles]).toEqual(['top']);
    expect(overlapping(sides, [top, partner, big])).toEqual([]);
  });

  it('names an always-named company a first pass left without a place by placing it first in another pass', () => {
    // Shrunk from a shuffled crowded market at 1280×800 (its map was 776 × 473): in order of importance the
    // partners' wide names took one another's places, and one partner was left with none and no single move.
    const crowd: LabelPlace[] = [
      { id: 'focal', priority: 0, rank: 0, x: 435, y: 245, r: 17, extent: 20, width: 115, height: 25 },
      { id: 'cand06', priority: 1, rank: 1, x: 493, y: 275, r: 10, extent: 12, width: 85, height: 23 },
      { id: 'cand48', priority: 3, rank: 15, x: 588, y: 171, r: 10, extent: 12, width: 84, height: 23 },
      { id: 'partner14', priority: 2, rank: 30, x: 626, y: 212, r: 9, extent: 11, width: 143, height: 23 },
      { id: 'partner19', priority: 2, rank: 27, x: 572, y: 262, r: 9, extent: 11, width: 139, height: 23 },
      { id: 'partner23', priority: 2, rank: 35, x: 460, y: 192, r: 9, extent: 11, width: 145, height: 23 },
      { id: 'partner24', priority: 2, rank: 32, x: 326, y: 172, r: 9, extent: 11, width: 145, height: 23 },
    ];
    const { sides } = placeLabels(crowd, { width: 776, height: 473 });
    expect(names(sides)).toEqual(crowd.map((node) => node.id).sort());
    expect(overlapping(sides, crowd)).toEqual([]);
  });

  it('drops a lesser name with no free side and keeps one with room', () => {
    // Always-named neighbours box "hemmed" in on every side and at every corner; "free" stands alone.
    const chosen = chooseLabels(
      [
        place('north', 1, 300, 282),
        place('south', 1, 300, 318),
        place('east', 1, 370, 300),
        place('west', 1, 230, 300),
        place('north-east', 1, 372, 276),
        place('north-west', 1, 228, 276),
        place('south-east', 1, 372, 324),
        place('south-west', 1, 228, 324),
        place('hemmed', 30, 300, 300, 140),
        place('free', 40, 600, 100),
      ],
      VIEW,
    );
    expect(chosen.has('hemmed')).toBe(false);
    expect(chosen.get('free')).toBe('below');
  });

  it('places the better rank first within a priority, whatever the ids', () => {
    // Two conflicts in the top 50 at one spot: the 2nd best takes the place below, the 30th goes above.
    const best = { ...place('zeta', 3, 100, 100), rank: 2 };
    const worse = { ...place('alpha', 3, 100, 100), rank: 30 };
    expect(chooseLabels([worse, best], VIEW).get('zeta')).toBe('below');
  });

  it('decides by priority, not by the order the nodes come in', () => {
    // Two companies at the same spot: whichever ranks first takes the place below, the other goes above.
    const forward = chooseLabels([place('late', 50, 100, 100), place('early', 20, 100, 100)], VIEW);
    const backward = chooseLabels([place('early', 20, 100, 100), place('late', 50, 100, 100)], VIEW);
    expect(forward).toEqual(backward);
    expect(forward.get('early')).toBe('below');
  });

  it('leaves off-screen names to the pan that brings them in', () => {
    const chosen = chooseLabels([place('outside', 20, -200, 100), place('inside', 21, 400, 100)], VIEW);
    expect(names(chosen)).toEqual(['inside']);
  });

  it('shows more names when zoomed in: the same companies spread further apart', () => {
    // Ten companies in a row, names 60 px wide: 20 px apart at zoom 1, 80 px apart at zoom 4.
    const row = (spacing: number) =>
      Array.from({ length: 10 }, (_, index) => place(`c${index}`, 20 + index, 60 + index * spacing, 300));
    const close = chooseLabels(row(20), VIEW).size;
    const apart = chooseLabels(row(80), VIEW).size;
    expect(close).toBeLessThan(10);
    expect(apart).toBe(10);
    expect(apart).toBeGreaterThan(close);
  });

  it('never lets two chosen names overlap, whatever the crowd', () => {
    const many = Array.from({ length: 300 }, (_, index) =>
      place(`n${index}`, 10 + index, (index * 37) % 780, (index * 53) % 580),
    );
    const chosen = chooseLabels(many, VIEW);
    expect(chosen.size).toBeGreaterThan(10);
    expect(chosen.size).toBeLessThan(300);
    const boxes = many.filter((node) => chosen.has(node.id)).map((node) => labelBoxOn(node, chosen.get(node.id)!));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).toBe(false);
      }
    }
  });
});
