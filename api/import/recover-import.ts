import type { Database } from '../db/database.ts';
import { holderIsDead, readImportLock, takeOver, type ImportLockRecord } from './import-lock.ts';
import { finishApplying, removeLeftovers, type StepLog } from './publish-staged.ts';

/**
 * Cleans up or finishes what a dead import left, by the phase its lock
 * recorded: staging never took effect and is removed; a merge that was being
 * applied is applied to the end; after a switch only leftovers remain.
 */
export async function finishInterruptedImport(db: Database, dead: ImportLockRecord, log: StepLog): Promise<void> {
  log(`An import of "${dead.dataset}" (started ${dead.startedAt} by process ${dead.pid} on ${dead.host}) stopped while ${describePhase(dead)}; ${dead.phase === 'applying' ? 'finishing it' : 'cleaning up after it'}…`);
  if (dead.phase === 'applying') await finishApplying(db, dead.dataset ?? 'unknown', log);
  await removeLeftovers(db, log);
}

export type StartupImportState =
  | { state: 'none' }
  | { state: 'running'; lock: ImportLockRecord }
  | { state: 'recovered'; lock: ImportLockRecord };

/**
 * For `npm start`: an import that died is cleaned up or finished before the
 * API serves, so the API never shows half of one for long. One that is alive
 * is left to finish; the API says so meanwhile.
 */
export async function recoverInterruptedImport(db: Database, log: StepLog): Promise<StartupImportState> {
  const lock = await readImportLock(db);
  if (!lock) return { state: 'none' };
  if (!holderIsDead(lock)) return { state: 'running', lock };
  const held = await takeOver(db, lock);
  try {
    await finishInterruptedImport(db, lock, log);
  } catch (error) {
    held.abandon();
    throw error;
  }
  await held.release();
  return { state: 'recovered', lock };
}

function describePhase(lock: ImportLockRecord): string {
  if (lock.phase === 'staging') return `staging${lock.file ? ` ${lock.file}` : ''} (the graph was untouched)`;
  if (lock.phase === 'applying') return 'applying its rows to the graph';
  return 'removing the graph it replaced';
}
