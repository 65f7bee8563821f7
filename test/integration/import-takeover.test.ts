import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { calibrateMarket } from '../../api/fits/calibrate-market.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { ImportBusyError, LostLockError, readImportLock } from '../../api/import/import-lock.ts';
import { recoverInterruptedImport } from '../../api/import/recover-import.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeRawFolder } from '../support/fixture-folder.ts';
import { visibleGraphFingerprint } from '../support/graph-fingerprint.ts';
import { runScript, stopChild, type Script } from '../support/run-script.ts';

/**
 * An import that stops without dying (paused with SIGSTOP, or cut off from the
 * database) must never mix its rows into another import's graph; one killed
 * after its rows took effect must be completed as if it had not been
 * (calibration, changes, webhook). Every case runs against the shared test
 * database with real processes and real transactions.
 */
let db: Database;
const children: Script[] = [];
beforeAll(async () => {
  db = await useTestDatabase();
});
afterAll(async () => {
  for (const child of children) {
    if (child.process.exitCode === null) child.process.kill('SIGCONT');
    await stopChild(child.process);
  }
});

/** A market of `companies` companies, each serving a few of `customers`, half of them in partnerships. */
function market(p: string, companies: number, customers = companies * 4): string {
  const lines = (header: string, count: number, line: (i: number) => string) =>
    `${header}\n${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n`;
  return writeRawFolder({
    'README.md': `# Market ${p}\n`,
    'companies.csv': lines('id,name', companies, (i) => `${p}~co${i},Company ${p}${i}`),
    'customers.csv': lines('id,name', customers, (i) => `${p}cu${i},Customer ${i}`),
    'accounts.csv': lines(
      'company_id,customer_id,stage',
      customers * 3,
      (i) => `${p}~co${(i * 7 + Math.floor(i / 3)) % companies},${p}cu${Math.floor(i / 3)},customer`,
    ),
    'partnerships.csv': lines(
      'id,parties,type,status',
      Math.floor(companies / 2),
      (i) => `${p}p${i},${p}~co${i};${p}~co${(i * 3 + 1) % companies},referral,active`,
    ),
  });
}

async function stagedAndRetired(): Promise<number> {
  const [row] = await db.write('test:leftovers', (tx) =>
    tx.runText(
      `RETURN COUNT { MATCH (n) WHERE any(label IN labels(n) WHERE label STARTS WITH 'Staged' OR label STARTS WITH 'Retired') } AS n`,
    ),
  );
  return Number(row!.n);
}

async function companyPrefixes(): Promise<Record<string, number>> {
  const rows = await db.write('test:prefixes', (tx) =>
    tx.runText("MATCH (c:Company) RETURN split(c.id, '~')[0] AS prefix, count(*) AS n ORDER BY prefix"),
  );
  return Object.fromEntries(rows.map((row) => [String(row.prefix), Number(row.n)]));
}

/** Makes the lock look like a holder on another machine that has been silent for a minute: the case where it is taken over. */
async function looksStaleFromElsewhere(): Promise<void> {
  await db.write('test:stale', (tx) =>
    tx.runText(
      "MATCH (l:ImportLock {id: 'import'}) SET l.host = 'another-machine', l.heartbeatAt = datetime() - duration('PT60S')",
    ),
  );
}

