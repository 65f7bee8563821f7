import { readChanges, sinceMoment, type StoredChange } from '../../changes/change-store.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';
import { companyId, pageSize } from '../arguments.ts';
import type { ApiContext } from '../context.ts';

/** The most changes one answer lists: an import of another market may record thousands. */
export const MAX_CHANGES = 500;

export const changeResolvers = {
  Query: {
    changes: (_: unknown, args: { since?: string | null; focal?: string | null; first?: number | null }, { db }: ApiContext) =>
      readChanges(db, {
        since: sinceMoment(args.since),
        focal: args.focal == null ? null : companyId('focal', args.focal),
        first: pageSize(args.first, 100, MAX_CHANGES),
      }),
  },
  MarketChange: {
    partnershipType: (change: StoredChange) => PARTNERSHIP_TYPES.find((type) => type.id === change.typeId) ?? null,
  },
  ChangeCompany: {
    company: async (party: { id: string }, _: unknown, context: ApiContext) => (await context.companies.load(party.id))?.company ?? null,
  },
};
