import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WebhookSettings } from '../changes/webhook.ts';
import type { Database } from '../db/database.ts';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors.ts';
import { formatProblem, importFolder, type ImportResult } from '../import/import-folder.ts';
import { ImportBusyError, readImportLock } from '../import/import-lock.ts';
import { ownerOf } from '../sources/import-plan.ts';
import { ownerCompany } from './owner-company.ts';
import { readPlanView } from './plan-view.ts';
import type { UploadFolders, UploadRecord } from './upload-folders.ts';
import { badUpload, UploadRefusal } from './upload-refusal.ts';
import { MAX_PROBLEMS, type UploadRun } from './upload-run.ts';
import type { UploadSettings } from './upload-settings.ts';

export interface RunChoices {
  /** The files replace the graph (shortlists stay); else they are merged into it. */
  replace: boolean;
  /** Import the good rows of a file with bad ones. */
  skipBadRows?: boolean;
  /** The market's name, which the header shows; none keeps the current one on a merge. */
  name?: string;
}

/** How often the import's start is checked for the lock: a person waits on it, the database barely notices. */
const LOCK_POLL_MS = 50;

/**
 * Dry runs and imports of an upload's folder, through the same importFolder
 * as `npm run import`: the same lock (one import at a time, from anywhere),
 * staging beside the live graph and all-or-nothing switch. Shortlists
 * survive, as with every import.
 */
