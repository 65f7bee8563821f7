import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../api/graphql/schema.ts';
import { analyseOperation } from '../../api/security/operation-analysis.ts';
import { DEFAULT_QUERY_LIMITS } from '../../api/security/options.ts';
import { EXPENSIVE_FIELDS } from '../../api/security/operation-shape.ts';
import * as explorer from '../../web/src/client/queries.ts';

const schema = createSchema();
const shape = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  analyseOperation(schema, parse(query), operationName, variables, { watch: EXPENSIVE_FIELDS });

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
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Company { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const started = Date.now();
    const result = shape(`{ company(id: "x") { ...F0 } } ${levels} fragment F30 on Company { a: id }`);
    expect(result.aliases).toBe(2 ** 30);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('counts each expensive field, aliases included', () => {
    const result = shape('{ a: candidates(focal: "x") { score } b: candidates(focal: "y") { score } partnerFit(focal: "x", candidate: "y") { score } company(id: "x") { id } }');
    expect(Object.fromEntries(result.watched)).toEqual({ 'Query.candidates': 2, 'Query.partnerFit': 1 });
  });

  it('leaves introspection to graphql-js (GraphiQL needs its 15 levels)', () => {
    const result = shape(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(result).toMatchObject({ depth: 0, cost: 0, aliases: 0 });
  });

  it('passes every operation the explorer sends, at its largest', () => {
    const variables = { focal: 'x', candidate: 'y', a: 'x', b: 'y', id: 'x', name: 'n', search: 's', first: 100, offset: 0 };
    const operations = Object.entries(explorer as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)/.test(entry[1]));
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const [name, text] of operations) {
      // ecosystem takes up to 300
      const result = shape(text, { ...variables, first: name === 'ECOSYSTEM' ? 300 : 100 });
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
    const args = { schema, document: parse('{ candidates(focal: "a") { score } }'), contextValue: {}, variableValues: {} };
    const first = operationShapeOf(args);
    expect(operationShapeOf(args)).toBe(first);
    expect(first.watched.get('Query.candidates')).toBe(1);
    expect(operationShapeOf({ ...args, contextValue: {} })).not.toBe(first); // another request
  });
});
