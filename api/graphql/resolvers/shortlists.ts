import type { Resolvers } from '../generated/resolver-types.ts';
import { NO_SCORING, shortlistFits } from '../../fits/shortlist-fits.ts';
import { selectsField } from '../../security/selects-field.ts';
import { rankingSettings } from '../../fits/ranking-arguments.ts';
import {
  createShortlist,
  deleteShortlist,
  MAX_PINS,
  pinToShortlist,
  readShortlists,
  renameShortlist,
  unpinFromShortlist,
} from '../../shortlists/shortlist-store.ts';
import { companyId, missing, pageOffset, pageSize } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { apiError } from '../../errors.ts';

/**
 * A focal id that finds no shortlist must name a company (a shortlist of a
 * company a re-import dropped is still found by it, so this runs only on an
 * empty answer): anything else is a typo, NOT_FOUND rather than [].
 */
export async function knownFocal(context: ApiContext, focal: string): Promise<void> {
  if ((await context.companies.load(companyId('focal', focal))) === null) throw missing('focal', 'company', focal);
}

export const shortlistResolvers: Resolvers = {
  Query: {
    shortlists: async (_, args, context) => {
      const shortlists = await readShortlists(context.db, {
        focal: args.focal ?? undefined,
        first: pageSize(args.first, 20),
      });
      if (args.focal != null && shortlists.length === 0) await knownFocal(context, args.focal);
      return shortlists;
    },
    shortlist: async (_, args, { db }) => (await readShortlists(db, { id: args.id }))[0] ?? null,
  },
  Mutation: {
    createShortlist: (_, args, { db }) => createShortlist(db, args.name, companyId('focal', args.focal)),
    renameShortlist: (_, args, { db }) => renameShortlist(db, args.id, args.name),
    deleteShortlist: (_, args, { db }) => deleteShortlist(db, args.id),
    addToShortlist: (_, args, { db }) => pinToShortlist(db, args.id, companyId('candidate', args.candidate), args.note),
    removeFromShortlist: async (_, args, { db }) => {
      // Unpinning what is not pinned is a miss to name, not a silent no-op (a pin of a company the graph dropped is still pinned).
      const [shortlist] = await readShortlists(db, { id: args.id });
      if (shortlist && !shortlist.entries.some((entry) => entry.candidateId === args.candidate)) {
        throw apiError('NOT_FOUND', `Shortlist "${args.id}" has no pin of "${args.candidate}" (argument "candidate")`, {
          argument: 'candidate',
          id: args.candidate,
        });
      }
      return unpinFromShortlist(db, args.id, args.candidate);
    },
  },
  Shortlist: {
    focal: async (shortlist, _, context) => (await context.companies.load(shortlist.focalId))?.company ?? null,
    entryCount: (shortlist) => shortlist.entries.length,
    candidateIds: (shortlist) => shortlist.entries.map((entry) => entry.candidateId),
    // Pins are scored only when `fit` is asked for (as the rate limit counts them), and every shortlist
    // of a request through its pinScorer: one candidate pool per focal company, not one per shortlist.
    entries: (shortlist, args, context, info) =>
      shortlistFits(
        context.db,
        context.companies,
        shortlist,
        rankingSettings(args),
        { first: pageSize(args.first, MAX_PINS), offset: pageOffset(args.offset) },
        info.fieldNodes.some((node) => selectsField(node.selectionSet, 'fit', (name) => info.fragments[name]))
          ? context.pinScorer
          : NO_SCORING,
      ),
    csvUrl: (shortlist) => `/export/shortlists/${encodeURIComponent(shortlist.id)}.csv`,
  },
  ShortlistEntry: {
    candidate: async (entry, _, context) =>
      entry.inGraph ? ((await context.companies.load(entry.candidateId))?.company ?? null) : null,
  },
};
