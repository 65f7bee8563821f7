import type { Database } from '../db/database.ts';
import {
  createMarket,
  type CompanySummary,
  type MarketPartnership,
  type PartnershipStatusValue,
} from '../analysis/market.ts';
import type { MarketDirectory } from '../analysis/candidate-facts.ts';
import { parseModel } from '../analysis/market-model.ts';

export type { MarketDirectory } from '../analysis/candidate-facts.ts';

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
  return marketDirectory(db, (row?.version as string | null) ?? null);
}

/** Reads the directory afresh, bypassing the kept copy (the calibration reads what it is about to replace). */
export async function readMarketDirectory(db: Database): Promise<MarketDirectory> {
  const [row] = await db.read('market-directory');
  // Positions follow ids in code-unit order, so every tie broken by position is broken by id.
  const companies = ((row?.companies ?? []) as unknown[][])
    .map(companySummaryOf)
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const partnerships = ((row?.partnerships ?? []) as unknown[][]).map(partnershipOf);
  return {
    // Read in the same transaction as the data, so a copy is only ever kept
    // under its own version; '' (no version) matches no request's version.
    version: (row?.version as string | null | undefined) ?? '',
    market: createMarket(
      companies,
      partnerships,
      Number(row?.customerCount ?? 0),
      new Map(((row?.segments ?? []) as unknown[][]).map(([id, name]) => [String(id), String(name)])),
    ),
    model: parseModel(row?.model),
  };
}

/** A company as the queries list it: `[id, name, customerCount, capabilityCount, employees, segmentIds?]`. */
function companySummaryOf([id, name, customers, capabilities, employees, segments]: unknown[]): CompanySummary {
  return {
    id: String(id),
    name: String(name),
    customers: Number(customers),
    capabilities: Number(capabilities),
    employees: (employees as number | null) ?? null,
    segments: Array.isArray(segments) ? segments.map(String) : [],
  };
}

function partnershipOf([id, status, since, typeId, parties]: unknown[]): MarketPartnership {
  return {
    id: String(id),
    status: String(status) as PartnershipStatusValue,
    since: since == null ? null : String(since),
    typeId: typeId == null ? null : String(typeId),
    parties: (parties as unknown[]).map(String),
  };
}
