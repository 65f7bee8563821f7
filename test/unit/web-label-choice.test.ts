import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  CONFLICTS_ALWAYS_WITHIN,
  labelBox,
  labelPriority,
  TOP_LABELLED,
  type LabelBox,
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

describe('labelBox', () => {
  it('hangs the name under the node, as wide as its characters at the font size', () => {
    // "Okta" at 12 px: 4 · 12 · 0.56 + 4 = 30.88 wide, ceil(15) tall, 4 px under the node's bottom edge
    const box = labelBox('okta', 1, 4, 100, 50, 12);
    expect(box).toEqual({ id: 'okta', priority: 1, x: 100, top: 54, width: 4 * 12 * 0.56 + 4, height: 15 });
  });
});

describe('chooseLabels', () => {
  const box = (id: string, priority: number, x: number, top: number, width = 60): LabelBox => ({
    id,
    priority,
    x,
    top,
    width,
    height: 15,
  });

  it('draws every always-named label, even on top of another', () => {
    const shown = chooseLabels([box('a', 1, 100, 100), box('b', 2, 110, 105)], VIEW);
    expect([...shown].sort()).toEqual(['a', 'b']);
  });

  it('drops a lesser name that would overlap one already taken, and keeps one with room', () => {
    const shown = chooseLabels(
      [
        box('partner', 1, 100, 100),
        box('rank-20', 30, 120, 108), // overlaps the partner's label: dropped
        box('rank-30', 40, 300, 100), // free: drawn
        box('rank-31', 41, 310, 100), // overlaps rank-30, which came first: dropped
      ],
      VIEW,
    );
    expect([...shown].sort()).toEqual(['partner', 'rank-30']);
  });

  it('decides by priority, not by the order the nodes come in', () => {
    const forward = chooseLabels([box('late', 50, 100, 100), box('early', 20, 105, 100)], VIEW);
    const backward = chooseLabels([box('early', 20, 105, 100), box('late', 50, 100, 100)], VIEW);
    expect([...forward]).toEqual(['early']);
    expect([...backward]).toEqual(['early']);
  });

  it('leaves off-screen names to the pan that brings them in', () => {
    const shown = chooseLabels(
      [box('left', 20, 10, 100), box('inside', 21, 400, 100), box('below', 22, 400, 590)],
      VIEW,
    );
    expect([...shown]).toEqual(['inside']);
  });

  it('shows more names when zoomed in: the same companies spread further apart', () => {
    // Ten companies 40 px apart in a row at zoom 1, 80 px apart at zoom 2; names 60 px wide.
    const row = (spacing: number) =>
      Array.from({ length: 10 }, (_, index) => box(`c${index}`, 20 + index, 60 + index * spacing, 100));
    // At 40 px every other name fits (60 > 40, but 60 < 80); at 80 px all do.
    expect(chooseLabels(row(40), VIEW).size).toBe(5);
    expect(chooseLabels(row(80), VIEW).size).toBe(9); // the tenth would end at 60 + 9·80 + 30 = 810 > 800
  });

  it('handles a thousand labels in a few milliseconds', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      box(`n${index}`, 10 + index, (index * 37) % 780, (index * 53) % 580),
    );
    const start = performance.now();
    const shown = chooseLabels(many, VIEW);
    expect(performance.now() - start).toBeLessThan(100);
    expect(shown.size).toBeGreaterThan(20);
    expect(shown.size).toBeLessThan(1000);
  });
});
