/**
 * `npm start`, and every other script that starts Neo4j or a server, stops
 * everything it started when the npm process is told to stop: SIGTERM and
 * SIGINT (which npm forwards) and SIGHUP (which kills npm without forwarding:
 * the script notices its parent is gone). Service managers, IDEs and
 * terminals signal the process they started, not ours.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import { freePort } from '../../scripts/free-port.ts';
import { LOCAL_NEO4J_ROOT } from '../../scripts/neo4j/local-neo4j.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, writeRawFolder } from '../support/fixture-folder.ts';
import { commandLine, descendantsOf, isRunning } from '../support/process-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Settings of ours a script must not inherit from the test run's environment. */
const OURS = [
  'NEO4J_URI',
  'NEO4J_USERNAME',
  'NEO4J_PASSWORD',
  'API_KEYS',
  'EXPLORER_KEY',
  'HOST',
  'PORT',
  'DATA_FOLDER',
  'LOCAL_NEO4J_INSTANCE',
  'LOCAL_NEO4J_PORT',
];

interface NpmRun {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the pattern's first group (or the match) once the script prints it; rejects if it exits first. */
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<string>;
}

/** Runs `npm run <script> -- <args>` as a user would, collecting what it prints. */
function npmRun(script: string, args: string[], env: Record<string, string>): NpmRun {
  const inherited = { ...process.env };
  for (const name of OURS) delete inherited[name];
  const npmArgs = script === 'start' ? ['start'] : ['run', script, ...(args.length > 0 ? ['--', ...args] : [])];
  const child = spawn('npm', npmArgs, {
    cwd: ROOT,
    env: { ...inherited, SKIP_WEB_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<string>((resolveMatch, reject) => {
      const end = Date.now() + timeoutMs;
      const timer = setInterval(() => {
        const match = pattern.exec(output);
        if (match) {
          clearInterval(timer);
          resolveMatch(match[1] ?? match[0]);
        } else if (child.exitCode !== null || Date.now() > end) {
          clearInterval(timer);
          reject(
            new Error(
              `npm run ${script} ${child.exitCode !== null ? 'exited' : 'took too long'} before ${pattern}:\n${output}`,
            ),
          );
        }
      }, 200);
    });
  return { child, output: () => output, waitFor };
}

/** Runs `npm start` and resolves with its URL once it listens. */
async function npmStart(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const run = npmRun('start', [], { PORT: '0', ...env });
  return { child: run.child, url: await run.waitFor(/explorer (http:\/\/[^/\s]+)\//, 180_000), output: run.output };
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
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('stops the server on %s', { timeout: 180_000 }, async (signal) => {
    await useTestDatabase();
    const external = {
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jUsername'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
    };
    const { child, url, output } = await npmStart(external);
    expect(await answers(url)).toBe(true);
    child.kill(signal);
    expect(await until(async () => !(await answers(url)), 20_000), output()).toBe(true);
  });

  it('stops the local Neo4j it started too', { timeout: 180_000 }, async () => {
    const instance = `signals-${process.pid}`;
    const boltPort = await freePort();
    try {
      const { child, url, output } = await npmStart({
        NEO4J_URI: '',
        LOCAL_NEO4J_INSTANCE: instance,
        LOCAL_NEO4J_PORT: String(boltPort),
        DATA_FOLDER: writeFixtureFolder({ companies: [{ id: 'solo', name: 'Solo' }] }),
      });
      expect(await portOpen(boltPort)).toBe(true);
      child.kill('SIGTERM');
      expect(await until(async () => !(await answers(url)) && !(await portOpen(boltPort)), 60_000), output()).toBe(
        true,
      );
    } finally {
      rmSync(join(LOCAL_NEO4J_ROOT, instance), { recursive: true, force: true });
    }
  });
});

/** How long a script may take to get to work: minutes when other work loads the machine (several Neo4j start at once here). */
const READY_MS = 300_000;
const CASE_MS = READY_MS + 120_000;

/**
 * Each script that starts Neo4j or a server, signalled while it works, as a
 * service manager or an IDE would: the npm process, and only it. Every process
 * the script had started must end (each was seen running just before the
 * signal), and so must its ports. Scripts starting a local Neo4j get a store and
 * a port of their own (never the demo's); the others use the test Neo4j.
 * Concurrent, so the Neo4j start-ups overlap: a few minutes in all.
 *
 * Not here: `npm run bench` and `npm run evaluate`, whose stores are always
 * .neo4j/bench and .neo4j/evaluate: one run here would empty (or, for evaluate,
 * attach to and import into) the store of a bench or an evaluation someone runs
 * meanwhile. They run through scripts/run.mjs like the others, and its rules
 * are checked below on small entries of their own.
 */
describe.concurrent('every script that starts Neo4j or a server, on a signal to its npm process', () => {
  const p = uniquePrefix();
  let external: Record<string, string>;
  /** Big enough that its import outlasts any test here (200,000 account rows): the script is at work when signalled. */
  let bigFolder: string;
  const local = async (name: string) => {
    const instance = `signals-${process.pid}-${name}`;
    instances.push(instance);
    const boltPort = await portOfOurs();
    return {
      boltPort,
      env: {
        NEO4J_URI: '',
        LOCAL_NEO4J_INSTANCE: instance,
        LOCAL_NEO4J_PORT: String(boltPort),
        LOCAL_NEO4J_HEAP: '1g',
        LOCAL_NEO4J_PAGECACHE: '128m',
      },
    };
  };
  const instances: string[] = [];

  beforeAll(async () => {
    const db = await useTestDatabase();
    // Not empty, so start and the load test load nothing into the shared test database.
    const companies = ['a', 'b', 'c'].map((name) => ({ id: `${p}${name}`, name: `Signals ${name}` }));
    expect((await importFolder(db, writeFixtureFolder({ companies }))).problems).toEqual([]);
    external = {
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jUsername'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
    };
    bigFolder = await writeBigFolder();
  });
  afterAll(() => {
    for (const instance of instances) rmSync(join(LOCAL_NEO4J_ROOT, instance), { recursive: true, force: true });
    rmSync(bigFolder, { recursive: true, force: true });
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'npm run neo4j stops its Neo4j on %s',
    { timeout: CASE_MS },
    async (signal) => {
      const { boltPort, env } = await local(`neo4j-${signal}`);
      const run = npmRun('neo4j', [], env);
      await run.waitFor(/Local Neo4j ready/, READY_MS);
      await expectAllStopped(run, signal, [boltPort]);
    },
  );

  it.each(['SIGTERM', 'SIGHUP'] as const)(
    'npm run import stops the import and its Neo4j on %s',
    { timeout: CASE_MS },
    async (signal) => {
      const { boltPort, env } = await local(`import-${signal}`);
      const run = npmRun('import', [bigFolder], env);
      await until(() => portOpen(boltPort), READY_MS);
      await expectAllStopped(run, signal, [boltPort]);
    },
  );

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'npm run start:fedramp stops its server on %s',
    { timeout: CASE_MS },
    async (signal) => {
      const run = npmRun('start:fedramp', [], { ...external, PORT: '0' });
      const url = await run.waitFor(/explorer (http:\/\/[^/\s]+)\//, READY_MS);
      await expectAllStopped(run, signal, [Number(new URL(url).port)]);
    },
  );

  it(
    'npm run start:fedramp stops its Neo4j on SIGTERM while loading FedRAMP into it',
    { timeout: CASE_MS },
    async () => {
      const { boltPort, env } = await local('fedramp');
      const run = npmRun('start:fedramp', [], { ...env, PORT: '0' });
      await run.waitFor(/The database is empty: loading/, READY_MS);
      await expectAllStopped(run, 'SIGTERM', [boltPort]);
    },
  );

  it.each(['SIGTERM', 'SIGHUP'] as const)(
    'npm run loadtest stops its server child on %s',
    { timeout: CASE_MS },
    async (signal) => {
      const run = npmRun('loadtest', ['--duration', '120', '--connections', '2'], external);
      const port = await run.waitFor(/against http:\/\/127\.0\.0\.1:(\d+)/, READY_MS);
      await expectAllStopped(run, signal, [Number(port)]);
    },
  );

  it("npm run dev stops Vite's dev server on SIGTERM", { timeout: CASE_MS }, async () => {
    const port = await portOfOurs();
    const run = npmRun('dev', ['--port', String(port), '--strictPort'], {});
    await until(() => portOpen(port), READY_MS);
    await expectAllStopped(run, 'SIGTERM', [port]);
  });

  it('npm run test:scale stops vitest, its Neo4j and its importer on SIGTERM', { timeout: CASE_MS }, async () => {
    const run = npmRun('test:scale', [], { NEO4J_URI: '', SCALE_ACCOUNTS: '200000' });
    let jvm: string[] = [];
    await until(async () => {
      jvm =
        descendantsOf(run.child.pid!)
          .map(commandLine)
          .find((args) => args.some((arg) => arg.endsWith('LocalNeo4j.java'))) ?? [];
      return (
        jvm.length > 0 && (await portOpen(Number(jvm[jvm.findIndex((arg) => arg.endsWith('LocalNeo4j.java')) + 2])))
      );
    }, READY_MS);
    const launcher = jvm.findIndex((arg) => arg.endsWith('LocalNeo4j.java'));
    expect(launcher, run.output()).toBeGreaterThan(-1);
    try {
      await expectAllStopped(run, 'SIGTERM', [Number(jvm[launcher + 2])]);
    } finally {
      // Its afterAll, which removes the store, never ran.
      rmSync(jvm[launcher + 1]!, { recursive: true, force: true });
    }
  });
});

let nextPort = 20_000 + (process.pid % 1_000) * 10;
/**
 * A free port for a local Neo4j, below Linux's ephemeral range (32768–60999),
 * where the servers these tests start on any free port (PORT=0) never land. A
 * port from freePort() is only free when asked: under concurrent tests, a
 * server took one before the Neo4j it was meant for bound it.
 */
async function portOfOurs(): Promise<number> {
  for (;;) {
    const port = nextPort++;
    const free = await new Promise<boolean>((resolveFree) => {
      const server = createServer();
      server.once('error', () => resolveFree(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
    });
    if (free) return port;
  }
}

/**
 * Signals the npm process and expects every process below it, and each port,
 * to be gone: Neo4j and run.mjs give their children 30 s before SIGKILL. Ports
 * are polled with the processes: a process whose main thread has ended shows
 * as a zombie for a moment before its other threads, and its sockets, are gone.
 */
async function expectAllStopped(run: NpmRun, signal: NodeJS.Signals, ports: number[]): Promise<void> {
  for (const port of ports) expect(await portOpen(port), `port ${port} before ${signal}:\n${run.output()}`).toBe(true);
  const processes = [run.child.pid!, ...descendantsOf(run.child.pid!)];
  run.child.kill(signal);
  const openPorts = async () =>
    (await Promise.all(ports.map(async (port) => ((await portOpen(port)) ? [port] : [])))).flat();
  const stopped = await until(async () => !processes.some(isRunning) && (await openPorts()).length === 0, 90_000);
  const left = processes.filter(isRunning).map((pid) => `${pid} ${commandLine(pid).join(' ').slice(0, 120)}`);
  expect(
    stopped,
    `after ${signal}, still running:\n${left.join('\n')}\nports still open: ${(await openPorts()).join(', ')}\n${run.output()}`,
  ).toBe(true);
}

/** 2,000 companies, 20,000 customers and 200,000 accounts, written as a stream. */
async function writeBigFolder(): Promise<string> {
  const folder = writeRawFolder({});
  const write = async (file: string, header: string, rows: number, row: (i: number) => string) => {
    const out = createWriteStream(join(folder, file));
    out.write(`${header}\n`);
    for (let i = 0; i < rows; i += 1) if (!out.write(`${row(i)}\n`)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  };
  await write('companies.csv', 'id,name,employees', 2_000, (i) => `sig-co${i},Company ${i},${10 + (i % 500)}`);
  await write('customers.csv', 'id,name,industry,region', 20_000, (i) => `sig-cu${i},Customer ${i},Retail,EMEA`);
  await write(
    'accounts.csv',
    'company_id,customer_id,stage',
    200_000,
    (i) => `sig-co${(Math.floor(i / 10) * 7919 + (i % 10) * 200) % 2_000},sig-cu${Math.floor(i / 10)},customer`,
  );
  return folder;
}

/**
 * The rules of scripts/run.mjs, which every script above runs, on small
 * entries that each start one child process (a Node that idles), as a script
 * starts Neo4j or a server: fast, and each rule apart.
 */
describe('scripts/run.mjs', () => {
  const CHILD = `const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log('child ' + child.pid);`;
  const entries = {
    /** Handles no signal (the import, the load test, evaluate). */
    'plain.mjs': `${CHILD} setInterval(() => {}, 1000);`,
    /** Logs a SIGINT and ends once its child has, counting on Ctrl-C reaching the child too (bench/run.ts). */
    'waits-for-child.mjs': `${CHILD} process.on('SIGINT', () => console.log('interrupted')); child.on('exit', () => process.exit(3));`,
    /** Stops its child itself on SIGTERM, in its own time (start.ts drains requests first). */
    'stops-itself.mjs': `${CHILD} process.on('SIGTERM', () => { console.log('child untouched: ' + (child.exitCode === null && child.signalCode === null)); setTimeout(() => { child.kill(); child.on('exit', () => process.exit(0)); }, 500); });`,
    /** Exits, leaving its child running. */
    'exits.mjs': `${CHILD} setTimeout(() => process.exit(0), 300);`,
  };
  let folder: string;
  beforeAll(() => {
    folder = writeRawFolder(
      Object.fromEntries(
        Object.entries(entries).map(([name, body]) => [name, `import { spawn } from 'node:child_process';\n${body}\n`]),
      ),
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs an entry through run.mjs (under `sh -c '…; :'` with `shell`, so the shell stays its parent) and resolves once it names its child. */
  async function runEntry(name: keyof typeof entries, { shell = false } = {}) {
    const command = [process.execPath, 'scripts/run.mjs', join(folder, name)];
    const child = shell
      ? spawn('sh', ['-c', `${command.join(' ')}; :`], { cwd: ROOT })
      : spawn(command[0]!, command.slice(1), { cwd: ROOT });
    started.push(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    expect(await until(async () => /child \d+/.test(output), 20_000), output).toBe(true);
    return { child, exited, grandchild: Number(/child (\d+)/.exec(output)![1]), output: () => output };
  }

  it('passes a signal the entry does not handle to the processes below it, waits for them, and exits as the signal would', async () => {
    const run = await runEntry('plain.mjs');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    expect(isRunning(run.grandchild)).toBe(false);
  });

  it('passes a SIGINT on to the processes below even when the entry handles it, as Ctrl-C in a terminal does', async () => {
    const run = await runEntry('waits-for-child.mjs');
    run.child.kill('SIGINT');
    expect(await run.exited, run.output()).toBe(3);
    expect(run.output()).toContain('interrupted');
  });

  it('leaves a SIGTERM the entry handles to the entry', async () => {
    const run = await runEntry('stops-itself.mjs');
    run.child.kill('SIGTERM');
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toContain('child untouched: true');
    expect(isRunning(run.grandchild)).toBe(false);
  });

  it('stops everything below it when its parent is gone without passing a signal on (npm dying of SIGHUP)', async () => {
    const run = await runEntry('plain.mjs', { shell: true });
    const below = descendantsOf(run.child.pid!);
    run.child.kill('SIGKILL');
    expect(
      await until(async () => !below.some(isRunning), 20_000),
      below.map((pid) => commandLine(pid).join(' ')).join('\n'),
    ).toBe(true);
  });

  it('ends what is still running below it when the entry exits', async () => {
    const run = await runEntry('exits.mjs');
    expect(await run.exited).toBe(0);
    expect(await until(async () => !isRunning(run.grandchild), 5_000)).toBe(true);
  });
});