export class UploadRuns {
  /** Imports this process runs, by upload id: a record saying `running` without one here was cut short by a restart. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly folders: UploadFolders,
    private readonly settings: UploadSettings,
    /** Where imports send their changes (WEBHOOK_URL), as `npm run import` does. */
    private readonly webhook?: WebhookSettings,
  ) {}

  /** Reads, matches and stages the files, reports what would change, writes nothing; answers when done. */
  async dryRun(record: UploadRecord, choices: RunChoices): Promise<UploadRun> {
    return this.folders.whileBusy(record.id, 'a dry run', async () => {
      const folder = this.prepare(record, choices);
      const startedAt = new Date().toISOString();
      let result: ImportResult;
      try {
        result = await importFolder(this.db, folder, {
          replace: choices.replace,
          dryRun: true,
          maxFileBytes: this.settings.maxFileBytes,
        });
      } catch (error) {
        throw refusalFor(error, folder);
      }
      const run: UploadRun = {
        kind: 'dry-run',
        state: result.problems.length > 0 ? 'refused' : 'done',
        replace: choices.replace,
        startedAt,
        finishedAt: new Date().toISOString(),
        report: result.report,
        ...(result.preview && { preview: result.preview }),
        written: result.written,
        ...listed(result),
      };
      record.run = run;
      this.folders.touch(record);
      return run;
    });
  }

  /**
   * Starts the import in the background and answers once it holds the import
   * lock (`running`), or once it ended if that came first. Another import
   * holding the lock is a 409 with ImportBusyError's message, and this
   * upload's earlier outcome stays.
   */
  async startImport(record: UploadRecord, choices: RunChoices): Promise<UploadRun> {
    this.folders.claim(record.id, 'an import');
    const previous = record.run;
    let folder: string;
    let owners: string[];
    try {
      folder = this.prepare(record, choices);
      const { plan } = await readPlanView(folder, this.settings.maxFileBytes);
      owners = [
        ...new Set(
          plan.files.map((entry) => ownerOf(plan, entry)).filter((owner): owner is string => owner !== undefined),
        ),
      ];
    } catch (error) {
      this.folders.release(record.id);
      throw refusalFor(error, this.folders.folderOf(record.id));
    }
    const run: UploadRun = {
      kind: 'import',
      state: 'running',
      replace: choices.replace,
      startedAt: new Date().toISOString(),
    };
    let settled = false;
    let locked = false;
    let failure: unknown;
    const work = importFolder(this.db, folder, {
      replace: choices.replace,
      skipBadRows: choices.skipBadRows ?? false,
      maxFileBytes: this.settings.maxFileBytes,
      webhook: this.webhook,
    })
      .then(
        async (result) => {
          Object.assign(run, {
            state: result.imported ? 'done' : 'refused',
            report: result.report,
            written: result.written,
            ...listed(result),
          });
          if (result.imported) {
            const owner = await this.landing(owners, result);
            if (owner) run.owner = owner;
            // Imported: the files are in the graph now, and a copy here is one more place they could leak from.
            this.folders.removeFiles(record.id);
          }
        },
        (error: unknown) => {
          failure = error;
          Object.assign(run, { state: 'failed', error: sentenceOf(error, folder) });
        },
      )
      .finally(() => {
        settled = true;
        run.finishedAt = new Date().toISOString();
        this.running.delete(record.id);
        this.folders.release(record.id);
        // Busy elsewhere at the start: this upload's outcome stays what it was.
        record.run = failure instanceof ImportBusyError && !locked ? previous : run;
        this.folders.touch(record);
      });
    this.running.set(record.id, work);
    record.run = run;
    this.folders.touch(record);
    while (!settled && !locked) {
      const lock = await readImportLock(this.db).catch(() => undefined);
      locked = lock?.folder === resolve(folder) && lock.pid === process.pid;
      if (!locked) await Promise.race([work, sleep(LOCK_POLL_MS)]);
    }
    if (failure instanceof ImportBusyError && !locked) throw new UploadRefusal(409, 'IMPORT_RUNNING', failure.message);
    if (settled && run.state === 'failed' && !locked) throw refusalFor(failure, folder);
    return run;
  }

  /** The upload's last outcome; a `running` one this process does not run was cut short by a restart. */
  outcome(record: UploadRecord): UploadRun | undefined {
    const run = record.run;
    if (run?.state === 'running' && !this.running.has(record.id)) {
      return {
        ...run,
        state: 'interrupted',
        error:
          'The server stopped while this import ran. The data is as it was before it, or the next import or start-up finishes it; import again to be sure.',
      };
    }
    return run;
  }

  /** Resolves when every import this process started has ended (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  /** Writes the market's name as the folder's README title (the importer's dataset name); none leaves it out. */
  private prepare(record: UploadRecord, choices: RunChoices): string {
    const folder = this.folders.folderOf(record.id);
    if (this.folders.files(record.id).length === 0)
      throw badUpload(
        'This upload has no files left: it was imported already, or they were removed. Start a new upload.',
      );
    const name = choices.name
      ?.replace(/[\r\n#]+/g, ' ')
      .trim()
      .slice(0, 100);
    if (name) writeFileSync(join(folder, 'README.md'), `# ${name}\n`, { mode: 0o600 });
    return folder;
  }

  /** Where the explorer opens after the import: the files' owner, else the company the files list most accounts of. */
  private async landing(owners: string[], result: ImportResult): Promise<{ id: string; name: string } | undefined> {
    for (const owner of owners) {
      const company = await ownerCompany(this.db, owner).catch(() => undefined);
      if (company) return company;
    }
    const busiest = result.report.companies[0];
    return busiest ? ownerCompany(this.db, busiest.id).catch(() => undefined) : undefined;
  }
}

function listed(result: ImportResult): Pick<UploadRun, 'problems' | 'problemsTotal'> {
  return result.problems.length === 0
    ? {}
    : { problems: result.problems.slice(0, MAX_PROBLEMS).map(formatProblem), problemsTotal: result.problems.length };
}

/** An error's message for a person, with the server's folder path left out. */
function sentenceOf(error: unknown, folder: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(resolve(folder)).join('the upload').split(folder).join('the upload');
}

/** What a failed start or dry run answers: 409 for another import, 503 without the database, 400 for the folder's own problems. */
function refusalFor(error: unknown, folder: string): UploadRefusal {
  if (error instanceof UploadRefusal) return error;
  if (error instanceof ImportBusyError) return new UploadRefusal(409, 'IMPORT_RUNNING', error.message);
  if (error instanceof DatabaseUnavailableError || error instanceof QueryTimeoutError)
    return new UploadRefusal(503, 'DATABASE_UNAVAILABLE', error.message);
  const message = error instanceof Error ? error.message : '';
  // The importer's refusals of the folder itself name its path ("…: no CSV files; …").
  if (message.includes(folder) || message.includes(resolve(folder)))
    return badUpload(sentenceOf(error, folder).replace(/^the upload: /, 'The upload: '));
  console.error('Upload: unexpected error', error);
  return new UploadRefusal(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
}
