import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { IntroPath, IntroStep } from '../../web/src/client/types.ts';
import { formatStrength, stepRelation, strengthMeaning } from '../../web/src/detail/intro-path-words.ts';
import { isCustomerNode, pathNodeIds, withIntroPath } from '../../web/src/map/intro-path-overlay.ts';
import { createMapStylesheet } from '../../web/src/map/map-stylesheet.ts';

const step = (id: string, extra: Partial<IntroStep> = {}): IntroStep => ({
  party: { kind: 'COMPANY', id, name: id.toUpperCase() },
  relation: 'PARTNERSHIP',
  status: 'ACTIVE',
  type: { id: 'referral', name: 'Referral' },
  since: '2024-01-10',
  vendors: null,
  weight: 1,
  ...extra,
});

/** acme → hooli (drawn) → a shared customer (not drawn) → globex (the target, drawn). */
const PATH: IntroPath = {
  hops: 3,
  strength: 0.125,
  sentence: 'Ask Hooli: …',
  steps: [
    step('hooli'),
    step('c9', {
      party: { kind: 'CUSTOMER', id: 'c9', name: 'Cobalt Books' },
      relation: 'CUSTOMER',
      status: null,
      type: null,
      since: null,
      vendors: 3,
      weight: 0.5,
    }),
    step('globex', { relation: 'VENDOR', status: null, type: null, since: null }),
  ],
};

const nodeOf = (id: string, classes: string): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id, diameter: 30, labelPriority: 12 },
  classes,
});
const MAP: ElementDefinition[] = [
  nodeOf('acme', 'focal'),
  nodeOf('globex', 'complement'),
  nodeOf('hooli', 'partner'),
  nodeOf('initech', 'complement'),
  { group: 'edges', data: { id: 'p', source: 'acme', target: 'hooli' }, classes: 'partnership from-focal' },
];

describe('an intro path on the map', () => {
  it('leaves the map as it was when no path is shown', () => {
    expect(withIntroPath(MAP, 'acme', null)).toEqual(MAP);
  });

  it('marks the parties on the path, fades the rest, draws the customer and one link per hop', () => {
    const elements = withIntroPath(MAP, 'acme', { target: 'globex', index: 0, path: PATH });
    const byId = new Map(elements.map((element) => [String(element.data.id), element]));
    expect(pathNodeIds('acme', PATH)).toEqual(['acme', 'hooli', 'customer:c9', 'globex']);
    for (const id of ['acme', 'hooli', 'globex']) {
      expect(byId.get(id)!.classes).toContain('on-path');
      expect(byId.get(id)!.data.labelPriority).toBe(0);
    }
    expect(byId.get('initech')!.classes).toBe('complement off-path');
    expect(byId.get('p')!.classes).toBe('partnership from-focal off-path');
    const customer = byId.get('customer:c9')!;
    expect(customer.classes).toBe('on-path path-extra path-customer');
    expect(customer.data.label).toBe('Cobalt Books');
    // Placed beside the next party on the path, the target here.
    expect(customer.data.near).toBe('globex');
    expect(isCustomerNode('customer:c9')).toBe(true);
    const links = elements.filter((element) => String(element.classes).includes('intro-link'));
    expect(links.map((link) => [link.data.source, link.data.target])).toEqual([
      ['acme', 'hooli'],
      ['hooli', 'customer:c9'],
      ['customer:c9', 'globex'],
    ]);
    // The input is untouched: the map goes back to it when the path is hidden.
    expect(MAP[1]!.classes).toBe('complement');
    // cytoscape accepts the lot with the map's stylesheet.
    const cy = cytoscape({ headless: true, elements, style: createMapStylesheet() });
    expect(cy.$('node.on-path').length).toBe(4);
    expect(cy.$('edge.intro-link').length).toBe(3);
    cy.destroy();
  });

  it('dashes a hop through a proposed partnership', () => {
    const proposed = { ...PATH, steps: [step('hooli', { status: 'PROPOSED' }), step('globex')] };
    const elements = withIntroPath(MAP, 'acme', { target: 'globex', index: 1, path: proposed });
    const links = elements.filter((element) => String(element.classes).includes('intro-link'));
    expect(links.map((link) => link.classes)).toEqual(['intro-link intro-proposed', 'intro-link']);
  });
});

describe('an intro path in words', () => {
  it('keeps the strength to three decimals, as the API gave it', () => {
    expect(formatStrength(0.5)).toBe('0.5');
    expect(formatStrength(0.125)).toBe('0.125');
    expect(formatStrength(1 / 12)).toBe('0.083');
  });

  it('says what a strength means against a partner both sides have (0.5)', () => {
    expect(strengthMeaning(0.5)).toMatch(/^Strong/);
    expect(strengthMeaning(0.25)).toMatch(/^Fair/);
    expect(strengthMeaning(0.125)).toMatch(/^Weak/);
  });

  it('reads each kind of step', () => {
    expect(stepRelation(PATH.steps[0]!)).toBe('referral partner, active since 10 Jan 2024');
    expect(stepRelation(PATH.steps[1]!)).toBe('a paying customer of both sides, a reference (3 vendors serve it)');
    expect(stepRelation(PATH.steps[2]!)).toBe('also serves that customer');
    expect(stepRelation(step('x', { status: 'PROPOSED', since: null }))).toBe('referral partner, proposed');
  });
});
