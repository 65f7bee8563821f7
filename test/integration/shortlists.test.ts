import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  const db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  client = createClient(db);
});

const SHORTLIST = 'id name focal { id } csvUrl entries { candidate { id } note addedAt fit { score sharedCustomers } }';

async function mutate(mutation: string) {
  const { data, errors } = await client.query(`mutation { result: ${mutation} }`);
  expect(errors).toBeUndefined();
  return data!.result;
}

describe('saved shortlists', () => {
  it('round-trips: create, pin with notes, rename, unpin, list, delete', async () => {
    const created = await mutate(
      `createShortlist(name: " Q3 integrations ", focal: "${id('alpha')}") { ${SHORTLIST} }`,
    );
    expect(created).toMatchObject({ name: 'Q3 integrations', focal: { id: id('alpha') }, entries: [] });
    const listId = created.id as string;

    await mutate(`addToShortlist(id: "${listId}", candidate: "${id('bravo')}", note: "warm intro via c1") { id }`);
    const pinned = await mutate(`addToShortlist(id: "${listId}", candidate: "${id('charlie')}") { ${SHORTLIST} }`);
    expect(pinned.entries.map((entry: { candidate: { id: string } }) => entry.candidate.id)).toEqual([
      id('bravo'),
      id('charlie'),
    ]);
    expect(pinned.entries[0]).toMatchObject({ note: 'warm intro via c1', fit: { sharedCustomers: 2 } });

    const fit = await client.query(`{ partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}") { score } }`);
    expect(pinned.entries[0].fit.score).toBeCloseTo(fit.data!.partnerFit.score, 12); // the current fit

    const renoted = await mutate(
      `addToShortlist(id: "${listId}", candidate: "${id('bravo')}", note: "call in May") { entries { note } }`,
    );
    expect(renoted.entries[0].note).toBe('call in May');

    expect((await mutate(`renameShortlist(id: "${listId}", name: "Q4") { name }`)).name).toBe('Q4');
    const unpinned = await mutate(
      `removeFromShortlist(id: "${listId}", candidate: "${id('charlie')}") { entries { candidate { id } } }`,
    );
    expect(unpinned.entries).toEqual([{ candidate: { id: id('bravo') } }]);

    const { data } = await client.query(`{ shortlists(focal: "${id('alpha')}") { id name } }`);
    expect(data!.shortlists).toEqual([{ id: listId, name: 'Q4' }]);

    expect(await mutate(`deleteShortlist(id: "${listId}")`)).toBe(listId);
    const gone = await client.query(`{ shortlist(id: "${listId}") { id } }`);
    expect(gone.data!.shortlist).toBeNull();
  });

  it('refuses unknown ids, empty names and pinning the focal company', async () => {
    const code = async (mutation: string) =>
      (await client.query(`mutation { ${mutation} }`)).errors?.[0]?.extensions?.code;
    expect(await code(`createShortlist(name: "x", focal: "${id('nobody')}") { id }`)).toBe('NOT_FOUND');
    expect(await code(`createShortlist(name: "  ", focal: "${id('alpha')}") { id }`)).toBe('BAD_USER_INPUT');
    expect(await code('renameShortlist(id: "missing", name: "x") { id }')).toBe('NOT_FOUND');
    expect(await code('deleteShortlist(id: "missing")')).toBe('NOT_FOUND');
    const { data } = await client.query(`mutation { createShortlist(name: "x", focal: "${id('alpha')}") { id } }`);
    const listId = data!.createShortlist.id;
    expect(await code(`addToShortlist(id: "${listId}", candidate: "${id('alpha')}") { id }`)).toBe('BAD_USER_INPUT');
    expect(await code(`addToShortlist(id: "${listId}", candidate: "${id('nobody')}") { id }`)).toBe('NOT_FOUND');
  });
});

describe('CSV export', () => {
  const csv = async (path: string) => {
    const response = await client.app.fetch(`http://test${path}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  it('exports a focal company’s ranked candidates with every term and the reasons', async () => {
    const { status, type, text } = await csv(`/export/candidates.csv?focal=${id('alpha')}&first=100&minShared=1`);
    expect(status).toBe(200);
    expect(type).toContain('text/csv');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const bravo = rows.find((row) => row.candidate_id === id('bravo'))!;
    const api = (
      await client.query(`{ partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}") { score reasons } }`)
    ).data!.partnerFit;
    expect(Number(bravo.score)).toBeCloseTo(api.score, 5);
    expect(bravo).toMatchObject({
      shared_customers: '2',
      conflicts: 'CAPABILITY_OVERLAP/MEDIUM',
      recommended_type: 'technology_integration',
      quadrant: 'LOW',
    });
    expect(bravo.reasons!.split(' | ')).toEqual(api.reasons);
    expect(rows.every((row) => Number(row.shared_customers) >= 1)).toBe(true);
  });

  it('exports a shortlist with notes', async () => {
    const { data } = await client.query(
      `mutation { createShortlist(name: "Export, \\"me\\"", focal: "${id('alpha')}") { id csvUrl } }`,
    );
    const { id: listId, csvUrl } = data!.createShortlist;
    await client.query(
      `mutation { addToShortlist(id: "${listId}", candidate: "${id('charlie')}", note: "big, \\"fish\\"") { id } }`,
    );
    const { status, text } = await csv(csvUrl);
    expect(status).toBe(200);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      rank: '1',
      candidate_id: id('charlie'),
      note: 'big, "fish"',
      power_balance: 'SMALL_FISH',
    });
  });

  it('answers 404 and 400 in plain words', async () => {
    expect(await csv(`/export/candidates.csv?focal=${id('nobody')}`)).toMatchObject({
      status: 404,
      text: expect.stringContaining('No company'),
    });
    expect(await csv(`/export/candidates.csv?focal=${id('alpha')}&wS=-1`)).toMatchObject({
      status: 400,
      text: expect.stringContaining('weights.synergy'),
    });
    expect(await csv('/export/shortlists/missing.csv')).toMatchObject({ status: 404 });
  });
});
