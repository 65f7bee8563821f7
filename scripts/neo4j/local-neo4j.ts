import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** Longest a transaction may run before Neo4j aborts it. Default: `LOCAL_NEO4J_TX_TIMEOUT` or `120s`. */
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
    log(`Using the local Neo4j (${options.instance}) already running at ${running.uri} (process ${running.pid}).`);
    return { uri: running.uri, attached: true, stop: async () => {} };
  }
  await stopStaleProcesses(home, log);
  if (options.fresh) rmSync(join(home, 'data'), { recursive: true, force: true });

  log(`Starting the local Neo4j (${options.instance}) on bolt://127.0.0.1:${options.boltPort}…`);
  const child = spawnJvm(classpath, home, options);
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const stop = once(() => stopJvm(child, home));
  try {
    await waitForReadyLine(child, home);
    // Written once it runs: a JVM that fails to open the store (another holds it) must not replace the holder's record.
    writeFileSync(pidFile(home), JSON.stringify({ pid: child.pid, port: options.boltPort }));
    await waitForBolt(uri);
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri, attached: false, stop };
}

/**
 * Restarts the instance under whoever uses it: the JVM running it (found by
 * its command line, whichever process started it) is asked to stop, and a new
 * one is started, owned by the caller. An `npm start` using the old one
 * answers DATABASE_UNAVAILABLE meanwhile and resumes by itself; when it ends,
 * it leaves the new one alone.
 */
export async function restartLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const home = join(LOCAL_NEO4J_ROOT, options.instance);
  for (const jvm of findInstanceJvms(home)) {
    log(`Stopping the local Neo4j (${options.instance}) at bolt://127.0.0.1:${jvm.port} (process ${jvm.pid})…`);
    await stopProcess(jvm.pid);
  }
  return startLocalNeo4j(options);
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
    options.transactionTimeout ?? process.env.LOCAL_NEO4J_TX_TIMEOUT ?? '120s',
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
      const text = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
      reject(new Error(explainStartFailure(text, home, code, logPath)));
    });
  });
}

/**
 * Why the JVM ended during start-up, in words. The usual cause is another
 * process holding the store (a Neo4j started some other way, or reached
 * through another path): Neo4j says so in a Java stack trace, which helps no one.
 */
function explainStartFailure(consoleLog: string, home: string, code: number | null, logPath: string): string {
  if (/FileLockException|StoreLockException|locked by another process/.test(consoleLog)) {
    const holders = findInstanceJvms(home).map((jvm) => `process ${jvm.pid}, Bolt port ${jvm.port}`);
    return (
      `The local Neo4j store ${home} is in use by another process${holders.length > 0 ? ` (${holders.join('; ')})` : ''}, so a second Neo4j cannot open it. ` +
      'Stop the other one (the npm start or npm run neo4j that runs it, or `npm run neo4j -- --restart` to take it over), ' +
      'or give this one its own store with LOCAL_NEO4J_INSTANCE. Details: ' +
      logPath
    );
  }
  const tail = consoleLog.split('\n').slice(-25).join('\n');
  return `The local Neo4j exited during start-up (code ${code}). Last lines of ${logPath}:\n${tail}`;
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
  // Only our own record: after a restart the file describes another process's JVM.
  if (readPidRecord(home)?.pid === child.pid) rmSync(pidFile(home), { force: true });
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

/** An instance started by another of our processes that answers Bolt, found by its JVM's command line (the pid file may be gone). */
async function findRunningInstance(home: string): Promise<{ uri: string; pid: number } | undefined> {
  for (const jvm of findInstanceJvms(home)) {
    const uri = `bolt://127.0.0.1:${jvm.port}`;
    try {
      await waitForBolt(uri, 5_000);
      if (readPidRecord(home)?.pid !== jvm.pid) writeFileSync(pidFile(home), JSON.stringify(jvm));
      return { uri, pid: jvm.pid };
    } catch {
      // Holding the store without answering: stopped below, as left over from a crash.
    }
  }
  return undefined;
}

/** A crash of an earlier run can leave its JVM holding the store lock: stop it. */
async function stopStaleProcesses(home: string, log: (line: string) => void): Promise<void> {
  for (const { pid } of findInstanceJvms(home)) {
    log(`Stopping a local Neo4j left running by an earlier run (pid ${pid})…`);
    await stopProcess(pid);
  }
  // A record of a process that has ended is a crash's; one of a live process is not ours to remove.
  const record = readPidRecord(home);
  if (record && !isAlive(record.pid)) rmSync(pidFile(home), { force: true });
}

async function stopProcess(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/**
 * Our launcher JVMs running this store, from their command lines
 * (`java … LocalNeo4j.java <home> <port> …`): the truth, where a pid file
 * is only a note that another process may have removed or overwritten.
 */
export function findInstanceJvms(home: string): PidRecord[] {
  const found: PidRecord[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    // Not Linux: the pid file is all there is.
    const record = readPidRecord(home);
    return record && isAlive(record.pid) ? [record] : [];
  }
  for (const entry of entries) {
    const args = commandLine(Number(entry));
    const launcher = args.findIndex((arg) => arg.endsWith('LocalNeo4j.java'));
    if (launcher !== -1 && args[launcher + 1] === home)
      found.push({ pid: Number(entry), port: Number(args[launcher + 2]) });
  }
  return found;
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
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
