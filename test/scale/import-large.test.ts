import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../api/db/database.ts';
import { migrate } from '../../api/db/migrate.ts';
import {
  findInstanceJvms,
  LOCAL_NEO4J_ROOT,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../scripts/neo4j/local-neo4j.ts';
import { highWaterMiB } from '../support/peak-memory.ts';
import { freePort, runScript, stopChild, type Script } from '../support/run-script.ts';

/**
 * `npm run test:scale`: a 2,000,000-row accounts.csv (SCALE_ACCOUNTS to
 * change it) imported by `npm run import` into a local Neo4j with the
 * defaults a user gets (LOCAL_NEO4J_HEAP 3g, page cache 1g, 120 s per
 * transaction), on a store of its own. Before staged, chunked imports, a
 * 1,000,000-row file stopped on Neo4j's transaction memory limit. It checks
 * that every row is in, that progress shows rows/s and time left, and that
 * the importer's memory stays far from the whole file's (it used to hold
 * every row, about 1.25 KiB each). It prints the figures README.md quotes.
 */
const ACCOUNTS = Number(process.env.SCALE_ACCOUNTS ?? 2_000_000);
const CUSTOMERS = ACCOUNTS / 10;
const COMPANIES = ACCOUNTS / 200;
const INSTANCE = `scale-${process.pid}`;
/** The importer streams: its peak stays near this whatever the file (measured: see README.md); holding the rows would take GiBs. */
const IMPORTER_RSS_BOUND_MIB = 768;

let neo4j: LocalNeo4j;
let db: Database;
let folder: string;
let child: Script | undefined;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'partnergraph-scale-'));
  await writeLines(
    join(folder, 'companies.csv'),
    'id,name,employees',
    COMPANIES,
    (i) => `co${i},Company ${i},${10 + (i % 5000)}`,
  );
  await writeLines(
    join(folder, 'customers.csv'),
    'id,name,industry,region',
    CUSTOMERS,
    (i) => `cu${i},Customer ${i},Retail,EMEA`,
  );
  // Each customer has ten different vendors, spread over the companies.
  const step = Math.floor(COMPANIES / 10);
  await writeLines(join(folder, 'accounts.csv'), 'company_id,customer_id,stage', ACCOUNTS, (i) => {
    const customer = Math.floor(i / 10);
    const company = (((customer * 7919) % COMPANIES) + (i % 10) * step) % COMPANIES;
    return `co${company},cu${customer},${i % 4 === 0 ? 'prospect' : 'customer'}`;
  });
  neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: await freePort(), fresh: true, log: () => {} });
  db = createDatabase({ uri: neo4j.uri });
  await migrate(db);
}, 300_000);

afterAll(async () => {
  if (child) await stopChild(child.process);
  await db?.close();
  await neo4j?.stop();
  rmSync(join(LOCAL_NEO4J_ROOT, INSTANCE), { recursive: true, force: true });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe(`a ${ACCOUNTS.toLocaleString('en-US')}-row accounts.csv`, () => {
  it('imports with the default settings, with progress, in flat memory', { timeout: 1_200_000 }, async () => {
    const neo4jPid = findInstanceJvms(join(LOCAL_NEO4J_ROOT, INSTANCE))[0]!.pid;
    const started = Date.now();
    child = runScript('scripts/import.ts', [folder, '--replace'], { NEO4J_URI: neo4j.uri });
    let importerPeak = 0;
    const sampler = setInterval(() => (importerPeak = Math.max(importerPeak, highWaterMiB(child!.process.pid!))), 250);
    const code = await child.exited;
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    expect(code, child.output()).toBe(0);
    const progress = child
      .output()
      .split('\n')
      .filter((line) => line.includes('accounts.csv:') && line.includes('rows/s'));
    const rates = progress.map((line) => Number(/([\d,]+) rows\/s/.exec(line)![1]!.replace(/,/g, '')));
    console.log(
      `${ACCOUNTS.toLocaleString('en-US')} account rows (+ ${CUSTOMERS.toLocaleString('en-US')} customers, ${COMPANIES.toLocaleString('en-US')} companies): ` +
        `${seconds.toFixed(0)} s in all, ${Math.round(ACCOUNTS / seconds).toLocaleString('en-US')} account rows/s over the whole import, ` +
        `accounts.csv staged at ${(rates.at(-1) ?? 0).toLocaleString('en-US')} rows/s; peak RSS: importer ${importerPeak} MiB, Neo4j ${highWaterMiB(neo4jPid)} MiB`,
    );

    const [row] = await db.read('ecosystem-summary');
    expect(row).toMatchObject({ companies: COMPANIES, customers: CUSTOMERS, accounts: ACCOUNTS });
    const [counts] = await db.write('test:counts', (tx) =>
      tx.runText(
        'MATCH (c:Company) RETURN sum(c.customerCount) AS customers, sum(c.prospectCount) AS prospects, sum(c.opportunityCount) AS opportunities',
      ),
    );
    expect(counts).toEqual({ customers: ACCOUNTS * 0.75, prospects: ACCOUNTS * 0.25, opportunities: 0 });
    const [leftovers] = await db.write('test:leftovers', (tx) =>
      tx.runText(
        `RETURN COUNT { MATCH (n) WHERE any(label IN labels(n) WHERE label STARTS WITH 'Staged' OR label STARTS WITH 'Retired' OR label = 'ImportLock') } AS n`,
      ),
    );
    expect(leftovers!.n).toBe(0);

    expect(progress.length).toBeGreaterThan(10);
    expect(progress.some((line) => /\(\d+%\), [\d,]+ rows\/s, about \d+ (s|min) left$/.test(line))).toBe(true);
    expect(importerPeak).toBeGreaterThan(0);
    expect(importerPeak, 'the importer streams: it does not hold the file').toBeLessThan(IMPORTER_RSS_BOUND_MIB);
  });
});

async function writeLines(path: string, header: string, count: number, line: (index: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  for (let index = 0; index < count; index += 1) {
    if (!out.write(`${line(index)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
