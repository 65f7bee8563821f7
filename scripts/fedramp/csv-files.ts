import { stringify } from 'csv-stringify/sync';
import type { ConvertedTables } from './convert.ts';

/**
 * The CSV files of the import format (README, "Loading your own data"): file name, table, and exactly the columns the
 * brief lists, in its order. Every file is written, with its header, even when empty.
 */
const csvLayout: readonly {
  file: string;
  table: keyof ConvertedTables;
  columns: readonly string[];
}[] = [
  {
    file: 'companies.csv',
    table: 'companies',
    columns: ['id', 'name', 'domain', 'employees', 'description'],
  },
  { file: 'customers.csv', table: 'customers', columns: ['id', 'name', 'industry', 'region'] },
  { file: 'accounts.csv', table: 'accounts', columns: ['company_id', 'customer_id', 'stage'] },
  {
    file: 'capabilities.csv',
    table: 'capabilities',
    columns: ['company_id', 'capability', 'level', 'category'],
  },
  { file: 'segments.csv', table: 'segments', columns: ['company_id', 'segment'] },
  { file: 'competitors.csv', table: 'competitors', columns: ['company_id', 'competitor_id'] },
  {
    file: 'partnerships.csv',
    table: 'partnerships',
    columns: ['id', 'parties', 'type', 'status', 'since'],
  },
];

/**
 * Renders the tables as CSV text per file name: UTF-8, header row, comma-separated, RFC 4180
 * quoting (only where needed), `\n` line ends so the files diff cleanly in git.
 */
export function renderCsvFiles(tables: ConvertedTables): Map<string, string> {
  const files = new Map<string, string>();
  for (const { file, table, columns } of csvLayout) {
    files.set(file, stringify(tables[table], { header: true, columns: [...columns], eof: true }));
  }
  return files;
}
