/*
 * The rows of the graph's own bookkeeping, as the Cypher that reads them
 * returns them: the import lock (cypher/import/lock/read.cypher), a staged
 * folder's preview (cypher/import/preview.cypher) and the market's list bounds
 * (cypher/market-bounds.cypher). Declared here, in db/, because query-rows.ts
 * types those queries by them; the importer and the cost model above use them.
 */

/** What the graph says about the import holding the lock (cypher/import/lock/read.cypher). */
export interface ImportLockRecord {
  run: string;
  dataset: string | null;
  folder: string | null;
  replace: boolean | null;
  pid: number;
  host: string;
  /** When the holder's process started (api/import/process-identity.ts), so a reused pid is not taken for it. */
  processStart: string | null;
  /** staging: the live graph is untouched; applying: a merge is being applied; cleaning: the new graph is live, leftovers are being removed. */
  phase: ImportPhase;
  file: string | null;
  rows: number | null;
  startedAt: string;
  heartbeatAt: string;
  silentSeconds: number;
}

export type ImportPhase = 'staging' | 'applying' | 'cleaning';

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

/** The market's sizes, kept per version of the market (an import or a write changes them). */
export interface MarketBounds {
  companies: number;
  /** Segments and capabilities in the catalogue. */
  segmentCount: number;
  capabilityCount: number;
  /** The most any one company has of each. */
  capabilities: number;
  segments: number;
  competitors: number;
  partnerships: number;
  /** The most parties one partnership has. */
  parties: number;
  /** The most partnerships two companies share (a pair's history). */
  pairPartnerships: number;
}
