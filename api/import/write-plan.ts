import type { Database, Row } from '../db/database.ts';
import type { QueryName } from '../db/queries.ts';
import type { ImportPlan } from './read-folder.ts';

/**
 * Rows per UNWIND: large enough to amortise a round trip, small enough for a
 * steady heap. Measured on the bench's M accounts.csv (1,000,000 rows, one
 * transaction, 2 cores): 10,000 → 15,000 rows/s; 50,000 → 11,000 rows/s. A
 * transaction per batch instead of per file gained nothing measurable (16,000
 * rows/s), so a file stays all-or-nothing. Sending the next batch while one
 * runs gained about 15%; CREATE instead of MERGE, or rows grouped by company,
 * gained nothing beyond the noise (300,000 accounts, each variant run once).
 */
export const BATCH_SIZE = 10_000;

export interface ImportProgress {
  file: string;
  written: number;
  total: number;
  rowsPerSecond: number;
}

export interface WriteOptions {
  /** Called after every batch. */
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
}

type FileKey = Exclude<keyof ImportPlan, 'files' | 'problems'>;

interface FileWriter {
  key: FileKey;
  file: string;
  query: QueryName;
  /** The row as the query's parameters. */
  params: (row: Row) => Row;
  /** Companies whose aggregates the file changes. */
  companyIds: (row: Row) => string[];
  /** The aggregates it changes, refreshed for those companies: only these, so a file never recounts what it cannot have changed. */
  refresh: QueryName[];
  /** True when the file changes what the market directory holds (companies, their counts, segments, partnerships). */
  renewsDirectory: boolean;
}

const none = (): string[] => [];
const theCompany = (row: Row): string[] => [String(row.company_id)];

/** What each file writes, in an order that creates what later files reference. */
const ACCOUNT_COUNTS: QueryName = 'import/refresh-account-counts';
const CAPABILITY_COUNT: QueryName = 'import/refresh-capability-count';

const WRITERS: FileWriter[] = [
  // A new company starts with every count at 0.
  { key: 'companies', file: 'companies.csv', query: 'import/companies', params: asUpsert, companyIds: (row) => [String(row.id)], refresh: [ACCOUNT_COUNTS, CAPABILITY_COUNT], renewsDirectory: true },
  { key: 'customers', file: 'customers.csv', query: 'import/customers', params: asUpsert, companyIds: none, refresh: [], renewsDirectory: true },
  { key: 'accounts', file: 'accounts.csv', query: 'import/accounts', params: withoutLine, companyIds: theCompany, refresh: [ACCOUNT_COUNTS], renewsDirectory: true },
  { key: 'capabilities', file: 'capabilities.csv', query: 'import/capabilities', params: withoutLine, companyIds: theCompany, refresh: [CAPABILITY_COUNT], renewsDirectory: true },
  { key: 'segments', file: 'segments.csv', query: 'import/segments', params: withoutLine, companyIds: none, refresh: [], renewsDirectory: true },
  { key: 'competitors', file: 'competitors.csv', query: 'import/competitors', params: withoutLine, companyIds: none, refresh: [], renewsDirectory: false },
  { key: 'partnerships', file: 'partnerships.csv', query: 'import/partnerships', params: withoutLine, companyIds: none, refresh: [], renewsDirectory: true },
];

/**
 * Writes a validated plan, one write transaction per file, so each file is
 * either wholly in the graph or not at all, and a file's aggregates change in
 * the same transaction as its rows. Returns rows written per file.
 */
export async function writePlan(db: Database, plan: ImportPlan, options: WriteOptions = {}): Promise<Record<string, number>> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const written: Record<string, number> = {};
  for (const writer of WRITERS) {
    const rows = plan[writer.key] as Row[];
    if (!plan.files.includes(writer.file)) continue;
    const started = Date.now();
    await db.write(`import:${writer.file}`, async (tx) => {
      // One batch runs in Neo4j while the next is packed and sent.
      let running: Promise<unknown> | undefined;
      for (let start = 0; start < rows.length; start += batchSize) {
        const next = tx.run(writer.query, { rows: rows.slice(start, start + batchSize).map(writer.params) });
        // Awaited in turn below; this only keeps it from being an unhandled rejection should the one before fail first.
        next.catch(() => {});
        await running;
        running = next;
        if (start > 0) options.onProgress?.({ file: writer.file, written: start, total: rows.length, rowsPerSecond: rate(start, started) });
      }
      await running;
      options.onProgress?.({ file: writer.file, written: rows.length, total: rows.length, rowsPerSecond: rate(rows.length, started) });
      const companyIds = [...new Set(rows.flatMap(writer.companyIds))];
      for (const refresh of writer.refresh) {
        for (let start = 0; start < companyIds.length; start += batchSize) {
          await tx.run(refresh, { ids: companyIds.slice(start, start + batchSize) });
        }
      }
      // What the directory holds changed: API processes must read it again.
      if (writer.renewsDirectory) await tx.run('import/bump-companies-version');
      // A large file may take minutes in one transaction: the server's timeout, not the per-query one.
    }, { serverTimeout: true });
    written[writer.file] = rows.length;
  }
  return written;
}

/** Empties the graph (all but the partnership type catalogue) in bounded transactions. */
export async function emptyGraph(db: Database): Promise<void> {
  for (;;) {
    const [result] = await db.write('import:replace', (tx) => tx.run('import/delete-batch', { batchSize: 20_000 }), { serverTimeout: true });
    if (!result || Number(result.deleted) === 0) return;
  }
}

function withoutLine(row: Row): Row {
  const { line: _line, ...fields } = row;
  return withoutUndefined(fields);
}

/**
 * Companies and customers upsert only the columns the file has (see
 * cypher/import/companies.cypher): every field but the id travels as `props`.
 */
function asUpsert(row: Row): Row {
  const { id, ...props } = withoutLine(row);
  return { id, props };
}

/** An absent column must not reach Cypher as null, which would clear the property. */
function withoutUndefined(fields: Row): Row {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function rate(rows: number, startedAt: number): number {
  const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
  return Math.round(rows / seconds);
}
