import type { StagingQuery } from './import-files.ts';
import type { SourceRow } from './source-rows.ts';

type Kind = SourceRow['kind'];
type RowOf<K extends Kind> = Extract<SourceRow, { kind: K }>;

/** How one kind of source row (api/import/source-rows.ts) is staged: its query, and the companies it names. */
interface SourceRowKind<K extends Kind> {
  query: StagingQuery;
  companyIds: (row: RowOf<K>) => string[];
}

/**
 * Every kind of row a strategist's file is staged as, in the order a chunk
 * stages them (details before the relationships that follow them). Segments
 * and rivalries use the same staging as PartnerGraph's own files; accounts,
 * capabilities and partnerships merge rather than refuse a row that repeats
 * another (several files describe the same thing; see each query).
 */
const KINDS: { [K in Kind]: SourceRowKind<K> } = {
  'company-details': { query: 'import/stage/source/company-details', companyIds: (row) => [row.id] },
  'source-accounts': { query: 'import/stage/source/accounts', companyIds: (row) => [row.company_id] },
  'source-capabilities': { query: 'import/stage/source/capabilities', companyIds: (row) => [row.company_id] },
  'source-segments': { query: 'import/stage/segments', companyIds: (row) => [row.company_id] },
  'source-competitors': { query: 'import/stage/competitors', companyIds: (row) => [row.company_id, row.competitor_id] },
  'source-partnerships': { query: 'import/stage/source/partnerships', companyIds: (row) => row.parties },
  // Ledger entries name companies by id only: nothing to stage for them.
  'source-deals': { query: 'import/stage/source/ledger', companyIds: () => [] },
};

export const SOURCE_KIND_ORDER = Object.keys(KINDS) as Kind[];

export function stagingQueryOf(kind: Kind): StagingQuery {
  return KINDS[kind].query;
}

export function companyIdsOf(row: SourceRow): string[] {
  return (KINDS[row.kind].companyIds as (row: SourceRow) => string[])(row);
}

/** What a row sends to its query: everything but its kind. */
export function paramsOf({ kind: _kind, ...row }: SourceRow): Record<string, unknown> {
  return row;
}
