import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { forEachLine, resolveNeo4jClasspath } from './classpath.ts';

const here = dirname(fileURLToPath(import.meta.url));
const LAUNCHER_SOURCE = join(here, 'LocalNeo4j.java');
/** Where the project keeps its Neo4j stores, the classpath cache and logs (git-ignored). */
export const LOCAL_NEO4J_ROOT = resolve(here, '../../.neo4j');
const READY_MARKER = 'LOCAL_NEO4J_READY';

export interface LocalNeo4jOptions {
  /** Name of the store folder under `.neo4j/`: `demo` for `npm start`, `test` for `npm test`. */
  instance: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** JVM heap, e.g. `2g`. Default: `LOCAL_NEO4J_HEAP` or `3g`. */
  heap?: string;
  /** Neo4j page cache, e.g. `1g`. Default: `LOCAL_NEO4J_PAGECACHE` or `1g`. */
  pageCache?: string;
  /** Longest a transaction may run before Neo4j aborts it. Default `120s`. */
  transactionTimeout?: string;
  /** Start from an empty store (tests). Ignored when attaching to a running instance. Default false. */
  fresh?: boolean;
  /** Receives progress lines (downloads, start-up). Default: stderr. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  /** `bolt://127.0.0.1:<port>` */
  uri: string;
  /** True when another process of ours already ran this instance and we only connected to it. */
  attached: boolean;
  /** Stops the JVM and waits until it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts Neo4j Community from Maven Central's jars on Java 17 and resolves once
 * it answers Bolt. When the instance is already running for another of our
 * processes (`npm start` while `npm run import` runs), it connects to that one
 * and leaves it running; a JVM that holds the store but does not answer is
 * left over from a crash and is stopped first.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const home = join(LOCAL_NEO4J_ROOT, options.instance);
  mkdirSync(home, { recursive: true });
  const classpath = await resolveNeo4jClasspath(LOCAL_NEO4J_ROOT, log);
  const running = await findRunningInstance(home);
  if (running) {
    log(`Using the local Neo4j (${options.instance}) already running at ${running.uri}.`);
    return { uri: running.uri, attached: true, stop: async () => {} };
  }
  await stopStaleProcess(home, log);
  if (options.fresh) rmSync(join(home, 'data'), { recursive: true, force: true });

  log(`Starting the local Neo4j (${options.instance}) on bolt://127.0.0.1:${options.boltPort}…`);
  const child = spawnJvm(classpath, home, options);
  writeFileSync(pidFile(home), JSON.stringify({ pid: child.pid, port: options.boltPort }));
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const stop = once(() => stopJvm(child, home));
  try {
    await waitForReadyLine(child, home);
    await waitForBolt(uri);
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri, attached: false, stop };
}

function spawnJvm(classpath: string, home: string, options: LocalNeo4jOptions): ChildProcess {
  const heap = options.heap ?? process.env.LOCAL_NEO4J_HEAP ?? '3g';
  const pageCache = options.pageCache ?? process.env.LOCAL_NEO4J_PAGECACHE ?? '1g';
  const args = [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-cp',
    classpath,
    LAUNCHER_SOURCE,
    home,
    String(options.boltPort),
    pageCache,
    options.transactionTimeout ?? '120s',
  ];
  // stdin stays open as a lifeline: the JVM exits when it closes, even if we are killed.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const logFile = createWriteStream(join(home, 'neo4j-console.log'), { flags: 'w' });
  child.stdout?.pipe(logFile);
  child.stderr?.pipe(logFile);
  return child;
}

function waitForReadyLine(child: ChildProcess, home: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let ready = false;
    forEachLine(child.stdout!, (line) => {
      if (!ready && line.startsWith(READY_MARKER)) {
        ready = true;
        resolvePromise();
      }
    });
    child.on('error', (error) =>
      reject(new Error(`Could not run java (${error.message}); the local Neo4j needs Java 17, or set NEO4J_URI.`)),
    );
    child.on('exit', (code) => {
      if (ready) return;
      const logPath = join(home, 'neo4j-console.log');
      const tail = existsSync(logPath) ? readFileSync(logPath, 'utf8').split('\n').slice(-25).join('\n') : '';
      reject(new Error(`The local Neo4j exited during start-up (code ${code}). Last lines of ${logPath}:\n${tail}`));
    });
  });
}

/** The ready line comes before the Bolt server accepts sessions; wait for a real answer. */
async function waitForBolt(uri: string, timeoutMs = 60_000): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`The local Neo4j at ${uri} did not answer: ${String(error)}`);
        await sleep(250);
      }
    }
  } finally {
    await driver.close();
  }
}

async function stopJvm(child: ChildProcess, home: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
    child.stdin?.end();
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
  }
  rmSync(pidFile(home), { force: true });
}

interface PidRecord {
  pid: number;
  port: number;
}

function readPidRecord(home: string): PidRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(pidFile(home), 'utf8')) as Partial<PidRecord>;
    return Number.isInteger(record.pid) && Number.isInteger(record.port) ? (record as PidRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** An instance started by another of our processes that answers Bolt. */
async function findRunningInstance(home: string): Promise<{ uri: string } | undefined> {
  const record = readPidRecord(home);
  if (!record || !isOurJvm(record.pid)) return undefined;
  const uri = `bolt://127.0.0.1:${record.port}`;
  try {
    await waitForBolt(uri, 5_000);
    return { uri };
  } catch {
    return undefined;
  }
}

/** A crash of an earlier run can leave its JVM holding the store lock: stop it. */
async function stopStaleProcess(home: string, log: (line: string) => void): Promise<void> {
  const record = readPidRecord(home);
  rmSync(pidFile(home), { force: true });
  if (!record || !isOurJvm(record.pid)) return;
  const { pid } = record;
  log(`Stopping a local Neo4j left running by an earlier run (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isOurJvm(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('LocalNeo4j.java');
  } catch {
    return false;
  }
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function pidFile(home: string): string {
  return join(home, 'local-neo4j.json');
}

function once(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= action());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
