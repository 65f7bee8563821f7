import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';

/**
 * Answers computed once per market state (api/plugins/use-response-cache.ts):
 * kept under the market's version, the role and the request; every import and
 * write renews the version; shortlists and pins are never kept.
 */

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const EDITOR = 'editor-key-0123456789abcdef';
const VIEWER = 'viewer-key-0123456789abcdef';

let db: Database;
let app: App;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  app = createApp({
    db,
    security: {
      apiKeys: [
        { key: EDITOR, role: 'editor' },
        { key: VIEWER, role: 'viewer' },
      ],
    },
  });
}, 300_000);

async function post(query: string, key = EDITOR, target = app, variables: Record<string, unknown> = {}) {
  const response = await target.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    cache: response.headers.get('x-cache'),
    body: (await response.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] },
  };
}

const RANKING = `{ candidates(focal: "${id('alpha')}", first: 5) { score candidate { id name } } company(id: "${id('charlie')}") { name } }`;

describe('the response cache', () => {
  it('answers the same question again from the cache, byte for byte, per role', async () => {
    const first = await post(RANKING);
    expect(first.cache).toBe('miss');
    const again = await post(RANKING);
    expect(again.cache).toBe('hit');
    expect(again.body).toEqual(first.body);
    // Another role has its own answers.
    expect((await post(RANKING, VIEWER)).cache).toBe('miss');
    expect((await post(RANKING, VIEWER)).cache).toBe('hit');
    // Other variables are another question.
    expect((await post('query($id: ID!) { company(id: $id) { name } }', EDITOR, app, { id: id('alpha') })).cache).toBe(
      'miss',
    );
    expect((await post('query($id: ID!) { company(id: $id) { name } }', EDITOR, app, { id: id('bravo') })).cache).toBe(
      'miss',
    );
  });

  it('answers afresh after an import and after a write: the version is part of the key', async () => {
    await post(RANKING);
    expect((await post(RANKING)).cache).toBe('hit');
    const renamed = analysisFixture(p);
    renamed.companies = renamed.companies.map((company) =>
      company.id === id('charlie') ? { ...company, name: 'Charlie Renamed' } : company,
    );
    expect((await importFolder(db, writeFixtureFolder(renamed))).problems).toEqual([]);
    const afterImport = await post(RANKING);
    expect(afterImport.cache).toBe('miss');
    expect(afterImport.body.data.company.name).toBe('Charlie Renamed');
    const write = await post(
      `mutation { writeRecords(input: { companies: [{ id: "${id('charlie')}", name: "Charlie Written" }] }) { applied } }`,
    );
    expect(write.body.errors).toBeUndefined();
    const afterWrite = await post(RANKING);
    expect(afterWrite.cache).toBe('miss');
    expect(afterWrite.body.data.company.name).toBe('Charlie Written');
  });

  it('serves a kept answer without a rate-limit token: it walks nothing', async () => {
    const limited = createApp({
      db,
      security: { apiKeys: [{ key: EDITOR, role: 'editor' }], rateLimit: { perMinute: 1, burst: 1 } },
    });
    const RANK = `{ candidates(focal: "${id('bravo')}", first: 3) { score } }`;
    expect((await post(RANK, EDITOR, limited)).cache).toBe('miss'); // the one token
    expect((await post(RANK, EDITOR, limited)).cache).toBe('hit'); // no token needed
    const other = await post(`{ candidates(focal: "${id('charlie')}", first: 3) { score } }`, EDITOR, limited);
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('never keeps shortlists, pins or changes: user data changes outside imports', async () => {
    const created = await post(`mutation { createShortlist(name: "cached?", focal: "${id('alpha')}") { id } }`);
    const listId = created.body.data.createShortlist.id as string;
    const LIST = `{ shortlist(id: "${listId}") { entryCount entries { candidateId fit { score } } } company(id: "${id('alpha')}") { id } }`;
    expect((await post(LIST)).body.data.shortlist.entryCount).toBe(0);
    await post(`mutation { addToShortlist(id: "${listId}", candidate: "${id('bravo')}") { id } }`);
    const after = await post(LIST);
    expect(after.cache).toBe('miss');
    expect(after.body.data.shortlist.entryCount).toBe(1);
    expect((await post(`{ changes(first: 5) { kind } }`)).cache).toBe('miss');
    expect((await post(`{ changes(first: 5) { kind } }`)).cache).toBe('miss');
    expect((await post(`{ ecosystemSummary { import { state } } }`)).cache).toBe('miss');
    expect((await post(`{ ecosystemSummary { import { state } } }`)).cache).toBe('miss');
  });

  it('keeps no answer with an error, nothing for a graph without a version, and nothing when it is off', async () => {
    const MISS = `{ company(id: "${id('nobody')}") { id } }`;
    await post(MISS);
    expect((await post(MISS)).cache).toBe('miss');
    const off = createApp({
      db,
      security: { apiKeys: [{ key: EDITOR, role: 'editor' }] },
      responseCache: { enabled: false },
    });
    await post(RANKING, EDITOR, off);
    expect((await post(RANKING, EDITOR, off)).cache).toBeNull();
    // A graph our importer did not write has no version: every answer is computed.
    const [kept] = await db.read('market-version');
    await db.write('test:no-version', (tx) => tx.runText(`MATCH (d:Dataset {id: 'loaded'}) REMOVE d.companiesVersion`));
    try {
      await post(RANKING);
      expect((await post(RANKING)).cache).toBeNull();
    } finally {
      await db.write('test:version', (tx) =>
        tx.runText(`MATCH (d:Dataset {id: 'loaded'}) SET d.companiesVersion = $version`, { version: kept!.version }),
      );
    }
  });
});
