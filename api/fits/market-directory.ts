import type { Database } from '../db/database.ts';
import type { QueryRows } from '../db/query-rows.ts';
import { createMarket, type CompanySummary, type MarketPartnership } from '../analysis/market.ts';
import type { MarketDirectory } from '../analysis/candidate-facts.ts';
import { parseModel } from '../analysis/market-model.ts';

export type { MarketDirectory } from '../analysis/candidate-facts.ts';

type DirectoryRow = QueryRows['market-directory'];

/** One directory per database a process talks to (tests open several). */
const directories = new WeakMap<Database, Promise<MarketDirectory>>();

/**
 * Every company, partnership and the ranking model, kept between requests
 * while the graph's directory version (which every import file that changes
 * them, and every calibration, renews) stays `version`. Without a version (a
 * graph our importer has not written) nothing is kept: every call reads the
 * graph, since a stale ranking would be worse than a slow one.
 */
export async function marketDirectory(db: Database, version: string | null): Promise<MarketDirectory> {
  const kept = version === null ? undefined : await directories.get(db)?.catch(() => undefined);
  if (kept && kept.version === version) return kept;
  const loading = readMarketDirectory(db);
  directories.set(db, loading);
  return loading.catch((error: unknown) => {
    directories.delete(db);
    throw error;
  });
}

/** The directory as of the graph's current version: one small read when the kept copy is current. */
export async function currentMarketDirectory(db: Database): Promise<MarketDirectory> {
  const [row] = await db.read('market-version');
  return marketDirectory(db, row?.version ?? null);
}

/** Reads the directory afresh, bypassing the kept copy (the calibration reads what it is about to replace). */
export async function readMarketDirectory(db: Database): Promise<MarketDirectory> {
  const [row] = await db.read('market-directory');
  // Positions follow ids in code-unit order, so every tie broken by position is broken by id.
  const companies = (row?.companies ?? [])
    .map(companySummaryOf)
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const partnerships = (row?.partnerships ?? []).map(partnershipOf);
  return {
    // Read in the same transaction as the data, so a copy is only ever kept
    // under its own version; '' (no version) matches no request's version.
    version: row?.version ?? '',
    market: createMarket(companies, partnerships, row?.customerCount ?? 0, new Map(row?.segments ?? [])),
    model: parseModel(row?.model),
  };
}

/** A company as the directory lists it. */
function companySummaryOf([
  id,
  name,
  customers,
  capabilities,
  employees,
  segments,
]: DirectoryRow['companies'][number]): CompanySummary {
  return { id, name, customers, capabilities, employees, segments };
}

function partnershipOf([id, status, since, typeId, parties]: DirectoryRow['partnerships'][number]): MarketPartnership {
  return { id, status, since, typeId, parties };
}
