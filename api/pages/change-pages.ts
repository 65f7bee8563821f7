import { changeFields, type StoredChange } from '../changes/change-store.ts';
import type { Database } from '../db/database.ts';
import { decodeCursor, encodeCursor, fingerprint, keyOf, pageOf, type Page } from './cursor.ts';

/**
 * A page of recorded changes in `changes`' order, from a key (the import's
 * finish and id, the change's place in it): a later import's changes sort
 * before the first page, so a walk is never shifted by one.
 */
export async function changePage(
  db: Database,
  query: { since: string | null; focal: string | null; first: number; after?: string | null },
): Promise<Page<StoredChange>> {
  const listFingerprint = fingerprint([query.since, query.focal]);
  const position = decodeCursor(query.after, 'changes', listFingerprint);
  const key = keyOf(position, 3);
  const [row] = await db.read('changes/page', {
    since: query.since,
    focal: query.focal,
    first: query.first,
    afterFinishedAt: key?.[0] ?? null,
    afterRun: key?.[1] ?? null,
    afterSeq: key?.[2] ?? null,
  });
  const changes = (row?.changes ?? []).map((change) => ({ ...change, ...changeFields(change) }));
  return pageOf(changes, query.first, {
    node: (change) => change,
    cursor: (change) => encodeCursor('changes', listFingerprint, [change.importedAt, change.importId, change.seq]),
    totalCount: Number(row?.total ?? 0),
    after: position,
  });
}
