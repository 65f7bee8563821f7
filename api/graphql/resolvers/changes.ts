import { readChanges, sinceMoment, type StoredChange } from '../../changes/change-store.ts';
import type { Database } from '../../db/database.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';
import { companyId, missing, pageSize } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';

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

export const changeResolvers = {
  Query: {
    changes: async (_: unknown, args: { since?: string | null; focal?: string | null; first?: number | null }, { db }: ApiContext) => {
      const focal = args.focal == null ? null : companyId('focal', args.focal);
      const changes = await readChanges(db, { since: sinceMoment(args.since), focal, first: pageSize(args.first, 100, MAX_CHANGES) });
      if (focal !== null && changes.length === 0) await knownToChanges(db, focal);
      return changes;
    },
  },
  MarketChange: {
    partnershipType: (change: StoredChange) => PARTNERSHIP_TYPES.find((type) => type.id === change.typeId) ?? null,
  },
  ChangeCompany: {
    company: async (party: { id: string }, _: unknown, context: ApiContext) => (await context.companies.load(party.id))?.company ?? null,
  },
};
