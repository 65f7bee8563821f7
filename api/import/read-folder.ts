import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { companiesSpec, type FileSpec } from './file-specs.ts';
import { IMPORT_FILES, importFileFor } from './import-files.ts';
import type { RefusedCompanies } from './refused-companies.ts';
import { readCsvRows, type RowProblem } from './read-csv.ts';
import { validateRows, type Lined } from './validate-rows.ts';

/** Every file a data folder may hold, in import order (api/import/import-files.ts). */
export const FILE_SPECS: readonly FileSpec[] = IMPORT_FILES.map((file) => file.spec);

/**
 * The largest import file read by default. Files are streamed, so memory does
 * not limit them; this only stops an obvious mistake (a dump of the wrong
 * thing) before minutes of writing.
 */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024 * 1024;

export interface DataFile {
  spec: FileSpec;
  path: string;
  bytes: number;
}

/**
 * The files of a data folder that are present, in import order. Throws when
 * the folder or its companies.csv is missing; a file over `maxFileBytes`, or a
 * folder where a file is expected, is left out and reported in `problems`.
 */
export function listDataFiles(folder: string, maxFileBytes: number, problems: RowProblem[]): DataFile[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`${folder}: no such data folder`);
  }
  if (!existsSync(join(folder, companiesSpec.file))) {
    throw new Error(`${join(folder, companiesSpec.file)}: missing; a data folder needs at least companies.csv`);
  }
  return FILE_SPECS.flatMap((spec: FileSpec) => {
    const path = join(folder, spec.file);
    if (!existsSync(path)) return [];
    const stat = statSync(path);
    const problem = !stat.isFile()
      ? 'is not a file'
      : stat.size > maxFileBytes
        ? `the file is ${megabytes(stat.size)}; import files may be at most ${megabytes(maxFileBytes)} (IMPORT_MAX_FILE_MB raises the limit)`
        : undefined;
    if (!problem) return [{ spec, path, bytes: stat.size }];
    problems.push({ file: spec.file, line: 1, reason: problem, wholeFile: true });
    return [];
  });
}

/**
 * A file's rows that pass its schema and name only known companies, streamed
 * with their line numbers; every other row is reported through `onProblem`.
 * A row that names a company whose own row was rejected is a problem too.
 */
export async function* readValidRows<Schema extends z.ZodType>(
  file: DataFile & { spec: FileSpec<Schema> },
  knownCompanyIds: ReadonlySet<string>,
  onProblem: (problem: RowProblem) => void,
  refused?: RefusedCompanies,
): AsyncGenerator<Lined<z.output<Schema>>> {
  const references = importFileFor(file.spec.file).companyIds;
  const rows = readCsvRows(file.path, file.spec.file, file.spec.columns, file.spec.required, onProblem);
  const onRefused = refused && file.spec.file === companiesSpec.file ? refused.refuse.bind(refused) : undefined;
  for await (const row of validateRows(file.spec, rows, onProblem, onRefused)) {
    const unknown = references
      ? references(row as Record<string, unknown>).filter((id) => !knownCompanyIds.has(id))
      : [];
    if (unknown.length === 0) {
      yield row;
      continue;
    }
    // A company whose own row was refused: said once, at that row (refused-companies.ts).
    const cause = refused && unknown.find((id) => refused.has(id));
    if (cause) {
      refused.leaveOut(cause, file.spec.file, row.line);
      continue;
    }
    const list = unknown.map((id) => `"${id}"`).join(', ');
    onProblem({
      file: file.spec.file,
      line: row.line,
      reason: `unknown company ${list} (not in companies.csv nor in the database)`,
    });
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
