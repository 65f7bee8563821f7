import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../api/graphql/schema.ts';
import type { DataBounds } from '../../api/security/list-bounds.ts';
import { DEFAULT_QUERY_LIMITS } from '../../api/security/options.ts';
import { EXPENSIVE_FIELD_COST, operationShapeOf } from '../../api/security/operation-shape.ts';
import * as explorer from '../../web/src/operations.ts';

/**
 * The cost model with the data's list sizes (docs/security.md, "Cost"): what
 * the natural queries of a tool really return is admitted, and the amplifying
 * ones of the hardening tests are refused wherever the data makes them amplify.
 */

const schema = createSchema();
const measure = (query: string, bounds: DataBounds = {}, variables: Record<string, unknown> = {}) =>
  operationShapeOf({ schema, document: parse(query), contextValue: {}, variableValues: variables }, bounds);

/** A FedRAMP-sized market: 342 companies, a few capabilities and partnerships each. */
const FEDRAMP: DataBounds['market'] = {
  companies: 342,
  segmentCount: 30,
  capabilityCount: 40,
  capabilities: 12,
  segments: 6,
  competitors: 8,
  partnerships: 15,
  parties: 4,
  pairPartnerships: 2,
};
/** The bench's M market: 10,000 companies, hubs with about 300 partnerships. */
const M: DataBounds['market'] = {
  companies: 10_000,
  segmentCount: 40,
  capabilityCount: 60,
  capabilities: 14,
  segments: 6,
  competitors: 20,
  partnerships: 300,
  parties: 5,
  pairPartnerships: 2,
};
/** A strategist's shortlists: 40 of them for 25 focal companies, the longest 30 pins, the focal company asked about 3. */
const SHORTLISTS: DataBounds['shortlists'] = { shortlists: 40, focals: 25, pins: 30, byFocal: new Map([['acme', 3]]) };

