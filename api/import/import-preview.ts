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
