import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../api/graphql/schema.ts';
import { analyseOperation } from '../../api/security/operation-analysis.ts';
import { DEFAULT_QUERY_LIMITS } from '../../api/security/options.ts';
import { EXPENSIVE_FIELD_COST, EXPENSIVE_FIELDS, EXPENSIVE_ONLY_WITH } from '../../api/security/operation-shape.ts';
import * as explorer from '../../web/src/operations.ts';

const schema = createSchema();
const shape = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  analyseOperation(schema, parse(query), operationName, variables, {
    watch: EXPENSIVE_FIELDS,
    watchOnlyWith: EXPENSIVE_ONLY_WITH,
  });
/** As the server measures: expensive fields weigh EXPENSIVE_FIELD_COST a call. */
const served = (query: string, variables: Record<string, unknown> = {}) =>
  analyseOperation(schema, parse(query), undefined, variables, {
    watch: EXPENSIVE_FIELDS,
    watchedCost: EXPENSIVE_FIELD_COST,
    watchOnlyWith: EXPENSIVE_ONLY_WITH,
  });

describe('operation analysis', () => {
  it('counts depth with leaves, and aliases as written', () => {
    const result = shape('{ a: company(id: "x") { id competitors { b: id name } } partnershipTypes { id } }');
    expect(result.depth).toBe(3); // company > competitors > id
    expect(result.aliases).toBe(2);
    expect(result.operation).toBe('query');
  });

  it('multiplies cost by first, its default, or 10 for a list without first', () => {
    // companies(first: 100): 100 × (1 + competitors 10 × (1 + 0)) = 1,100
    expect(shape('{ companies(first: 100) { id competitors { id } } }').cost).toBe(1_100);
    // first from a variable, and the SDL default (20) when omitted
    expect(shape('query($n: Int) { companies(first: $n) { id } }', { n: 7 }).cost).toBe(7);
    expect(shape('{ companies { id } }').cost).toBe(20);
    // ecosystem(first: 300) sizes its lists by first: 300 × (1 + focal 1 + nodes 10 + edges 10) = 6,600
    expect(shape('{ ecosystem(focal: "x", first: 300) { focal { id } nodes { id } edges { id } } }').cost).toBe(6_600);
    // nested lists multiply: 100 × (1 + 10 × (1 + 10 × 1)) = 11,100, over the default limit
    expect(shape('{ companies(first: 100) { competitors { competitors { id } } } }').cost).toBe(11_100);
  });

  it("costs first at the value the query will run with: a variable's default when not sent, the field's default for null", () => {
    const FITS = 'fit { score conflicts { kind } }';
    // 100 × (1 + 100 × (1 + fit 1 × (1 + conflicts 10))) = 120,100, as the literals cost
    const literal = shape(`{ shortlists(first: 100) { entries(first: 100) { ${FITS} } } }`).cost;
    expect(literal).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    const withDefaults = `query($a: Int = 100, $b: Int = 100) { shortlists(first: $a) { entries(first: $b) { ${FITS} } } }`;
    // Not sent: the variables' defaults run, so they are what costs.
    expect(shape(withDefaults).cost).toBe(literal);
    // Sent: the values sent, whatever the defaults.
    expect(shape(withDefaults, { a: 2, b: 3 }).cost).toBe(
      shape(`{ shortlists(first: 2) { entries(first: 3) { ${FITS} } } }`).cost,
    );
    // Sent as null, or null literals: the resolvers fall back to the field's own default (shortlists 20, entries 100).
    const atFieldDefaults = shape(`{ shortlists { entries { ${FITS} } } }`).cost;
    expect(atFieldDefaults).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    expect(shape(withDefaults, { a: null, b: null }).cost).toBe(atFieldDefaults);
    expect(shape(`{ shortlists(first: null) { entries(first: null) { ${FITS} } } }`).cost).toBe(atFieldDefaults);
    expect(shape(`query($a: Int = null) { shortlists(first: $a) { entries { ${FITS} } } }`).cost).toBe(atFieldDefaults);
    // A variable without a default and not sent leaves the argument out: the field's default again.
    expect(shape(`query($a: Int) { shortlists(first: $a) { entries { ${FITS} } } }`).cost).toBe(atFieldDefaults);
  });

  it('expands fragments (once each, however often spread) and measures only the chosen operation', () => {
    const query = `
      query Small { partnershipTypes { id } }
      query Big { companies(first: 50) { ...F ... on Company { x: id } } }
      fragment F on Company { competitors { ...G } }
      fragment G on Company { id y: name }`;
    expect(shape(query, {}, 'Small')).toMatchObject({ depth: 2, cost: 10, aliases: 0 });
    // 50 × (1 + competitors 10 × 1) = 550; aliases x and y
    expect(shape(query, {}, 'Big')).toMatchObject({ depth: 3, cost: 550, aliases: 2 });
  });

  it('keeps a fragment bomb to arithmetic: 2^30 spreads are counted, not walked', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Company { ...F${i + 1} ...F${i + 1} }`).join(
      '\n',
    );
    const started = Date.now();
    const result = shape(`{ company(id: "x") { ...F0 } } ${levels} fragment F30 on Company { a: id }`);
    expect(result.aliases).toBe(2 ** 30);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('counts each expensive field, aliases included', () => {
    const result = shape(
      '{ a: candidates(focal: "x") { score } b: candidates(focal: "y") { score } partnerFit(focal: "x", candidate: "y") { score } company(id: "x") { id } }',
    );
    expect(Object.fromEntries(result.watched)).toEqual({ 'Query.candidates': 2, 'Query.partnerFit': 1 });
  });

  it('counts each call of an expensive field: times the lists it is nested in', () => {
    // entries scores each of the 100 shortlists: 100 calls, however small its own page.
    expect(
      shape('{ shortlists(first: 100) { entries(first: 1) { fit { score } } } }').watched.get('Shortlist.entries'),
    ).toBe(100);
    // shortlists' default page (20), through a fragment, plus one shortlist by id.
    const spread = shape(
      '{ shortlists { ...E } shortlist(id: "s") { ...E } } fragment E on Shortlist { entries { fit { score } } }',
    );
    expect(spread.watched.get('Shortlist.entries')).toBe(21);
    // Entries without their fit score nothing: the pins and notes come with the shortlist.
    expect(shape('{ shortlists(first: 100) { entries { candidateId note } } }').watched.size).toBe(0);
    expect(served('{ shortlists(first: 100) { entries { candidateId note } } }').cost).toBe(100 * (1 + 100));
    expect(
      shape(
        '{ shortlists { entries { ... on ShortlistEntry { ...Fit } } } } fragment Fit on ShortlistEntry { fit { score } }',
      ).watched.get('Shortlist.entries'),
    ).toBe(20);
    // The heavy walks of two companies' accounts count too.
    const walks = shape(
      '{ a: overlap(a: "x", b: "y") { sharedCount sharedCustomers(first: 5) { id } } b: overlap(a: "x", b: "z") { jaccard } conflicts(a: "x", b: "y") { kind } }',
    );
    expect(Object.fromEntries(walks.watched)).toEqual({
      'Query.overlap': 2,
      'Overlap.sharedCustomers': 1,
      'Query.conflicts': 1,
    });
  });

  it('weighs each expensive call as a full page of objects, multiplied through its lists', () => {
    // 100 shortlists × (1 + entries' walk 100 + 1 entry × (1 + fit 1)) = 10,300: over the limit.
    const amplified = served('{ shortlists(first: 100) { entries(first: 1) { fit { score } } } }');
    expect(amplified.cost).toBe(100 * (1 + EXPENSIVE_FIELD_COST + 2));
    expect(amplified.cost).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    // Listing shortlists without scoring them costs what it returns.
    expect(served('{ shortlists(first: 100) { id candidateIds } }').cost).toBe(100);
    // Fifteen aliased overlaps: 15 walks.
    const overlaps = `{ ${Array.from({ length: 15 }, (_, i) => `o${i}: overlap(a: "x", b: "y${i}") { jaccard }`).join(' ')} }`;
    expect(served(overlaps).cost).toBe(15 * (EXPENSIVE_FIELD_COST + 1));
  });

  it('leaves introspection to graphql-js (GraphiQL needs its 15 levels)', () => {
    const result = shape(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(result).toMatchObject({ depth: 0, cost: 0, aliases: 0 });
  });

  it('passes every operation the explorer sends, at its largest', () => {
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
    const operations = Object.entries(explorer as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)/.test(entry[1]),
    );
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const [name, text] of operations) {
      // ecosystem takes up to 300
      const result = served(text, { ...variables, first: name === 'ECOSYSTEM' ? 300 : 100 });
      expect.soft(result.depth, name).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxDepth);
      expect.soft(result.cost, name).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
      expect.soft(result.aliases, name).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxAliases);
    }
  });
});

describe('one analysis per request', () => {
  it('gives the query limits and the rate limit the same shape for one request', async () => {
    const { parse } = await import('graphql');
    const { operationShapeOf } = await import('../../api/security/operation-shape.ts');
    const { createSchema } = await import('../../api/graphql/schema.ts');
    const schema = createSchema();
    const args = {
      schema,
      document: parse('{ candidates(focal: "a") { score } }'),
      contextValue: {},
      variableValues: {},
    };
    const first = operationShapeOf(args);
    expect(operationShapeOf(args)).toBe(first);
    expect(first.watched.get('Query.candidates')).toBe(1);
    expect(operationShapeOf({ ...args, contextValue: {} })).not.toBe(first); // another request
  });
});
