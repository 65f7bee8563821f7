import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import { createDatabase, type Database } from '../../api/db/database.ts';
import { migrate } from '../../api/db/migrate.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { waitUntilAnswering } from '../../scripts/open-database.ts';
import { LOCAL_NEO4J_ROOT, startLocalNeo4j, type LocalNeo4j } from '../../scripts/neo4j/local-neo4j.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix } from '../support/database.ts';
import { writeFixtureFolder, writeRawFolder } from '../support/fixture-folder.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { freePort, isListening, runScript, stopChild, type Script } from '../support/run-script.ts';

/**
 * Stops and restarts a real Neo4j under a running API. It is this file's own
 * store (`.neo4j/faults-<pid>` on a free port), never the shared test one nor
 * the demo's, and is removed at the end. The tests run in order, as one story:
 * Neo4j comes up late; it is stopped under traffic and comes back, started by
 * `npm start` this time; then `npm start` is stopped with SIGTERM and must
 * take its Neo4j down with it. Imports killed midway: import-kill.test.ts.
 */
const INSTANCE = `faults-${process.pid}`;
const MEMORY = { heap: '768m', pageCache: '128m' };
const LOCAL_MEMORY = { LOCAL_NEO4J_HEAP: MEMORY.heap, LOCAL_NEO4J_PAGECACHE: MEMORY.pageCache };

let port: number;
let uri: string;
let neo4j: LocalNeo4j | undefined;
let db: Database;
let app: App;
/** `npm start`, once it has brought Neo4j back. */
let server: Script | undefined;
let serverUrl = '';
const children: ChildProcess[] = [];
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;

const startNeo4j = () => startLocalNeo4j({ instance: INSTANCE, boltPort: port, fresh: true, ...MEMORY, log: () => {} });

beforeAll(async () => {
  port = await freePort();
  uri = `bolt://127.0.0.1:${port}`;
  db = createDatabase({ uri });
  app = createApp({ db, security: { rateLimit: { perMinute: 0, burst: 1 } } });
});

afterAll(async () => {
  // A child left running (a failed test) is asked to stop, so that npm start stops its Neo4j too.
  for (const child of children) await stopChild(child);
  await db?.close();
  await neo4j?.stop();
  rmSync(join(LOCAL_NEO4J_ROOT, INSTANCE), { recursive: true, force: true });
});

async function query(
  text: string,
): Promise<{ ms: number; status: number; body: { data?: any; errors?: { extensions?: { code?: string } }[] } }> {
  const started = Date.now();
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return { status: response.status, body: (await response.json()) as never, ms: Date.now() - started };
}

const COMPANY = `{ company(id: "${id('alpha')}") { id name } }`;
const CANDIDATES = `{ candidates(focal: "${id('alpha')}", first: 5) { score } }`;
const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

