import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../api/db/database.ts';
import { migrate } from '../../api/db/migrate.ts';
import { writeLargeInstallBase, type InstallBaseTruth } from '../../scripts/ecosystem/exports/large-install-base.ts';
import {
  findInstanceJvms,
  LOCAL_NEO4J_ROOT,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../scripts/neo4j/local-neo4j.ts';
import { highWaterMiB, watchPeakMemory } from '../support/peak-memory.ts';
import { freePort, stopChild } from '../support/run-script.ts';
import { runTracedScript, type TracedScript } from '../support/traced-script.ts';

/**
 * `npm run test:scale`, the files strategists hold: an HG Insights install-base list of 1,000,000
 * rows (SCALE_INSTALL_BASE_ROWS to change it) — 100,000 accounts with ten vendors each over 40
 * vendors, a fifth of the rows without a domain — imported with --replace by `npm run import` into a
 * local Neo4j with the defaults a user gets. Unlike accounts.csv, these rows go through record
 * matching (api/matching/): pass 1 counts every organisation, pass 2 looks each row up again. Every
 * account must arrive as one customer, and every vendor with its own count (the truth the generator
 * wrote beside the list, scripts/ecosystem/exports/).
 *
 * Memory: the matcher keeps state per organisation, never per row. So the same 100,000 accounts are
 * also imported in 250,000 rows (two or three vendors each), which shows what rows cost (nothing,
 * when memory is flat), and a list of 10,000 rows of 1,000 accounts first, which shows what the
 * importer holds with next to no organisations: the rest is what organisations cost.
 * Peak RSS also counts garbage V8 has not collected yet, which grows with how fast the import
 * allocates; the heap left after each full collection (V8's --trace-gc) is what the importer holds,
 * and that is what must not grow with rows. It prints the figures README.md quotes.
 */
const ROWS = Number(process.env.SCALE_INSTALL_BASE_ROWS ?? 1_000_000);
const VENDORS = 40;
const INSTANCE = `scale-install-base-${process.pid}`;
/**
 * Rows cost nothing: 750,000 more rows of the same organisations may add at most this much to the
 * heap held after a full collection (about 90 bytes a row; the importer that held every row took
 * about 1,250).
 */
const ROWS_GROWTH_BOUND_MIB = 64;
/** What an organisation may cost the importer's held heap, kB (docs/matching.md measures the matcher at about 2.4). */
const ORGANISATION_BOUND_KB = 4;

interface Measured {
  rows: number;
  accounts: number;
  seconds: number;
  /** Until the first chunk of the list was staged: reading it for its organisations, matching them, staging them. */
  matchingSeconds: number;
  stagedRowsPerSecond: number;
  importerPeakMiB: number;
  /** The largest heap left after a full collection. */
  heldHeapMiB: number;
}

let neo4j: LocalNeo4j;
let db: Database;
let child: TracedScript | undefined;
const folders: string[] = [];
const measured: Measured[] = [];

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: await freePort(), fresh: true, log: () => {} });
  db = createDatabase({ uri: neo4j.uri });
  await migrate(db);
}, 300_000);

