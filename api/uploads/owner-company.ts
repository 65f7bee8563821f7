import type { Database } from '../db/database.ts';
import type { CompanyProperties } from '../db/query-rows.ts';
import { luceneQuery } from '../domain/lucene-query.ts';
import { normaliseName } from '../matching/name.ts';

/**
 * The company a file's owner became in the graph, for the explorer to open
 * after the import: the company with that id, else the one whose name is
 * the owner's written otherwise ("Shopwell" = "Shopwell, Inc."), as the
 * matcher compares names. Undefined when none is (the explorer then opens
 * the company with the most accounts in the files).
 */
export async function ownerCompany(db: Database, owner: string): Promise<{ id: string; name: string } | undefined> {
  const [byId] = await db.read('companies-by-ids', { ids: [owner] });
  if (byId) return shape(byId.company);
  const query = luceneQuery(owner);
  if (!query) return undefined;
  const wanted = normaliseName(owner);
  const found = (await db.read('companies-search', { query, first: 10 })).map((row) => shape(row.company));
  return found.find((company) => normaliseName(company.name) === wanted);
}

function shape({ id, name }: CompanyProperties): { id: string; name: string } {
  return { id: String(id), name: String(name ?? id) };
}
