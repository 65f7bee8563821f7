import { describe, expect, it } from 'vitest';
import { distanceForScore, GAP, placeNewcomers, type PlacedNode } from '../../web/src/map/placement.ts';

const RANGE = { min: 0.2, spread: 0.6 }; // scores on the map from 0.2 to 0.8

function placed(entries: Record<string, PlacedNode>): Map<string, PlacedNode> {
  return new Map(Object.entries(entries));
}

describe('distanceForScore', () => {
  it('puts the best score on the map 80 px from the focal company and the worst 280', () => {
    expect(distanceForScore(0.8, RANGE)).toBe(80);
    expect(distanceForScore(0.2, RANGE)).toBe(280);
    // 0.5 stands halfway: 80 + 200 · 0.5
    expect(distanceForScore(0.5, RANGE)).toBe(180);
    // a newcomer better than anyone on the map is not pulled inside the focal company
    expect(distanceForScore(0.95, RANGE)).toBe(80);
    expect(distanceForScore(0.5, { min: 0.5, spread: 0 })).toBe(80);
  });
});

describe('placeNewcomers', () => {
  const map = placed({
    focal: { x: 0, y: 0, diameter: 60 },
    a: { x: 110, y: 0, diameter: 30 },
    b: { x: -110, y: 0, diameter: 30 },
    'group:partner': { x: 0, y: 300, diameter: 50 },
  });

  it('places a candidate at its score’s distance from the focal company, clear of everyone', () => {
    const spot = placeNewcomers([{ id: 'n', diameter: 20, score: 0.5 }], map, 'focal', RANGE).get('n')!;
    // 30 (the focal radius) + 180
    expect(Math.hypot(spot.x, spot.y)).toBeCloseTo(210, 0);
    for (const other of map.values()) {
      expect(Math.hypot(spot.x - other.x, spot.y - other.y)).toBeGreaterThanOrEqual((other.diameter + 20) / 2 + GAP);
    }
  });

  it('places a group’s member next to where the group stood', () => {
    const spot = placeNewcomers(
      [{ id: 'm', diameter: 20, score: 0.3, near: 'group:partner' }],
      map,
      'focal',
      RANGE,
    ).get('m')!;
    // 25 + 10 + 26 = 61 from the group's centre (or the next ring out)
    const fromGroup = Math.hypot(spot.x, spot.y - 300);
    expect(fromGroup).toBeGreaterThanOrEqual(61 - 0.1);
    expect(fromGroup).toBeLessThan(61 + 3 * (10 + GAP));
  });

  it('keeps newcomers clear of each other, and lands them the same way every time', () => {
    const crowd = Array.from({ length: 30 }, (_, index) => ({ id: `n${index}`, diameter: 24, score: 0.5 }));
    const first = placeNewcomers(crowd, map, 'focal', RANGE);
    const spots = [...first.values()];
    for (let i = 0; i < spots.length; i++) {
      for (let j = i + 1; j < spots.length; j++) {
        expect(Math.hypot(spots[i]!.x - spots[j]!.x, spots[i]!.y - spots[j]!.y)).toBeGreaterThanOrEqual(24 + GAP - 0.2);
      }
    }
    expect(placeNewcomers([...crowd].reverse(), map, 'focal', RANGE)).toEqual(first);
  });

  it('falls back to the focal company for a member whose group is not on the map', () => {
    const spot = placeNewcomers([{ id: 'x', diameter: 20, score: 0.8, near: 'group:former' }], map, 'focal', RANGE).get(
      'x',
    )!;
    expect(Math.hypot(spot.x, spot.y)).toBeGreaterThanOrEqual(30 + 80 - 0.1);
  });
});
