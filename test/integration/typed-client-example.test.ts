import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { marketExtract } from '../../docs/examples/typed-client.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';

/** The typed client example (docs/examples/typed-client.ts), run as a tool runs it: over HTTP, against a listening server. */
const p = uniquePrefix();
let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = await useTestDatabase();
  const fixture = analysisFixture(p);
  fixture.segments = [
    ...(fixture.segments ?? []),
    ...fixture.companies.map((company) => ({ company_id: String(company.id), segment: `Everyone ${p}` })),
  ];
  expect((await importFolder(db, writeFixtureFolder(fixture))).problems).toEqual([]);
  server = await listen(createApp({ db }), { port: 0 });
}, 300_000);
afterAll(() => server.close());

describe('the typed client example', () => {
  it('walks a segment to its end and scores the focal company against every company in it, as partnerFit does', async () => {
    const { total, rows } = await marketExtract(`${p}alpha`, { url: server.url, segment: `Everyone ${p}` });
    expect(total).toBe(analysisFixture(p).companies.length);
    expect(rows.map((row) => row.id).sort()).toEqual(
      analysisFixture(p)
        .companies.map((company) => String(company.id))
        .sort(),
    );
    expect(rows.find((row) => row.id === `${p}alpha`)!.score).toBeNull();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ partnerFit(focal: "${p}alpha", candidate: "${p}bravo") { score } }` }),
    });
    const single = ((await response.json()) as { data: { partnerFit: { score: number } } }).data.partnerFit.score;
    expect(rows.find((row) => row.id === `${p}bravo`)!.score).toBeCloseTo(single, 12);
  });
});
