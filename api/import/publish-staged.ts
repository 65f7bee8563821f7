import { IMPORT_FILES } from './import-files.ts';
import type { Database } from '../db/database.ts';
import type { QueryName } from '../db/queries.ts';
import { explainImportFailure } from './import-errors.ts';
import type { HeldLock } from './import-lock.ts';

/** Rows per transaction when applying, counting and cleaning up: small enough for Neo4j's default transaction memory. */
const BATCH = 10_000;
/** Companies per counting transaction: a hub's accounts are all read in it. */
const COUNT_BATCH = 1_000;

/** Says what a long step is doing (`removing the previous graph: 120,000 relationships so far`). */
export type StepLog = (message: string) => void;

/**
 * The staged folder replaces the live graph (--replace, or a first import):
 * the staged companies get their counts, then one transaction swaps the
 * labels and records the dataset, so readers see the old graph or the new one.
 * That transaction also moves the lock to `cleaning`: once it commits, a
 * killed import leaves only leftovers to remove.
 */
export async function switchToStaged(db: Database, lock: HeldLock, dataset: string, log: StepLog): Promise<void> {
  await repeat(db, 'import/stage/count-accounts-and-capabilities', COUNT_BATCH, (done) => log(`counting accounts and capabilities: ${done.toLocaleString('en-US')} companies`));
  log('switching to the new graph');
  await db.write(
    'import:switch',
    async (tx) => {
      await tx.run('import/switch-to-staged');
      await tx.run('import/record-dataset', { name: dataset });
      await tx.run('import/bump-companies-version');
      const [owned] = await tx.run('import/lock/set-phase', { run: lock.run, phase: 'cleaning' });
      if (!owned) throw new Error('This import lost its lock to another process before switching; nothing of it took effect.');
    },
    { serverTimeout: true },
  ).catch((error: unknown) => {
    throw explainImportFailure(error, 'switching to the new graph');
  });
}

/**
 * The staged folder is merged into the live graph (an import without
 * --replace). A folder of at most `singleTransactionRows` rows is applied in
 * one transaction, staging removed with it: all or nothing. A larger one is
 * applied in batches after a point of no return (the touched companies
 * marked, the lock moved to `applying`): a kill after it is finished by the
 * next import or start-up (finishApplying again), never undone.
 */
export async function applyStaged(db: Database, lock: HeldLock, dataset: string, rows: number, singleTransactionRows: number, log: StepLog): Promise<void> {
  if (rows <= singleTransactionRows) {
    await db.write(
      'import:apply',
      async (tx) => {
        await tx.run('import/mark-touched');
        for (const { query } of APPLY_STEPS) await tx.run(query, { batchSize: rows + 1 });
        await tx.run('import/apply/counts', { batchSize: rows + 1 });
        await tx.run('import/record-dataset', { name: dataset });
        await tx.run('import/bump-companies-version');
        await tx.run('import/cleanup-relationships', { batchSize: 4 * rows + 1 });
        await tx.run('import/cleanup-nodes', { batchSize: 4 * rows + 1 });
        const [owned] = await tx.run('import/lock/set-phase', { run: lock.run, phase: 'cleaning' });
        if (!owned) throw new Error('This import lost its lock to another process before applying; nothing of it took effect.');
      },
      { serverTimeout: true },
    ).catch((error: unknown) => {
      throw explainImportFailure(error, 'applying the folder');
    });
    return;
  }
  await db.write('import:apply', async (tx) => {
    await tx.run('import/mark-touched');
    const [owned] = await tx.run('import/lock/set-phase', { run: lock.run, phase: 'applying' });
    if (!owned) throw new Error('This import lost its lock to another process before applying; nothing of it took effect.');
  });
  await finishApplying(db, dataset, log);
  await lock.setPhase('cleaning');
}

/** What a merge does, in order: each file's steps, nodes before the relationships that join them (api/import/import-files.ts). */
const APPLY_STEPS = IMPORT_FILES.flatMap((file) => file.apply);

/** Applies whatever is still staged; run again after a kill, it carries on where the last run stopped. */
export async function finishApplying(db: Database, dataset: string, log: StepLog): Promise<void> {
  for (const { query, what } of APPLY_STEPS) {
    await repeat(db, query, BATCH, (done) => log(`applying ${what}: ${done.toLocaleString('en-US')}`));
  }
  await repeat(db, 'import/apply/counts', COUNT_BATCH, (done) => log(`counting accounts and capabilities: ${done.toLocaleString('en-US')} companies`));
  await db.write('import:apply', async (tx) => {
    await tx.run('import/record-dataset', { name: dataset });
    // Companies or their counts changed: API processes must read the directory again.
    await tx.run('import/bump-companies-version');
  });
}

/**
 * Deletes what imports leave beside the live graph: the graph a --replace
 * retired, and staged rows (applied, refused, or of a killed import). No
 * question reads them, so this can take its time, a batch per transaction.
 */
export async function removeLeftovers(db: Database, log: StepLog = () => {}): Promise<void> {
  const [state] = await db.read('import/has-leftovers');
  if (!state?.leftovers) return;
  await repeat(db, 'import/cleanup-relationships', BATCH, (done) => log(`removing leftovers: ${done.toLocaleString('en-US')} relationships`));
  await repeat(db, 'import/cleanup-nodes', BATCH, (done) => log(`removing leftovers: ${done.toLocaleString('en-US')} nodes`));
}

/** Runs a batch query, each batch in its own transaction, until one does less than a full batch; returns the total. */
export async function repeat(db: Database, query: QueryName, batchSize: number, progress: (done: number) => void = () => {}): Promise<number> {
  let total = 0;
  let reportedAt = Date.now();
  for (;;) {
    const [row] = await db.write(`import:${query.replace(/^import\//, '')}`, (tx) => tx.run(query, { batchSize }), { serverTimeout: true });
    const done = Number(Object.values(row ?? {})[0] ?? 0);
    total += done;
    // A short batch was the last: asking again would find nothing.
    if (done < batchSize) return total;
    if (Date.now() - reportedAt > 2_000) {
      reportedAt = Date.now();
      progress(total);
    }
  }
}
