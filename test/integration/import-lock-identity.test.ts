import { hostname } from 'node:os';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { currentProcessStart } from '../../api/import/process-identity.ts';
import { useTestDatabase } from '../support/database.ts';
import { createClient } from '../support/graphql.ts';

/**
 * A lock names its holder by pid, host and the process's start time: a pid
 * alone may since belong to another process, which must not pass for the
 * importer. Here the pid is this test's own (alive), the start time another's.
 */
let db: Database;
beforeAll(async () => {
  db = await useTestDatabase();
});
afterEach(removeLock);

async function placeLock(processStart: string | null): Promise<void> {
  await db.write('test:lock', (tx) =>
    tx.runText(
      `CREATE (:ImportLock {id: 'import', run: 'identity-test', dataset: 'Identity test', folder: '/nowhere',
         replace: false, pid: $pid, host: $host, processStart: $processStart, phase: 'staging',
         startedAt: datetime.truncate('second', datetime()), heartbeatAt: datetime()})`,
      { pid: process.pid, host: hostname(), processStart },
    ),
  );
}

describe('the import lock of a process whose pid was reused', () => {
  it.runIf(currentProcessStart() !== null)(
    'is an interrupted import, not a running one, in ecosystemSummary and /health',
    async () => {
      const { query, app } = createClient(db);
      const health = async () => ((await (await app.fetch('http://test/health')).json()) as { import?: string }).import;
      const state = async () =>
        (await query(`{ ecosystemSummary { import { state } } }`)).data?.ecosystemSummary.import?.state;

      await placeLock(currentProcessStart());
      expect(await state()).toBe('RUNNING');
      expect(await health()).toBe('running');
      await removeLock();

      await placeLock(`${currentProcessStart()}0`);
      expect(await state()).toBe('INTERRUPTED');
      expect(await health()).toBe('interrupted');
    },
  );
});

async function removeLock(): Promise<void> {
  await db.write('test:lock', (tx) => tx.runText(`MATCH (l:ImportLock {id: 'import'}) DELETE l`));
}
