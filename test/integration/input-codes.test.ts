import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { formatProblem, importFolder } from '../../api/import/import-folder.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, writeRawFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/** Inputs that used to get a wrong answer, a code-less error or a broken connection: each now gets a clear refusal or the right answer. */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let client: ReturnType<typeof createClient>;
let server: RunningServer;
let db: Database;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  client = createClient(db);
  server = await listen(createApp({ db, security: { maxBodyBytes: 1_000 } }), { port: 0 });
});
afterAll(() => server?.close());

describe('arguments', () => {
  it('weights near the largest number weigh equally instead of scoring everything 0', async () => {
    const ask = (weight: string) =>
      client.query(
        `{ candidates(focal: "${id('alpha')}", first: 3, weights: { synergy: ${weight}, reach: ${weight}, capability: ${weight} }) { candidate { id } score weights { synergy reach capability } } }`,
      );
    const huge = await ask('1e308');
    expect(huge.errors).toBeUndefined();
    expect(huge.data).toEqual((await ask('1')).data);
    expect(huge.data!.candidates[0].score).toBeGreaterThan(0);
    expect(huge.data!.candidates[0].weights.synergy).toBeCloseTo(1 / 3, 12);
  });

  it('gives a variable of the wrong type, or a missing one, BAD_USER_INPUT', async () => {
    const { errors } = await client.query(`query ($first: Int) { companies(first: $first) { id } }`, { first: 'ten' });
    expect(errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$first" got invalid value "ten"/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await client.query(`query ($id: ID!) { company(id: $id) { id } }`, {});
    expect(missing.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$id" of required type "ID!" was not provided/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a company id with ";", which partnerships.csv could never name', async () => {
    const result = await importFolder(db, writeRawFolder({ 'companies.csv': `id,name\n${p}a;b,Semi Co\n` }));
    expect(result.problems.map(formatProblem)).toEqual([
      'companies.csv:2: id contains ";", which separates the parties in partnerships.csv: the company could never be named in a partnership',
    ]);
  });
});

describe('a streamed body over the limit', () => {
  it('gets 413 with Connection: close, so the next request goes on a fresh connection and is answered', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const url = new URL(`${server.url}/graphql`);
    const send = (chunks: string[]) =>
      new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
          },
        );
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    const big = await send([`{"query":"{ companies(search: \\"`, 'x'.repeat(800), 'y'.repeat(800), `\\") { id } }"}`]);
    expect(big.status).toBe(413);
    expect(big.connection).toBe('close');
    const next = await send([JSON.stringify({ query: '{ ecosystemSummary { companies } }' })]);
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body).data.ecosystemSummary.companies).toBeGreaterThan(0);
    agent.destroy();
  });
});
