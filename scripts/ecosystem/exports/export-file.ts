import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';

/**
 * One export file being written: a tool's header row exactly as the tool writes it, then rows, in
 * chunks (a million-row list never sits in memory as one string). Each row's line number is returned,
 * so the truth can name records the way the importer reports them (`file:line`); cells never hold a
 * line break, so a record is one line.
 */
export interface ExportFile<Header extends string> {
  readonly file: string;
  /** Appends a row; missing cells are empty. Returns the line it is on (the header is line 1). */
  row(cells: Partial<Record<Header, string>>): number;
  /** Flushes and closes; returns the number of rows. */
  close(): number;
}

export interface ExportFileOptions {
  /** Quote every cell, as HubSpot, Salesforce and HG Insights do; otherwise only where needed, as a spreadsheet saves. */
  quoteAll: boolean;
  chunkRows?: number;
}

export function createExportFile<Header extends string>(
  folder: string,
  file: string,
  headers: readonly Header[],
  options: ExportFileOptions,
): ExportFile<Header> {
  mkdirSync(folder, { recursive: true });
  const descriptor = openSync(join(folder, file), 'w');
  const chunkRows = options.chunkRows ?? 10_000;
  const write = (rows: string[][]) =>
    writeSync(descriptor, stringify(rows, { quoted: options.quoteAll, quoted_empty: options.quoteAll }));
  write([[...headers]]);
  let buffered: string[][] = [];
  let rows = 0;
  const flush = () => {
    if (buffered.length > 0) write(buffered);
    buffered = [];
  };
  return {
    file,
    row(cells) {
      const values = headers.map((header) => {
        const value = cells[header] ?? '';
        if (/[\r\n]/.test(value))
          throw new Error(
            `${file}: a cell of ${header} holds a line break, which would shift every line number after it`,
          );
        return value;
      });
      buffered.push(values);
      rows += 1;
      if (buffered.length >= chunkRows) flush();
      return rows + 1;
    },
    close() {
      flush();
      closeSync(descriptor);
      return rows;
    },
  };
}
