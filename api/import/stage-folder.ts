import type { Row, RowOf } from '../db/database.ts';
import type { FileSpec } from './file-specs.ts';
import { explainImportFailure } from './import-errors.ts';
import type { LockedWriter } from './import-lock.ts';
import type { RowProblem } from './read-csv.ts';
import { importFileFor, type StagingQuery } from './import-files.ts';
import { readValidRows, type DataFile } from './read-folder.ts';
import { RefusedCompanies } from './refused-companies.ts';
import { companyIdsOf, paramsOf, SOURCE_KIND_ORDER, stagingQueryOf } from './source-row-kinds.ts';
import type { SourceRow } from './source-rows.ts';

/**
 * Rows per UNWIND: large enough to amortise a round trip, small enough for a
 * steady heap. Measured on the bench's M accounts.csv (1,000,000 rows, 2
 * cores): 10,000 → 15,000 rows/s; 50,000 → 11,000 rows/s. The next batch is
 * sent while one runs (about 15% faster).
 */
const BATCH_SIZE = 10_000;
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

/** Something the import stages, in the order given. */
export type StageSource =
  /** One of PartnerGraph's own files, read and checked against its spec. */
  | { type: 'file'; file: DataFile; label?: string }
  /** Rows of one of PartnerGraph's own files already read and checked (the companies the matcher made, a write through the API), each with its `line`. */
  | { type: 'rows'; label: string; spec: string; rows: (Row & { line: number })[] }
  /** A strategist's file read through its plan (api/import/source-rows.ts), its rows of several kinds. */
  | {
      type: 'source';
      label: string;
      bytes: number;
      rows: AsyncIterable<SourceRow & { line: number; position: number }>;
    };

/** A row on its way to a staging query, with the query's name and what it names. */
interface Routed {
  line: number;
  position: number;
  query: StagingQuery;
  params: Row;
  companies: string[];
}

/**
 * Stages every source beside the live graph, which it leaves untouched: rows
 * are read, checked and written a chunk at a time, so memory stays flat
 * whatever the files' size; each chunk's transaction first proves the import
 * still holds its lock (`writer`), so a run that lost it stages nothing more.
 * Returns rows staged per source; every rejected row is added to `problems`,
 * including rows of PartnerGraph's own files that repeat a key with other
 * values (found by the staging queries; the first row stays).
 */
export async function stageFolder(
  writer: LockedWriter,
  sources: (StageSource | DataFile)[],
  problems: RowProblem[],
  options: StageOptions,
): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const known = new Set(options.liveCompanyIds);
  /** Company ids with a StagedCompany: companies.csv's, the matcher's, and placeholders for live companies rows name. */
  const staged = new Set<string>();
  const refused = new RefusedCompanies();
  for (const given of sources) {
    const source: StageSource = 'type' in given ? given : { type: 'file', file: given };
    const before = problems.length;
    const label = source.type === 'file' ? (source.label ?? source.file.spec.file) : source.label;
    const result = await stageSource(writer, source, label, { known, staged, refused }, problems, options);
    written[label] = (written[label] ?? 0) + result.rows - result.repeats;
    for (const id of result.companyIds) {
      known.add(id);
      staged.add(id);
    }
    problems.splice(before, problems.length - before, ...problems.slice(before).sort((a, b) => a.line - b.line));
  }
  problems.push(...refused.problems());
  return written;
}

async function stageSource(
  writer: LockedWriter,
  source: StageSource,
  label: string,
  { known, staged, refused }: { known: ReadonlySet<string>; staged: Set<string>; refused: RefusedCompanies },
  problems: RowProblem[],
  options: StageOptions,
) {
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const onProblem = (problem: RowProblem) => problems.push(problem);
  const { rows, bytes, spec } = routedRows(source, known, onProblem, refused);
  /** Line of each row that repeats a key with other values → that key. */
  const repeated = new Map<number, string>();
  const companyIds: string[] = [];
  const definesCompanies = source.type !== 'source' && spec?.file === 'companies.csv';
  const started = Date.now();
  let count = 0;

  const chunks = inChunks(rows, chunkSize)[Symbol.asyncIterator]();
  let next = chunks.next();
  try {
    for (;;) {
      const { value: chunk, done } = await next;
      if (done) break;
      next = chunks.next(); // the next chunk is read and checked while this one is written
      next.catch(() => {});
      const placeholders = definesCompanies
        ? []
        : [...new Set(chunk.flatMap((row) => row.companies))].filter((id) => !staged.has(id));
      const lines = await writer
        .write(
          `import:${label}`,
          async (tx) => {
            if (placeholders.length > 0) await tx.run('import/stage/placeholders', { ids: placeholders });
            const returned: number[] = [];
            for (const [query, group] of byQuery(chunk)) {
              returned.push(
                ...(await pipelined(group, options.batchSize ?? BATCH_SIZE, (batch) =>
                  tx.run(query, { rows: batch, merging: options.merging }),
                )),
              );
            }
            return returned;
          },
          { serverTimeout: true },
        )
        .catch((error: unknown) => {
          throw explainImportFailure(error, `staging ${label} (after ${count.toLocaleString('en-US')} rows)`);
        });
      for (const id of placeholders) staged.add(id);
      if (spec) {
        const byLine = new Map(chunk.map((row) => [row.line, row]));
        for (const line of lines) repeated.set(line, spec.key(byLine.get(line)!.params));
      }
      if (definesCompanies) companyIds.push(...chunk.map((row) => String(row.params.id)));
      count += chunk.length;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const fraction = bytes > 0 ? Math.min(1, chunk.at(-1)!.position / bytes) : 1;
      const rate = count / seconds;
      options.onProgress?.({
        file: label,
        written: count,
        rowsPerSecond: Math.round(rate),
        fraction,
        etaSeconds: fraction > 0 ? Math.round((seconds / fraction) * (1 - fraction)) : undefined,
      });
    }
  } finally {
    await chunks.return?.(undefined);
  }
  if (repeated.size > 0 && source.type === 'file')
    problems.push(...(await describeRepeats(source.file, known, repeated)));
  if (repeated.size > 0 && source.type === 'rows') problems.push(...describeRepeatedRows(source, spec!, repeated));
  return { rows: count, repeats: repeated.size, companyIds };
}

