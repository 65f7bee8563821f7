import type { Database } from '../db/database.ts';
import { importRunning } from '../errors.ts';
import { acquireImportLock, ImportBusyError, type HeldLock } from '../import/import-lock.ts';
import { completeLeftWork, finishInterruptedImport } from '../import/recover-import.ts';

/** How long a write waits for another write through the API to finish; they are one transaction each, so seconds at most. */
const WAIT_FOR_WRITES_MS = 15_000;

const WRITE_DATASET_PREFIX = 'API write by';

/**
 * The import lock, for a write through the API: it stages and takes effect as
 * an import does, so one at a time. A write behind another write waits its
 * turn; a write during an import (of a folder, from the command line or the
 * explorer) is refused at once with IMPORT_RUNNING and the import's own
 * message (what runs, since when, by whom). What an earlier import or write
 * left is completed first.
 */
export async function holdWriteLock(db: Database, actor: string): Promise<HeldLock> {
  const deadline = Date.now() + WAIT_FOR_WRITES_MS;
  const log = () => {};
  for (;;) {
    try {
      const lock = await acquireImportLock(
        db,
        { dataset: `${WRITE_DATASET_PREFIX} ${actor}`, folder: 'the GraphQL API', replace: false },
        (dead, held) => finishInterruptedImport(db, held, dead, { log }),
      );
      await completeLeftWork(db, lock, { log });
      return lock;
    } catch (error) {
      if (!(error instanceof ImportBusyError)) throw error;
      const anotherWrite = error.holder.dataset?.startsWith(WRITE_DATASET_PREFIX) ?? false;
      if (!anotherWrite || Date.now() > deadline) {
        throw importRunning(
          anotherWrite
            ? `Other writes held the import lock for over ${WAIT_FOR_WRITES_MS / 1000} s; try again.`
            : `Nothing was written. ${error.message}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
    }
  }
}
