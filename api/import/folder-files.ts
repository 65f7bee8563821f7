import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { decodeFile, EncodingProblem } from './decode-text.ts';
import type { RowProblem } from './read-csv.ts';

/** The file of overrides a person writes beside the data (api/import/overrides-file.ts): not data to import. */
export const OVERRIDES_FILE = 'overrides.csv';

/** A CSV file of a data folder, with its header row as written. */
export interface FolderFile {
  file: string;
  path: string;
  bytes: number;
  headers: string[];
}

/**
 * The CSV files of a data folder (any name: the import plan says what each is),
 * each with its header row, in name order. A file over `maxFileBytes`, one that
 * is not UTF-8 text, or a folder where a file is expected is reported in
 * `problems` as a whole-file problem and left out. Throws when the folder is
 * missing or holds no CSV file.
 */
export async function readFolderFiles(
  folder: string,
  maxFileBytes: number,
  problems: RowProblem[],
): Promise<FolderFile[]> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${folder}: no such data folder`);
  const names = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.csv') && name !== OVERRIDES_FILE)
    .sort();
  if (names.length === 0) {
    throw new Error(
      `${folder}: no CSV files; a data folder holds PartnerGraph's own files (companies.csv, …) or exports such as a HubSpot companies export`,
    );
  }
  const files: FolderFile[] = [];
  for (const file of names) {
    const path = join(folder, file);
    const stat = statSync(path);
    const problem = !stat.isFile()
      ? 'is not a file'
      : stat.size > maxFileBytes
        ? `the file is ${megabytes(stat.size)}; import files may be at most ${megabytes(maxFileBytes)} (IMPORT_MAX_FILE_MB raises the limit)`
        : undefined;
    if (problem) {
      problems.push({ file, line: 1, reason: problem, wholeFile: true });
      continue;
    }
    try {
      files.push({ file, path, bytes: stat.size, headers: await readHeader(path) });
    } catch (error) {
      if (!(error instanceof EncodingProblem)) throw error;
      problems.push({ file, line: error.line, reason: error.message, wholeFile: true });
    }
  }
  return files;
}

/** The first record of a file, trimmed: its header row (an empty file has none). */
async function readHeader(path: string): Promise<string[]> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, to: 1, max_record_size: 60_000 });
  const text = Readable.from(decodeFile(path));
  text.once('error', (error) => parser.destroy(error));
  text.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<string[]>) return record.map((header) => header.trim());
    return [];
  } catch (error) {
    // An unreadable first line is the CSV reader's to report, at its line.
    if (error instanceof EncodingProblem) throw error;
    return [];
  } finally {
    text.destroy();
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
