import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database.ts';

export interface CapabilityOffer {
  id: string;
  name: string;
  category: string | null;
  level: 'core' | 'secondary';
}

/** A company as the database returns it (`c {.*}`), aggregates included. */
export type CompanyNode = Row & { id: string; name: string };

/** A company node with its capabilities. */
export interface CompanyDetail {
  company: CompanyNode;
  capabilities: CapabilityOffer[];
}

/**
 * Loads companies by id, batching every load of one request tick into one
 * query (a ranked list of 20 candidates costs one round trip, not 20).
 * One loader per request, so nothing is cached across requests.
 */
export function createCompanyLoader(db: Database): DataLoader<string, CompanyDetail | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read('companies-by-ids', { ids: [...ids] });
    const byId = new Map(rows.map((detail): [string, CompanyDetail] => [detail.company.id, detail]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
