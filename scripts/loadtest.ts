/**
 * `npm run loadtest [-- --duration 30 --connections 32 --warm 60 --cache both|on|off]`:
 * drives a mix of the explorer's heaviest questions (candidates, overlap,
 * ecosystem, company search) at a server of its own on a free loopback port,
 * against the demo database (loaded from data/demo when empty; NEO4J_URI points
 * it elsewhere), and prints errors, latency percentiles, throughput and the
 * server's memory over the run. By default it runs the mix twice, on two
 * servers: with the response cache off (every answer computed), then on, where
 * `--warm` seconds of the same mix come first (their figures printed apart) so
 * the measured run finds the cache warm. Exits 1 when any request failed.
 * Traffic goes to 127.0.0.1 only, for at most `--warm` + 2 × `--duration`
 * seconds and `--max-requests` requests a run.
 *
 * The server runs in a child process so its memory is measured alone, without
 * the load generator's. Its rate limit is off: the point is what the engine
 * sustains, and one key would otherwise be held to 240 expensive requests a minute.
 */
import { readConfig } from '../api/config.ts';
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createApp } from '../api/app.ts';
import { createDatabase } from '../api/db/database.ts';
import { importFolder } from '../api/import/import-folder.ts';
import { listen } from '../api/server.ts';
import { DEMO_INSTANCE, openDatabase } from './open-database.ts';
import { createRandom } from './ecosystem/random.ts';

/** What the server child reports to the load generator. */
type ServerMessage =
  | { type: 'listening'; url: string }
  | { type: 'memory'; at: number; rss: number; heapUsed: number }
  /** The live heap: measured right after a full garbage collection, every 5 s. */
  | { type: 'live'; at: number; heapUsed: number };

// The shapes the explorer sends (web/src/operations.ts), at its default sizes and settings.
const CANDIDATES = `query Candidates($focal: ID!) { candidates(focal: $focal, first: 50) {
  candidate { id name } score valueToFocal valueToCandidate synergy reach capabilityGain
  sharedCustomers conflictPenalty conflicts { kind severity } quadrant recommendedType { id name } } }`;
const OVERLAP = `query Overlap($a: ID!, $b: ID!) { overlap(a: $a, b: $b) {
  sharedCount jaccard shareOfA shareOfB matrix { stageA stageB count } sharedCustomers(first: 20) { id name } } }`;
const ECOSYSTEM = `query Ecosystem($focal: ID!) { ecosystem(focal: $focal, first: 25, linksAmongOthers: false) {
  focal { id name } nodes { id label kind score size conflictSeverity sharedCustomers } edges { id source target kind weight } } }`;
const SEARCH = `query Search($search: String) { companies(search: $search, first: 10) { id name domain customerCount } }`;

if (process.argv.includes('--serve')) await serve();
else await drive();

/** The child: the real app on a free loopback port, reporting its memory twice a second. */
async function serve(): Promise<void> {
  const db = createDatabase({
    uri: process.env.NEO4J_URI!,
    username: process.env.NEO4J_USERNAME,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE || undefined,
  });
  const cached = process.argv.includes('--cache-on');
  const server = await listen(
    createApp({ db, security: { rateLimit: { perMinute: 0, burst: 1 } }, responseCache: { enabled: cached } }),
    { host: '127.0.0.1', port: 0 },
  );
  const report = () => {
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ type: 'memory', at: Date.now(), rss, heapUsed } satisfies ServerMessage);
  };
  const collect = (globalThis as { gc?: () => void }).gc;
  const live = () => {
    collect?.();
    process.send?.({ type: 'live', at: Date.now(), heapUsed: process.memoryUsage().heapUsed } satisfies ServerMessage);
  };
  const sampler = setInterval(report, 500);
  const liveSampler = setInterval(live, 5_000);
  process.send?.({ type: 'listening', url: server.url } satisfies ServerMessage);
  report();
  process.on('message', async (message) => {
    if (message === 'live') return live();
    if (message !== 'stop') return;
    clearInterval(sampler);
    clearInterval(liveSampler);
    report();
    live();
    await server.close();
    await db.close();
    process.exit(0);
  });
}

