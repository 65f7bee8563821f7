import type { ImportPreview } from '../db/bookkeeping-rows.ts';
import type { Database } from '../db/database.ts';

/** What a staged folder would change, read before the staging is removed (a dry run, or a write through the API). */
export async function previewStaged(db: Database): Promise<ImportPreview> {
  // COUNT subqueries only: the query always returns its one row.
  const [row] = await db.read('import/preview');
  if (!row) throw new Error('cypher/import/preview.cypher returned no row');
  return row;
}
