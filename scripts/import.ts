/**
 * `npm run import -- <folder> [--replace] [--skip-bad-rows]`: imports a data
 * folder (PRODUCT.md format) into the database `npm start` uses. Prints what it
 * loaded and every rejected row as `file:line: reason`; exits 1 when bad rows
 * stopped the import (nothing was written then).
 */
import { parseArgs } from 'node:util';
import { describeModel } from '../api/analysis/market-model.ts';
import { TERM_LABELS } from '../api/analysis/term-sentences.ts';
import { formatProblem, importFolder } from '../api/import/import-folder.ts';
import { DEMO_INSTANCE, openDatabase } from './open-database.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { replace: { type: 'boolean', default: false }, 'skip-bad-rows': { type: 'boolean', default: false } },
});
const folder = positionals[0];
if (!folder || positionals.length > 1) {
  console.error('Usage: npm run import -- <folder> [--replace] [--skip-bad-rows]');
  process.exit(2);
}

const { db, close } = await openDatabase(DEMO_INSTANCE);
let exitCode = 0;
try {
  const result = await importFolder(db, folder, {
    replace: values.replace,
    skipBadRows: values['skip-bad-rows'],
    onProgress: ({ file, written, total, rowsPerSecond }) => {
      if (total >= 20_000) console.error(`  ${file}: ${written.toLocaleString()} / ${total.toLocaleString()} rows (${rowsPerSecond.toLocaleString()} rows/s)`);
    },
    onCalibration: (done, total) => {
      if (done === total || done % 50 === 0) console.error(`  calibrating the ranking: ${done} / ${total} companies studied`);
    },
  });
  for (const problem of result.problems) console.error(formatProblem(problem));
  if (!result.imported) {
    console.error(`\nNothing was imported: ${result.problems.length} bad row(s). Fix them, or pass --skip-bad-rows to import the rest.`);
    exitCode = 1;
  } else {
    for (const [file, rows] of Object.entries(result.written)) console.log(`${file}: ${rows.toLocaleString()} rows`);
    if (result.model) console.log(describeModel(result.model, TERM_LABELS).summary);
    if (result.problems.length > 0) console.log(`Skipped ${result.problems.length} bad row(s), listed above.`);
    console.log(`Imported ${folder}${values.replace ? ' (replacing the previous graph)' : ''}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);
