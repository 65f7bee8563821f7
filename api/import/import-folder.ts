import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Database } from '../db/database.ts';
import { recordChanges, snapshotBefore, type ImportRunRecord } from '../changes/record-changes.ts';
import { deliver, type WebhookSettings } from '../changes/webhook.ts';
import { DEFAULT_MODEL, type MarketModel } from '../analysis/market-model.ts';
import { calibrateMarket, storeMarketModel } from '../fits/calibrate-market.ts';
import { acquireImportLock, readImportLock, type HeldLock } from './import-lock.ts';
import { applyStaged, removeLeftovers, switchToStaged, type StepLog } from './publish-staged.ts';
import type { RowProblem } from './read-csv.ts';
import { DEFAULT_MAX_FILE_BYTES, FILE_SPECS, listDataFiles } from './read-folder.ts';
import { finishInterruptedImport } from './recover-import.ts';
import { CHUNK_SIZE, stageFolder, type ImportProgress } from './stage-folder.ts';

export type { ImportProgress } from './stage-folder.ts';

export interface ImportOptions {
  /** The folder replaces the graph (shortlists and their pins stay). Default false: rows add to or update the graph. */
  replace?: boolean;
  /** Import the good rows of a file that has bad ones. Default false: any bad row changes nothing. */
  skipBadRows?: boolean;
  /** After every chunk of rows staged: rows, rate, how far through the file, time left. */
  onProgress?: (progress: ImportProgress) => void;
  /** Called while the ranking model is calibrated, after the new graph took effect. */
  onCalibration?: (done: number, total: number) => void;
  /** What a long step after staging is doing (switching, applying, removing the previous graph). */
  onStep?: StepLog;
  /** Largest file accepted, in bytes. Default 1,024 MB (the config's IMPORT_MAX_FILE_MB). */
  maxFileBytes?: number;
  /** A merge of at most this many rows is applied in one transaction. Default CHUNK_SIZE (50,000). */
  maxSingleTransactionRows?: number;
  /** Where to send the import's changes, signed (WEBHOOK_URL, WEBHOOK_SECRET); none by default. */
  webhook?: WebhookSettings;
}

export interface ImportResult {
  /** False when bad rows stopped the import; nothing was written then. */
  imported: boolean;
  /** Rows written per file. */
  written: Record<string, number>;
  /** Every rejected row as `file:line: reason`, in file and line order. */
  problems: RowProblem[];
  /** The ranking model calibrated on the imported market (absent when nothing was imported). */
  model?: MarketModel;
  /** What the import changed in the market, as recorded (absent when nothing was imported, or the record failed). */
  changes?: ImportRunRecord;
}

/**
 * Imports a data folder (the format of README.md, "Loading your own data"),
 * then calibrates the market's ranking model on it (api/market/).
 * All or nothing for the folder, whatever its size:
 *
 * 1. The import lock is taken, so imports run one at a time; a dead holder's
 *    lock is taken over, and what it left is cleaned up or finished.
 * 2. Every file is read, checked and staged beside the live graph, a chunk
 *    per transaction (memory stays flat), which questions never read. Bad
 *    rows (without `skipBadRows`) discard the staging: the graph is as it was.
 * 3. The staging takes effect. With `replace` (or into an empty graph), one
 *    transaction swaps the old graph for the new. Without, the rows are merged
 *    into it: in one transaction up to 50,000 rows, else in batches, which a
 *    kill cannot undo: the next import or start-up finishes them (the API says
 *    an import was interrupted meanwhile).
 * 4. What the import changed is recorded: the market's facts read before it
 *    took effect are diffed with the new graph's (api/changes/), and the
 *    changes stored, then sent to the webhook once the lock is released.
 * 5. The previous graph and the staging are deleted in the background of the
 *    lock, and the lock is released.
 *
 * Shortlists and notes name companies by id, so they survive any import.
 */
