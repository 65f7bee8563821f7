/**
 * `npm run import -- <folder> [--replace] [--skip-bad-rows] [--as <company>] [--dry-run] [--plan]`:
 * imports a data folder into the database `npm start` uses (README.md, "Loading your own data";
 * docs/import.md for the files strategists hold). Prints progress, what it loaded, the match report
 * and every rejected row as `file:line: reason`; exits 1 when bad rows stopped the import (nothing
 * was written then), when another import holds the lock, or on any other failure. `--dry-run`
 * reports what the import would do and writes nothing; `--plan` writes import-plan.json (what each
 * file is, its columns, how sure and why) for a person to edit, and imports nothing.
 */
import { parseArgs } from 'node:util';
import { describeModel } from '../api/analysis/market-model.ts';
import { TERM_LABELS } from '../api/analysis/term-sentences.ts';
import { formatProblem, importFolder, type ImportProgress } from '../api/import/import-folder.ts';
import { isWholeFile } from '../api/import/read-csv.ts';
import { writeImportPlan } from '../api/import/folder-contents.ts';
import { describeReport } from '../api/import/match-report.ts';
import type { ImportPreview } from '../api/db/bookkeeping-rows.ts';
import { describePlan } from '../api/sources/import-plan.ts';
import type { ImportRunRecord } from '../api/changes/record-changes.ts';
import { readConfig, type Config } from '../api/config.ts';
import { DEMO_INSTANCE, openDatabase } from './open-database.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    replace: { type: 'boolean', default: false },
    'skip-bad-rows': { type: 'boolean', default: false },
    as: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    plan: { type: 'boolean', default: false },
    'relearn-weights': { type: 'boolean', default: false },
  },
});
const folder = positionals[0];
if (!folder || positionals.length > 1) {
  console.error(
    'Usage: npm run import -- <folder> [--replace] [--skip-bad-rows] [--as <company>] [--dry-run] [--plan] [--relearn-weights]',
  );
  process.exit(2);
}
let config: Config;
try {
  config = readConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

if (values.plan) {
  try {
    const { plan, path, problems } = await writeImportPlan(folder, {
      owner: values.as,
      maxFileBytes: config.maxImportFileBytes,
    });
    console.log(describePlan(plan));
    for (const problem of problems) console.error(formatProblem(problem));
    console.log(
      `\nWrote ${path}: edit it (each file's role, owner and columns), then run the import again; it reads the plan.`,
    );
    process.exit(problems.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/**
 * The import's own reads are few and small, but a paused import (Ctrl-Z, kill -STOP) finds the
 * transaction it had open when it resumes: under the API's 30 s limit a pause of a minute would
 * fail it. Its writes already run under the database's own limit (120 s on the local Neo4j).
 */
const IMPORT_QUERY_TIMEOUT_MS = 600_000;
/**
 * A request gives up on a database that does not answer within 2 s; an import of minutes should ride out
 * a short outage (a busy machine, a cluster's leader changing) instead, retrying each transaction for as long.
 */
const IMPORT_RETRY_MS = 30_000;
const { db, close } = await openDatabase(DEMO_INSTANCE, {
  ...config,
  queryTimeoutMs: Math.max(config.queryTimeoutMs, IMPORT_QUERY_TIMEOUT_MS),
  maxRetryTimeMs: IMPORT_RETRY_MS,
});
let exitCode = 0;
const started = Date.now();
try {
  const result = await importFolder(db, folder, {
    replace: values.replace,
    skipBadRows: values['skip-bad-rows'],
    owner: values.as,
    dryRun: values['dry-run'],
    relearnWeights: values['relearn-weights'],
    maxFileBytes: config.maxImportFileBytes,
    webhook: config.webhook,
    // A small file in one chunk needs no progress line.
    onProgress: (progress) =>
      (progress.fraction < 1 || progress.written >= 20_000) && console.error(`  ${describeProgress(progress)}`),
    onStep: (message) => console.error(`  ${message}`),
    onCalibration: (done, total) => {
      if (done === total || done % 50 === 0)
        console.error(`  calibrating the ranking: ${done} / ${total} companies studied`);
    },
  });
  for (const problem of result.problems) console.error(formatProblem(problem));
  if (result.report.files.some((file) => file.layout !== 'partnergraph')) console.log(describeReport(result.report));
  if (values['dry-run']) {
    if (result.preview) console.log(describePreview(result.preview, values.replace));
    console.log(
      result.problems.length > 0 && !values['skip-bad-rows']
        ? `\nThe import would refuse ${result.problems.length} bad row(s) (above).`
        : '\nDry run: nothing was written.',
    );
  } else if (!result.imported) {
    const files = [...new Set(result.problems.filter(isWholeFile).map((problem) => problem.file))];
    console.error(
      files.length > 0
        ? `\nNothing was imported: ${files.join(', ')} cannot be read as ${files.length === 1 ? 'it is' : 'they are'} (above). Fix ${files.length === 1 ? 'it' : 'them'} and run the import again; --skip-bad-rows skips bad rows, never a whole file.`
        : `\nNothing was imported: ${result.problems.length} bad row(s). Fix them, or pass --skip-bad-rows to import the rest.`,
    );
    exitCode = 1;
  } else {
    for (const [file, rows] of Object.entries(result.written))
      console.log(`${file}: ${rows.toLocaleString('en-US')} rows`);
    if (result.model) console.log(describeModel(result.model, TERM_LABELS).summary);
    if (result.changes) console.log(describeChanges(result.changes));
    if (result.problems.length > 0) console.log(`Skipped ${result.problems.length} bad row(s), listed above.`);
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `Imported ${folder}${values.replace ? ' (replacing the previous graph; shortlists kept)' : ''} in ${seconds} s.`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);

/** `Changes recorded: 3 partnerships started, 1 ended, …` (all of them: `changes { sentence }` in the API). */
function describeChanges(record: ImportRunRecord): string {
  if (record.baseline) return 'Changes: none recorded (the graph was empty before this import).';
  const counts = Object.entries(record.counts).filter(([, count]) => count > 0);
  if (counts.length === 0)
    return 'Changes: none in partnerships, channel conflicts, watched overlaps or shortlisted scores.';
  return `Changes recorded: ${counts.map(([kind, count]) => `${count.toLocaleString('en-US')} ${kind.toLowerCase().replace(/_/g, ' ')}`).join(', ')} (the API's changes query lists them).`;
}

/** What a dry run would change, in a few lines. */
function describePreview(preview: ImportPreview, replace: boolean): string {
  const n = (count: number) => count.toLocaleString('en-US');
  if (replace) {
    return `Would replace the graph (${n(preview.liveCompanies)} companies, ${n(preview.liveCustomers)} customers, ${n(preview.liveAccounts)} accounts, ${n(preview.livePartnerships)} partnerships) with ${n(preview.stagedCompanies)} companies, ${n(preview.stagedCustomers)} customers, ${n(preview.stagedAccounts)} accounts, ${n(preview.stagedPartnerships)} partnerships.`;
  }
  return [
    'Would add or change:',
    `  companies: ${n(preview.newCompanies)} new, ${n(preview.updatedCompanies)} updated`,
    `  customers: ${n(preview.newCustomers)} new, ${n(preview.updatedCustomers)} updated`,
    `  accounts: ${n(preview.newAccounts)} new, ${n(preview.changedAccounts)} with another stage`,
    `  partnerships: ${n(preview.newPartnerships)} new, ${n(preview.changedPartnerships)} changed`,
    `  capabilities offered: ${n(preview.newCapabilities)} new; rivalries: ${n(preview.newRivalries)} new`,
  ].join('\n');
}

/** `accounts.csv: 1,200,000 rows (62%), 21,400 rows/s, about 35 s left` */
function describeProgress({ file, written, fraction, rowsPerSecond, etaSeconds }: ImportProgress): string {
  const eta =
    etaSeconds === undefined
      ? ''
      : `, about ${etaSeconds < 90 ? `${etaSeconds} s` : `${Math.round(etaSeconds / 60)} min`} left`;
  return `${file}: ${written.toLocaleString('en-US')} rows (${Math.round(fraction * 100)}%), ${rowsPerSecond.toLocaleString('en-US')} rows/s${eta}`;
}