describe('the cost of what a query really does', () => {
  it('passes every operation the explorer sends, at its largest, on the bench’s M market', () => {
    const variables = {
      focal: 'x',
      candidate: 'y',
      a: 'x',
      b: 'y',
      id: 'x',
      name: 'n',
      search: 's',
      first: 100,
      offset: 0,
    };
    const bounds: DataBounds = {
      market: M,
      shortlists: { shortlists: 60, focals: 30, pins: 100, byFocal: new Map([['x', 20]]) },
    };
    const operations = Object.entries(explorer as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)/.test(entry[1]),
    );
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const [name, text] of operations) {
      const cost = measure(text, bounds, { ...variables, first: name === 'ECOSYSTEM' ? 300 : 100 }).cost;
      expect.soft(cost, name).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    }
    // The bench's ranking (20 candidates with their conflicts) and a ranking of 100 with their histories pass too.
    expect(
      measure(
        '{ candidates(focal: "x", first: 100) { score conflicts { kind severity } history { id type { id } } peers { company { id } } } }',
        bounds,
      ).cost,
    ).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('admits a focal company’s shortlists scored with every term: one walk, lists as long as the data', () => {
    const natural = '{ shortlists(focal: "acme") { entries { fit { score terms { kind } } } } }';
    // Without the data, every shortlist could be full: 20 × (1 + 100 × (1 + 1 + 5)) + 1 walk.
    expect(measure(natural).cost).toBe(20 * (1 + 100 * 7) + EXPENSIVE_FIELD_COST);
    const withData = measure(natural, { market: FEDRAMP, shortlists: SHORTLISTS });
    // 3 shortlists × (1 + 30 pins × (1 + fit 1 + 5 terms)) + one walk: the pins of one focal company are scored in one batch.
    expect(withData.cost).toBe(3 * (1 + 30 * 7) + EXPENSIVE_FIELD_COST);
    expect(withData.watched.get('Shortlist.entries')).toBe(1);
    expect(withData.cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('admits candidates(first: 100) with each candidate’s capabilities', () => {
    const query =
      '{ candidates(focal: "acme", first: 100) { score candidate { id name capabilities { level capability { id name } } } } }';
    const shape = measure(query, { market: FEDRAMP });
    // 100 × (1 + candidate 1 × (1 + 12 capabilities × (1 + 1))) + one walk
    expect(shape.cost).toBe(100 * (1 + 1 + 12 * 2) + EXPENSIVE_FIELD_COST);
    expect(shape.cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('still refuses the amplifying shortlists queries where the data makes them amplify', () => {
    // 100 shortlists of 100 focal companies, 100 pins each: what the hardening probe built.
    const amplified: DataBounds = {
      market: FEDRAMP,
      shortlists: { shortlists: 101, focals: 101, pins: 100, byFocal: new Map() },
    };
    const FITS = 'fit { score conflicts { kind } }';
    for (const query of [
      `{ shortlists(first: 100) { entries(first: 100) { ${FITS} } } }`,
      `{ shortlists { entries { ${FITS} } } }`,
      `{ shortlists(first: null) { entries(first: null) { ${FITS} } } }`,
      '{ shortlists(first: 100) { entries(first: 1) { fit { score } } } }',
    ]) {
      expect(measure(query, amplified).cost, query).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    }
    // Shortlists of many focal companies are a walk each, however few their pins.
    expect(
      measure('{ shortlists(first: 100) { entries(first: 1) { fit { score } } } }', amplified).watched.get(
        'Shortlist.entries',
      ),
    ).toBe(100);
  });

  it('counts shortlists’ walks by focal company, whoever lists them', () => {
    const bounds: DataBounds = { market: FEDRAMP, shortlists: SHORTLISTS };
    // 40 shortlists of 25 focal companies: at most 20 listed, at most 20 walks.
    expect(measure('{ shortlists { entries { fit { score } } } }', bounds).watched.get('Shortlist.entries')).toBe(20);
    expect(
      measure('{ shortlists(first: 100) { entries { fit { score } } } }', bounds).watched.get('Shortlist.entries'),
    ).toBe(25);
    expect(
      measure('{ shortlist(id: "s") { entries { fit { score } } } }', bounds).watched.get('Shortlist.entries'),
    ).toBe(1);
    expect(
      measure(
        '{ shortlistsConnection(focal: "acme") { edges { node { entriesConnection { nodes { fit { score } } } } } } }',
        bounds,
      ).watched.get('Shortlist.entriesConnection'),
    ).toBe(1);
  });

  it('sizes a connection’s edges and nodes by its first, and the connection itself as one object', () => {
    expect(
      measure('{ companiesConnection(first: 100) { totalCount pageInfo { endCursor } edges { cursor node { id } } } }')
        .cost,
    ).toBe(1 + 1 + 100 * 2);
    // The data bounds the page: a market of 42 companies fills at most 42.
    expect(
      measure('{ companiesConnection(first: 100) { nodes { id } } }', { market: { ...FEDRAMP!, companies: 42 } }).cost,
    ).toBe(1 + 42);
    // A ranking page is one walk.
    const ranking = measure('{ candidatesConnection(focal: "x", first: 100) { edges { node { score } } } }', {
      market: FEDRAMP,
    });
    expect(ranking.watched.get('Query.candidatesConnection')).toBe(1);
  });

  it('costs a bulk request at its pairs and one walk per distinct focal company', () => {
    const pairs = Array.from({ length: 2_000 }, (_, i) => ({ focal: `f${i % 20}`, candidate: `c${i}` }));
    const shape = measure(
      'query($pairs: [FitPair!]!) { partnerFits(pairs: $pairs) { focalId candidateId fit { score } } }',
      { market: FEDRAMP },
      { pairs },
    );
    expect(shape.watched.get('Query.partnerFits')).toBe(20);
    expect(shape.cost).toBe(2_000 * (1 + 1) + 20 * EXPENSIVE_FIELD_COST);
    expect(shape.cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    // Each pair of its own focal company: 2,000 walks, refused.
    const scattered = pairs.map((pair, i) => ({ ...pair, focal: `f${i}` }));
    expect(
      measure(
        'query($pairs: [FitPair!]!) { partnerFits(pairs: $pairs) { fit { score } } }',
        { market: FEDRAMP },
        { pairs: scattered },
      ).cost,
    ).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
  });
});
