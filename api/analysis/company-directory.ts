import type { Database } from '../db/database.ts';
import type { CompanySummary } from './candidate-pool.ts';

interface Directory {
  version: string;
  companies: CompanySummary[];
}

/** One directory per database a process talks to (tests open several). */
const directories = new WeakMap<Database, Promise<Directory | undefined>>();

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
  return read?.companies ?? [];
}

async function readDirectory(db: Database): Promise<Directory | undefined> {
  const [row] = await db.read('company-directory');
  const companies = ((row?.companies ?? []) as unknown[][]).map(
    ([id, name, customers, capabilities, employees]): CompanySummary => ({
      id: String(id),
      name: String(name),
      customers: Number(customers),
      capabilities: Number(capabilities),
      employees: (employees as number | null) ?? null,
    }),
  );
  // Read in the same transaction as the companies: a copy is only ever kept under its own version.
  const version = (row?.version as string | null | undefined) ?? null;
  return version === null ? { version: '', companies } : { version, companies };
}
