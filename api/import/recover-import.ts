import type { Database } from '../db/database.ts';
import type { ImportLockRecord } from '../db/bookkeeping-rows.ts';
import { holderIsDead, readImportLock, takeOver, type HeldLock } from './import-lock.ts';
import {
  completeImport,
  readPendingCompletion,
  sendPendingChanges,
  type CompletionOptions,
} from './pending-completion.ts';
import { finishApplying, removeLeftovers } from './publish-staged.ts';

/** How a process that finds an import dead completes it: the webhook to tell, where to say what it does. */
export type RecoveryOptions = Omit<CompletionOptions, 'onCalibration'>;

/**
 * Cleans up or finishes what a dead import left, by the phase its lock
 * recorded, holding the lock it took over: staging never took effect and is
 * removed; a merge that was being applied is applied to the end; once the
 * import has taken effect, whatever it had not completed (calibration,
 * changes, webhook: api/import/pending-completion.ts) is done as it would
 * have been, then leftovers are removed.
 */
export async function finishInterruptedImport(
  db: Database,
  held: HeldLock,
  dead: ImportLockRecord,
  options: RecoveryOptions,
): Promise<void> {
  const { log } = options;
  log(
    `An import of "${dead.dataset}" (started ${dead.startedAt} by process ${dead.pid} on ${dead.host}) stopped while ${describePhase(dead)}; ${dead.phase === 'staging' ? 'cleaning up after it' : 'finishing it'}…`,
  );
  await completeLeftWork(db, held, options, dead.phase === 'applying');
}

/**
 * Whatever earlier imports left, done before a new one stages: a merge to
 * finish applying, a completion to carry out, staged or retired nodes to
 * remove. Nothing, and one read, when they left nothing.
 */
export async function completeLeftWork(
  db: Database,
  held: HeldLock,
  options: RecoveryOptions,
  applying = false,
): Promise<void> {
  const pending = await readPendingCompletion(db);
  if (applying) await finishApplying(held, options.log, { name: pending?.title ?? null });
  if (pending) await completeImport(db, held, pending, options);
  await removeLeftovers(held, options.log);
}

export type StartupImportState =
  { state: 'none' } | { state: 'running'; lock: ImportLockRecord } | { state: 'recovered'; lock: ImportLockRecord };

/**
 * For `npm start`: an import that died is cleaned up or finished before the
 * API serves, so the API never shows half of one for long. One that is alive
 * (its process still exists on this machine, or it still beats from another)
 * is left to finish; the API says so meanwhile.
 */
export async function recoverInterruptedImport(db: Database, options: RecoveryOptions): Promise<StartupImportState> {
  const lock = await readImportLock(db);
  if (!lock) return { state: 'none' };
  if (!holderIsDead(lock)) return { state: 'running', lock };
  const held = await takeOver(db, lock);
  try {
    await finishInterruptedImport(db, held, lock, options);
  } catch (error) {
    held.abandon();
    throw error;
  }
  await held.release();
  if (options.webhook) await sendPendingChanges(db, options.webhook, options.log);
  return { state: 'recovered', lock };
}

function describePhase(lock: ImportLockRecord): string {
  if (lock.phase === 'staging') return `staging${lock.file ? ` ${lock.file}` : ''} (the graph was untouched)`;
  if (lock.phase === 'applying') return 'applying its rows to the graph';
  return 'completing the import (its rows had taken effect)';
}
