/**
 * Child process of the bench: imports one data folder into the bench Neo4j and
 * prints what it measured as one JSON line. A process of its own so that its
 * peak memory is the import's alone.
 *
 *   node --import tsx bench/import-child.ts <folder> <bolt uri>
 */
import { createDatabase, type Database } from '../api/db/database.ts';
import { migrate } from '../api/db/migrate.ts';
import { importFolder } from '../api/import/import-folder.ts';
import { IMPORT_RESULT_MARKER, type ImportChildResult } from './import-phase.ts';

/** Times every write transaction by its label (`import:accounts.csv`, …). */
function timeWrites(db: Database, seconds: Record<string, number>, onFirstWrite: () => void): Database {
  return {
    ...db,
    write: async (label, work, ...rest) => {
      onFirstWrite();
      const started = performance.now();
      try {
        return await db.write(label, work, ...rest);
      } finally {
        const file = label.replace(/^import:/, '');
        seconds[file] = (seconds[file] ?? 0) + (performance.now() - started) / 1000;
      }
    },
  };
}

async function main(): Promise<void> {
  const [folder, uri] = process.argv.slice(2);
  if (!folder || !uri) throw new Error('usage: import-child.ts <folder> <bolt uri>');
  const db = createDatabase({ uri });
  try {
    await migrate(db);
    const writeSeconds: Record<string, number> = {};
    const started = performance.now();
    let firstWrite: number | undefined;
    const timed = timeWrites(db, writeSeconds, () => (firstWrite ??= performance.now()));
    const result = await importFolder(timed, folder);
    const totalSeconds = (performance.now() - started) / 1000;
    const report: ImportChildResult = {
      imported: result.imported,
      problems: result.problems.length,
      written: result.written,
      totalSeconds,
      readSeconds: ((firstWrite ?? performance.now()) - started) / 1000,
      writeSeconds,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    process.stdout.write(`${IMPORT_RESULT_MARKER}${JSON.stringify(report)}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
