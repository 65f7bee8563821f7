import type { z } from 'zod';
import type { QueryName } from '../db/queries.ts';
import {
  accountsSpec,
  capabilitiesSpec,
  companiesSpec,
  competitorsSpec,
  customersSpec,
  partnershipsSpec,
  segmentsSpec,
  type FileSpec,
} from './file-specs.ts';

import { withMatchKeys } from './match-keys.ts';

type Row = Record<string, unknown>;

/** A query that stages rows beside the live graph (cypher/import/stage/), returning the lines of those that changed something. */
export type StagingQuery = Exclude<
  Extract<QueryName, `import/stage/${string}`>,
  'import/stage/placeholders' | 'import/stage/count-accounts-and-capabilities'
>;

/**
 * Everything the importer does with one file of a data folder, in one row:
 * how it is read and checked (its spec), which companies its rows name, how a
 * row travels to its staging query (cypher/import/stage/), and what a merge
 * applies for it (cypher/import/apply/). A new import file is one more row here
 * (and its Cypher files).
 */
export interface ImportFile<Schema extends z.ZodType = z.ZodType> {
  spec: FileSpec<Schema>;
  /** The company ids a row names: they must be in companies.csv (or, without --replace, in the graph). */
  companyIds?: (row: z.output<Schema>) => string[];
  stage: { query: StagingQuery; params: (row: z.output<Schema> & { line: number }) => Row };
  /** What a merge applies for this file, in order; each says what it is doing in the progress lines. */
  apply: { query: QueryName; what: string }[];
}

/** Ties a file's callbacks to its spec's row type. */
const importFile = <Schema extends z.ZodType>(file: ImportFile<Schema>): ImportFile => file as unknown as ImportFile;

/** An absent column must not reach Cypher as null, which would clear the property. */
function withoutUndefined(fields: Row): Row {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * Companies and customers upsert only the columns the file has: every field but the id and line travels as `props`,
 * with the keys matching finds them by (api/import/match-keys.ts).
 */
function asUpsert(row: Row): Row {
  const { id, line, ...props } = withoutUndefined(row);
  return { id, line, props: withMatchKeys(props) };
}

/** Every file a data folder may hold, in import order: each creates what later ones reference. */
export const IMPORT_FILES: readonly ImportFile[] = [
  importFile({
    spec: companiesSpec,
    stage: { query: 'import/stage/companies', params: asUpsert },
    apply: [{ query: 'import/apply/companies', what: 'companies' }],
  }),
  importFile({
    spec: customersSpec,
    stage: { query: 'import/stage/customers', params: asUpsert },
    apply: [{ query: 'import/apply/customers', what: 'customers' }],
  }),
  importFile({
    spec: accountsSpec,
    companyIds: (row) => [row.company_id],
    stage: { query: 'import/stage/accounts', params: (row) => row },
    apply: [{ query: 'import/apply/accounts', what: 'accounts' }],
  }),
  importFile({
    spec: capabilitiesSpec,
    companyIds: (row) => [row.company_id],
    stage: { query: 'import/stage/capabilities', params: withoutUndefined },
    apply: [
      { query: 'import/apply/capabilities', what: 'capabilities' },
      { query: 'import/apply/offers', what: 'capabilities offered' },
    ],
  }),
  importFile({
    spec: segmentsSpec,
    companyIds: (row) => [row.company_id],
    stage: { query: 'import/stage/segments', params: (row) => row },
    apply: [
      { query: 'import/apply/segments', what: 'segments' },
      { query: 'import/apply/targets', what: 'segments targeted' },
    ],
  }),
  importFile({
    spec: competitorsSpec,
    companyIds: (row) => [row.company_id, row.competitor_id],
    stage: { query: 'import/stage/competitors', params: (row) => row },
    apply: [{ query: 'import/apply/competitors', what: 'rivalries' }],
  }),
  importFile({
    spec: partnershipsSpec,
    companyIds: (row) => row.parties,
    // Sorted, so that "a;b" and "b;a" are the same definition.
    stage: {
      query: 'import/stage/partnerships',
      params: (row) => ({ ...row, since: row.since ?? null, parties: [...row.parties].sort() }),
    },
    apply: [{ query: 'import/apply/partnerships', what: 'partnerships' }],
  }),
];

/** A file's row of the table. */
export function importFileFor(file: string): ImportFile {
  const found = IMPORT_FILES.find((entry) => entry.spec.file === file);
  if (!found) throw new Error(`No import file named ${file}`);
  return found;
}
