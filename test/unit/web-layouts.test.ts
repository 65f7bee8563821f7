import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import type { EcosystemGraph } from '../../web/src/client/types.ts';
import { ecosystemElements } from '../../web/src/map/ecosystem-elements.ts';
import {
  concentricDefaults,
  forceDefaults,
  LARGE_MAP_FROM,
  layoutOptions,
  rendererOptions,
} from '../../web/src/map/layouts.ts';
import { createMapStylesheet } from '../../web/src/map/map-stylesheet.ts';
import { hashSeed, seededRandom } from '../../api/contract/seeded-random.ts';
import { withSeededRandom } from '../../web/src/map/seeded-random.ts';

cytoscape.use(fcose);

/** acme at the centre; four candidates with scores 0.8, 0.6, 0.4, 0.2, each sharing customers with acme. */
function star(): EcosystemGraph {
  const scores = [0.8, 0.6, 0.4, 0.2];
  return {
    focal: { id: 'acme', name: 'Acme' },
    nodes: [
      {
        id: 'acme',
        label: 'Acme',
        kind: 'FOCAL',
        score: 1,
        size: 50,
        conflictSeverity: null,
        sharedCustomers: 50,
        relation: 'CANDIDATE',
        ruledOut: false,
      },
      ...scores.map((score, index) => ({
        id: `c${index}`,
        label: `Candidate ${index}`,
        kind: 'CANDIDATE' as const,
        score,
        size: 10,
        conflictSeverity: null,
        sharedCustomers: 5,
        relation: 'CANDIDATE' as const,
        ruledOut: false,
      })),
    ],
    edges: scores.map((_, index) => ({
      id: `e${index}`,
      source: 'acme',
      target: `c${index}`,
      kind: 'SHARED_CUSTOMERS' as const,
      weight: 5,
    })),
  };
}

function headless(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: ecosystemElements(star()),
    style: createMapStylesheet(),
  });
}

function distanceFromFocal(cy: Core, id: string): number {
  const focal = cy.getElementById('acme').position();
  const node = cy.getElementById(id).position();
  return Math.hypot(node.x - focal.x, node.y - focal.y);
}

describe('layout presets', () => {
  it('are fcose and concentric, without animation so the map appears settled', () => {
    expect(forceDefaults.name).toBe('fcose');
    expect(concentricDefaults.name).toBe('concentric');
    expect(forceDefaults.animate).toBe(false);
    expect(concentricDefaults.animate).toBe(false);
  });

  it('concentric puts the focal company alone in the middle and better scores on inner rings', () => {
    const cy = headless();
    cy.layout({
      ...layoutOptions('concentric', 'acme'),
      boundingBox: { x1: 0, y1: 0, x2: 800, y2: 800 },
    } as never).run();
    const distances = ['c0', 'c1', 'c2', 'c3'].map((id) => distanceFromFocal(cy, id));
    // four candidates spread over 0.2…0.8 in 4 bands of 0.15: one per ring, outward by falling score
    expect(distances[0]).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(new Set(distances.map(Math.round)).size).toBe(4);
  });

  it('force pins the focal company at the origin and pulls the best candidate closest', () => {
    const cy = headless();
    cy.layout(layoutOptions('force', 'acme')).run();
    const focal = cy.getElementById('acme').position();
    expect(Math.abs(focal.x)).toBeLessThan(1);
    expect(Math.abs(focal.y)).toBeLessThan(1);
    expect(distanceFromFocal(cy, 'c0')).toBeLessThan(distanceFromFocal(cy, 'c3'));
  });

  it('force leaves a large map’s focal company unpinned, and it still lands in the middle', () => {
    const cy = headless();
    for (let index = 4; index < LARGE_MAP_FROM + 50; index++) {
      cy.add({ data: { id: `c${index}`, label: `Candidate ${index}`, score: 0.1, size: 10, kind: 'CANDIDATE' } });
      cy.add({ data: { id: `e${index}`, source: 'acme', target: `c${index}`, weight: 1, kind: 'SHARED_CUSTOMERS' } });
    }
    const options = layoutOptions('force', 'acme', true) as unknown as Record<string, unknown>;
    expect(options.fixedNodeConstraint).toBeUndefined();
    cy.layout(options as never).run();
    const box = cy.nodes().boundingBox();
    const focal = cy.getElementById('acme').position();
    expect(Math.abs(focal.x - (box.x1 + box.x2) / 2)).toBeLessThan(box.w * 0.1);
    expect(Math.abs(focal.y - (box.y1 + box.y2) / 2)).toBeLessThan(box.h * 0.1);
  });

  it('uses cytoscape’s large-graph settings only for large maps', () => {
    expect(rendererOptions(true)).toEqual({
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      pixelRatio: 1,
      motionBlur: false,
    });
    expect(rendererOptions(false)).toEqual({ hideEdgesOnViewport: false, textureOnViewport: false });
  });
});

describe('seeded layout: same link, same picture', () => {
  /** The star with 40 more candidates and a few links among them, so fcose has real work to do. */
  function busier(): Core {
    const cy = headless();
    for (let index = 4; index < 44; index++) {
      cy.add({
        data: {
          id: `c${index}`,
          label: `Candidate ${index}`,
          score: 0.1 + (index % 7) / 20,
          diameter: 20,
          kind: 'CANDIDATE',
        },
      });
      cy.add({ data: { id: `e${index}`, source: 'acme', target: `c${index}`, weight: 1, kind: 'SHARED_CUSTOMERS' } });
      if (index % 5 === 0)
        cy.add({ data: { id: `x${index}`, source: `c${index}`, target: `c${index - 1}`, kind: 'PARTNER' } });
    }
    return cy;
  }
  const positions = (cy: Core) => cy.nodes().map((node) => [node.id(), node.position('x'), node.position('y')]);

  it('lays the same graph out the same way under the same seed, and differently under another', () => {
    const run = (seed: string) => {
      const cy = busier();
      withSeededRandom(seed, () => cy.layout(layoutOptions('force', 'acme')).run());
      return positions(cy);
    };
    const first = run('force|acme|c0,c1');
    expect(run('force|acme|c0,c1')).toEqual(first);
    expect(run('force|acme|c0,c1,c2')).not.toEqual(first);
  });

  it('puts Math.random back, even when the layout throws', () => {
    const original = Math.random;
    expect(() =>
      withSeededRandom('x', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });

  it('draws well-spread numbers in [0, 1) from a 32-bit seed', () => {
    // FNV-1a of "" is its offset basis
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('okta')).not.toBe(hashSeed('okta '));
    const random = seededRandom(hashSeed('okta'));
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
