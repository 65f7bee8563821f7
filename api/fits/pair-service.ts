import { conflictsOf, type Conflict } from '../analysis/conflicts.ts';
import { overlapFigures, ratio, type StageCount } from '../analysis/overlap-figures.ts';
import type { Database } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { loadCandidatePool } from './candidate-pool.ts';
import type { CompanyNode } from './company-loader.ts';

/*
 * What two given companies are to each other, apart from a ranking: where
 * their customers overlap, what each fills of the other's gaps, and where a
 * partnership would clash. The ids are checked by the caller.
 */

/** Customer overlap of a and b (docs/analyses.md); null when either id is unknown. */
export async function overlapOf(db: Database, a: string, b: string) {
  const [row] = await db.read('overlap', { a, b });
  if (!row) return null;
  const first = row.a as CompanyNode;
  const second = row.b as CompanyNode;
  return {
    a: first,
    b: second,
    ...overlapFigures(row.matrix as StageCount[], customerBase(first), customerBase(second)),
  };
}

/** |C(X)|, kept on the company by the importer. */
function customerBase(company: CompanyNode): number {
  return Number(company.customerCount ?? 0);
}

/** What `overlap` answers for two known companies. */
export type OverlapAnswer = NonNullable<Awaited<ReturnType<typeof overlapOf>>>;

/** The customers a and b share, a page of them. */
export async function sharedCustomers(db: Database, query: { a: string; b: string; first: number; offset: number }) {
  return (await db.read('shared-customers', query)).map((row) => row.customer);
}

/** Capability complementarity of a and b: gaps each fills for the other against what they both offer; null when either id is unknown. */
export async function complementarityOf(db: Database, a: string, b: string) {
  const [row] = await db.read('complementarity', { a, b });
  if (!row) return null;
  const gapsA = row.gapsFilledForA as unknown[];
  const gapsB = row.gapsFilledForB as unknown[];
  const competing = row.competing as unknown[];
  const union = gapsA.length + gapsB.length + competing.length;
  return { ...row, score: ratio(gapsA.length + gapsB.length, union) };
}

/** Where a partnership of a with b would clash (channel and partner conflicts); none with itself, NOT_FOUND for an unknown id. */
export async function conflictsBetween(db: Database, a: string, b: string): Promise<Conflict[]> {
  if (a === b) return [];
  const pool = await loadCandidatePool(db, { focal: a, only: [b] });
  const facts = pool?.candidates[0];
  if (!facts) throw notFound('company', pool ? b : a);
  return conflictsOf(facts.conflictFacts);
}
