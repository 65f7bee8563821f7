import { describe, expect, it } from 'vitest';
import { marketSketch, sharedShare, SKETCH_SIZE, sketchOf } from '../../api/analysis/partnership-sketch.ts';

describe('the partnership sketch', () => {
  it('estimates the share of partnerships two sets have in common', () => {
    // the worked example: {a, b} and {b, c} share one of three
    expect(sharedShare(sketchOf(['a', 'b']), sketchOf(['b', 'c']))).toBeCloseTo(1 / 3, 12);
    expect(sharedShare(sketchOf(['a', 'b']), sketchOf(['b', 'a']))).toBe(1);
    const ids = Array.from({ length: 5000 }, (_, i) => `partnership-${i}`);
    // exact: 4,950 of 5,000 (99%), 2,500 of 7,500 (33%), none
    expect(sharedShare(sketchOf(ids), sketchOf(ids.slice(50)))).toBeGreaterThan(0.95);
    const half = sharedShare(sketchOf(ids), sketchOf([...ids.slice(2500), ...ids.map((id) => `${id}-new`)]));
    expect(Math.abs(half - 1 / 3)).toBeLessThan(0.1);
    expect(sharedShare(sketchOf(ids), sketchOf(ids.map((id) => `${id}-other`)))).toBe(0);
  });

  it('keeps a bounded fingerprint whatever the market’s size, the same for the same set in any order', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `partnership-${i}`);
    expect(sketchOf(ids)).toHaveLength(SKETCH_SIZE);
    expect(sketchOf([...ids].reverse())).toEqual(sketchOf(ids));
  });

  it('fingerprints a market by its known active partnerships, each with its parties', () => {
    const market = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      status: i % 10 === 0 ? 'ended' : 'active',
      parties: [`c${i}`, `c${i + 1}`],
    }));
    const none = new Set<string>();
    // the same market, one partnership hidden: nearly all in common; its parties listed the other way round: all
    expect(sharedShare(marketSketch(market, none), marketSketch(market, new Set(['p1'])))).toBeGreaterThan(0.95);
    const reversed = market.map((p) => ({ ...p, parties: [...p.parties].reverse() }));
    expect(sharedShare(marketSketch(market, none), marketSketch(reversed, none))).toBe(1);
    // another market numbering its partnerships alike: nothing in common
    const other = market.map((p, i) => ({ ...p, parties: [`x${i}`, `x${i + 1}`] }));
    expect(sharedShare(marketSketch(market, none), marketSketch(other, none))).toBe(0);
    // ended partnerships are not in it
    expect(marketSketch(market, none)).toEqual(
      marketSketch(
        market.filter((p) => p.status === 'active'),
        none,
      ),
    );
  });
});
