import { column, type Database, type Row } from '../db/database.ts';
import { catalogueEntry } from '../fits/catalogue-reference.ts';
import { luceneQuery } from '../domain/lucene-query.ts';
import { decodeCursor, encodeCursor, fingerprint, keyOf, offsetAt, pageOf, type Page } from './cursor.ts';

/** A company as the database returns it (`c {.*}`). */
export type CompanyRow = Row & { id: string; name: string };

export interface CompanyListQuery {
  /** Search words; empty lists every company by name. */
  search: string;
  /** A segment's id or name, or null. */
  segment: string | null;
  /** A capability's id or name, or null. */
  capability: string | null;
  first: number;
  after?: string | null;
}

const KIND = 'companies';

/**
 * A page of companies, `search`, `segment` and `capability` together. Without
 * search, by name then id from a key, so a cursor outlives imports; with it,
 * in the search's order from an offset tied to the market's version (a cursor
 * of an older market is refused: the matches and their order may differ).
 */
export async function companyPage(db: Database, query: CompanyListQuery): Promise<Page<CompanyRow>> {
  const filters = await resolveFilters(db, query);
  const text = query.search.trim();
  const listFingerprint = fingerprint([text, filters]);
  const position = decodeCursor(query.after, KIND, listFingerprint);
  if (text === '') {
    const key = keyOf(position, 2);
    const [row] = await db.read('companies-page', {
      ...filters,
      first: query.first,
      afterName: key?.[0] ?? null,
      afterId: key?.[1] ?? null,
    });
    const companies: CompanyRow[] = row?.companies ?? [];
    return pageOf(companies, query.first, {
      node: (company) => company,
      cursor: (company) => encodeCursor(KIND, listFingerprint, [company.name, company.id]),
      totalCount: Number(row?.total ?? 0),
      after: position,
    });
  }
  const lucene = luceneQuery(text);
  if (lucene === undefined) {
    // Nothing searchable (only punctuation): no match.
    return pageOf([] as CompanyRow[], query.first, {
      node: (company) => company,
      cursor: () => '',
      totalCount: 0,
      after: position,
    });
  }
  // The offset is checked against the version read with the matches, in the same transaction.
  // Its shape is checked first (against its own version), its version once the current one is read.
  const requested = position === null ? 0 : offsetAt(position, KIND, (position as unknown[])[1] as string | null);
  const [row] = await db.read('companies-search-page', {
    ...filters,
    query: lucene,
    offset: requested,
    first: query.first,
  });
  const version = row?.version ?? null;
  const offset = offsetAt(position, KIND, version);
  const companies: CompanyRow[] = row?.companies ?? [];
  return pageOf(
    companies.map((company, index) => ({ company, at: offset + index + 1 })),
    query.first,
    {
      node: ({ company }) => company,
      cursor: ({ at }) => encodeCursor(KIND, listFingerprint, [at, version]),
      totalCount: Number(row?.total ?? 0),
      after: position,
    },
  );
}

/**
 * The first `first` companies, without a cursor (Query.companies): by name,
 * matching typed text (a type-ahead over the full-text index), or in a
 * segment or with a capability (then the connection's first page).
 */
export async function listCompanies(
  db: Database,
  query: { search: string; segment: string | null; capability: string | null; first: number },
) {
  const { search, segment, capability, first } = query;
  if (segment || capability) return (await companyPage(db, { search, segment, capability, first })).nodes;
  if (search.trim() === '') return column(await db.read('companies-list', { first }), 'company');
  const lucene = luceneQuery(search);
  if (lucene === undefined) return [];
  return column(await db.read('companies-search', { query: lucene, first }), 'company');
}

/** The filters' ids: a segment or capability named by id or name; an unknown one is BAD_USER_INPUT naming the closest. */
async function resolveFilters(
  db: Database,
  query: CompanyListQuery,
): Promise<{ segment: string | null; capability: string | null }> {
  const [segment, capability] = await Promise.all([
    query.segment
      ? db.read('segments').then(
          (rows) =>
            catalogueEntry(
              'segment',
              'segment',
              query.segment!,
              rows.map((row) => row.segment),
            ).id,
        )
      : null,
    query.capability
      ? db.read('capabilities').then(
          (rows) =>
            catalogueEntry(
              'capability',
              'capability',
              query.capability!,
              rows.map((row) => row.capability),
            ).id,
        )
      : null,
  ]);
  return { segment, capability };
}
