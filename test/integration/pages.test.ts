import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { createShortlist, pinToShortlist } from '../../api/shortlists/shortlist-store.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, type FixtureFiles } from '../support/fixture-folder.ts';
import { createClient, type GraphqlResponse } from '../support/graphql.ts';

/**
 * Every connection walked to its end, as an outside client would, and the
 * union compared with the data: no item twice, none missing, in the list's
 * order, totalCount the whole list's size; cursors that outlive an import
 * where the order allows it, and that say so where it does not.
 */

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const COMPANIES = 130;
const SEGMENT = `Segment ${p}`;
const CAPABILITY = `Capability ${p}`;
/** Only this file's companies carry it in their names, so a search finds exactly them. */
const WORD = `pagesword${p.replace(/[^a-z0-9]/g, '')}`;
const name = (i: number) => `${WORD} ${String((i * 37) % COMPANIES).padStart(3, '0')} ${i % 2 === 0 ? 'even' : 'odd'}`;

function market(extra: FixtureFiles['companies'] = []): FixtureFiles {
  const companies = [
    ...Array.from({ length: COMPANIES }, (_, i) => ({ id: id(`co${i}`), name: name(i), employees: 10 + i })),
    ...extra,
  ];
  const customers = Array.from({ length: 260 }, (_, i) => ({
    id: id(`cu${i}`),
    name: `Customer ${i}`,
    industry: '',
    region: '',
  }));
  const accounts: NonNullable<FixtureFiles['accounts']> = [];
  // co0 serves 250 customers and prospects 10 more; the others a handful each, overlapping co0's.
  for (let k = 0; k < 250; k += 1) accounts.push({ company_id: id('co0'), customer_id: id(`cu${k}`) });
  for (let k = 250; k < 260; k += 1)
    accounts.push({ company_id: id('co0'), customer_id: id(`cu${k}`), stage: 'prospect' });
  for (let c = 1; c < COMPANIES; c += 1)
    for (let k = 0; k < 1 + (c % 5); k += 1)
      accounts.push({ company_id: id(`co${c}`), customer_id: id(`cu${(c * 7 + k * 13) % 260}`) });
  return {
    companies,
    customers,
    accounts,
    segments: companies
      .filter((_, i) => i % 2 === 0)
      .map((company) => ({ company_id: String(company.id), segment: SEGMENT })),
    capabilities: companies
      .filter((_, i) => i % 3 === 0)
      .map((company) => ({ company_id: String(company.id), capability: CAPABILITY, level: 'core' })),
    partnerships: [
      { id: id('pa1'), parties: `${id('co0')};${id('co1')}`, type: 'referral', status: 'active', since: '2024-01-01' },
    ],
  };
}

let db: Database;
let query: <Data = Record<string, any>>(
  text: string,
  variables?: Record<string, unknown>,
) => Promise<GraphqlResponse<Data>>;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(market()))).problems).toEqual([]);
  ({ query } = createClient(db));
}, 300_000);

