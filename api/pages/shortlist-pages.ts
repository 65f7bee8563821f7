import type { Database } from '../db/database.ts';
import type { ShortlistEntryFit, PinScorer } from '../fits/shortlist-fits.ts';
import { shortlistFits } from '../fits/shortlist-fits.ts';
import type { CapabilityLoader } from '../fits/fit-service.ts';
import type { RankingSettings } from '../fits/ranking-arguments.ts';
import type { ShortlistRecord } from '../shortlists/shortlist-store.ts';
import { decodeCursor, encodeCursor, fingerprint, keyOf, pageOf, type Page } from './cursor.ts';

/**
 * A page of shortlists, newest first, from a key (created at, id): shortlists
 * created or deleted meanwhile do not shift the walk.
 */
export async function shortlistPage(
  db: Database,
  query: { focal: string | null; first: number; after?: string | null },
): Promise<Page<ShortlistRecord>> {
  const listFingerprint = fingerprint([query.focal]);
  const position = decodeCursor(query.after, 'shortlists', listFingerprint);
  const key = keyOf(position, 2);
  const [row] = await db.read('shortlist/page', {
    focal: query.focal,
    first: query.first,
    afterCreatedAt: key?.[0] ?? null,
    afterId: key?.[1] ?? null,
  });
  const shortlists: ShortlistRecord[] = row?.shortlists ?? [];
  return pageOf(shortlists, query.first, {
    node: (shortlist) => shortlist,
    cursor: (shortlist) => encodeCursor('shortlists', listFingerprint, [shortlist.createdAt, shortlist.id]),
    totalCount: Number(row?.total ?? 0),
    after: position,
  });
}

/**
 * A page of a shortlist's pins in pin order (added at, candidate id) from a
 * key, with their current fits; only the page's pins are scored, through the
 * request's pin scorer (one pool per focal company for the whole request).
 */
export async function entryPage(
  db: Database,
  companies: CapabilityLoader,
  shortlist: ShortlistRecord,
  query: { first: number; after?: string | null; settings: RankingSettings; definition: unknown; score: PinScorer },
): Promise<Page<ShortlistEntryFit>> {
  const listFingerprint = fingerprint([shortlist.id, query.definition]);
  const position = decodeCursor(query.after, 'entries', listFingerprint);
  const key = keyOf(position, 2);
  const start =
    key === null
      ? 0
      : shortlist.entries.findIndex(
          (entry) => entry.addedAt > String(key[0]) || (entry.addedAt === key[0] && entry.candidateId > String(key[1])),
        );
  const offset = start === -1 ? shortlist.entries.length : start;
  const fits = await shortlistFits(
    db,
    companies,
    shortlist,
    query.settings,
    { first: query.first, offset },
    query.score,
  );
  const more = shortlist.entries
    .slice(offset + query.first, offset + query.first + 1)
    .map((entry) => ({ ...entry, fit: null }));
  return pageOf([...fits, ...more], query.first, {
    node: (entry) => entry,
    cursor: (entry) => encodeCursor('entries', listFingerprint, [entry.addedAt, entry.candidateId]),
    totalCount: shortlist.entries.length,
    after: position,
  });
}
