import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInstanceJvms, LOCAL_NEO4J_ROOT, startLocalNeo4j } from '../../scripts/neo4j/local-neo4j.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { freePort, isListening, runScript, stopChild, type Script } from '../support/run-script.ts';

/**
 * The local Neo4j's life under a running `npm start`, on a store of this
 * file's own (`.neo4j/lifecycle-<pid>`, removed at the end): restarted with
 * `npm run neo4j -- --restart` while the server runs, which carries on; the
 * server then stops without touching the new Neo4j or its pid file, and the
 * next `npm start` uses it. A second server on a busy port, and a second Neo4j
 * on a store in use, each say what is wrong in one sentence.
 */
const INSTANCE = `lifecycle-${process.pid}`;
const ALIAS = `${INSTANCE}-alias`;
const HOME = join(LOCAL_NEO4J_ROOT, INSTANCE);
const MEMORY = { LOCAL_NEO4J_HEAP: '768m', LOCAL_NEO4J_PAGECACHE: '128m' };
const children: Script[] = [];
let port: number;
let env: Record<string, string>;

beforeAll(async () => {
  port = await freePort();
  const dataFolder = writeFixtureFolder(analysisFixture(uniquePrefix()));
  env = {
    LOCAL_NEO4J_INSTANCE: INSTANCE,
    LOCAL_NEO4J_PORT: String(port),
    PORT: '0',
    SKIP_WEB_BUILD: '1',
    DATA_FOLDER: dataFolder,
    ...MEMORY,
  };
});

afterAll(async () => {
  for (const child of children.reverse()) await stopChild(child.process);
  rmSync(join(LOCAL_NEO4J_ROOT, ALIAS), { force: true });
  rmSync(HOME, { recursive: true, force: true });
});

function start(script: string, args: string[], extra: Record<string, string> = {}): Script {
  const child = runScript(script, args, { ...env, ...extra });
  children.push(child);
  return child;
}

async function healthy(url: string, timeoutMs = 60_000): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const response = await fetch(`${url}/health`).catch(() => undefined);
    if (response?.status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const RUNNING = /PartnerGraph is running: explorer (http:\/\/127\.0\.0\.1:\d+)\//;

describe('the local Neo4j under a running server', () => {
  let server: Script;
  let url: string;

  it(
    'refuses a second server on a busy port in one sentence, leaving the first and its Neo4j alone',
    { timeout: 180_000 },
    async () => {
      server = start('scripts/start.ts', []);
      url = await server.waitFor(RUNNING, 150_000);
      const second = start('scripts/start.ts', [], { PORT: new URL(url).port });
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(
        `Port ${new URL(url).port} on 127.0.0.1 is already in use, perhaps by another npm start. Stop that one, or set PORT to a free port`,
      );
      expect(second.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
      expect(await healthy(url, 5_000)).toBe(true);
    },
  );

  it('restarts under it with npm run neo4j -- --restart; the server carries on', { timeout: 180_000 }, async () => {
    const [before] = findInstanceJvms(HOME);
    const restart = start('scripts/neo4j.ts', ['--restart', '--instance', INSTANCE, '--port', String(port)]);
    await restart.waitFor(/Local Neo4j ready at bolt:\/\/127\.0\.0\.1:\d+/, 150_000);
    expect(restart.output()).toContain(
      `Stopping the local Neo4j (${INSTANCE}) at bolt://127.0.0.1:${port} (process ${before!.pid})`,
    );
    const [after] = findInstanceJvms(HOME);
    expect(after!.pid).not.toBe(before!.pid);
    expect(await healthy(url)).toBe(true);
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ecosystemSummary { companies } }' }),
    });
    expect(
      ((await answer.json()) as { data: { ecosystemSummary: { companies: number } } }).data.ecosystemSummary.companies,
    ).toBeGreaterThan(0);
  });

  it(
    'stops the server without touching the new Neo4j or its pid file; the next npm start uses it',
    { timeout: 180_000 },
    async () => {
      const [running] = findInstanceJvms(HOME);
      server.process.kill('SIGTERM');
      expect(await server.exited, server.output()).toBe(0);
      expect(await isListening(port)).toBe(true);
      expect(JSON.parse(readFileSync(join(HOME, 'local-neo4j.json'), 'utf8'))).toEqual({ pid: running!.pid, port });

      const next = start('scripts/start.ts', []);
      const nextUrl = await next.waitFor(RUNNING, 120_000);
      expect(next.output()).toContain(
        `Using the local Neo4j (${INSTANCE}) already running at bolt://127.0.0.1:${port} (process ${running!.pid}).`,
      );
      expect(await healthy(nextUrl, 5_000)).toBe(true);
      next.process.kill('SIGTERM');
      expect(await next.exited, next.output()).toBe(0);
      expect(await isListening(port)).toBe(true); // not its Neo4j to stop
    },
  );

  it('says in one sentence that a store is in use, instead of a Java stack trace', { timeout: 120_000 }, async () => {
    // The same store reached through another path: not recognised as running, so a second Neo4j tries to open it.
    symlinkSync(HOME, join(LOCAL_NEO4J_ROOT, ALIAS));
    const [holder] = findInstanceJvms(HOME);
    const failed = await startLocalNeo4j({
      instance: ALIAS,
      boltPort: await freePort(),
      heap: '512m',
      pageCache: '64m',
      log: () => {},
    }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failed).toMatch(new RegExp(`^The local Neo4j store .*${ALIAS} is in use by another process`));
    expect(failed).not.toMatch(/\n\s+at |Exception/);
    expect(await isListening(port)).toBe(true); // the holder is untouched
    expect(findInstanceJvms(HOME)).toEqual([holder]);
    expect(existsSync(join(HOME, 'local-neo4j.json'))).toBe(true);
  });
});