export async function importFolder(db: Database, folder: string, options: ImportOptions = {}): Promise<ImportResult> {
  const problems: RowProblem[] = [];
  const files = listDataFiles(folder, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, problems);
  const dataset = datasetName(folder);
  const log = options.onStep ?? (() => {});
  const lock = await acquireImportLock(db, { dataset, folder: resolve(folder), replace: options.replace ?? false }, (dead) =>
    finishInterruptedImport(db, dead, log),
  );
  try {
    const live = (await db.read('import/company-ids')).map((row) => String(row.id));
    // Into an empty graph, merging and replacing are the same: replacing is one switch, not a second write of every row.
    const merging = !options.replace && live.length > 0;
    const written = await stageFolder(db, files, problems, {
      merging,
      liveCompanyIds: new Set(merging ? live : []),
      onProgress: (progress) => {
        lock.report(progress.file, progress.written);
        options.onProgress?.(progress);
      },
    });
    problems.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || a.line - b.line);
    if (problems.length > 0 && !options.skipBadRows) {
      await removeLeftovers(db, log);
      await lock.release();
      return { imported: false, written: {}, problems };
    }
    const rows = Object.values(written).reduce((sum, count) => sum + count, 0);
    // The graph as it stands, before the staged folder takes effect: what the changes are measured against.
    const before = await failSoft(log, 'read the market before the import', () => snapshotBefore(db));
    if (merging) await applyStaged(db, lock, dataset, rows, options.maxSingleTransactionRows ?? CHUNK_SIZE, log);
    else await switchToStaged(db, lock, dataset, log);
    // The new graph is complete and live: the ranking learns from its partnerships as they now stand.
    const model = await calibrate(db, options, log);
    const changes = before && (await failSoft(log, 'record what the import changed', () => recordChanges(db, before, { dataset, replace: options.replace ?? false })));
    await removeLeftovers(db, log);
    await lock.release();
    if (changes && options.webhook) await sendChanges(options.webhook, changes, log);
    return { imported: true, written, problems, model, changes: changes ?? undefined };
  } catch (error) {
    await settleFailed(db, lock, log);
    throw error;
  }
}

/**
 * Calibrates the ranking model on the graph that just took effect and stores
 * it. The import has succeeded by then, so a failure here does not undo it:
 * the defaults are stored instead (a model learnt on the previous market
 * must not outlive it), and the step log says why.
 */
async function calibrate(db: Database, options: ImportOptions, log: StepLog): Promise<MarketModel | undefined> {
  try {
    const model = await calibrateMarket(db, { onProgress: options.onCalibration });
    await storeMarketModel(db, model);
    return model;
  } catch (error) {
    log(`The ranking could not be calibrated (${error instanceof Error ? error.message : String(error)}): default weights apply until the next import.`);
    await storeMarketModel(db, DEFAULT_MODEL).catch(() => {});
    return undefined;
  }
}

/**
 * Recording changes is a report on an import, not part of it: when it fails,
 * the step log says why and the import carries on.
 */
async function failSoft<T>(log: StepLog, what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    log(`Could not ${what} (${error instanceof Error ? error.message : String(error)}): this import records no changes.`);
    return undefined;
  }
}

/** Sends the import's changes to the webhook; a receiver that fails every try is reported, and the import still succeeds. */
async function sendChanges(webhook: WebhookSettings, record: ImportRunRecord, log: StepLog): Promise<void> {
  if (record.changes.length === 0) return;
  const delivery = await deliver(webhook, { import: { id: record.id, dataset: record.dataset, replace: record.replace, finishedAt: record.finishedAt, counts: record.counts }, changes: record.changes }, 'changes');
  if (!delivery.delivered) log(`The webhook did not take this import's changes after ${delivery.attempts} tries (${delivery.error}); they are stored, and changes(…) returns them.`);
}

/**
 * After a failure: staging that never took effect is removed and the lock
 * released. Past that point, or when the database cannot be asked, the lock
 * is left to go stale, and the next import or start-up finishes the work.
 */
async function settleFailed(db: Database, lock: HeldLock, log: StepLog): Promise<void> {
  try {
    const held = await readImportLock(db);
    if (held?.run !== lock.run || held.phase !== 'staging') return lock.abandon();
    await removeLeftovers(db, log);
    await lock.release();
  } catch {
    lock.abandon();
  }
}

export function formatProblem(problem: RowProblem): string {
  return `${problem.file}:${problem.line}: ${problem.reason}`;
}

function fileOrder(file: string): number {
  return FILE_SPECS.findIndex((spec) => spec.file === file);
}

/** The folder README's first heading names the dataset; else the folder's name. */
function datasetName(folder: string): string {
  const readme = join(folder, 'README.md');
  const heading = existsSync(readme) ? /^#\s+(.+)$/m.exec(readFileSync(readme, 'utf8'))?.[1] : undefined;
  return heading?.trim() || basename(resolve(folder));
}
