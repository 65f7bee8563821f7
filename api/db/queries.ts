import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_QUERY_NAMES } from './pipeline-queries.ts';

/** The folder of `.cypher` files: one file per question the API asks the graph. */
const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');

/**
 * Every query the code runs, by file name (without `.cypher`). The registry
 * fails at start-up when a file is missing, not at the first request.
 */
const QUERY_NAMES = [
  'company',
  'companies-search',
  'companies-list',
  'companies-page',
  'companies-search-page',
  'company-customers',
  'market-bounds',
  'company-segments',
  'company-competitors',
  'company-partnerships',
  'overlap',
  'complementarity',
  'candidate-pool',
  'market-directory',
  'market-version',
  'candidate-pool-listed',
  'companies-by-ids',
  'ecosystem-edges',
  'ecosystem-shared-customers',
  'shared-customers',
  'partnership-types',
  'segments',
  'capabilities',
  'database-is-empty',
  'ecosystem-summary',
  'seed-partnership-types',
  'shortlist/create',
  'shortlist/rename',
  'shortlist/delete',
  'shortlist/pin',
  'shortlist/unpin',
  'shortlist/list',
  'shortlist/page',
  'shortlist/bounds',
  'migrate/shortlists-by-id',
  'migrate/pipeline-dust-lock',
  'import/company-ids',
  'import/record-dataset',
  'import/bump-companies-version',
  'import/stage/companies',
  'import/stage/customers',
  'import/stage/accounts',
  'import/stage/capabilities',
  'import/stage/segments',
  'import/stage/competitors',
  'import/stage/partnerships',
  'import/stage/placeholders',
  'import/stage/source/accounts',
  'import/stage/source/company-details',
  'import/stage/source/capabilities',
  'import/stage/source/partnerships',
  'import/stage/source/ledger',
  'import/ledger-staged',
  'import/ledger-clear',
  'import/match/live-customers',
  'import/match/live-companies',
  'import/match/missing-keys',
  'import/match/set-keys',
  'import/preview',
  'import/report/store',
  'import/report/latest',
  'writes/present',
  'writes/remove',
  'writes/recount',
  'import/stage/count-accounts-and-capabilities',
  'import/switch-to-staged',
  'import/mark-touched',
  'import/apply/companies',
  'import/apply/customers',
  'import/apply/accounts',
  'import/apply/capabilities',
  'import/apply/offers',
  'import/apply/segments',
  'import/apply/targets',
  'import/apply/competitors',
  'import/apply/partnerships',
  'import/apply/counts',
  'import/has-leftovers',
  'import/cleanup-relationships',
  'import/cleanup-nodes',
  'import/lock/acquire',
  'import/lock/read',
  'import/lock/heartbeat',
  'import/lock/set-phase',
  'import/lock/take-over',
  'import/lock/begin',
  'import/lock/release',
  'import/lock/hold',
  'import/pending/store',
  'import/pending/read',
  'import/pending/mark-calibrated',
  'import/pending/clear',
  'market/store-model',
  'discovery/intro-walk',
  'discovery/intro-references',
  'discovery/intro-shared-customers',
  'discovery/what-if',
  'discovery/white-space',
  'changes/market-facts',
  'changes/shortlist-pins',
  'changes/record',
  'changes/list',
  'changes/page',
  'changes/knows-company',
  'changes/undelivered',
  'changes/mark-delivered',
  ...PIPELINE_QUERY_NAMES,
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

export type QueryRegistry = ReadonlyMap<QueryName, string>;

/** Loads every named query once; throws naming each missing file. */
export function loadQueries(dir = CYPHER_DIR): QueryRegistry {
  const missing: string[] = [];
  const registry = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    try {
      registry.set(name, readFileSync(join(dir, `${name}.cypher`), 'utf8'));
    } catch {
      missing.push(`${name}.cypher`);
    }
  }
  if (missing.length > 0) throw new Error(`Missing Cypher files in ${dir}: ${missing.join(', ')}`);
  return registry;
}

/**
 * The schema migration: every statement of every file in `cypher/schema/`, in
 * file-name order. Statements are separated by `;` at the end of a line.
 */
export function loadSchemaStatements(dir = join(CYPHER_DIR, 'schema')): { file: string; statement: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split(/;\s*$/m)
        .map((statement) => stripComments(statement).trim())
        .filter(Boolean)
        .map((statement) => ({ file: basename(file), statement })),
    );
}

function stripComments(cypher: string): string {
  return cypher
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}
