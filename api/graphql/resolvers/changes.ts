import type { Resolvers } from '../generated/resolver-types.ts';
import { readChanges, sinceMoment } from '../../changes/change-store.ts';
import type { Database } from '../../db/database.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';
import { companyId, missing, pageSize } from '../../fits/request-arguments.ts';

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

export const changeResolvers: Resolvers = {
  Query: {
    changes: async (_, args, { db }) => {
      const focal = args.focal == null ? null : companyId('focal', args.focal);
      const changes = await readChanges(db, { since: sinceMoment(args.since), focal, first: pageSize(args.first, 100, MAX_CHANGES) });
      if (focal !== null && changes.length === 0) await knownToChanges(db, focal);
      return changes;
    },
  },
  MarketChange: {
    partnershipType: (change) => PARTNERSHIP_TYPES.find((type) => type.id === change.typeId) ?? null,
  },
  ChangeCompany: {
    company: async (party, _, context) => (await context.companies.load(party.id))?.company ?? null,
  },
};
