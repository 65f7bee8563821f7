import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Database } from '../db/database.ts';
import type { ImportRunRecord } from '../changes/record-changes.ts';
import type { WebhookSettings } from '../changes/webhook.ts';
import type { MarketModel } from '../analysis/market-model.ts';
import { acquireImportLock, type HeldLock } from './import-lock.ts';
import { removeLeftovers } from './publish-staged.ts';
import type { StepLog } from './step-log.ts';
import { isWholeFile, type RowProblem } from './read-csv.ts';
import { DEFAULT_MAX_FILE_BYTES } from './read-folder.ts';
import { ownerOf } from '../sources/import-plan.ts';
import { readFolderContents, type FolderContents, type NativeFile } from './folder-contents.ts';
import type { FolderFile } from './folder-files.ts';
import { MatchReportBuilder, type MatchListener, type MatchReport } from './match-report.ts';
import { storeMatchReport } from './match-report-store.ts';
import { takeEffect } from './take-effect.ts';
import { matchSources, type SourceMatching } from './match-sources.ts';
import { readSourceFile } from './read-source-file.ts';
import type { ImportPreview } from '../db/bookkeeping-rows.ts';
import { previewStaged } from './import-preview.ts';
import { completeLeftWork, finishInterruptedImport } from './recover-import.ts';
import { stageFolder, type ImportProgress, type StageSource } from './stage-folder.ts';

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
  /**
   * Learn the ranking's weights from this market alone. Default false: an
   * import of the same market moves the previous import's weights only as far
   * as its partnerships show them worse (docs/analyses.md, "Weights", step 7).
   */
  relearnWeights?: boolean;
  /** What a long step after staging is doing (switching, applying, removing the previous graph). */
  onStep?: StepLog;
  /** Largest file accepted, in bytes. Default 1,024 MB (the config's IMPORT_MAX_FILE_MB). */
  maxFileBytes?: number;
  /** A merge of at most this many rows is applied in one transaction. Default CHUNK_SIZE (50,000). */
  maxSingleTransactionRows?: number;
  /** Where to send the import's changes, signed (WEBHOOK_URL, WEBHOOK_SECRET); none by default. */
  webhook?: WebhookSettings;
  /** The company whose accounts a CRM export lists, or whose partners a partner sheet does (`--as`): its id or name. Default: the import plan's. */
  owner?: string;
  /** Read, match and stage everything, report what would change, and write nothing (`--dry-run`). Default false. */
  dryRun?: boolean;
  /** Called for each organisation a record of a strategist's file names, with the entity it was matched to (for checks of matching). */
  onMatched?: MatchListener;
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
  /** Each file's rows read and refused, and how its records matched (docs/import.md). */
  report: MatchReport;
  /** A dry run's count of what the import would add and change. */
  preview?: ImportPreview;
}

/**
 * Imports a data folder: PartnerGraph's own files (README.md, "Loading your
 * own data") and the files strategists hold (CRM exports, install-base lists,
 * partner sheets, company directories: docs/import.md), each recognised by its
 * headers or read through the folder's import-plan.json; then calibrates the
 * market's ranking model on it. All or nothing for the folder, whatever its size:
 *
 * 1. The import lock is taken, so imports run one at a time; a dead holder's
 *    lock is taken over, and what it left is cleaned up or finished. Every
 *    write that follows first proves, in its own transaction, that the lock
 *    is still this import's (api/import/import-lock.ts): a run that lost it
 *    writes nothing more.
 * 2. The organisations the strategist's files name are matched into one
 *    customer or company each (api/import/match-sources.ts: a first read of
 *    those files). Every file is read, checked and staged beside the live
 *    graph, a chunk per transaction (memory stays flat), which questions never
 *    read, and what it did is reported (the match report). Bad
 *    rows (without `skipBadRows`), or any problem with a whole file (with it
 *    too), discard the staging: the graph is as it was.
 * 3. The staging takes effect. With `replace` (or into an empty graph), one
 *    transaction swaps the old graph for the new. Without, the rows are merged
 *    into it: in one transaction up to 50,000 rows, else in batches, which a
 *    kill cannot undo: the next import or start-up finishes them (the API says
 *    an import was interrupted meanwhile). The same transaction stores what is
 *    left to complete (api/import/pending-completion.ts).
 * 4. The import is completed: the ranking calibrated on the new graph, what it
 *    changed diffed against the market read before it took effect
 *    (api/changes/) and stored. A kill from step 3 on leaves this to the next
 *    import or start-up, which does it just the same.
 * 5. The previous graph and the staging are deleted in the background of the
 *    lock, the lock is released, and the changes are sent to the webhook.
 *
 * Shortlists and notes name companies by id, so they survive any import.
 */
