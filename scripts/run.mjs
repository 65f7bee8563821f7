// `node scripts/run.mjs <entry> [args…]`: what `npm start` and every other
// script that starts Neo4j or a server runs (package.json, each with `exec`,
// so this is the npm process's own child, with no shell in between to swallow
// signals). Installs the npm packages when they are missing (a fresh clone),
// then runs the entry in this very process (a TypeScript one through tsx's
// loader, registered here), so the signals npm forwards (SIGINT, SIGTERM)
// reach the code that stops the server and its Neo4j.
//
// And so that a signal to the npm process stops everything the script started,
// whichever script it is:
// - An entry that listens for the signal itself (scripts/start.ts,
//   scripts/neo4j.ts, vitest) stops in its own way. For one that does not,
//   this process does what a terminal's Ctrl-C does to its foreground group:
//   it passes the signal to every process below it (Neo4j's JVM, a server or
//   importer child, vitest's workers and theirs), waits until they are gone,
//   then exits. Without that, Node's default would end this process alone and
//   leave a child holding its port (the load test's server, say). A SIGINT
//   goes to every process below in any case, as Ctrl-C in a terminal does:
//   an IDE's stop button or `kill -INT` on the npm process reaches only npm.
// - npm dies of a SIGHUP without passing it on (a closed terminal, a service
//   manager). When the npm process is gone (or, for `exec npm test` inside
//   `npm run check`, the npm above it), this process is told SIGHUP as if npm
//   had passed it on; an entry that handles SIGHUP itself watches for its
//   parent going away too (start.ts, neo4j.ts), and is left to it.
// - Whenever this process exits, whatever is still running below it is sent
//   SIGTERM: nothing a script started outlives it (the JVM's own lifeline,
//   its closed standard input, covers only the JVM).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** How long the processes below get to stop on a signal before SIGKILL (Neo4j flushes its store meanwhile). */
const GRACE_MS = 30_000;
let stopping = false;

for (const signal of STOP_SIGNALS) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) return void stopEverything(signal);
    // The entry stops in its own way. A SIGINT is a Ctrl-C, which a terminal gives every process of its group:
    // so do we, for an entry that counts on it (bench/run.ts stops once its children have ended).
    if (signal === 'SIGINT') for (const pid of descendants()) signalProcess(pid, signal);
  });
}

const lineage = npmLineage();
const watchParent = setInterval(() => {
  if (lineage.every(([pid, ppid]) => parentOf(pid) === ppid)) return;
  clearInterval(watchParent);
  if (process.listenerCount('SIGHUP') === 1) return void stopEverything('SIGHUP');
  // The entry handles SIGHUP and notices its own parent going (start.ts, neo4j.ts), but not an npm further up.
  if (process.ppid === lineage[0][1]) process.kill(process.pid, 'SIGHUP');
}, 1_000);
watchParent.unref();

process.on('exit', () => {
  for (const pid of descendants()) signalProcess(pid, 'SIGTERM');
});

await import('./ensure-installed.mjs');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node scripts/run.mjs <script.ts|script.mjs> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...args];
if (/\.[cm]?tsx?$/.test(entry)) {
  const { register } = await import('tsx/esm/api');
  register();
  // A TypeScript child forked with our execArgv (the load test's server) needs the loader too, as under the tsx command.
  process.execArgv.push('--import', import.meta.resolve('tsx'));
}
await import(pathToFileURL(resolve(entry)).href);

/** Passes `signal` to every process below this one, waits until they have ended (SIGKILL after GRACE_MS), then exits as the signal would have. */
async function stopEverything(signal) {
  const code = 128 + constants.signals[signal];
  if (stopping) {
    // A second signal: at once.
    for (const pid of descendants()) signalProcess(pid, 'SIGKILL');
    process.exit(code);
  }
  stopping = true;
  // The whole tree at once, as a terminal signals its group: a child that ends first must not leave its own children behind.
  const below = descendants();
  for (const pid of below) signalProcess(pid, signal);
  const deadline = Date.now() + GRACE_MS;
  while (below.some(isRunning)) {
    if (Date.now() > deadline) {
      for (const pid of below.filter(isRunning)) signalProcess(pid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
  process.exit(code);
}

/**
 * [pid, parent pid] of this process, and of each npm above it whose parent is
 * an npm too (a script that runs `exec npm …`): when one of them is gone or has
 * a new parent, the npm process that was signalled has died.
 */
function npmLineage() {
  const links = [[process.pid, process.ppid]];
  for (let pid = process.ppid; isNpm(pid);) {
    const ppid = parentOf(pid);
    if (ppid === undefined || !isNpm(ppid)) break;
    links.push([pid, ppid]);
    pid = ppid;
  }
  return links;
}

/** The parent's pid; undefined when the process is gone (or, off Linux, for any process but this one). */
function parentOf(pid) {
  if (pid === process.pid) return process.ppid;
  const ppid = statField(pid, 1);
  return ppid === undefined ? undefined : Number(ppid);
}

/** npm names its processes by what they run (`npm run check`, `npm test`). */
function isNpm(pid) {
  try {
    return /^npm( |$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]);
  } catch {
    return false;
  }
}

/** Every process below this one, children first: from /proc on Linux, else from `ps`. */
function descendants() {
  const children = new Map();
  for (const [pid, ppid] of processTable()) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  const found = [];
  const queue = [process.pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** [pid, ppid] of every process this user can see. */
function processTable() {
  try {
    const table = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const ppid = statField(Number(entry), 1);
      if (ppid !== undefined) table.push([Number(entry), Number(ppid)]);
    }
    return table;
  } catch {
    try {
      return execFileSync('ps', ['-A', '-o', 'pid=', '-o', 'ppid='], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number));
    } catch {
      return []; // Neither: the JVM's lifeline still stops Neo4j when we exit.
    }
  }
}

/** Field `n` after the command name of /proc/<pid>/stat (0: state, 1: parent pid); undefined when the process is gone. */
function statField(pid, n) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[n];
  } catch {
    return undefined;
  }
}

/** True while the process runs: not gone, and not a zombie waiting for a parent to collect it. */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return statField(pid, 0) !== 'Z';
}

function signalProcess(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone meanwhile.
  }
}
