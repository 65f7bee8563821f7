import type { Database, Row } from '../db/database.ts';
import { luceneQuery } from '../domain/lucene-query.ts';
import { companyPage } from '../pages/company-pages.ts';

/*
 * Companies and what the graph says about each: one named query a question,
 * the ids and sizes checked by the caller. Beside company-loader.ts, which
 * loads the same nodes by id in batches.
 */

/** The values of one returned column. */
export function column<R extends Row, K extends keyof R>(rows: R[], name: K): R[K][] {
  return rows.map((row) => row[name]);
}

/** One company by id; null when the graph has none. */
export async function companyById(db: Database, id: string) {
  const [row] = await db.read('company', { id });
  return row?.company ?? null;
}

/**
 * The first `first` companies: by name, matching typed text (a type-ahead over
 * the full-text index), or in a segment or with a capability (the
 * connection's first page, api/pages/company-pages.ts).
 */
export async function listCompanies(db: Database, query: { search: string; segment: string | null; capability: string | null; first: number }) {
  const { search, segment, capability, first } = query;
  if (segment || capability) return (await companyPage(db, { search, segment, capability, first })).nodes;
  if (search.trim() === '') return column(await db.read('companies-list', { first }), 'company');
  const lucene = luceneQuery(search);
  if (lucene === undefined) return [];
  return column(await db.read('companies-search', { query: lucene, first }), 'company');
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
