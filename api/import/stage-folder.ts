import type { Row } from '../db/database.ts';
import type { FileSpec } from './file-specs.ts';
import { explainImportFailure } from './import-errors.ts';
import type { LockedWriter } from './import-lock.ts';
import type { RowProblem } from './read-csv.ts';
import { importFileFor } from './import-files.ts';
import { readValidRows, type DataFile } from './read-folder.ts';
import { RefusedCompanies } from './refused-companies.ts';

/**
 * Rows per UNWIND: large enough to amortise a round trip, small enough for a
 * steady heap. Measured on the bench's M accounts.csv (1,000,000 rows, 2
 * cores): 10,000 → 15,000 rows/s; 50,000 → 11,000 rows/s. The next batch is
 * sent while one runs (about 15% faster).
 */
export const BATCH_SIZE = 10_000;
/**
 * Rows per transaction. Neo4j keeps a transaction's changes on its heap, so a
 * file in one transaction has a ceiling (a 1,000,000-row accounts.csv did not
 * fit the local Neo4j's default 3g heap); a chunk per transaction does not.
 * Staged rows are invisible to the API, so the chunks can commit one by one.
 */
export const CHUNK_SIZE = 50_000;

export interface ImportProgress {
  file: string;
  /** Rows staged so far. */
  written: number;
  rowsPerSecond: number;
  /** Share of the file read, 0 to 1. */
  fraction: number;
  /** Seconds left for this file at the current rate; undefined until there is a rate. */
  etaSeconds?: number;
}

export interface StageOptions {
  /** Whether the folder will be merged into the live graph (else it replaces it). */
  merging: boolean;
  /** Companies rows may name besides companies.csv's: the live graph's, when merging. */
  liveCompanyIds: ReadonlySet<string>;
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
  chunkSize?: number;
}

/**
 * Stages every file beside the live graph, which it leaves untouched: rows are
 * read, checked and written a chunk at a time, so memory stays flat whatever
 * the files' size; each chunk's transaction first proves the import still
 * holds its lock (`writer`), so a run that lost it stages nothing more. Returns rows staged per file; every rejected row is added
 * to `problems`, including rows that repeat a key with other values (found by
 * the staging queries; the first row stays).
 */
export async function stageFolder(writer: LockedWriter, files: DataFile[], problems: RowProblem[], options: StageOptions): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const known = new Set(options.liveCompanyIds);
  /** Company ids with a StagedCompany: companies.csv's, and placeholders for live companies rows name. */
  const staged = new Set<string>();
  const refused = new RefusedCompanies();
  for (const file of files) {
    const before = problems.length;
    const result = await stageFile(writer, file, { known, staged, refused }, problems, options);
    written[file.spec.file] = result.rows - result.repeats;
    if (file.spec.file === 'companies.csv') {
      for (const id of result.ids) {
        known.add(id);
        staged.add(id);
      }
    }
    problems.splice(before, problems.length - before, ...problems.slice(before).sort((a, b) => a.line - b.line));
  }
  problems.push(...refused.problems());
  return written;
}

async function stageFile(
  writer: LockedWriter,
  file: DataFile,
  { known, staged, refused }: { known: ReadonlySet<string>; staged: Set<string>; refused: RefusedCompanies },
  problems: RowProblem[],
  options: StageOptions,
) {
  const { query, params: toParams } = importFileFor(file.spec.file).stage;
  const params = ({ position: _position, ...row }: Row): Row => toParams(row as Parameters<typeof toParams>[0]);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const ids: string[] = [];
  /** Line of each row that repeats a key with other values → that key. */
  const repeated = new Map<number, string>();
  const started = Date.now();
  let rows = 0;

  const chunks = inChunks(readValidRows(file, known, (problem) => problems.push(problem), refused), chunkSize)[Symbol.asyncIterator]();
  let next = chunks.next();
  try {
    for (;;) {
      const { value: chunk, done } = await next;
      if (done) break;
      next = chunks.next(); // the next chunk is read and checked while this one is written
      next.catch(() => {});
      const placeholders = unstagedCompanies(file, chunk, staged);
      const lines = await writer
        .write(
          `import:${file.spec.file}`,
          async (tx) => {
            if (placeholders.length > 0) await tx.run('import/stage/placeholders', { ids: placeholders });
            return pipelined(chunk.map(params), batchSize, (batch) => tx.run(query, { rows: batch, merging: options.merging }));
          },
          { serverTimeout: true },
        )
        .catch((error: unknown) => {
          throw explainImportFailure(error, `staging ${file.spec.file} (after ${rows.toLocaleString('en-US')} rows)`);
        });
      for (const id of placeholders) staged.add(id);
      const byLine = new Map(chunk.map((row) => [row.line, row]));
      for (const line of lines) repeated.set(line, file.spec.key(byLine.get(line)!));
      if (file.spec.file === 'companies.csv') ids.push(...chunk.map((row) => String((row as Row).id)));
      rows += chunk.length;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const fraction = Math.min(1, chunk.at(-1)!.position / Math.max(file.bytes, 1));
      const rate = rows / seconds;
      options.onProgress?.({
        file: file.spec.file,
        written: rows,
        rowsPerSecond: Math.round(rate),
        fraction,
        etaSeconds: fraction > 0 ? Math.round((seconds / fraction) * (1 - fraction)) : undefined,
      });
    }
  } finally {
    await chunks.return?.(undefined);
  }
  if (repeated.size > 0) problems.push(...(await describeRepeats(file, known, repeated)));
  return { rows, repeats: repeated.size, ids };
}

/**
 * "repeats line N (same id) with different values": the staging query knows a
 * row repeats a key, not where the key first appeared. Only a folder with such
 * rows pays for reading the file again to find out.
 */
async function describeRepeats(file: DataFile, known: ReadonlySet<string>, repeated: Map<number, string>): Promise<RowProblem[]> {
  const wanted = new Set(repeated.values());
  const firstLine = new Map<string, number>();
  for await (const row of readValidRows(file, known, () => {})) {
    const key = (file.spec as FileSpec).key(row);
    if (wanted.has(key) && !firstLine.has(key)) firstLine.set(key, row.line);
    if (firstLine.size === wanted.size) break;
  }
  return [...repeated].map(([line, key]) => ({
    file: file.spec.file,
    line,
    reason: `repeats line ${firstLine.get(key)} (same ${file.spec.keyLabel}) with different values`,
  }));
}

/** Live companies a chunk's rows name that have no StagedCompany yet (only a merge has any: a --replace knows companies.csv's only). */
function unstagedCompanies(file: DataFile, rows: Row[], staged: ReadonlySet<string>): string[] {
  const references = importFileFor(file.spec.file).companyIds;
  if (!references) return [];
  return [...new Set(rows.flatMap(references))].filter((id) => !staged.has(id));
}

/** Runs `run` over the rows in batches, sending each batch while the one before runs; returns the `line`s the batches return. */
async function pipelined(rows: Row[], batchSize: number, run: (batch: Row[]) => Promise<Row[]>): Promise<number[]> {
  const lines: number[] = [];
  let running: Promise<Row[]> | undefined;
  for (let start = 0; start < rows.length; start += batchSize) {
    const next = run(rows.slice(start, start + batchSize));
    // Awaited in turn below; this only keeps it from being an unhandled rejection should the one before fail first.
    next.catch(() => {});
    if (running) lines.push(...(await running).map((row) => Number(row.line)));
    running = next;
  }
  if (running) lines.push(...(await running).map((row) => Number(row.line)));
  return lines;
}

async function* inChunks<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
