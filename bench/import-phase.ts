import { peakRssMiB } from './bench-neo4j.ts';
import { collectOutput, spawnTs } from './child-process.ts';

export const IMPORT_RESULT_MARKER = 'BENCH_IMPORT_RESULT ';

/** What bench/import-child.ts measures and prints. */
export interface ImportChildResult {
  imported: boolean;
  problems: number;
  /** Rows written per file. */
  written: Record<string, number>;
  /** The whole import: reading and checking every file, writing them, refreshing the aggregates. */
  totalSeconds: number;
  /** Reading and validating the CSV files, before the first write. */
  readSeconds: number;
  /** Each file's write transaction (its rows and its aggregate refresh), by file name. */
  writeSeconds: Record<string, number>;
  /** The importing process's peak resident memory, MiB. */
  peakRssMiB: number;
}

export interface ImportFigures {
  accountLinks: number;
  /** Whole import, every file, wall clock. */
  seconds: number;
  /** Account links ÷ the whole import's seconds (parsing, validation, every file, aggregates). */
  accountLinksPerSecond: number;
  /** accounts.csv's own write transaction (rows + aggregate refresh). */
  accountsWriteSeconds: number;
  /** Account links ÷ accounts.csv's write seconds: the database's side of the import. */
  accountsWriteLinksPerSecond: number;
  readSeconds: number;
  writeSeconds: Record<string, number>;
  /** Peak RSS of the importing Node process. */
  importerPeakRssMiB: number;
  /** Peak RSS of the Neo4j JVM since it started (start-up, schema, import). */
  neo4jPeakRssMiB: number | undefined;
}

/** Imports the folder from a child process and reads its figures. */
export async function runImport(folder: string, uri: string, neo4jPid: number | undefined): Promise<ImportFigures> {
  const output = await collectOutput(spawnTs('import-child.ts', [folder, uri]));
  const line = output.split('\n').find((text) => text.startsWith(IMPORT_RESULT_MARKER));
  if (!line) throw new Error(`The import child printed no result:\n${output.slice(-2000)}`);
  const result = JSON.parse(line.slice(IMPORT_RESULT_MARKER.length)) as ImportChildResult;
  if (!result.imported || result.problems > 0)
    throw new Error(`The synthetic ecosystem did not import cleanly (${result.problems} problems)`);
  const accountLinks = result.written['accounts.csv'] ?? 0;
  const accountsWriteSeconds = result.writeSeconds['accounts.csv'] ?? Number.NaN;
  return {
    accountLinks,
    seconds: result.totalSeconds,
    accountLinksPerSecond: Math.round(accountLinks / result.totalSeconds),
    accountsWriteSeconds,
    accountsWriteLinksPerSecond: Math.round(accountLinks / accountsWriteSeconds),
    readSeconds: result.readSeconds,
    writeSeconds: result.writeSeconds,
    importerPeakRssMiB: result.peakRssMiB,
    neo4jPeakRssMiB: peakRssMiB(neo4jPid),
  };
}