afterAll(async () => {
  if (child) await stopChild(child.process);
  await db?.close();
  await neo4j?.stop();
  rmSync(join(LOCAL_NEO4J_ROOT, INSTANCE), { recursive: true, force: true });
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Generates a list, imports it with --replace through `npm run import` in a child, checks every account and vendor, and measures. */
async function importList(rows: number, accounts: number): Promise<Measured> {
  const folder = mkdtempSync(join(tmpdir(), 'partnergraph-install-base-'));
  folders.push(folder);
  const truth = writeLargeInstallBase(folder, { seed: 1, accounts, rows, vendors: VENDORS });
  // Each list goes into an empty graph, as the accounts.csv figures do: the time is this list's, not the removal of the last one.
  await emptyGraph();
  const started = Date.now();
  let matchingSeconds = 0;
  child = runTracedScript('scripts/import.ts', [folder, '--replace'], { NEO4J_URI: neo4j.uri });
  child.process.stderr?.on('data', (chunk: Buffer) => {
    if (matchingSeconds === 0 && chunk.toString().includes(`${truth.file}:`))
      matchingSeconds = (Date.now() - started) / 1000;
  });
  const peak = watchPeakMemory(child.process.pid!);
  const code = await child.exited;
  const importerPeakMiB = peak.stop();
  const seconds = (Date.now() - started) / 1000;
  expect(code, child.output()).toBe(0);
  const rates = child
    .output()
    .split('\n')
    .filter((line) => line.includes(`${truth.file}:`) && line.includes('rows/s'))
    .map((line) => Number(/([\d,]+) rows\/s/.exec(line)![1]!.replace(/,/g, '')));
  await expectEveryAccount(truth);
  const result: Measured = {
    rows,
    accounts,
    seconds,
    matchingSeconds,
    stagedRowsPerSecond: rates.at(-1) ?? 0,
    importerPeakMiB,
    heldHeapMiB: child.liveHeapPeakMiB(),
  };
  console.log(
    `install base of ${rows.toLocaleString('en-US')} rows (${accounts.toLocaleString('en-US')} accounts, ${VENDORS} vendors, ${truth.rowsWithoutDomain.toLocaleString('en-US')} rows without a domain): ` +
      `${seconds.toFixed(0)} s in all, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s over the whole import, until its first rows were staged ${matchingSeconds > 0 ? `${matchingSeconds.toFixed(0)} s` : 'n/a (one chunk)'}, ` +
      `staged at ${result.stagedRowsPerSecond.toLocaleString('en-US')} rows/s; importer: peak RSS ${importerPeakMiB} MiB, heap held at most ${result.heldHeapMiB} MiB`,
  );
  return result;
}

/** Every account arrived as one customer, every vendor with all its accounts, and nothing staged or retired is left. */
async function expectEveryAccount(truth: InstallBaseTruth): Promise<void> {
  const [summary] = await db.read('ecosystem-summary');
  expect(summary).toMatchObject({ companies: VENDORS, customers: truth.accounts, accounts: truth.rows });
  const vendors = await db.write('test:vendors', (tx) =>
    tx.runText('MATCH (c:Company) RETURN c.name AS name, c.customerCount AS customers ORDER BY name'),
  );
  expect(vendors).toEqual(
    truth.vendors.map(({ name, customers }) => ({ name, customers })).sort((a, b) => a.name.localeCompare(b.name)),
  );
  const [leftovers] = await db.write('test:leftovers', (tx) =>
    tx.runText(
      `RETURN COUNT { MATCH (n) WHERE any(label IN labels(n) WHERE label STARTS WITH 'Staged' OR label STARTS WITH 'Retired' OR label = 'ImportLock') } AS n`,
    ),
  );
  expect(leftovers!.n).toBe(0);
}

/** Removes the customers and companies an earlier list left, a batch per transaction (outside the timed import). */
async function emptyGraph(): Promise<void> {
  for (;;) {
    const [row] = await db.write('test:empty', (tx) =>
      tx.runText(
        'MATCH (n) WHERE n:Customer OR n:Company WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
      ),
    );
    if (Number(row!.deleted) === 0) return;
  }
}

const signed = (value: number) => `${value >= 0 ? '+' : ''}${value}`;
const count = (value: number) => value.toLocaleString('en-US');

describe(`an install-base list of ${count(ROWS)} rows`, () => {
  it('imports 10,000 rows of 1,000 accounts, every account and vendor', { timeout: 300_000 }, async () => {
    measured.push(await importList(10_000, 1_000));
  });

  it(
    `imports ${count(ROWS / 4)} rows of ${count(ROWS / 10)} accounts, every account and vendor`,
    { timeout: 900_000 },
    async () => {
      measured.push(await importList(ROWS / 4, ROWS / 10));
    },
  );

  it(
    `imports ${count(ROWS)} rows of ${count(ROWS / 10)} accounts, every account and vendor, holding no more for four times the rows`,
    { timeout: 1_200_000 },
    async () => {
      // The two smaller lists went first (above): the comparison needs them.
      expect(measured).toHaveLength(2);
      measured.push(await importList(ROWS, ROWS / 10));
      const [small, same, full] = measured as [Measured, Measured, Measured];
      const heapForRows = full.heldHeapMiB - same.heldHeapMiB;
      const heapForAccounts = same.heldHeapMiB - small.heldHeapMiB;
      const kbPerAccount = (heapForAccounts * 1024 * 1024) / (same.accounts - small.accounts) / 1000;
      const neo4jPid = findInstanceJvms(join(LOCAL_NEO4J_ROOT, INSTANCE))[0]!.pid;
      console.log(
        `importer, peak RSS / heap held: ${measured.map((run) => `${count(run.rows)} rows of ${count(run.accounts)} accounts ${run.importerPeakMiB} / ${run.heldHeapMiB} MiB`).join('; ')}. ` +
          `${count(full.rows - same.rows)} more rows of the same accounts: RSS ${signed(full.importerPeakMiB - same.importerPeakMiB)} MiB, heap ${signed(heapForRows)} MiB; ` +
          `${count(same.accounts - small.accounts)} more accounts: RSS ${signed(same.importerPeakMiB - small.importerPeakMiB)} MiB, heap ${signed(heapForAccounts)} MiB (${kbPerAccount.toFixed(1)} kB an account); ` +
          `Neo4j peak ${highWaterMiB(neo4jPid)} MiB; ${measured.reduce((sum, run) => sum + run.seconds, 0).toFixed(0)} s of imports`,
      );
      expect(heapForRows, 'rows cost no memory: the importer streams them').toBeLessThan(ROWS_GROWTH_BOUND_MIB);
      expect(kbPerAccount, 'an organisation costs the importer a few kB').toBeLessThan(ORGANISATION_BOUND_KB);
    },
  );
});