describe('Neo4j unreachable at start', () => {
  it('gives up after the attempts with a message that says what to check', async () => {
    const lines: string[] = [];
    const started = Date.now();
    await expect(
      waitUntilAnswering(db, uri, (line) => lines.push(line), { attempts: 4, baseDelayMs: 50 }),
    ).rejects.toThrow(
      `Neo4j at ${uri} does not answer after 4 attempts. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.`,
    );
    // Waits double: 0.1 s, 0.2 s, 0.4 s.
    expect(lines).toEqual(
      [1, 2, 3].map(
        (attempt) =>
          `Neo4j at ${uri} does not answer yet (attempt ${attempt}/4); retrying in ${(50 * 2 ** attempt) / 1000}s…`,
      ),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  it('keeps retrying with backoff and connects once Neo4j comes up', { timeout: 120_000 }, async () => {
    const lines: string[] = [];
    const starting = startNeo4j();
    await waitUntilAnswering(db, uri, (line) => lines.push(line), { attempts: 12, baseDelayMs: 250 });
    neo4j = await starting;
    expect(lines.length).toBeGreaterThan(0); // it did have to wait
    expect(lines[0]).toMatch(/does not answer yet \(attempt 1\/12\); retrying in 0\.5s…/);
    await migrate(db);
    expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  });
});

describe('Neo4j stopped while serving', () => {
  it(
    'fails fast with DATABASE_UNAVAILABLE, /health says 503, and service resumes by itself',
    { timeout: 240_000 },
    async () => {
      expect((await query(COMPANY)).body.data.company.id).toBe(id('alpha'));
      const before = await graphFingerprint(db);

      // Traffic all along: every answer is data or DATABASE_UNAVAILABLE, never a hang or another error.
      const outcomes: { at: number; ok: boolean; code?: string; ms: number }[] = [];
      let traffic = true;
      const loop = (async () => {
        while (traffic) {
          const { body, ms } = await query(CANDIDATES);
          outcomes.push({ at: Date.now(), ok: !body.errors, code: codeOf(body), ms });
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();

      await neo4j!.stop();
      neo4j = undefined;
      const stoppedAt = Date.now();
      const down = await Promise.all([
        query(COMPANY),
        query(CANDIDATES),
        query('mutation { deleteShortlist(id: "x") }'),
      ]);
      for (const { body, ms } of down) {
        expect(codeOf(body)).toBe('DATABASE_UNAVAILABLE');
        expect(ms).toBeLessThan(10_000); // at worst a refused connection and the driver's 2 s of retries; mostly at once
      }
      const health = await app.fetch('http://localhost/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });
      const csv = await app.fetch(`http://localhost/export/candidates.csv?focal=${id('alpha')}`);
      expect(csv.status).toBe(503);

      // Same app, same driver: no restart of ours, only Neo4j's, which `npm start` brings back.
      server = runScript('scripts/start.ts', [], {
        LOCAL_NEO4J_INSTANCE: INSTANCE,
        LOCAL_NEO4J_PORT: String(port),
        PORT: '0',
        SKIP_WEB_BUILD: '1',
        ...LOCAL_MEMORY,
      });
      children.push(server.process);
      serverUrl = await server.waitFor(/PartnerGraph is running: explorer (http:\/\/127\.0\.0\.1:\d+)\//, 120_000);
      const restartedAt = Date.now();
      let resumed: number | undefined;
      while (resumed === undefined && Date.now() - restartedAt < 30_000) {
        if (!(await query(COMPANY)).body.errors) resumed = Date.now();
        else await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(resumed, 'queries answer again after the restart').toBeDefined();
      expect((await app.fetch('http://localhost/health')).status).toBe(200);
      traffic = false;
      await loop;

      const failures = outcomes.filter((outcome) => !outcome.ok);
      expect(failures.length).toBeGreaterThan(0);
      expect(new Set(failures.map((failure) => failure.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
      // No hang: a request in flight when Neo4j goes, or the one probe a second, waits for the
      // driver (a few seconds); every other request during the outage fails at once.
      const latencies = failures.map((failure) => failure.ms).sort((a, b) => a - b);
      expect(latencies.at(-1)).toBeLessThan(10_000);
      expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(100);
      console.log(
        `Neo4j down: ${failures.length} requests answered DATABASE_UNAVAILABLE, median ${latencies[Math.floor(latencies.length / 2)]} ms, ` +
          `slowest ${latencies.at(-1)} ms; resumed ${resumed! - restartedAt} ms after Neo4j was back`,
      );
      expect(outcomes.some((outcome) => outcome.ok && outcome.at > stoppedAt && outcome.at > restartedAt)).toBe(true);
      expect(await graphFingerprint(db)).toEqual(before); // nothing lost in the stop
    },
  );
});

describe('npm start shuts down gracefully', () => {
  it(
    'finishes the request in flight, closes the driver and stops the Neo4j it started',
    { timeout: 120_000 },
    async () => {
      expect(server, 'npm start from the restart above').toBeDefined();
      // Enough companies and accounts that ranking them takes a moment: long enough to be seen running.
      const q = uniquePrefix();
      const [companies, customers] = [300, 3_000];
      const many = writeRawFolder({
        'companies.csv': `id,name\n${Array.from({ length: companies }, (_, i) => `${q}co${i},Company ${i}`).join('\n')}\n`,
        'accounts.csv': `company_id,customer_id\n${Array.from({ length: customers * 4 }, (_, i) => `${q}co${(i * 7) % companies},${q}cu${Math.floor(i / 4)}`).join('\n')}\n`,
      });
      expect((await importFolder(db, many)).imported).toBe(true);
      await db.close(); // ours, so that only npm start's driver is left on its Neo4j
      const url = serverUrl;
      expect(await isListening(port)).toBe(true);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      // A request that ranks every company (300 and more), then SIGTERM once Neo4j shows its query running.
      const slow = fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ candidates(focal: "${id('alpha')}", first: 100) { score } }` }),
      });
      const watcher = createDatabase({ uri });
      let seen = false;
      try {
        for (const deadline = Date.now() + 30_000; !seen && Date.now() < deadline;) {
          const running = await watcher.write('test:watch', (tx) =>
            tx.runText("SHOW TRANSACTIONS YIELD metaData WHERE metaData.query <> 'test:watch' RETURN count(*) AS n"),
          );
          seen = Number(running[0]?.n) > 0;
        }
      } finally {
        await watcher.close();
      }
      server!.process.kill('SIGTERM');
      expect(seen, 'the request was running in Neo4j when SIGTERM came').toBe(true);
      const response = await slow;
      expect(response.status).toBe(200);
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(await server!.exited, server!.output()).toBe(0);
      expect(server!.output()).toMatch(
        /SIGTERM: finishing requests in flight…\nRequests done; closing the database…\nStopped\./,
      );
      expect(await isListening(port)).toBe(false); // its Neo4j is gone too
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    },
  );
});