/** A source's rows, each routed to its staging query with its parameters and the companies it names. */
function routedRows(
  source: StageSource,
  known: ReadonlySet<string>,
  onProblem: (problem: RowProblem) => void,
  refused: RefusedCompanies,
): { rows: AsyncIterable<Routed>; bytes: number; spec?: FileSpec } {
  if (source.type === 'source') {
    return {
      bytes: source.bytes,
      rows: (async function* () {
        for await (const row of source.rows) {
          const { line, position, ...sourceRow } = row;
          yield {
            line,
            position,
            query: stagingQueryOf(row.kind),
            params: { ...paramsOf(sourceRow as SourceRow), line },
            companies: companyIdsOf(row),
          };
        }
      })(),
    };
  }
  const importFile = importFileFor(source.type === 'file' ? source.file.spec.file : source.spec);
  const { query, params: toParams } = importFile.stage;
  if (source.type === 'rows') {
    return {
      bytes: 0,
      spec: importFile.spec,
      rows: (async function* () {
        for (const row of source.rows) {
          yield {
            line: row.line,
            position: 0,
            query,
            params: toParams(row as Parameters<typeof toParams>[0]),
            companies: importFile.companyIds?.(row) ?? [],
          };
        }
      })(),
    };
  }
  return {
    bytes: source.file.bytes,
    spec: importFile.spec,
    rows: (async function* () {
      for await (const { position, ...row } of readValidRows(source.file, known, onProblem, refused)) {
        yield {
          line: row.line,
          position,
          query,
          params: toParams(row as Parameters<typeof toParams>[0]),
          companies: importFile.companyIds?.(row) ?? [],
        };
      }
    })(),
  };
}

/** A chunk's rows grouped by staging query, in the order the kinds are staged (SOURCE_KIND_ORDER), each group in row order. */
function byQuery(chunk: Routed[]): [StagingQuery, Row[]][] {
  const groups = new Map<StagingQuery, Row[]>();
  for (const row of chunk) {
    const group = groups.get(row.query);
    if (group) group.push(row.params);
    else groups.set(row.query, [row.params]);
  }
  if (groups.size <= 1) return [...groups];
  const order = SOURCE_KIND_ORDER.map(stagingQueryOf);
  return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

/**
 * "repeats line N (same id) with different values": the staging query knows a
 * row repeats a key, not where the key first appeared. Only a folder with such
 * rows pays for reading the file again to find out.
 */
async function describeRepeats(
  file: DataFile,
  known: ReadonlySet<string>,
  repeated: Map<number, string>,
): Promise<RowProblem[]> {
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

/** The same for rows given in memory: the first row with the key is found among them. */
function describeRepeatedRows(
  source: { label: string; rows: (Row & { line: number })[] },
  spec: FileSpec,
  repeated: Map<number, string>,
): RowProblem[] {
  return [...repeated].map(([line, key]) => ({
    file: source.label,
    line,
    reason: `repeats row ${source.rows.find((row) => spec.key(row) === key)?.line} (same ${spec.keyLabel}) with different values`,
  }));
}

/** Runs `run` over the rows in batches, sending each batch while the one before runs; returns the `line`s the batches return. */
async function pipelined(
  rows: Row[],
  batchSize: number,
  run: (batch: Row[]) => Promise<RowOf<StagingQuery>[]>,
): Promise<number[]> {
  const lines: number[] = [];
  let running: Promise<RowOf<StagingQuery>[]> | undefined;
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
