import type { Database } from '../db/database.ts';
import type { CompanySummary } from './candidate-pool.ts';

interface Directory {
  version: string;
  companies: CompanySummary[];
}

/** One directory per database a process talks to (tests open several). */
const directories = new WeakMap<Database, Promise<Directory>>();

/**
 * Every company with its aggregates, as `cypher/company-directory.cypher`
 * reads them, kept between requests while the graph's directory version (which
 * every import file that changes companies renews, cypher/import/) stays
 * `version`. Without a version (a graph our importer has not written since
 * the version existed) nothing is kept: every call reads the graph.
 */
export async function companyDirectory(db: Database, version: string | null): Promise<CompanySummary[]> {
  const kept = version === null ? undefined : await directories.get(db)?.catch(() => undefined);
  if (kept && kept.version === version) return kept.companies;
  const loading = readDirectory(db);
  directories.set(db, loading);
  const read = await loading.catch((error: unknown) => {
    directories.delete(db);
    throw error;
  });
  return read.companies;
}

async function readDirectory(db: Database): Promise<Directory> {
  const [row] = await db.read('company-directory');
  const companies = ((row?.companies ?? []) as unknown[][]).map(companySummaryOf);
  // Read in the same transaction as the companies, so a copy is only ever kept
  // under its own version; '' (no version) matches no request's version.
  return { version: (row?.version as string | null | undefined) ?? '', companies };
}

/** A company as the queries list it: `[id, name, customerCount, capabilityCount, employees]`. */
export function companySummaryOf([id, name, customers, capabilities, employees]: unknown[]): CompanySummary {
  return {
    id: String(id),
    name: String(name),
    customers: Number(customers),
    capabilities: Number(capabilities),
    employees: (employees as number | null) ?? null,
  };
}