export async function importFolder(db: Database, folder: string, options: ImportOptions = {}): Promise<ImportResult> {
  const problems: RowProblem[] = [];
  const contents = await readFolderContents(
    folder,
    { owner: options.owner, maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES },
    problems,
  );
  const title = datasetTitle(folder);
  const dataset = title ?? basename(resolve(folder));
  const log = options.onStep ?? (() => {});
  const recovery = { webhook: options.webhook, log };
  const replace = options.replace ?? false;
  const lock = await acquireImportLock(db, { dataset, folder: resolve(folder), replace }, (dead, held) =>
    finishInterruptedImport(db, held, dead, recovery),
  );
  try {
    // Whatever an earlier import left (staged rows of a run that lost its lock, say) goes first: staged work is this run's alone.
    await completeLeftWork(db, lock, recovery);
    const live = (await db.read('import/company-ids')).map((row) => String(row.id));
    // Into an empty graph, merging and replacing are the same: replacing is one switch, not a second write of every row.
    const merging = !replace && live.length > 0;
    const matching =
      contents.sources.length === 0
        ? undefined
        : await matchSources(
            db,
            lock,
            contents.plan,
            contents.sources,
            nativeOf(contents, 'companies.csv', 'customers.csv'),
            { merging, overrides: contents.overrides },
          );
    const report = new MatchReportBuilder(
      { dryRun: options.dryRun ?? false, replace },
      matching?.existing,
      options.onMatched,
    );
    for (const note of matching?.resolution.problems() ?? []) report.note(note.reason);
    const written = await stageFolder(lock, stageSources(contents, matching, report, problems), problems, {
      merging,
      liveCompanyIds: new Set(merging ? live : []),
      onProgress: (progress) => {
        lock.report(progress.file, progress.written);
        options.onProgress?.(progress);
      },
    });
    problems.sort((a, b) => fileOrder(contents, a.file) - fileOrder(contents, b.file) || a.line - b.line);
    for (const native of contents.natives)
      report.file(native.label, native.spec.file, 'partnergraph').rows =
        (written[native.label] ?? 0) + problems.filter((problem) => problem.file === native.label).length;
    const matchReport = report.build(problems);
    // A file that cannot be read as it is (size, encoding, header, an unclosed quote) is never a row to skip.
    if (options.dryRun || (problems.length > 0 && (!options.skipBadRows || problems.some(isWholeFile)))) {
      const preview = options.dryRun ? await previewStaged(db) : undefined;
      await removeLeftovers(lock, log);
      await lock.release();
      return { imported: false, written: options.dryRun ? written : {}, problems, report: matchReport, preview };
    }
    const rows = Object.values(written).reduce((sum, count) => sum + count, 0);
    // An upsert from a folder that names no dataset keeps the current title; a graph of its own takes the folder's name.
    const staged = { merging, replace, rows, dataset, title: title ?? (merging ? null : dataset) };
    const { model, changes } = await takeEffect(db, lock, staged, {
      ...recovery,
      onCalibration: options.onCalibration,
      relearnWeights: options.relearnWeights,
      maxSingleTransactionRows: options.maxSingleTransactionRows,
    });
    await failSoft(log, 'store the match report', () => storeMatchReport(db, matchReport));
    return { imported: true, written, problems, model, changes, report: matchReport };
  } catch (error) {
    await settleFailed(lock, log);
    throw error;
  }
}

