import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../db/database.ts';

/** What the graph says about the import holding the lock (cypher/import/lock/read.cypher). */
export interface ImportLockRecord {
  run: string;
  dataset: string | null;
  folder: string | null;
  replace: boolean | null;
  pid: number;
  host: string;
  /** staging: the live graph is untouched; applying: a merge is being applied; cleaning: the new graph is live, leftovers are being removed. */
  phase: ImportPhase;
  file: string | null;
  rows: number | null;
  startedAt: string;
  heartbeatAt: string;
  silentSeconds: number;
}

export type ImportPhase = 'staging' | 'applying' | 'cleaning';

/** A holder silent this long is taken for dead. It beats every HEARTBEAT_MS, so one missed beat is not death. */
export const STALE_AFTER_SECONDS = 30;
const HEARTBEAT_MS = 5_000;

/** Who is importing, for the lock's record and for the message another import gets. */
export interface ImportDescription {
  dataset: string;
  folder: string;
  replace: boolean;
}

/** Thrown when another import holds the lock; the message says who, since when, and what to do. */
export class ImportBusyError extends Error {
  constructor(readonly holder: ImportLockRecord) {
    super(
      `Another import is running on this database: "${holder.dataset}" from ${holder.folder}${holder.replace ? ' (--replace)' : ''}, ` +
        `started ${holder.startedAt} by process ${holder.pid} on ${holder.host}, last heard from ${holder.silentSeconds} s ago` +
        `${holder.file ? ` (${holder.phase}, ${holder.file})` : ` (${holder.phase})`}. ` +
        `Wait for it to finish, then run this import again. A crashed import's lock is taken over at once on the same machine, ` +
        `or after ${STALE_AFTER_SECONDS} s without a heartbeat from another.`,
    );
    this.name = 'ImportBusyError';
  }
}

/** The lock an import holds while it runs, beating its heart until released. */
export interface HeldLock {
  run: string;
  /** Records the phase: it tells a process that finds this import dead what to clean up or finish. */
  setPhase(phase: ImportPhase): Promise<void>;
  /** Where the import is, shown by the API: sent at once for a new file, else with the next heartbeat. */
  report(file: string, rows: number): void;
  /** Stops the heartbeat and deletes the lock. */
  release(): Promise<void>;
  /** Stops the heartbeat and leaves the lock, so that it goes stale and the next import or start-up finishes the work. */
  abandon(): void;
}

/** The import lock, or undefined when no import holds it. */
export async function readImportLock(db: Database): Promise<ImportLockRecord | undefined> {
  const [row] = await db.read('import/lock/read');
  return row?.lock as ImportLockRecord | undefined;
}

/** A holder is dead when it stopped beating, or, on this machine, when its process is gone. */
export function holderIsDead(lock: ImportLockRecord, isAlive: (pid: number) => boolean = processIsAlive): boolean {
  return lock.silentSeconds > STALE_AFTER_SECONDS || (lock.host === hostname() && !isAlive(lock.pid));
}

/**
 * Takes the import lock. When a dead holder has it, the lock is taken over
 * and `recover` is called with the dead holder's record, to clean up or finish
 * what it left, before the lock describes this import. A live holder makes it
 * throw ImportBusyError.
 */
export async function acquireImportLock(
  db: Database,
  description: ImportDescription,
  recover: (dead: ImportLockRecord, lock: HeldLock) => Promise<void>,
): Promise<HeldLock> {
  const run = randomUUID();
  const params = { ...description, run, pid: process.pid, host: hostname() };
  try {
    await db.write('import:lock', (tx) => tx.run('import/lock/acquire', params));
    return holdLock(db, run);
  } catch (error) {
    if (!(error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')) throw error;
  }
  const holder = await readImportLock(db);
  // Released between our attempt and this read: try once more from the start.
  if (!holder) return acquireImportLock(db, description, recover);
  if (!holderIsDead(holder)) throw new ImportBusyError(holder);
  const lock = await takeOver(db, holder, run);
  try {
    await recover(holder, lock);
    await db.write('import:lock', (tx) => tx.run('import/lock/begin', params));
  } catch (error) {
    lock.abandon();
    throw error;
  }
  return lock;
}

/** Takes over a dead holder's lock, keeping its phase; another process taking over at the same moment makes this one ImportBusyError. */
export async function takeOver(db: Database, dead: ImportLockRecord, run: string = randomUUID()): Promise<HeldLock> {
  const rows = await db.write('import:lock', (tx) =>
    tx.run('import/lock/take-over', { staleRun: dead.run, run, pid: process.pid, host: hostname() }),
  );
  if (rows.length === 0) {
    const holder = await readImportLock(db);
    throw holder ? new ImportBusyError(holder) : new Error('The import lock vanished while being taken over; run the import again.');
  }
  return holdLock(db, run);
}

function holdLock(db: Database, run: string): HeldLock {
  let where = { file: null as string | null, rows: null as number | null };
  let beating = true;
  let lastBeat = Date.now();
  const beat = async (): Promise<void> => {
    lastBeat = Date.now();
    try {
      await db.write('import:heartbeat', (tx) => tx.run('import/lock/heartbeat', { run, ...where }));
    } catch {
      // A missed beat is harmless: the lock goes stale only after several.
    }
  };
  const timer = setInterval(() => void (beating && beat()), HEARTBEAT_MS);
  timer.unref();
  const stop = (): void => {
    beating = false;
    clearInterval(timer);
  };
  return {
    run,
    async setPhase(phase) {
      const rows = await db.write('import:lock', (tx) => tx.run('import/lock/set-phase', { run, phase }));
      if (rows.length === 0) throw new Error('This import lost its lock to another process (it was silent too long); its work will be cleaned up or finished by that process.');
    },
    report(file, rows) {
      const newFile = file !== where.file;
      where = { file, rows };
      // A new file, or a second since the last word, is news worth sending now (the API shows it).
      if (beating && (newFile || Date.now() - lastBeat > 1_000)) void beat();
    },
    async release() {
      stop();
      await db.write('import:lock', (tx) => tx.run('import/lock/release', { run }));
    },
    abandon: stop,
  };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