async function drive(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '30' },
      connections: { type: 'string', default: '32' },
      'max-requests': { type: 'string', default: '500000' },
      warm: { type: 'string', default: '60' },
      cache: { type: 'string', default: 'both' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const maxRequests = Number(values['max-requests']);
  const warm = Number(values.warm);
  const modes =
    values.cache === 'both' ? [false, true] : values.cache === 'on' ? [true] : values.cache === 'off' ? [false] : [];
  if (
    ![duration, connections, maxRequests].every((n) => Number.isInteger(n) && n > 0) ||
    !Number.isInteger(warm) ||
    warm < 0 ||
    warm > 600 ||
    duration > 600 ||
    connections > 256 ||
    modes.length === 0
  ) {
    console.error(
      'Usage: npm run loadtest -- [--duration <1..600 s>] [--connections <1..256>] [--max-requests <n>] [--warm <0..600 s>] [--cache both|on|off]',
    );
    process.exit(2);
  }

  const { db, config, close } = await openDatabase(DEMO_INSTANCE, readConfig());
  let failed = false;
  try {
    const [state] = await db.read('database-is-empty');
    if (state?.empty) {
      console.log('The database is empty: loading data/demo…');
      await importFolder(db, resolve(import.meta.dirname, '../data/demo'));
    }
    const [summary] = await db.read('ecosystem-summary');
    const companies = (await db.read('companies-list', { first: 100 })).map((row) => row.company);
    if (companies.length < 2) throw new Error('The database needs at least two companies for a load test.');
    console.log(
      `Machine: ${cpus().length} cores, load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} before the runs.`,
    );
    for (const cached of modes) {
      const phases =
        cached && warm > 0
          ? [
              { label: `cache on, warming (first ${warm} s)`, seconds: warm },
              { label: 'cache on, warm', seconds: duration },
            ]
          : [{ label: cached ? 'cache on' : 'cache off', seconds: duration }];
      const ok = await runServer({
        cached,
        phases,
        connections,
        maxRequests,
        config,
        companies,
        dataset: `${summary?.name ?? 'dataset'}: ${summary?.companies} companies, ${summary?.customers} customers`,
      });
      failed ||= !ok;
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    await close();
  }
}

interface ServerRun {
  cached: boolean;
  phases: { label: string; seconds: number }[];
  connections: number;
  maxRequests: number;
  config: { uri: string; username?: string; password?: string };
  companies: { id: string; name: string }[];
  dataset: string;
}

/** One server (cache on or off) in its child process, and the mix driven at it phase after phase; true when no request failed. */
async function runServer(run: ServerRun): Promise<boolean> {
  const { companies, connections, maxRequests, config } = run;
  let child: ChildProcess | undefined;
  try {
    child = fork(import.meta.filename, ['--serve', ...(run.cached ? ['--cache-on'] : [])], {
      // --expose-gc: the live heap is measured after a full collection, so garbage does not pass for a leak.
      execArgv: [...process.execArgv, '--expose-gc'],
      env: {
        ...process.env,
        NEO4J_URI: config.uri,
        NEO4J_USERNAME: config.username ?? 'neo4j',
        NEO4J_PASSWORD: config.password ?? '',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const memory: { at: number; rss: number; heapUsed: number }[] = [];
    const liveHeap: { at: number; heapUsed: number }[] = [];
    const url = await new Promise<string>((resolveUrl, reject) => {
      child!.on('message', (message: ServerMessage) => {
        if (message.type === 'listening') resolveUrl(message.url);
        else if (message.type === 'live') liveHeap.push(message);
        else memory.push(message);
      });
      child!.once('exit', (code) => reject(new Error(`The server exited early (code ${code}).`)));
    });

    // The same seed for both servers: the same questions in the same order.
    const next = createRandom(42, 'loadtest').next;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const graphql = (query: string, variables: () => Record<string, unknown>): autocannon.Request => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: variables() }) }),
    });
    const mix = [
      graphql(CANDIDATES, () => ({ focal: pick(companies).id })),
      graphql(OVERLAP, () => ({ a: pick(companies).id, b: pick(companies).id })),
      graphql(ECOSYSTEM, () => ({ focal: pick(companies).id })),
      graphql(SEARCH, () => ({ search: pick(companies).name.slice(0, 2 + Math.floor(next() * 4)) })),
    ];

    // Warm-up: the JIT and Neo4j's query plans, so the figures describe the steady state.
    for (let round = 0; round < 5; round += 1) {
      for (const request of mix) {
        const prepared = request.setupRequest
          ? (request.setupRequest as (r: autocannon.Request, c: object) => autocannon.Request)(request, {})
          : request;
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: prepared.body as string,
        });
      }
    }
    let ok = true;
    for (const phase of run.phases) {
      const baseline = memory.at(-1);
      const liveBefore = liveHeap.length;
      child.send('live');
      console.log(
        `\nLoad test (${phase.label}): ${connections} connections for ${phase.seconds}s against ${url} (${run.dataset})…`,
      );
      const latencies: number[] = [];
      const failures = new Map<string, number>();
      let hits = 0;
      const countFailure = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
      for (const request of mix) {
        request.onResponse = (status, body, _context, headers) => {
          if (status !== 200) countFailure(`HTTP ${status}`);
          else if (body.includes('"errors"'))
            countFailure(
              `GraphQL error: ${/"code":"(\w+)"/.exec(body)?.[1] ?? /"message":"([^"]{0,80})/.exec(body)?.[1] ?? 'unknown'}`,
            );
          if (headers?.['x-cache'] === 'hit') hits += 1;
        };
      }
      const startedAt = Date.now();
      const loadBefore = loadavg()[0]!;
      const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
        // autocannon's own `amount` would override `duration`: the count bound is kept here instead.
        const cannon = autocannon(
          { url, connections, duration: phase.seconds, requests: mix, timeout: 30 },
          (error, done) => (error ? reject(error) : resolveRun(done)),
        );
        cannon.on('response', (_client, _status, _bytes, responseTime) => {
          latencies.push(responseTime);
          if (latencies.length === maxRequests) cannon.stop();
        });
        cannon.on('reqError', (error: Error) => countFailure(`request error: ${error.message}`));
      });
      const seconds = (Date.now() - startedAt) / 1000;
      const during = memory.filter((sample) => sample.at >= startedAt);
      const liveDuring = liveHeap.slice(liveBefore);

      latencies.sort((a, b) => a - b);
      const percentile = (q: number) =>
        Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
      const errors = [...failures.values()].reduce((sum, n) => sum + n, 0) + result.timeouts;
      const mb = (bytes: number | undefined) => `${((bytes ?? 0) / 1024 / 1024).toFixed(0)} MB`;
      const firstTenth = during.slice(0, Math.max(1, Math.floor(during.length / 10)));
      const lastTenth = during.slice(-Math.max(1, Math.floor(during.length / 10)));
      const average = (samples: typeof during, key: 'rss' | 'heapUsed') =>
        samples.reduce((sum, sample) => sum + sample[key], 0) / Math.max(1, samples.length);
      console.log(`requests      ${latencies.length.toLocaleString('en-US')} in ${seconds.toFixed(1)} s (candidates, overlap, ecosystem, companies: a quarter each)${run.cached ? `; ${((hits / Math.max(1, latencies.length)) * 100).toFixed(0)}% answered from the cache` : ''}
errors        ${errors === 0 ? '0' : `${errors}: ${[...failures].map(([what, n]) => `${what} ×${n}`).join(', ')}${result.timeouts ? `, timeouts ×${result.timeouts}` : ''}`}
latency       p50 ${percentile(0.5)} ms · p95 ${percentile(0.95)} ms · p99 ${percentile(0.99)} ms · max ${Math.round(latencies.at(-1) ?? 0)} ms
throughput    ${(latencies.length / seconds).toFixed(1)} requests/s (${(result.throughput.average / 1024).toFixed(0)} kB/s)
machine       load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} (1 min)
server RSS    before ${mb(baseline?.rss)} · first tenth of the run ${mb(average(firstTenth, 'rss'))} · last tenth ${mb(average(lastTenth, 'rss'))} · peak ${mb(Math.max(...during.map((sample) => sample.rss)))}
live heap     ${liveDuring.map((sample) => mb(sample.heapUsed).replace(' MB', '')).join(' → ')} MB (after a full GC: at the start, every 5 s)`);
      ok &&= errors === 0;
    }
    child.send('stop');
    await new Promise((resolveExit) => child!.once('exit', resolveExit));
    return ok;
  } finally {
    if (child && child.exitCode === null) child.kill('SIGTERM');
  }
}
