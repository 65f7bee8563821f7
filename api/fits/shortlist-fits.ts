import type { DescribedFit } from '../analysis/describe-fit.ts';
import type { Database } from '../db/database.ts';
import type { ShortlistEntryRecord, ShortlistRecord } from '../shortlists/shortlist-store.ts';
import { describeAll, pairFits, type CapabilityLoader } from './fit-service.ts';
import type { RankingSettings } from './ranking-arguments.ts';

export type ShortlistEntryFit = ShortlistEntryRecord & { fit: DescribedFit | null };

/**
 * Current fits of a page of a shortlist's entries, in pin order, scored against
 * the whole market as the ranking scores them. A pin whose company the graph
 * no longer has comes with `fit: null`, and so does every pin when the focal
 * company is gone.
 */
export async function shortlistFits(
  db: Database,
  companies: CapabilityLoader,
  shortlist: ShortlistRecord,
  settings: RankingSettings,
  page: { first: number; offset: number },
): Promise<ShortlistEntryFit[]> {
  const entries = shortlist.entries.slice(page.offset, page.offset + page.first);
  const candidateIds = entries.filter((entry) => entry.inGraph).map((entry) => entry.candidateId);
  const scored = candidateIds.length === 0 ? undefined : await pairFits(db, shortlist.focalId, candidateIds, settings);
  const fits = new Map((scored ? await describeAll(scored, companies) : []).map((fit) => [fit.candidateId, fit]));
  return entries.map((entry) => ({ ...entry, fit: fits.get(entry.candidateId) ?? null }));
}
