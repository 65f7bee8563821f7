import { IMPORT_FILES } from './import-files.ts';
import type { WriteWork } from '../db/database.ts';
import type { QueryName } from '../db/queries.ts';
import { explainImportFailure } from './import-errors.ts';
import type { HeldLock, LockedWriter } from './import-lock.ts';
import { pendingParams, type PendingCompletion } from './pending-completion.ts';
import type { StepLog } from './step-log.ts';

/** Rows per transaction when applying, counting and cleaning up: small enough for Neo4j's default transaction memory. */
const BATCH = 10_000;
/** Companies per counting transaction: a hub's accounts are all read in it. */
const COUNT_BATCH = 1_000;

/**
 * The staged folder replaces the live graph (--replace, or a first import):
 * the staged companies get their counts, then one transaction swaps the
 * labels, records the dataset and what is left to complete (the pending
 * completion: calibration, changes, webhook), so readers see the old graph or
 * the new one. That transaction also moves the lock to `cleaning`: once it
 * commits, a killed import leaves only its completion and leftovers, which
 * the next import or start-up carries out.
 */
export async function switchToStaged(lock: HeldLock, pending: PendingCompletion, log: StepLog): Promise<void> {
  await repeat(lock, 'import/stage/count-accounts-and-capabilities', COUNT_BATCH, (done) =>
    log(`counting accounts and capabilities: ${done.toLocaleString('en-US')} companies`),
  );
  log('switching to the new graph');
  await lock
    .write(
      'import:switch',
      async (tx) => {
        await tx.run('import/switch-to-staged');
        await recordTakingEffect(tx, lock, pending);
      },
      { serverTimeout: true },
    )
    .catch((error: unknown) => {
      throw explainImportFailure(error, 'switching to the new graph');
    });
  lock.enteredPhase('cleaning');
}

/**
 * The staged folder is merged into the live graph (an import without
 * --replace). A folder of at most `singleTransactionRows` rows is applied in
 * one transaction, staging removed with it: all or nothing. A larger one is
 * applied in batches after a point of no return (the touched companies
 * marked, the pending completion stored, the lock moved to `applying`): a kill
 * after it is finished by the next import or start-up (finishApplying again),
 * never undone.
 */
export async function applyStaged(
  lock: HeldLock,
  pending: PendingCompletion,
  rows: number,
  singleTransactionRows: number,
  log: StepLog,
): Promise<void> {
  if (rows <= singleTransactionRows) {
    await lock
      .write(
        'import:apply',
        async (tx) => {
          await tx.run('import/mark-touched');
          for (const { query } of APPLY_STEPS) await tx.run(query, { batchSize: rows + 1 });
          await tx.run('import/apply/counts', { batchSize: rows + 1 });
          await tx.run('import/cleanup-relationships', { batchSize: 4 * rows + 1 });
          await tx.run('import/cleanup-nodes', { batchSize: 4 * rows + 1 });
          await recordTakingEffect(tx, lock, pending);
        },
        { serverTimeout: true },
      )
      .catch((error: unknown) => {
        throw explainImportFailure(error, 'applying the folder');
      });
    lock.enteredPhase('cleaning');
    return;
  }
  await lock.write('import:apply', async (tx) => {
    await tx.run('import/mark-touched');
    await applyStagedLedger(tx);
    await tx.run('import/pending/store', pendingParams(pending));
    await tx.run('import/lock/set-phase', { run: lock.run, phase: 'applying' });
  });
  lock.enteredPhase('applying');
  await finishApplying(lock, log, { name: pending.title });
  await lock.setPhase('cleaning');
}

/**
 * A change made directly on the graph (a removal through the API), not
 * staged: `work` runs in the one transaction that also records it as an
 * import's taking effect does, so it is all or nothing and completed the same way.
 */
export async function applyDirectly(
  lock: HeldLock,
  pending: PendingCompletion,
  work: (tx: WriteWork) => Promise<void>,
): Promise<void> {
  await lock.write('import:apply', async (tx) => {
    await work(tx);
    await recordTakingEffect(tx, lock, pending);
  });
  lock.enteredPhase('cleaning');
}

/** In the transaction that makes the import take effect: the dataset, a new directory version, what is left to complete, and the phase. */
async function recordTakingEffect(tx: WriteWork, lock: HeldLock, pending: PendingCompletion): Promise<void> {
  await applyStagedLedger(tx);
  await tx.run('import/record-dataset', { name: pending.title });
  await tx.run('import/bump-companies-version');
  await tx.run('import/pending/store', pendingParams(pending));
  await tx.run('import/lock/set-phase', { run: lock.run, phase: 'cleaning' });
}

/**
 * The ledger entries a CRM deals export staged, written as the API writes one
 * (cypher/ledger/upsert.cypher): in the transaction that makes the import take
 * effect, so they arrive with it or not at all.
 */
async function applyStagedLedger(tx: WriteWork): Promise<void> {
  const entries = (await tx.run('import/ledger-staged')).map((row) => row.entry);
  if (entries.length === 0) return;
  await tx.run('ledger/upsert', { entries, today: new Date().toISOString().slice(0, 10) });
  await tx.run('import/ledger-clear');
}

/** What a merge does, in order: each file's steps, nodes before the relationships that join them (api/import/import-files.ts). */
const APPLY_STEPS = IMPORT_FILES.flatMap((file) => file.apply);

/** Applies whatever is still staged; run again after a kill, it carries on where the last run stopped. */
export async function finishApplying(
  writer: LockedWriter,
  log: StepLog,
  dataset?: { name: string | null },
): Promise<void> {
  for (const { query, what } of APPLY_STEPS) {
    await repeat(writer, query, BATCH, (done) => log(`applying ${what}: ${done.toLocaleString('en-US')}`));
  }
  await repeat(writer, 'import/apply/counts', COUNT_BATCH, (done) =>
    log(`counting accounts and capabilities: ${done.toLocaleString('en-US')} companies`),
  );
  await writer.write('import:apply', async (tx) => {
    if (dataset) await tx.run('import/record-dataset', dataset);
    // Companies or their counts changed: API processes must read the directory again.
    await tx.run('import/bump-companies-version');
  });
}

/**
 * Deletes what imports leave beside the live graph: the graph a --replace
 * retired, and staged rows (applied, refused, or of a killed import). No
 * question reads them, so this can take its time, a batch per transaction,
 * each under the import lock.
 */
export async function removeLeftovers(writer: LockedWriter, log: StepLog = () => {}): Promise<void> {
  const [state] = await writer.write('import:has-leftovers', (tx) => tx.run('import/has-leftovers'));
  if (!state?.leftovers) return;
  await repeat(writer, 'import/cleanup-relationships', BATCH, (done) =>
    log(`removing leftovers: ${done.toLocaleString('en-US')} relationships`),
  );
  await repeat(writer, 'import/cleanup-nodes', BATCH, (done) =>
    log(`removing leftovers: ${done.toLocaleString('en-US')} nodes`),
  );
}

/** Runs a batch query, each batch in its own transaction, until one does less than a full batch; returns the total. */
async function repeat(
  writer: LockedWriter,
  query: QueryName,
  batchSize: number,
  progress: (done: number) => void = () => {},
): Promise<number> {
  let total = 0;
  let reportedAt = Date.now();
  for (;;) {
    const [row] = await writer.write(`import:${query.replace(/^import\//, '')}`, (tx) => tx.run(query, { batchSize }), {
      serverTimeout: true,
    });
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
