import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isConstraintViolation } from '../db/database-errors.ts';
import type { ImportLockRecord, ImportPhase } from '../db/bookkeeping-rows.ts';
import type { Database, WriteOptions, WriteWork } from '../db/database.ts';
import { currentProcessStart, processIsAlive } from './process-identity.ts';

/** A holder on another machine silent this long is taken for dead. It beats every HEARTBEAT_MS, so one missed beat is not death. */
const STALE_AFTER_SECONDS = 30;
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
    const here = holder.host === hostname();
    super(
      `Another import is running on this database: "${holder.dataset}" from ${holder.folder}${holder.replace ? ' (--replace)' : ''}, ` +
        `started ${holder.startedAt} by process ${holder.pid} on ${holder.host}, last heard from ${holder.silentSeconds} s ago` +
        `${holder.file ? ` (${holder.phase}, ${holder.file})` : ` (${holder.phase})`}. ` +
        (here && holder.silentSeconds > STALE_AFTER_SECONDS
          ? `That process still exists on this machine but has gone quiet: if it is paused (Ctrl-Z, kill -STOP), resume it (fg, kill -CONT ${holder.pid}) or end it (kill ${holder.pid}); an ended import's lock is taken over at once.`
          : `Wait for it to finish, then run this import again. A crashed import's lock is taken over at once on the same machine, ` +
            `or after ${STALE_AFTER_SECONDS} s without a heartbeat from another.`),
    );
    this.name = 'ImportBusyError';
  }
}

/**
 * Thrown by a write of an import that no longer holds the lock: it stayed
 * silent past STALE_AFTER_SECONDS (paused, or cut off from the database) and
 * another process took the lock over. Every write of an import checks the
 * lock first, in its own transaction, so nothing this import tries after the
 * takeover is written; what it wrote before was removed, or finished, by the
 * process that took over.
 */
export class LostLockError extends Error {
  constructor(phase: ImportPhase, holder: ImportLockRecord | undefined) {
    const taker = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
    super(
      phase === 'staging'
        ? `This import lost its lock to ${taker}, which took it over after this one was silent for more than ${STALE_AFTER_SECONDS} s (paused, or cut off from the database). ` +
            'Nothing of this import took effect, and what it had staged was removed when the lock was taken over. Run it again.'
        : `This import lost its lock to ${taker} after its rows took effect; that process finishes what was left (calibrating the ranking, recording the changes, removing leftovers).`,
    );
    this.name = 'LostLockError';
  }
}

/** Writes in transactions that first prove the lock is still this import's. */
export interface LockedWriter {
  write<T>(label: string, work: (tx: WriteWork) => Promise<T>, options?: WriteOptions): Promise<T>;
}

/** The lock an import holds while it runs, beating its heart until released. */
export interface HeldLock extends LockedWriter {
  run: string;
  /** The phase this import has reached, as its lock records it. */
  readonly phase: ImportPhase;
  /** Records the phase: it tells a process that finds this import dead what to clean up or finish. */
  setPhase(phase: ImportPhase): Promise<void>;
  /** Notes a phase that a write of the import's own (the switch, say) recorded in its transaction. */
  enteredPhase(phase: ImportPhase): void;
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
  return row?.lock;
}

/**
 * A holder is dead when, on this machine, its process is gone (a pid now
 * naming another process counts as gone), or, on another machine, when it has
 * not beaten for STALE_AFTER_SECONDS. A live process on this machine is never
 * taken for dead, however quiet: it may be paused, and would carry on writing
 * once resumed. (Were it taken over anyway, its writes would be refused: see
 * LostLockError.)
 */
export function holderIsDead(
  lock: Pick<ImportLockRecord, 'host' | 'pid' | 'processStart' | 'silentSeconds'>,
  isAlive: (pid: number, start: string | null) => boolean = processIsAlive,
): boolean {
  if (lock.host === hostname()) return !isAlive(lock.pid, lock.processStart);
  return lock.silentSeconds > STALE_AFTER_SECONDS;
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
  const params = { ...description, ...whoAmI(), run };
  // Read first: a live holder may be paused inside a transaction that holds the lock node, and
  // creating a second one would wait on it until that transaction times out.
  let holder = await readImportLock(db);
  if (!holder) {
    try {
      await db.write('import:lock', (tx) => tx.run('import/lock/acquire', params));
      return holdLock(db, run, 'staging');
    } catch (error) {
      // Another import created the lock between our read and our write.
      if (!isConstraintViolation(error)) throw error;
    }
    holder = await readImportLock(db);
    // Released between our attempt and this read: try once more from the start.
    if (!holder) return acquireImportLock(db, description, recover);
  }
  if (!holderIsDead(holder)) throw new ImportBusyError(holder);
  const lock = await takeOver(db, holder, run);
  try {
    await recover(holder, lock);
    await lock.write('import:lock', (tx) => tx.run('import/lock/begin', params));
    lock.enteredPhase('staging');
  } catch (error) {
    lock.abandon();
    throw error;
  }
  return lock;
}

/** Takes over a dead holder's lock, keeping its phase; another process taking over at the same moment makes this one ImportBusyError. */
export async function takeOver(db: Database, dead: ImportLockRecord, run: string = randomUUID()): Promise<HeldLock> {
  const rows = await db.write('import:lock', (tx) =>
    tx.run('import/lock/take-over', { staleRun: dead.run, run, ...whoAmI() }),
  );
  if (rows.length === 0) {
    const holder = await readImportLock(db);
    throw holder
      ? new ImportBusyError(holder)
      : new Error('The import lock vanished while being taken over; run the import again.');
  }
  return holdLock(db, run, dead.phase);
}

function whoAmI() {
  return { pid: process.pid, host: hostname(), processStart: currentProcessStart() };
}

function holdLock(db: Database, run: string, initialPhase: ImportPhase): HeldLock {
  let where = { file: null as string | null, rows: null as number | null };
  let phase = initialPhase;
  let beating = true;
  let lastBeat = Date.now();
  const lost = async (): Promise<never> => {
    stop();
    throw new LostLockError(phase, await readImportLock(db).catch(() => undefined));
  };
  const beat = async (): Promise<void> => {
    lastBeat = Date.now();
    try {
      const rows = await db.write('import:heartbeat', (tx) => tx.run('import/lock/heartbeat', { run, ...where }));
      // The lock is another process's now: no more beats (the next write says so).
      if (rows.length === 0) stop();
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
  const write: HeldLock['write'] = async (label, work, options) => {
    let owned = true;
    const result = await db.write(
      label,
      async (tx) => {
        // Takes the lock node's write lock for the whole transaction (hold.cypher), so a takeover waits for it, or it sees the takeover.
        const [held] = await tx.run('import/lock/hold', { run });
        owned = held !== undefined;
        return owned ? work(tx) : undefined;
      },
      options,
    );
    return owned ? (result as Awaited<ReturnType<typeof work>>) : lost();
  };
  return {
    run,
    get phase() {
      return phase;
    },
    write,
    async setPhase(next) {
      await write('import:lock', (tx) => tx.run('import/lock/set-phase', { run, phase: next }));
      phase = next;
    },
    enteredPhase(next) {
      phase = next;
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
