import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CSV_FILES, type CsvTable, type RowOf } from './model.ts';

/** Options of {@link createCsvWriter}. */
export interface CsvWriterOptions {
  /** Rows buffered before they are stringified and written out. Default 10,000. */
  chunkRows?: number;
}

/** Appends rows to one CSV file of a data folder; `close()` flushes and returns the row count. */
export interface CsvWriter<Row> {
  write(row: Row): void;
  close(): number;
}

/**
 * Streams one table of the import format to `<folder>/<table>.csv`: a header
 * row, then the rows in chunks, so a 5-million-row file never sits in memory
 * as one string. csv-stringify does the RFC 4180 quoting; empty optional
 * values become empty fields.
 */
export function createCsvWriter<Table extends CsvTable>(
  folder: string,
  table: Table,
  options: CsvWriterOptions = {},
): CsvWriter<RowOf[Table]> {
  const { file, columns } = CSV_FILES[table];
  const chunkRows = options.chunkRows ?? 10_000;
  mkdirSync(folder, { recursive: true });
  const descriptor = openSync(join(folder, file), 'w');
  writeSync(descriptor, stringify([[...columns]]));
  let buffered: RowOf[Table][] = [];
  let written = 0;

  const flush = (): void => {
    if (buffered.length === 0) return;
    writeSync(descriptor, stringify(buffered, { columns: [...columns] }));
    written += buffered.length;
    buffered = [];
  };

  return {
    write(row) {
      buffered.push(row);
      if (buffered.length >= chunkRows) flush();
    },
    close() {
      flush();
      closeSync(descriptor);
      return written;
    },
  };
}

/** Writes a whole (small) table at once; returns the row count. */
export function writeCsvTable<Table extends CsvTable>(
  folder: string,
  table: Table,
  rows: Iterable<RowOf[Table]>,
): number {
  const writer = createCsvWriter(folder, table);
  for (const row of rows) writer.write(row);
  return writer.close();
}
