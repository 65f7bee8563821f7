import type { Resolvers } from '../generated/resolver-types.ts';
import { knownToChanges, MAX_CHANGES, readChanges, sinceMoment } from '../../changes/change-store.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';

export const changeResolvers: Resolvers = {
  Query: {
    changes: async (_, args, { db }) => {
      const focal = args.focal == null ? null : companyId('focal', args.focal);
      const changes = await readChanges(db, {
        since: sinceMoment(args.since),
        focal,
        first: pageSize(args.first, 100, MAX_CHANGES),
      });
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
