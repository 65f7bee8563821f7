import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { IntroPath, IntroStep } from '../../web/src/client/types.ts';
import {
  formatStrength,
  formatTimes,
  stepRelation,
  strengthBasis,
  strengthFactors,
  strengthLabel,
  warmIntroductions,
} from '../../web/src/detail/intro-path-words.ts';
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

  /** A customer both companies beside it serve, with `vendors` vendors in all. */
  const customer = (vendors: number, name = 'Lotus Toys') =>
    step('c1', {
      party: { kind: 'CUSTOMER', id: 'c1', name },
      relation: 'CUSTOMER',
      status: null,
      type: null,
      since: null,
      vendors,
      weight: 1 / (vendors - 1),
    });
  const vendor = (id: string) => step(id, { relation: 'VENDOR', status: null, type: null, since: null });

  it('calls only two active partnerships through one company "a partner you both have"', () => {
    const mutual = { strength: 0.5, steps: [step('hooli'), step('globex')] };
    expect(strengthLabel(mutual)).toBe('Strong: a partner you both have');
    // A customer that buys from the two of them alone also scores 0.5: strong, but through a customer.
    const reference = { strength: 0.5, steps: [customer(2), vendor('globex')] };
    expect(strengthLabel(reference)).toBe('Strong, through a customer');
    expect(strengthLabel(reference)).not.toMatch(/partner you both have/);
    expect(strengthLabel({ strength: 0.25, steps: [step('a'), step('b'), step('c')] })).toBe('Fair');
    expect(strengthLabel({ strength: 0.125, steps: PATH.steps })).toBe('Weak, through a customer');
    expect(strengthLabel({ strength: 1, steps: [step('globex')] })).toBe('Direct: you are already linked');
  });

  it('says what a strength rests on, factor by factor, and the factors multiply to the API’s strength', () => {
    const reference = { strength: 0.5, steps: [customer(2), vendor('globex')] };
    expect(strengthBasis(reference)).toBe(
      'Lotus Toys, a customer no other vendor serves (×1), 1 hop after the first (×½): a customer vouches, no partnership stands behind that hop',
    );
    expect(strengthBasis(PATH)).toBe(
      '1 active partnership (×1), Cobalt Books, a customer 3 vendors serve (×½), 2 hops after the first (×¼): a customer vouches, no partnership stands behind that hop',
    );
    const proposed = { steps: [step('hooli', { status: 'PROPOSED', weight: 0.5 }), step('globex')] };
    expect(strengthBasis(proposed)).toBe(
      '1 active partnership (×1), 1 proposed partnership (×½), 1 hop after the first (×½)',
    );
    // Independently of the words: the definition, Π step weights × ½^(hops − 1), from the API's own weights.
    const paths = [
      { ...PATH },
      { ...reference, hops: 2 },
      { steps: proposed.steps, hops: 2, strength: 0.25 },
      {
        steps: [step('a'), customer(5), vendor('b'), step('c', { status: 'PROPOSED', weight: 0.5 })],
        hops: 4,
        strength: 1 / 64,
      },
    ];
    for (const path of paths) {
      const definition = path.steps.reduce((product, one) => product * one.weight, 1) * 0.5 ** (path.steps.length - 1);
      expect(definition).toBeCloseTo(path.strength, 12);
      const product = strengthFactors(path).reduce((value, factor) => value * factor.times, 1);
      expect(product).toBeCloseTo(definition, 12);
    }
  });

  it('writes a factor as a multiplier', () => {
    expect([1, 0.5, 0.25, 0.125, 1 / 3, 1 / 64].map(formatTimes)).toEqual(['×1', '×½', '×¼', '×⅛', '×1/3', '×1/64']);
  });

  it('reads each kind of step', () => {
    expect(stepRelation(PATH.steps[0]!)).toBe('referral partner, active since 10 Jan 2024');
    expect(stepRelation(PATH.steps[1]!)).toBe('a paying customer of both sides, a reference (3 vendors serve it)');
    expect(stepRelation(PATH.steps[2]!)).toBe('also serves that customer');
    expect(stepRelation(step('x', { status: 'PROPOSED', since: null }))).toBe('referral partner, proposed');
  });
});

describe('the count of warm introductions', () => {
  it('adds the account mapping’s Prospect and Opportunity rows in the Customer column, and nothing else', () => {
    // Shopwell × Kudoswell on the demo: 2 prospects and 1 open deal they serve, 161 shared customers
    const matrix = [
      { stageA: 'CUSTOMER', stageB: 'CUSTOMER', count: 161 },
      { stageA: 'PROSPECT', stageB: 'CUSTOMER', count: 2 },
      { stageA: 'OPPORTUNITY', stageB: 'CUSTOMER', count: 1 },
      { stageA: 'PROSPECT', stageB: 'PROSPECT', count: 4 },
      { stageA: 'CUSTOMER', stageB: 'PROSPECT', count: 7 },
    ] as const;
    expect(warmIntroductions(matrix)).toEqual({ prospects: 2, openDeals: 1, total: 3 });
    expect(warmIntroductions([])).toEqual({ prospects: 0, openDeals: 0, total: 0 });
  });
});
