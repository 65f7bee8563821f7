import { column, type Database } from '../db/database.ts';

/*
 * Companies and what the graph says about each: one named query a question,
 * the ids and sizes checked by the caller. Beside company-loader.ts, which
 * loads the same nodes by id in batches.
 */

/** One company by id; null when the graph has none. */
export async function companyById(db: Database, id: string) {
  const [row] = await db.read('company', { id });
  return row?.company ?? null;
}

export async function segmentsOf(db: Database, id: string) {
  return column(await db.read('company-segments', { id }), 'segment');
}

export async function competitorsOf(db: Database, id: string) {
  return column(await db.read('company-competitors', { id }), 'company');
}

/** A company's partnerships, of one status or all. */
export async function partnershipsOf(db: Database, id: string, status: string | null) {
  return column(await db.read('company-partnerships', { id, status }), 'partnership');
}
