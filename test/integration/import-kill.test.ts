import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import type { ImportLockRecord } from '../../api/db/bookkeeping-rows.ts';
import { ImportBusyError, readImportLock } from '../../api/import/import-lock.ts';
import { recoverInterruptedImport } from '../../api/import/recover-import.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeRawFolder } from '../support/fixture-folder.ts';
import { visibleGraphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.ts';
import { createClient } from '../support/graphql.ts';
import { runScript, stopChild, type Script } from '../support/run-script.ts';

/**
 * `npm run import -- <folder> --replace` killed with SIGKILL at the points
 * that matter, against the shared test database: what questions read is
 * always the old graph or the new one, never a hollow or mixed one; the API
 * says an import was interrupted; and the next run, or start-up, completes.
 * Then two imports at once: one runs, the other is refused and says by whom.
 */
let db: Database;
const children: Script[] = [];
beforeAll(async () => {
  db = await useTestDatabase();
});
afterAll(async () => {
  for (const child of children) await stopChild(child.process);
});

/** A folder big enough that staging and cleaning up take seconds: long enough to be caught in. */
function ecosystem(
  p: string,
  { companies, customers, accountsPerCustomer }: { companies: number; customers: number; accountsPerCustomer: number },
): string {
  const lines = (header: string, count: number, line: (i: number) => string) =>
    `${header}\n${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n`;
  return writeRawFolder({
    'README.md': `# Kill test ${p}\n`,
    'companies.csv': lines('id,name', companies, (i) => `${p}co${i},Company ${p}${i}`),
    'customers.csv': lines('id,name', customers, (i) => `${p}cu${i},Customer ${i}`),
    'accounts.csv': lines(
      'company_id,customer_id,stage',
      customers * accountsPerCustomer,
      (i) =>
        `${p}co${(i * 7 + Math.floor(i / accountsPerCustomer)) % companies},${p}cu${Math.floor(i / accountsPerCustomer)},${i % 5 === 0 ? 'prospect' : 'customer'}`,
    ),
    'capabilities.csv': lines('company_id,capability', companies, (i) => `${p}co${i},Capability ${i % 7}`),
    'partnerships.csv': lines(
      'id,parties,type,status',
      Math.floor(companies / 2),
      (i) => `${p}p${i},${p}co${i};${p}co${i + 1},referral,active`,
    ),
  });
}

const SIZE = { companies: 150, customers: 8_000, accountsPerCustomer: 4 };

/**
 * Starts `npm run import` on the test database and SIGKILLs it once the lock
 * shows `when`; returns what the lock says after the kill, which may be a step
 * further than `when` (the import runs on while the signal is on its way).
 */
async function killImportWhen(args: string[], when: (lock: ImportLockRecord) => boolean): Promise<ImportLockRecord> {
  const child = runScript('scripts/import.ts', args, { NEO4J_URI: inject('neo4jUri') });
  children.push(child);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.process.exitCode === null) {
    const lock = await readImportLock(db);
    if (lock && when(lock)) {
      child.process.kill('SIGKILL');
      await child.exited;
      return (await readImportLock(db))!;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`The import ended before it could be killed:\n${child.output()}`);
}

async function runImport(args: string[]): Promise<Script> {
  const child = runScript('scripts/import.ts', args, { NEO4J_URI: inject('neo4jUri') });
  children.push(child);
  expect(await child.exited, child.output()).toBe(0);
  return child;
}

async function leftovers(): Promise<number> {
  const [row] = await db.write('test:leftovers', (tx) =>
    tx.runText(
      `RETURN COUNT { MATCH (n) WHERE any(label IN labels(n) WHERE label STARTS WITH 'Staged' OR label STARTS WITH 'Retired' OR label = 'ImportLock') } AS n`,
    ),
  );
  return Number(row!.n);
}

describe('an import killed with SIGKILL', () => {
  const oldFolder = ecosystem(uniquePrefix(), SIZE);
  const newFolder = ecosystem(uniquePrefix(), SIZE);
  let oldGraph: GraphFingerprint;

  it('leaves the old graph while staging; the API says so; start-up cleans up', { timeout: 240_000 }, async () => {
    expect((await importFolder(db, oldFolder, { replace: true })).imported).toBe(true);
    oldGraph = await visibleGraphFingerprint(db);

    // Killed once the lock names a file it stages. Not a given file: a heartbeat waits for the staging
    // transaction that holds the lock, so the lock names a file when its first rows are staged, and the
    // last file's rows (32,000 in one transaction) can be the last thing staged before the switch.
    const lock = await killImportWhen(
      [newFolder, '--replace'],
      (held) => held.phase === 'staging' && held.file !== null,
    );
    expect(lock.dataset).toMatch(/^Kill test /);
    expect(lock.phase).toBe('staging');
    expect(await visibleGraphFingerprint(db)).toEqual(oldGraph);

    const { query, app } = createClient(db);
    const summary = await query(`{ ecosystemSummary { companies import { state phase dataset replace } } }`);
    expect(summary.data?.ecosystemSummary).toEqual({
      companies: SIZE.companies,
      import: { state: 'INTERRUPTED', phase: 'STAGING', dataset: lock.dataset, replace: true },
    });
    expect(await (await app.fetch('http://test/health')).json()).toEqual({
      status: 'ok',
      database: 'up',
      import: 'interrupted',
    });

    // What npm start does first.
    const lines: string[] = [];
    expect((await recoverInterruptedImport(db, { log: (line) => lines.push(line) })).state).toBe('recovered');
    expect(lines[0]).toContain(`stopped while staging ${lock.file} (the graph was untouched); cleaning up after it`);
    expect(await leftovers()).toBe(0);
    expect(await visibleGraphFingerprint(db)).toEqual(oldGraph);
    expect((await query(`{ ecosystemSummary { import { state } } }`)).data?.ecosystemSummary.import).toBeNull();
  });

  it(
    'has the new graph once it switched, even killed while removing the old one; the next run completes',
    { timeout: 240_000 },
    async () => {
      const lock = await killImportWhen([newFolder, '--replace'], (held) => held.phase === 'cleaning');
      expect(lock.phase).toBe('cleaning');
      const afterKill = await visibleGraphFingerprint(db);
      expect(afterKill).not.toEqual(oldGraph);
      expect(await leftovers()).toBeGreaterThan(0); // the old graph, retired, and the lock

      // The next import takes the dead one's lock over, removes what it left, and runs.
      const again = await runImport([newFolder, '--replace']);
      expect(again.output()).toMatch(/stopped while completing the import \(its rows had taken effect\); finishing it/);
      expect(await leftovers()).toBe(0);
      expect(await visibleGraphFingerprint(db)).toEqual(afterKill); // the same folder again: the same graph
      const [counts] = await db.read('ecosystem-summary');
      expect(counts).toMatchObject({
        companies: SIZE.companies,
        customers: SIZE.customers,
        accounts: SIZE.customers * SIZE.accountsPerCustomer,
      });
    },
  );

  it(
    'refuses a second import while one runs, naming who holds the lock since when; the graph is the first one’s alone',
    { timeout: 240_000 },
    async () => {
      const first = ecosystem(uniquePrefix(), { companies: 40, customers: 2_000, accountsPerCustomer: 3 });
      const second = ecosystem(uniquePrefix(), { companies: 40, customers: 2_000, accountsPerCustomer: 3 });
      const outcomes = await Promise.allSettled([
        importFolder(db, first, { replace: true }),
        importFolder(db, second, { replace: true }),
      ]);
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(refused).toHaveLength(1);
      const error = (refused[0] as PromiseRejectedResult).reason as Error;
      expect(error).toBeInstanceOf(ImportBusyError);
      expect(error.message).toMatch(
        new RegExp(
          `^Another import is running on this database: "Kill test t[^"]+" from /.+ \\(--replace\\), started \\d{4}-\\d\\d-\\d\\dT[\\d:]+Z by process ${process.pid} on .+, last heard from \\d+ s ago`,
        ),
      );
      // Every company is one import's: none of the refused one's rows got in.
      const [row] = await db.write('test:mixed', (tx) =>
        tx.runText("MATCH (c:Company) RETURN count(c) AS companies, count(DISTINCT split(c.id, '-co')[0]) AS prefixes"),
      );
      expect(row).toEqual({ companies: 40, prefixes: 1 });
      expect(await leftovers()).toBe(0);
    },
  );
});

describe('the import lock read back', () => {
  it('counts a heartbeat newer than the reading transaction as 0 s of silence, never negative', async () => {
    // A heartbeat committed after a reader's transaction began is ahead of that
    // reader's datetime(); put one a few seconds ahead to make the race certain.
    await db.write('test:future-heartbeat', (tx) =>
      tx.runText(
        "MERGE (l:ImportLock {id: 'import'}) SET l.run = 'future', l.pid = 1, l.host = 'elsewhere', l.phase = 'staging', " +
          'l.startedAt = datetime(), l.heartbeatAt = datetime() + duration({seconds: 5})',
      ),
    );
    try {
      expect((await readImportLock(db))?.silentSeconds).toBe(0);
    } finally {
      await db.write('test:future-heartbeat', (tx) =>
        tx.runText("MATCH (l:ImportLock {id: 'import', run: 'future'}) DELETE l"),
      );
    }
  });
});
