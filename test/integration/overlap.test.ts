import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

const p = uniquePrefix();
let query: ReturnType<typeof createClient>['query'];

/**
 * acme: c1 c2 c3 customers, c4 prospect, c5 opportunity   → C(acme) = {c1, c2, c3}
 * beta: c1 c2 c4 c6 customers, c5 prospect                → C(beta) = {c1, c2, c4, c6}
 * lonely: no accounts
 * gamma: c2 customer (so c2, with three vendors, is the pair's largest shared account)
 */
beforeAll(async () => {
  const db = await useTestDatabase();
  const folder = writeFixtureFolder({
    companies: [
      { id: `${p}acme`, name: 'Acme Commerce' },
      { id: `${p}beta`, name: 'Beta Pay' },
      { id: `${p}lonely`, name: 'Lonely Co' },
      { id: `${p}gamma`, name: 'Gamma Ship' },
    ],
    customers: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => ({ id: `${p}${id}`, name: `Shop ${id}` })),
    accounts: [
      { company_id: `${p}acme`, customer_id: `${p}c1` },
      { company_id: `${p}acme`, customer_id: `${p}c2`, stage: 'customer' },
      { company_id: `${p}acme`, customer_id: `${p}c3`, stage: 'customer' },
      { company_id: `${p}acme`, customer_id: `${p}c4`, stage: 'prospect' },
      { company_id: `${p}acme`, customer_id: `${p}c5`, stage: 'opportunity' },
      { company_id: `${p}beta`, customer_id: `${p}c1`, stage: 'customer' },
      { company_id: `${p}beta`, customer_id: `${p}c2`, stage: 'customer' },
      { company_id: `${p}beta`, customer_id: `${p}c4`, stage: 'customer' },
      { company_id: `${p}beta`, customer_id: `${p}c6`, stage: 'customer' },
      { company_id: `${p}beta`, customer_id: `${p}c5`, stage: 'prospect' },
      { company_id: `${p}gamma`, customer_id: `${p}c2`, stage: 'customer' },
    ],
  });
  const result = await importFolder(db, folder);
  expect(result.problems).toEqual([]);
  query = createClient(db).query;
});

const OVERLAP = `query ($a: ID!, $b: ID!) {
  overlap(a: $a, b: $b) {
    a { id } b { id } sharedCount jaccard shareOfA shareOfB
    matrix { stageA stageB count }
    sharedCustomers(first: 10) { id name }
  }
}`;

const cell = (matrix: { stageA: string; stageB: string; count: number }[], a: string, b: string) =>
  matrix.find((entry) => entry.stageA === a && entry.stageB === b)?.count;

describe('overlap', () => {
  it('computes every overlap figure for two companies', async () => {
    const { data, errors } = await query(OVERLAP, { a: `${p}acme`, b: `${p}beta` });
    expect(errors).toBeUndefined();
    const overlap = data!.overlap;
    // C(acme) ∩ C(beta) = {c1, c2}; the union {c1, c2, c3, c4, c6} has 5.
    expect(overlap.sharedCount).toBe(2);
    expect(overlap.jaccard).toBeCloseTo(2 / 5, 12);
    expect(overlap.shareOfA).toBeCloseTo(2 / 3, 12);
    expect(overlap.shareOfB).toBeCloseTo(2 / 4, 12);
    // c2 has three vendors (acme, beta, gamma), c1 two: the larger account first, whatever the names
    expect(overlap.sharedCustomers.map((c: { id: string }) => c.id)).toEqual([`${p}c2`, `${p}c1`]);
  });

  it('maps accounts across all nine stage pairs, zeros included', async () => {
    const { data } = await query(OVERLAP, { a: `${p}acme`, b: `${p}beta` });
    const matrix = data!.overlap.matrix;
    expect(matrix).toHaveLength(9);
    expect(cell(matrix, 'CUSTOMER', 'CUSTOMER')).toBe(2); // c1, c2
    expect(cell(matrix, 'PROSPECT', 'CUSTOMER')).toBe(1); // c4: acme's prospect, beta's customer
    expect(cell(matrix, 'OPPORTUNITY', 'PROSPECT')).toBe(1); // c5
    expect(matrix.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0)).toBe(4);
  });

  it('is symmetric in its counts and swaps the shares', async () => {
    const { data } = await query(OVERLAP, { a: `${p}beta`, b: `${p}acme` });
    expect(data!.overlap.shareOfA).toBeCloseTo(0.5, 12);
    expect(data!.overlap.shareOfB).toBeCloseTo(2 / 3, 12);
    expect(cell(data!.overlap.matrix, 'CUSTOMER', 'PROSPECT')).toBe(1); // c4 seen from beta
  });

  it('gives 0, not NaN, where a company has no customers', async () => {
    const { data } = await query(OVERLAP, { a: `${p}acme`, b: `${p}lonely` });
    // |C(lonely)| = 0: shareOfB's denominator is 0; the union is acme's 3.
    expect(data!.overlap).toMatchObject({ sharedCount: 0, jaccard: 0, shareOfA: 0, shareOfB: 0 });
    const both = await query(OVERLAP, { a: `${p}lonely`, b: `${p}lonely` });
    expect(both.data!.overlap).toMatchObject({ sharedCount: 0, jaccard: 0, shareOfA: 0, shareOfB: 0 });
  });

  it('compares a company with itself as the definitions say', async () => {
    const { data } = await query(OVERLAP, { a: `${p}acme`, b: `${p}acme` });
    expect(data!.overlap).toMatchObject({ sharedCount: 3, jaccard: 1, shareOfA: 1, shareOfB: 1 });
  });

  it('pages through shared customers', async () => {
    const page = `query ($a: ID!, $b: ID!, $offset: Int) { overlap(a: $a, b: $b) { sharedCustomers(first: 1, offset: $offset) { id } } }`;
    const second = await query(page, { a: `${p}acme`, b: `${p}beta`, offset: 1 });
    expect(second.data!.overlap.sharedCustomers).toEqual([{ id: `${p}c1` }]);
  });

  it('returns null for an unknown id (with NOT_FOUND naming it) and BAD_USER_INPUT for a bad page', async () => {
    const unknown = await query(OVERLAP, { a: `${p}acme`, b: `${p}nobody` });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'b', id: `${p}nobody` });
    expect(unknown.data!.overlap).toBeNull();
    const bad = await query(`{ overlap(a: "${p}acme", b: "${p}beta") { sharedCustomers(first: 0) { id } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/first.*between 1 and 100/);
  });
});
