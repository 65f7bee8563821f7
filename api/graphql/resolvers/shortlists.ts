import { randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../../db/database.ts';
import type { QueryName } from '../../db/queries.ts';
import { badInput, notFound } from '../../db/errors.ts';
import { companyId, pageOffset, pageSize } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import type { WeightsInput } from '../fit-arguments.ts';
import { describeAll, pairFits } from '../fits.ts';

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
export async function readShortlists(db: Database, filter: { id?: string; focal?: string; first?: number }): Promise<ShortlistRecord[]> {
  const rows = await db.read('shortlist/list', { id: filter.id ?? null, focal: filter.focal ?? null, first: filter.first ?? 1 });
  return rows.map((row) => row.shortlist as ShortlistRecord);
}

/**
 * Current fits of a shortlist's entries, in pin order, scored against the
 * whole market as the ranking scores them. A pin whose company the graph no
 * longer has comes with `fit: null`, and so does every pin when the focal
 * company is gone.
 */
export async function shortlistFits(shortlist: ShortlistRecord, context: ApiContext, weights?: WeightsInput | null, page = { first: MAX_PINS, offset: 0 }) {
  const entries = shortlist.entries.slice(page.offset, page.offset + page.first);
  const candidateIds = entries.filter((entry) => entry.inGraph).map((entry) => entry.candidateId);
  const scored = candidateIds.length === 0 ? undefined : await pairFits(context, shortlist.focalId, candidateIds, { weights });
  const fits = new Map((scored ? await describeAll(scored, context) : []).map((fit) => [fit.candidateId, fit]));
  return entries.map((entry) => ({ ...entry, fit: fits.get(entry.candidateId) ?? null }));
}

function shortlistName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw badInput('name', 'must not be empty');
  if (trimmed.length > MAX_NAME) throw badInput('name', `is ${trimmed.length} characters long; at most ${MAX_NAME}`);
  return trimmed;
}

/** Runs one shortlist write; a write that matched nothing means an unknown id. */
async function writeShortlist(context: ApiContext, query: QueryName, params: Record<string, unknown>, missing: () => Error) {
  const rows = await context.db.write(query, (tx) => tx.run(query, params)).catch((error: unknown) => {
    // Deleted by another request between our read and our write.
    if (isDeletedMeanwhile(error)) throw missing();
    throw error;
  });
  if (rows.length === 0) throw missing();
  const [shortlist] = await readShortlists(context.db, { id: String(rows[0]!.id) });
  if (!shortlist) throw missing();
  return shortlist;
}

export const shortlistResolvers = {
  Query: {
    shortlists: (_: unknown, args: { focal?: string | null; first?: number | null }, { db }: ApiContext) =>
      readShortlists(db, { focal: args.focal ?? undefined, first: pageSize(args.first, 20) }),
    shortlist: async (_: unknown, args: { id: string }, { db }: ApiContext) =>
      (await readShortlists(db, { id: args.id }))[0] ?? null,
  },
  Mutation: {
    createShortlist: (_: unknown, args: { name: string; focal: string }, context: ApiContext) =>
      writeShortlist(
        context,
        'shortlist/create',
        { id: randomUUID(), name: shortlistName(args.name), focal: companyId('focal', args.focal) },
        () => notFound('company', args.focal),
      ),
    renameShortlist: (_: unknown, args: { id: string; name: string }, context: ApiContext) =>
      writeShortlist(context, 'shortlist/rename', { id: args.id, name: shortlistName(args.name) }, () =>
        notFound('shortlist', args.id),
      ),
    deleteShortlist: async (_: unknown, args: { id: string }, context: ApiContext) => {
      const rows = await context.db.write('shortlist/delete', (tx) => tx.run('shortlist/delete', { id: args.id })).catch((error: unknown) => {
        if (isDeletedMeanwhile(error)) throw notFound('shortlist', args.id);
        throw error;
      });
      if (rows.length === 0) throw notFound('shortlist', args.id);
      return args.id;
    },
    addToShortlist: async (_: unknown, args: { id: string; candidate: string; note?: string | null }, context: ApiContext) => {
      const note = args.note?.trim() || null;
      if (note && note.length > MAX_NOTE) throw badInput('note', `is ${note.length} characters long; at most ${MAX_NOTE}`);
      const [shortlist] = await readShortlists(context.db, { id: args.id });
      if (!shortlist) throw notFound('shortlist', args.id);
      const candidate = companyId('candidate', args.candidate);
      if (candidate === shortlist.focalId) throw badInput('candidate', 'is the shortlist’s focal company itself');
      const pinned = shortlist.entries.some((entry) => entry.candidateId === candidate);
      if (!pinned && shortlist.entries.length >= MAX_PINS) {
        throw badInput('candidate', `cannot be pinned: the shortlist already holds ${MAX_PINS} candidates, the most it may; remove one, or start another shortlist`);
      }
      const rows = await context.db.write('shortlist/pin', (tx) => tx.run('shortlist/pin', { id: args.id, candidate, note })).catch((error: unknown) => {
        if (isDeletedMeanwhile(error)) throw notFound('shortlist', args.id);
        throw error;
      });
      // Nothing matched: the company is unknown, or the shortlist was deleted since we read it.
      const [after] = await readShortlists(context.db, { id: args.id });
      if (!after) throw notFound('shortlist', args.id);
      if (rows.length === 0) throw notFound('company', candidate);
      return after;
    },
    removeFromShortlist: (_: unknown, args: { id: string; candidate: string }, context: ApiContext) =>
      writeShortlist(context, 'shortlist/unpin', { id: args.id, candidate: args.candidate }, () =>
        notFound('shortlist', args.id),
      ),
  },
  Shortlist: {
    focal: async (shortlist: ShortlistRecord, _: unknown, context: ApiContext) =>
      (await context.companies.load(shortlist.focalId))?.company ?? null,
    entryCount: (shortlist: ShortlistRecord) => shortlist.entries.length,
    candidateIds: (shortlist: ShortlistRecord) => shortlist.entries.map((entry) => entry.candidateId),
    entries: (shortlist: ShortlistRecord, args: { weights?: WeightsInput | null; first?: number | null; offset?: number | null }, context: ApiContext) =>
      shortlistFits(shortlist, context, args.weights, { first: pageSize(args.first, MAX_PINS), offset: pageOffset(args.offset) }),
    csvUrl: (shortlist: ShortlistRecord) => `/export/shortlists/${encodeURIComponent(shortlist.id)}.csv`,
  },
  ShortlistEntry: {
    candidate: async (entry: ShortlistEntryRecord, _: unknown, context: ApiContext) =>
      entry.inGraph ? ((await context.companies.load(entry.candidateId))?.company ?? null) : null,
  },
};

/**
 * Neo4j's answer when a request writes to a shortlist another request deleted
 * after this one found it (a pin racing a delete): the shortlist is gone, which
 * is NOT_FOUND, not an unexpected error.
 */
function isDeletedMeanwhile(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === 'Neo.ClientError.Statement.EntityNotFound' || /has been deleted/i.test(error.message));
}