type Edge = { cursor: string; node: Record<string, any> };
type Connection = { edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

/** Walks a connection to its end; `field` names it in the response. Fails on any error. */
async function walk(
  text: string,
  variables: Record<string, unknown>,
  pick: (data: any) => Connection,
): Promise<{ nodes: Record<string, any>[]; totals: Set<number>; pages: number }> {
  const nodes: Record<string, any>[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 1; pages < 1_000; pages += 1) {
    const { data, errors } = await query(text, { ...variables, after });
    expect(errors).toBeUndefined();
    const connection = pick(data);
    nodes.push(...connection.edges.map((edge) => edge.node));
    totals.add(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { nodes, totals, pages };
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

const mine = (ids: string[]) => ids.filter((value) => value.startsWith(p));

describe('companiesConnection', () => {
  const COMPANIES_PAGE = `query($search: String, $segment: ID, $capability: ID, $first: Int, $after: String) {
    companiesConnection(search: $search, segment: $segment, capability: $capability, first: $first, after: $after) {
      edges { cursor node { id name } } pageInfo { hasNextPage endCursor } totalCount } }`;

  it('walks a segment by name, then id, every company once, totalCount the list', async () => {
    const { nodes, totals, pages } = await walk(
      COMPANIES_PAGE,
      { segment: SEGMENT, first: 7 },
      (data) => data.companiesConnection,
    );
    const expected = market().companies.filter((_, i) => i % 2 === 0);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((company) => String(company.id)).sort());
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    const order = nodes.map((node) => `${node.name}\u0000${node.id}`);
    expect(order).toEqual([...order].sort());
    expect([...totals]).toEqual([expected.length]);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it('narrows by segment, capability and search together, by id or by name', async () => {
    const both = await walk(
      COMPANIES_PAGE,
      { search: 'even', segment: SEGMENT, capability: CAPABILITY, first: 5 },
      (data) => data.companiesConnection,
    );
    const expected = market()
      .companies.filter((_, i) => i % 6 === 0)
      .map((company) => String(company.id));
    expect(both.nodes.map((node) => node.id).sort()).toEqual(expected.sort());
    expect([...both.totals]).toEqual([expected.length]);
    // The plain list field takes the same filters.
    const { data } = await query(
      `query($segment: ID, $capability: ID) { companies(segment: $segment, capability: $capability, first: 100) { id } }`,
      { segment: SEGMENT, capability: CAPABILITY },
    );
    expect(data!.companies.map((company: { id: string }) => company.id).sort()).toEqual(expected.sort());
    const unknown = await query(`{ companies(segment: "no such segment ${p}") { id } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'segment' });
  });

  it('walks a search in its order to the end', async () => {
    const { nodes, totals } = await walk(
      COMPANIES_PAGE,
      { search: WORD, first: 9 },
      (data) => data.companiesConnection,
    );
    expect(nodes.map((node) => node.id).sort()).toEqual(
      market()
        .companies.map((company) => String(company.id))
        .sort(),
    );
    expect([...totals]).toEqual([COMPANIES]);
  });

  it('walks the whole market, this file’s companies each once', async () => {
    const { nodes } = await walk(COMPANIES_PAGE, { first: 100 }, (data) => data.companiesConnection);
    const ids = mine(nodes.map((node) => node.id));
    expect(ids.sort()).toEqual(
      market()
        .companies.map((company) => String(company.id))
        .sort(),
    );
  });

  it('keeps a cursor by name valid across an import; a search cursor says the market changed', async () => {
    const firstPage = await query(COMPANIES_PAGE, { segment: SEGMENT, first: 10 });
    const cursor = firstPage.data!.companiesConnection.pageInfo.endCursor as string;
    const lastSeen = firstPage.data!.companiesConnection.edges.at(-1).node.name as string;
    const searchPage = await query(COMPANIES_PAGE, { search: WORD, first: 10 });
    const searchCursor = searchPage.data!.companiesConnection.pageInfo.endCursor as string;
    // An import adds two companies to the segment: one sorts before the cursor, one after.
    const before = { id: id('early'), name: `${WORD} 000 aaa`, employees: 5 };
    const later = { id: id('late'), name: `${WORD} 999 zzz`, employees: 5 };
    const next = market([before, later]);
    next.segments!.push({ company_id: before.id, segment: SEGMENT }, { company_id: later.id, segment: SEGMENT });
    expect((await importFolder(db, writeFixtureFolder(next))).problems).toEqual([]);
    const rest = await walk(COMPANIES_PAGE, { segment: SEGMENT, first: 50 }, (data) => data.companiesConnection);
    expect(rest.nodes.length).toBeGreaterThan(0);
    const resumed = await query(COMPANIES_PAGE, { segment: SEGMENT, first: 100, after: cursor });
    expect(resumed.errors).toBeUndefined();
    const names = resumed.data!.companiesConnection.edges.map((edge: Edge) => edge.node.name as string);
    expect(names.every((value: string) => value > lastSeen)).toBe(true);
    expect(names).toContain(later.name);
    expect(names).not.toContain(before.name);
    const stale = await query(COMPANIES_PAGE, { search: WORD, first: 10, after: searchCursor });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
      reason: 'MARKET_CHANGED',
    });
    expect(stale.errors?.[0]?.message).toMatch(/changed/);
  });

  it('refuses a cursor that is not one, or belongs to another list', async () => {
    const garbage = await query(COMPANIES_PAGE, { first: 5, after: 'not a cursor' });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const segmentPage = await query(COMPANIES_PAGE, { segment: SEGMENT, first: 5 });
    const other = await query(COMPANIES_PAGE, {
      capability: CAPABILITY,
      first: 5,
      after: segmentPage.data!.companiesConnection.pageInfo.endCursor,
    });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('candidatesConnection', () => {
  const RANKING = `query($focal: ID!, $first: Int, $after: String, $filter: CandidateFilter) {
    candidatesConnection(focal: $focal, first: $first, after: $after, filter: $filter) {
      edges { cursor rank node { score candidate { id } } } pageInfo { hasNextPage endCursor } totalCount } }`;

  it('walks the whole ranking in the order candidates gives, ranks 1 to totalCount', async () => {
    const everyone = { includePartners: true, includeRuledOut: true };
    const { nodes, totals } = await walk(RANKING, { focal: id('co0'), first: 40, filter: everyone }, (data) => ({
      ...data.candidatesConnection,
      edges: data.candidatesConnection.edges.map((edge: Edge & { rank: number }) => ({
        cursor: edge.cursor,
        node: { ...edge.node, rank: edge.rank },
      })),
    }));
    expect(totals.size).toBe(1);
    const total = [...totals][0]!;
    expect(nodes).toHaveLength(total);
    expect(nodes.map((node) => node.rank)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const ids = nodes.map((node) => node.candidate.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    // This file's companies (an earlier test added two), less the focal company, are all ranked.
    const rows = await db.read('companies-page', {
      segment: null,
      capability: null,
      first: 10_000,
      afterName: null,
      afterId: null,
    });
    const ours = mine((rows[0]!.companies as { id: string }[]).map((company) => company.id));
    expect(mine(ids).sort()).toEqual(ours.filter((value) => value !== id('co0')).sort());
    // The pages are candidates' own answer, in its order and with its scores, with or without the filter.
    const { data } = await query(
      `query($focal: ID!, $filter: CandidateFilter) { candidates(focal: $focal, first: 100, filter: $filter) { score candidate { id } } }`,
      { focal: id('co0'), filter: everyone },
    );
    expect(nodes.slice(0, 100).map((node) => [node.candidate.id, node.score])).toEqual(
      data!.candidates.map((fit: any) => [fit.candidate.id, fit.score]),
    );
    const byDefault = await walk(RANKING, { focal: id('co0'), first: 30 }, (result) => result.candidatesConnection);
    const plain = await query(
      `query($focal: ID!) { candidates(focal: $focal, first: 100) { score candidate { id } } }`,
      { focal: id('co0') },
    );
    expect(byDefault.nodes.slice(0, 100).map((node) => node.candidate.id)).toEqual(
      plain.data!.candidates.map((fit: any) => fit.candidate.id),
    );
    expect(byDefault.nodes.map((node) => node.candidate.id)).not.toContain(id('co1')); // the active partner is left out by default
    const scores = nodes.map((node) => node.score as number);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('keeps the filter: a segment ranking holds only the segment', async () => {
    const { nodes, totals } = await walk(
      RANKING,
      { focal: id('co0'), first: 25, filter: { segment: SEGMENT, includeRuledOut: true } },
      (data) => data.candidatesConnection,
    );
    const inSegment = await query(`query($segment: ID) { companies(segment: $segment, first: 100) { id } }`, {
      segment: SEGMENT,
    });
    const segment = new Set<string>(inSegment.data!.companies.map((company: { id: string }) => company.id));
    expect(nodes.every((node) => segment.has(node.candidate.id))).toBe(true);
    expect([...totals]).toEqual([segment.size - 1]);
  });

  it('says the market changed for a cursor of an older market, and NOT_FOUND for an unknown focal', async () => {
    const page = await query(RANKING, { focal: id('co0'), first: 10 });
    const cursor = page.data!.candidatesConnection.pageInfo.endCursor;
    expect((await query(RANKING, { focal: id('co0'), first: 10, after: cursor })).errors).toBeUndefined();
    expect((await importFolder(db, writeFixtureFolder(market()))).problems).toEqual([]);
    const stale = await query(RANKING, { focal: id('co0'), first: 10, after: cursor });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
      reason: 'MARKET_CHANGED',
    });
    const unknown = await query(RANKING, { focal: id('nobody'), first: 10 });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'focal', id: id('nobody') });
  });
});

describe('Company.customers', () => {
  it('walks a company’s accounts at a stage by id, totalCount its customerCount', async () => {
    const PAGE = `query($id: ID!, $stage: Stage, $after: String) { company(id: $id) { customerCount(stage: $stage)
      customers(stage: $stage, first: 40, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } } }`;
    const customers = await walk(PAGE, { id: id('co0') }, (data) => data.company.customers);
    const expected = Array.from({ length: 250 }, (_, k) => id(`cu${k}`)).sort();
    expect(customers.nodes.map((node) => node.id)).toEqual(expected);
    expect([...customers.totals]).toEqual([250]);
    const prospects = await walk(PAGE, { id: id('co0'), stage: 'PROSPECT' }, (data) => data.company.customers);
    expect(prospects.nodes.map((node) => node.id)).toEqual(
      Array.from({ length: 10 }, (_, k) => id(`cu${k + 250}`)).sort(),
    );
    expect([...prospects.totals]).toEqual([10]);
  });
});

describe('shortlistsConnection and entriesConnection', () => {
  it('walks the shortlists of a focal company and each one’s pins, with fits as partnerFit gives them', async () => {
    const made: string[] = [];
    for (let s = 0; s < 5; s += 1) {
      const shortlist = await createShortlist(db, `list ${s}`, id('co0'));
      for (let k = 0; k < 7; k += 1) await pinToShortlist(db, shortlist.id, id(`co${2 + s * 7 + k}`), `note ${k}`);
      made.push(shortlist.id);
    }
    const LISTS = `query($focal: ID, $after: String) { shortlistsConnection(focal: $focal, first: 2, after: $after) {
      edges { cursor node { id entryCount } } pageInfo { hasNextPage endCursor } totalCount } }`;
    const lists = await walk(LISTS, { focal: id('co0') }, (data) => data.shortlistsConnection);
    const listed = await query(`query($focal: ID) { shortlists(focal: $focal, first: 100) { id } }`, {
      focal: id('co0'),
    });
    expect(lists.nodes.map((node) => node.id)).toEqual(listed.data!.shortlists.map((list: { id: string }) => list.id));
    expect([...lists.nodes.map((node) => node.id)].sort()).toEqual([...made].sort());
    expect([...lists.totals]).toEqual([5]);
    const ENTRIES = `query($id: ID!, $after: String) { shortlist(id: $id) { entriesConnection(first: 3, after: $after) {
      edges { cursor node { candidateId note fit { score } } } pageInfo { hasNextPage endCursor } totalCount } } }`;
    const entries = await walk(ENTRIES, { id: made[2] }, (data) => data.shortlist.entriesConnection);
    expect(entries.nodes.map((node) => node.candidateId)).toEqual(
      Array.from({ length: 7 }, (_, k) => id(`co${16 + k}`)),
    );
    expect([...entries.totals]).toEqual([7]);
    const single = await query(`query($c: ID!) { partnerFit(focal: "${id('co0')}", candidate: $c) { score } }`, {
      c: id('co16'),
    });
    expect(entries.nodes[0]!.fit.score).toBeCloseTo(single.data!.partnerFit.score, 12);
  });
});

describe('changesConnection', () => {
  it('walks the changes of imports since a moment that concern a company, in changes’ order', async () => {
    const since = new Date(Date.now() - 1_000).toISOString();
    const next = market();
    // Five new active partnerships of co0: five changes that concern it.
    next.partnerships!.push(
      ...Array.from({ length: 5 }, (_, k) => ({
        id: id(`new${k}`),
        parties: `${id('co0')};${id(`co${100 + k}`)}`,
        type: 'referral',
        status: 'active',
        since: '2025-01-01',
      })),
    );
    expect((await importFolder(db, writeFixtureFolder(next))).problems).toEqual([]);
    const { data } = await query(
      `query($since: String, $focal: ID) { changes(since: $since, focal: $focal, first: 500) { kind sentence importedAt } }`,
      { since, focal: id('co0') },
    );
    expect(data!.changes.length).toBeGreaterThanOrEqual(5);
    const PAGE = `query($since: String, $focal: ID, $after: String) { changesConnection(since: $since, focal: $focal, first: 2, after: $after) {
      edges { cursor node { kind sentence importedAt } } pageInfo { hasNextPage endCursor } totalCount } }`;
    const walked = await walk(PAGE, { since, focal: id('co0') }, (result) => result.changesConnection);
    expect(walked.nodes).toEqual(data!.changes);
    expect([...walked.totals]).toEqual([data!.changes.length]);
  });
});
