import type { Database } from '../db/database.ts';

/**
 * What a dry run found the folder would do (cypher/import/preview.cypher): for
 * a merge, what is new and what changes; the graph's totals before, and the
 * staged folder's, for a --replace.
 */
export interface ImportPreview {
  newCompanies: number;
  updatedCompanies: number;
  newCustomers: number;
  updatedCustomers: number;
  newAccounts: number;
  changedAccounts: number;
  newPartnerships: number;
  changedPartnerships: number;
  newCapabilities: number;
  newRivalries: number;
  liveCompanies: number;
  liveCustomers: number;
  liveAccounts: number;
  livePartnerships: number;
  stagedCompanies: number;
  stagedCustomers: number;
  stagedAccounts: number;
  stagedPartnerships: number;
}

/** What a staged folder would change, read before the staging is removed (a dry run, or a write through the API). */
export async function previewStaged(db: Database): Promise<ImportPreview> {
  // COUNT subqueries only: the query always returns its one row.
  const [row] = await db.read('import/preview');
  if (!row) throw new Error('cypher/import/preview.cypher returned no row');
  return row;
}
