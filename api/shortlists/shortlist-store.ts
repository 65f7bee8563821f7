import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { badInput, EntityGoneError, notFound } from '../errors.ts';
import { oneAtATime, type OneAtATime } from './one-at-a-time.ts';

/**
 * Shortlists as the graph stores them, and every change to them, each checked
 * and answered with the API's errors. Pins name companies by id, so they
 * outlive any import; a pin whose company is gone is kept and marked.
 */
export interface ShortlistEntryRecord {
  candidateId: string;
  note: string | null;
  addedAt: string;
  /** False when a re-import dropped the company: the pin and its note stay. */
  inGraph: boolean;
}

export interface ShortlistRecord {
  id: string;
  name: string;
  createdAt: string;
  focalId: string;
  entries: ShortlistEntryRecord[];
}

const MAX_NAME = 120;
const MAX_NOTE = 2_000;
/** A shortlist is short: pins beyond this many are refused, so one shortlist's entries are always one page. */
export const MAX_PINS = 100;

/** Reads shortlists (all, one by id, or one focal company's), at most `first`. */
export async function readShortlists(
  db: Database,
  filter: { id?: string; focal?: string; first?: number },
): Promise<ShortlistRecord[]> {
  const rows = await db.read('shortlist/list', {
    id: filter.id ?? null,
    focal: filter.focal ?? null,
    first: filter.first ?? 1,
  });
  return rows.map((row) => row.shortlist);
}

export function createShortlist(db: Database, name: string, focal: string): Promise<ShortlistRecord> {
  return writeShortlist(db, 'shortlist/create', { id: randomUUID(), name: shortlistName(name), focal }, () =>
    notFound('company', focal),
  );
}

export function renameShortlist(db: Database, id: string, name: string): Promise<ShortlistRecord> {
  return writeShortlist(db, 'shortlist/rename', { id, name: shortlistName(name) }, () => notFound('shortlist', id));
}

export async function deleteShortlist(db: Database, id: string): Promise<string> {
  const rows = await db
    .write('shortlist/delete', (tx) => tx.run('shortlist/delete', { id }))
    .catch(goneAs(() => notFound('shortlist', id)));
  if (rows.length === 0) throw notFound('shortlist', id);
  return id;
}

/**
 * Pins `candidate` (or updates its note), within MAX_PINS. The limit is checked
 * inside the write, under the shortlist's lock (cypher/shortlist/pin.cypher): a
 * count read before the write let 150 concurrent pins all pass it.
 */
export async function pinToShortlist(
  db: Database,
  id: string,
  candidate: string,
  givenNote: string | null | undefined,
): Promise<ShortlistRecord> {
  const note = givenNote?.trim() || null;
  if (note && note.length > MAX_NOTE) throw badInput('note', `is ${note.length} characters long; at most ${MAX_NOTE}`);
  const pin = () =>
    db.write('shortlist/pin', (tx) => tx.run('shortlist/pin', { id, candidate, note, maxPins: MAX_PINS }));
  // Waiting on the lock as a pin that lost the race to a delete: the shortlist is gone.
  const [outcome] = await pinQueue(db)(id, pin).catch(goneAs(() => notFound('shortlist', id)));
  if (!outcome) throw notFound('shortlist', id);
  if (outcome.focal) throw badInput('candidate', 'is the shortlist’s focal company itself');
  if (!outcome.known) throw notFound('company', candidate);
  if (outcome.full) {
    throw badInput(
      'candidate',
      `cannot be pinned: the shortlist already holds ${MAX_PINS} candidates, the most it may; remove one, or start another shortlist`,
    );
  }
  const [after] = await readShortlists(db, { id });
  // Deleted since our pin committed.
  if (!after) throw notFound('shortlist', id);
  return after;
}

/** Pins of one shortlist wait their turn in this process, not in Neo4j holding a pooled connection (one-at-a-time.ts): a queue per database. */
const pinQueues = new WeakMap<Database, OneAtATime>();

function pinQueue(db: Database): OneAtATime {
  let queue = pinQueues.get(db);
  if (!queue) pinQueues.set(db, (queue = oneAtATime()));
  return queue;
}

export function unpinFromShortlist(db: Database, id: string, candidate: string): Promise<ShortlistRecord> {
  return writeShortlist(db, 'shortlist/unpin', { id, candidate }, () => notFound('shortlist', id));
}

function shortlistName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw badInput('name', 'must not be empty');
  if (trimmed.length > MAX_NAME) throw badInput('name', `is ${trimmed.length} characters long; at most ${MAX_NAME}`);
  return trimmed;
}

/** Runs one shortlist write; a write that matched nothing means an unknown id. */
async function writeShortlist(
  db: Database,
  query: 'shortlist/create' | 'shortlist/rename' | 'shortlist/unpin',
  params: Record<string, unknown>,
  missing: () => Error,
): Promise<ShortlistRecord> {
  const rows = await db.write(query, (tx) => tx.run(query, params)).catch(goneAs(missing));
  if (rows.length === 0) throw missing();
  const [shortlist] = await readShortlists(db, { id: rows[0]!.id });
  if (!shortlist) throw missing();
  return shortlist;
}

/** A write that raced a delete (another request removed the shortlist after we found it) is NOT_FOUND, not an unexpected error. */
function goneAs(missing: () => Error) {
  return (error: unknown): never => {
    throw error instanceof EntityGoneError ? missing() : error;
  };
}
