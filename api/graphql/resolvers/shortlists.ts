import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import type { QueryName } from '../../db/queries.ts';
import { badInput, notFound } from '../../db/errors.ts';
import { companyId } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import type { WeightsInput } from '../fit-arguments.ts';
import { describeAll, pairFits } from '../fits.ts';

export interface ShortlistRecord {
  id: string;
  name: string;
  createdAt: string;
  focalId: string;
  entries: { candidateId: string; note: string | null; addedAt: string }[];
}

const MAX_NAME = 120;
const MAX_NOTE = 2_000;

/** Reads shortlists (all, one by id, or one focal company's). */
export async function readShortlists(db: Database, filter: { id?: string; focal?: string }): Promise<ShortlistRecord[]> {
  const rows = await db.read('shortlist/list', { id: filter.id ?? null, focal: filter.focal ?? null });
  return rows.map((row) => row.shortlist as ShortlistRecord);
}

/** Current fits of a shortlist's entries, in pin order, from one pool query. */
export async function shortlistFits(shortlist: ShortlistRecord, context: ApiContext, weights?: WeightsInput | null) {
  const candidateIds = shortlist.entries.map((entry) => entry.candidateId);
  if (candidateIds.length === 0) return [];
  const scored = await pairFits(context, shortlist.focalId, candidateIds, { weights });
  const fits = new Map((scored ? await describeAll(scored, context) : []).map((fit) => [fit.candidateId, fit]));
  return shortlist.entries.flatMap((entry) => {
    const fit = fits.get(entry.candidateId);
    return fit ? [{ ...entry, fit }] : [];
  });
}

function shortlistName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw badInput('name', 'must not be empty');
  if (trimmed.length > MAX_NAME) throw badInput('name', `is ${trimmed.length} characters long; at most ${MAX_NAME}`);
  return trimmed;
}

/** Runs one shortlist write; a write that matched nothing means an unknown id. */
async function writeShortlist(context: ApiContext, query: QueryName, params: Record<string, unknown>, missing: () => Error) {
  const rows = await context.db.write(query, (tx) => tx.run(query, params));
  if (rows.length === 0) throw missing();
  const [shortlist] = await readShortlists(context.db, { id: String(rows[0]!.id) });
  if (!shortlist) throw missing();
  return shortlist;
}

export const shortlistResolvers = {
  Query: {
    shortlists: (_: unknown, args: { focal?: string | null }, { db }: ApiContext) =>
      readShortlists(db, { focal: args.focal ?? undefined }),
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
      const rows = await context.db.write('shortlist/delete', (tx) => tx.run('shortlist/delete', { id: args.id }));
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
      return writeShortlist(context, 'shortlist/pin', { id: args.id, candidate, note }, () => notFound('company', candidate));
    },
    removeFromShortlist: (_: unknown, args: { id: string; candidate: string }, context: ApiContext) =>
      writeShortlist(context, 'shortlist/unpin', { id: args.id, candidate: args.candidate }, () =>
        notFound('shortlist', args.id),
      ),
  },
  Shortlist: {
    focal: async (shortlist: ShortlistRecord, _: unknown, context: ApiContext) =>
      (await context.companies.load(shortlist.focalId))?.company ?? null,
    entries: (shortlist: ShortlistRecord, args: { weights?: WeightsInput | null }, context: ApiContext) =>
      shortlistFits(shortlist, context, args.weights),
    csvUrl: (shortlist: ShortlistRecord) => `/export/shortlists/${encodeURIComponent(shortlist.id)}.csv`,
  },
  ShortlistEntry: {
    candidate: async (entry: { candidateId: string }, _: unknown, context: ApiContext) =>
      (await context.companies.load(entry.candidateId))?.company ?? null,
  },
};
