import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  CONFLICTS_ALWAYS_WITHIN,
  LABEL_GAP,
  labelBoxOn,
  labelPriority,
  labelSize,
  TOP_LABELLED,
  type LabelPlace,
} from '../../web/src/map/label-choice.ts';

const VIEW = { width: 800, height: 600 };

describe('labelPriority', () => {
  it('always names the focal company, the selection, partners, rivals, deals in progress and groups', () => {
    expect(labelPriority({ relation: 'focal', rank: 0 })).toBe(0);
    expect(labelPriority({ relation: 'complement', rank: 250, selected: true })).toBe(0);
    // a partner or a rival far down the ranking is still named: never by rank alone
    expect(labelPriority({ relation: 'partner', rank: 240 })).toBe(1);
    expect(labelPriority({ relation: 'competitor', rank: 199 })).toBe(1);
    expect(labelPriority({ relation: 'in-progress', rank: 80 })).toBe(1);
    expect(labelPriority({ relation: 'partner', rank: 0, isGroup: true })).toBe(1);
  });

  it('always names conflicts in the top 50 and the top 15; the rest compete for room, best first', () => {
    expect(labelPriority({ relation: 'conflict', rank: CONFLICTS_ALWAYS_WITHIN })).toBe(2);
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
  it('sizes a name by its characters at the font size', () => {
    // "Okta" at 12 px: 4 · 12 · 0.56 + 4 = 30.88 wide, ceil(15) tall
    expect(labelSize(4, 12)).toEqual({ width: 4 * 12 * 0.56 + 4, height: 15 });
  });

  it('puts the name below, above, right or left of the circle, a gap away from its edge', () => {
    const node: LabelPlace = { id: 'okta', priority: 1, x: 100, y: 50, r: 10, width: 30, height: 15 };
    expect(labelBoxOn(node, 'below')).toEqual({ left: 85, right: 115, top: 60 + LABEL_GAP, bottom: 75 + LABEL_GAP });
    expect(labelBoxOn(node, 'above')).toEqual({ left: 85, right: 115, top: 25 - LABEL_GAP, bottom: 40 - LABEL_GAP });
    expect(labelBoxOn(node, 'right')).toEqual({ left: 110 + LABEL_GAP, right: 140 + LABEL_GAP, top: 42.5, bottom: 57.5 });
    expect(labelBoxOn(node, 'left')).toEqual({ left: 60 - LABEL_GAP, right: 90 - LABEL_GAP, top: 42.5, bottom: 57.5 });
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

  it('draws every always-named label, even where no side is free', () => {
    // Two always-named companies 4 px apart: each circle covers the other's sides.
    const chosen = chooseLabels([place('a', 1, 100, 100), place('b', 2, 104, 100)], VIEW);
    expect(names(chosen)).toEqual(['a', 'b']);
  });

  it('moves a name to another side when the usual place below is taken', () => {
    // b sits 20 px under a: a's name below would cover b's circle, so it goes above.
    const chosen = chooseLabels([place('b', 1, 100, 120), place('a', 20, 100, 100)], VIEW);
    expect(chosen.get('b')).toBe('below');
    expect(chosen.get('a')).toBe('above');
  });

  it('drops a lesser name with no free side and keeps one with room', () => {
    // Four always-named neighbours box "hemmed" in on every side; "free" stands alone.
    const chosen = chooseLabels(
      [
        place('north', 1, 300, 282),
        place('south', 1, 300, 318),
        place('east', 1, 370, 300),
        place('west', 1, 230, 300),
        place('hemmed', 30, 300, 300),
        place('free', 40, 600, 100),
      ],
      VIEW,
    );
    expect(chosen.has('hemmed')).toBe(false);
    expect(chosen.get('free')).toBe('below');
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
