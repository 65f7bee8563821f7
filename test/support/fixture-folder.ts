import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';

/** A data folder as typed rows per file; `undefined` files are not written. */
export interface FixtureFiles {
  companies: Record<string, string | number>[];
  customers?: Record<string, string>[];
  accounts?: { company_id: string; customer_id: string; stage?: string }[];
  capabilities?: { company_id: string; capability: string; level?: string; category?: string }[];
  segments?: { company_id: string; segment: string }[];
  competitors?: { company_id: string; competitor_id: string }[];
  partnerships?: { id: string; parties: string; type: string; status: string; since?: string }[];
}

const COLUMNS: Record<keyof FixtureFiles, string[]> = {
  companies: ['id', 'name', 'domain', 'employees', 'description'],
  customers: ['id', 'name', 'industry', 'region'],
  accounts: ['company_id', 'customer_id', 'stage'],
  capabilities: ['company_id', 'capability', 'level', 'category'],
  segments: ['company_id', 'segment'],
  competitors: ['company_id', 'competitor_id'],
  partnerships: ['id', 'parties', 'type', 'status', 'since'],
};

/** Writes the fixture as CSV files (RFC 4180 quoting) into a new temp folder. */
export function writeFixtureFolder(files: FixtureFiles): string {
  const folder = mkdtempSync(join(tmpdir(), 'partnergraph-fixture-'));
  for (const [name, rows] of Object.entries(files) as [keyof FixtureFiles, Record<string, unknown>[] | undefined][]) {
    if (!rows) continue;
    writeFileSync(join(folder, `${name}.csv`), stringify(rows, { header: true, columns: COLUMNS[name] }));
  }
  return folder;
}

/** Writes raw file contents (for broken CSVs) into a new temp folder. */
export function writeRawFolder(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'partnergraph-raw-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}
