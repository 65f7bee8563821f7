/**
 * `npm start` stops everything it started when the npm process is told to
 * stop: SIGTERM and SIGINT (which npm forwards) and SIGHUP (which kills npm
 * without forwarding: the server notices its parent is gone). Service
 * managers, IDEs and terminals signal the process they started, not ours.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';
import { LOCAL_NEO4J_ROOT } from '../../scripts/neo4j/local-neo4j.ts';
import { useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Runs `npm start` and resolves with its URL once it listens. */
async function npmStart(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, SKIP_WEB_BUILD: '1', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setInterval(() => {
      const found = /explorer (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      if (found) {
        clearInterval(timer);
        resolveUrl(found);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start exited early:\n${output}`));
      }
    }, 200);
  });
  return { child, url, output: () => output };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolvePort(true)));
    socket.once('error', () => resolvePort(false));
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return false;
}

describe('npm start and signals to the npm process', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('stops the server on %s', async (signal) => {
    await useTestDatabase();
    const external = { NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: inject('neo4jUsername'), NEO4J_PASSWORD: inject('neo4jPassword') };
    const { child, url, output } = await npmStart(external);
    expect(await answers(url)).toBe(true);
    child.kill(signal);
    expect(await until(async () => !(await answers(url)), 20_000), output()).toBe(true);
  });

  it('stops the local Neo4j it started too', async () => {
    const instance = `signals-${process.pid}`;
    const boltPort = await freePort();
    try {
      const { child, url, output } = await npmStart({ NEO4J_URI: '', LOCAL_NEO4J_INSTANCE: instance, LOCAL_NEO4J_PORT: String(boltPort), DATA_FOLDER: writeFixtureFolder({ companies: [{ id: 'solo', name: 'Solo' }] }) });
      expect(await portOpen(boltPort)).toBe(true);
      child.kill('SIGTERM');
      expect(await until(async () => !(await answers(url)) && !(await portOpen(boltPort)), 60_000), output()).toBe(true);
    } finally {
      rmSync(join(LOCAL_NEO4J_ROOT, instance), { recursive: true, force: true });
    }
  });
});
