import type { Database } from '../db/database.ts';
import type { ChangeProperties } from '../db/query-rows.ts';
import { badInput } from '../errors.ts';
import { missing } from '../fits/request-arguments.ts';
import type { MarketChange } from './diff-market.ts';

/** A stored change with the import (or dust check, api/pipeline/dust-check.ts) that recorded it. */
export interface StoredChange extends Omit<MarketChange, 'kind'> {
  kind: ChangeProperties['kind'];
  importId: string;
  importedAt: string;
  dataset: string | null;
}

/**
 * A stored change's fields as MarketChange has them: Neo4j keeps no null
 * property (cypher/changes/record.cypher), so a field left out is null, and
 * `companies` is stored as JSON text.
 */
export function changeFields(stored: ChangeProperties): Omit<MarketChange, 'kind'> {
  return {
    sentence: stored.sentence,
    concerns: stored.concerns ?? [],
    companies: JSON.parse(stored.companies) as MarketChange['companies'],
    partnershipId: stored.partnershipId ?? null,
    typeId: stored.typeId ?? null,
    statusBefore: stored.statusBefore ?? null,
    statusAfter: stored.statusAfter ?? null,
    before: stored.before ?? null,
    after: stored.after ?? null,
    shortlistId: stored.shortlistId ?? null,
    shortlistName: stored.shortlistName ?? null,
  };
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * `since` as the stored moments are written (UTC, toISOString), so they
 * compare as strings. A date alone is midnight UTC; a date-time needs its time
 * zone, since a moment without one means different things on different machines.
 */
export function sinceMoment(since: string | null | undefined): string | null {
  if (since == null) return null;
  const time = ISO_MOMENT.test(since.trim()) ? Date.parse(since.trim()) : Number.NaN;
  if (!Number.isFinite(time)) {
    throw badInput(
      'since',
      `must be an ISO 8601 date (2026-01-31) or date-time with its time zone (2026-01-31T09:00:00Z), got "${since}"`,
    );
  }
  return new Date(time).toISOString();
}

/** Changes of the imports finished after `since` (default: the last import), newest import first, each import's in its order. */
export async function readChanges(
  db: Database,
  query: { since: string | null; focal: string | null; first: number },
): Promise<StoredChange[]> {
  const rows = await db.read('changes/list', query);
  return rows.map(({ change }) => ({ ...change, ...changeFields(change) }));
}

/** The most changes one answer lists: an import of another market may record thousands. */
export const MAX_CHANGES = 500;

/**
 * A focal id that finds no change must still name a company changes can speak
 * of: one the graph has, or one some change concerns (a company a later import
 * dropped keeps its changes). Anything else is a typo: NOT_FOUND, not [].
 */
export async function knownToChanges(db: Database, focal: string): Promise<void> {
  const [row] = await db.read('changes/knows-company', { focal });
  if (!row?.known) throw missing('focal', 'company', focal);
}