describe('an import that lost its lock while paused', () => {
  it('writes nothing after the takeover: the graph is the other import’s alone, nothing staged remains, and it says so', async () => {
    const p = uniquePrefix();
    const paused = market(`${p}a`, 60);
    const other = market(`${p}b`, 40);
    // Pause the first import between two of its transactions (before its first chunk of accounts), its heartbeat too, as SIGSTOP would.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    let accountsChunks = 0;
    const pausable: Database = {
      ...db,
      write: async (label, work, options) => {
        if (label === 'import:heartbeat' || (label === 'import:accounts.csv' && ++accountsChunks === 1)) {
          reached();
          await gate;
        }
        return db.write(label, work, options);
      },
    };
    const first = importFolder(pausable, paused, { replace: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    await atGate;
    // While it is paused (companies, customers and a chunk of accounts staged), it goes stale and another import takes over.
    await looksStaleFromElsewhere();
    const steps: string[] = [];
    expect((await importFolder(db, other, { replace: true, onStep: (step) => steps.push(step) })).imported).toBe(true);
    expect(steps[0]).toMatch(/stopped while staging.* \(the graph was untouched\); cleaning up after it/);
    const otherGraph = await visibleGraphFingerprint(db);

    release(); // SIGCONT
    const error = await first;
    expect(error).toBeInstanceOf(LostLockError);
    expect((error as Error).message).toMatch(
      /^This import lost its lock to (process \d+ on .+|another process), which took it over after this one was silent for more than 30 s .*Nothing of this import took effect, and what it had staged was removed/,
    );
    expect(await companyPrefixes()).toEqual({ [`${p}b`]: 40 });
    expect(await visibleGraphFingerprint(db)).toEqual(otherGraph);
    expect(await stagedAndRetired()).toBe(0);
    expect(await readImportLock(db)).toBeUndefined();

    // The next import is unaffected: exactly its own rows.
    expect((await importFolder(db, market(`${p}c`, 30), { replace: true })).imported).toBe(true);
    expect(await companyPrefixes()).toEqual({ [`${p}c`]: 30 });
  });

  it(
    'is never taken over on its own machine while its process exists, however long it is stopped; resumed, it finishes, and the next import is exact',
    { timeout: 240_000 },
    async () => {
      const p = uniquePrefix();
      // Big enough that staging companies.csv takes seconds: the pause lands in it.
      const big = writeRawFolder({
        'README.md': `# Big ${p}\n`,
        'companies.csv': `id,name\n${Array.from({ length: 150_000 }, (_, i) => `${p}~co${i},Company ${i}`).join('\n')}\n`,
      });
      const child = runScript('scripts/import.ts', [big, '--replace'], { NEO4J_URI: inject('neo4jUri') });
      children.push(child);
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline && !(await readImportLock(db)))
        await new Promise((resolve) => setTimeout(resolve, 20));
      child.process.kill('SIGSTOP');
      try {
        // Silent past the 30 s a holder elsewhere would be given.
        await new Promise((resolve) => setTimeout(resolve, 36_000));
        const lock = await readImportLock(db);
        expect(lock?.pid).toBe(child.process.pid);
        expect(lock!.silentSeconds).toBeGreaterThan(30);

        // What npm start does: the import is running, not interrupted; nothing is cleaned up under it.
        const lines: string[] = [];
        expect((await recoverInterruptedImport(db, { log: (line) => lines.push(line) })).state).toBe('running');
        expect(lines).toEqual([]);
        // A second import is refused, and told how to resume or end the stopped one.
        const second = await importFolder(db, market(`${p}x`, 20), { replace: true }).catch((error: unknown) => error);
        expect(second).toBeInstanceOf(ImportBusyError);
        expect((second as Error).message).toContain(
          `resume it (fg, kill -CONT ${child.process.pid}) or end it (kill ${child.process.pid})`,
        );
      } finally {
        child.process.kill('SIGCONT');
      }
      expect(await child.exited, child.output()).toBe(0);
      expect(await companyPrefixes()).toEqual({ [p]: 150_000 });
      expect(await stagedAndRetired()).toBe(0);

      const small = market(`${p}d`, 60);
      expect((await importFolder(db, small, { replace: true })).imported).toBe(true);
      expect(await companyPrefixes()).toEqual({ [`${p}d`]: 60 });
    },
  );
});

describe('an import killed after its rows took effect', () => {
  let receiver: Server;
  let receiverUrl: string;
  const received: { id: string; dataset: string }[] = [];
  const SECRET = 'a-webhook-secret-of-some-length';
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push((JSON.parse(body) as { import: { id: string; dataset: string } }).import);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  async function killWhen(args: string[], phase: string): Promise<void> {
    const child = runScript('scripts/import.ts', args, {
      NEO4J_URI: inject('neo4jUri'),
      WEBHOOK_URL: receiverUrl,
      WEBHOOK_SECRET: SECRET,
    });
    children.push(child);
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && child.process.exitCode === null) {
      if ((await readImportLock(db))?.phase === phase) {
        child.process.kill('SIGKILL');
        await child.exited;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`The import ended before it could be killed:\n${child.output()}`);
  }

  async function pendingCompletions(): Promise<number> {
    const [row] = await db.write('test:pending', (tx) =>
      tx.runText('RETURN COUNT { MATCH (p:PendingCompletion) } AS n'),
    );
    return Number(row!.n);
  }

  async function runsOf(dataset: string): Promise<{ id: string; counts: Record<string, number> }[]> {
    const rows = await db.write('test:runs', (tx) =>
      tx.runText('MATCH (r:ImportRun {dataset: $dataset}) RETURN r.id AS id, r.counts AS counts', { dataset }),
    );
    return rows.map((row) => ({
      id: String(row.id),
      counts: JSON.parse(String(row.counts)) as Record<string, number>,
    }));
  }

  async function storedModel(): Promise<unknown> {
    const [row] = await db.write('test:model', (tx) =>
      tx.runText("MATCH (d:Dataset {id: 'loaded'}) RETURN d.model AS model"),
    );
    return JSON.parse(String(row!.model));
  }

  it(
    'a --replace killed right after the switch: start-up calibrates on the new market, records its changes once and sends them',
    { timeout: 240_000 },
    async () => {
      const p = uniquePrefix();
      expect((await importFolder(db, market(`${p}old`, 80), { replace: true })).imported).toBe(true);
      const oldModel = await storedModel();
      await killWhen([market(`${p}new`, 120), '--replace'], 'cleaning');
      // Caught before it completed: the new graph is live, what is left to do is stored.
      expect(await pendingCompletions()).toBe(1);
      expect(await companyPrefixes()).toEqual({ [`${p}new`]: 120 });

      const lines: string[] = [];
      expect(
        (
          await recoverInterruptedImport(db, {
            webhook: { url: receiverUrl, secret: SECRET, attempts: 2, firstDelayMs: 10 },
            log: (line) => lines.push(line),
          })
        ).state,
      ).toBe('recovered');
      expect(lines[0]).toMatch(/stopped while completing the import \(its rows had taken effect\); finishing it/);
      // The model is the new market's, as an uninterrupted import would have stored it.
      const model = await storedModel();
      expect(model).not.toEqual(oldModel);
      expect(model).toEqual(JSON.parse(JSON.stringify(await calibrateMarket(db))));
      expect((model as { partnerships: number }).partnerships).toBe(60);
      // Its changes, once: the 60 new partnerships started, the 40 old ones ended.
      const runs = await runsOf(`Market ${p}new`);
      expect(runs).toHaveLength(1);
      expect(runs[0]!.counts).toMatchObject({ PARTNERSHIP_STARTED: 60, PARTNERSHIP_ENDED: 40 });
      expect(received.filter((hook) => hook.id === runs[0]!.id)).toHaveLength(1);
      expect(await pendingCompletions()).toBe(0);
      expect(await stagedAndRetired()).toBe(0);
    },
  );

  it(
    'a large upsert killed while applying: the next import finishes it, then completes it the same way',
    { timeout: 240_000 },
    async () => {
      const p = uniquePrefix();
      expect((await importFolder(db, market(`${p}base`, 40), { replace: true })).imported).toBe(true);
      // Over 50,000 rows: applied in batches after the point of no return.
      const upsert = market(`${p}more`, 200, 20_000);
      await killWhen([upsert], 'applying');
      expect(await pendingCompletions()).toBe(1);

      const steps: string[] = [];
      const next = await importFolder(db, market(`${p}base`, 40), {
        webhook: { url: receiverUrl, secret: SECRET, attempts: 2, firstDelayMs: 10 },
        onStep: (step) => steps.push(step),
      });
      expect(next.imported).toBe(true);
      expect(steps[0]).toMatch(/stopped while applying its rows to the graph; finishing it/);
      expect(await companyPrefixes()).toEqual({ [`${p}base`]: 40, [`${p}more`]: 200 });
      const runs = await runsOf(`Market ${p}more`);
      expect(runs).toHaveLength(1);
      expect(runs[0]!.counts).toMatchObject({ PARTNERSHIP_STARTED: 100 });
      expect(received.filter((hook) => hook.id === runs[0]!.id)).toHaveLength(1);
      expect((await storedModel()) as { partnerships: number }).toMatchObject({ partnerships: 120 });
      expect(await pendingCompletions()).toBe(0);
    },
  );
});