/**
 * What is staged, in order: PartnerGraph's own companies and the companies the
 * matcher made of the strategist's files, then customers likewise (the rest
 * name them), then the other own files, then each strategist's file read again
 * through its plan.
 */
function stageSources(
  contents: FolderContents,
  matching: SourceMatching | undefined,
  report: MatchReportBuilder,
  problems: RowProblem[],
): StageSource[] {
  const own = (file: NativeFile): StageSource => ({ type: 'file', file, label: file.label });
  const ownOf = (role: string) => contents.natives.filter((file) => file.spec.file === role).map(own);
  const entities = (kind: 'company' | 'customer'): StageSource[] =>
    matching
      ? [
          {
            type: 'rows',
            label: kind === 'company' ? 'companies (matched)' : 'customers (matched)',
            spec: kind === 'company' ? 'companies.csv' : 'customers.csv',
            rows: matching.entityRows(kind),
          },
        ]
      : [];
  const rest = contents.natives
    .filter((file) => file.spec.file !== 'companies.csv' && file.spec.file !== 'customers.csv')
    .map(own);
  const strategists: StageSource[] = matching
    ? contents.sources.map(({ entry, file }) => {
        report.file(file.file, entry.role, entry.layout, ownerOf(contents.plan, entry), matching.ownerOf(entry));
        return {
          type: 'source',
          label: file.file,
          bytes: file.bytes,
          rows: readSourceFile(entry, file, matching, report, (problem) => problems.push(problem)),
        };
      })
    : [];
  return [
    ...ownOf('companies.csv'),
    ...entities('company'),
    ...ownOf('customers.csv'),
    ...entities('customer'),
    ...rest,
    ...strategists,
  ];
}

/** PartnerGraph's own companies and customers files of the folder, the matcher's anchors. */
function nativeOf(
  contents: FolderContents,
  companies: string,
  customers: string,
): { companies?: FolderFile; customers?: FolderFile } {
  return {
    companies: contents.natives.find((file) => file.spec.file === companies)?.file,
    customers: contents.natives.find((file) => file.spec.file === customers)?.file,
  };
}

/**
 * Reading the market before the import is a report on it, not part of it:
 * when it fails, the step log says why and the import carries on.
 */
async function failSoft<T>(log: StepLog, what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    log(
      `Could not ${what} (${error instanceof Error ? error.message : String(error)}): this import records no changes.`,
    );
    return undefined;
  }
}

/**
 * After a failure: staging that never took effect is removed and the lock
 * released. Past that point, when the lock is another process's now, or when
 * the database cannot be asked, the lock is left to go stale, and the next
 * import or start-up finishes the work.
 */
async function settleFailed(lock: HeldLock, log: StepLog): Promise<void> {
  if (lock.phase !== 'staging') return lock.abandon();
  try {
    await removeLeftovers(lock, log);
    await lock.release();
  } catch {
    lock.abandon();
  }
}

export function formatProblem(problem: RowProblem): string {
  return `${problem.file}:${problem.line}: ${problem.reason}`;
}

/** Problems in the order the files are read: own files first, in import order, then the strategist's; messages about the plan itself first of all. */
function fileOrder(contents: FolderContents, file: string): number {
  const own = contents.natives.findIndex((native) => native.label === file);
  if (own !== -1) return own;
  const source = contents.sources.findIndex(({ entry }) => entry.file === file);
  return source !== -1 ? contents.natives.length + source : -1;
}

/** The folder README's first heading names the dataset; undefined when it names none. */
function datasetTitle(folder: string): string | undefined {
  const readme = join(folder, 'README.md');
  const heading = existsSync(readme) ? /^#\s+(.+)$/m.exec(readFileSync(readme, 'utf8'))?.[1] : undefined;
  return heading?.trim() || undefined;
}
