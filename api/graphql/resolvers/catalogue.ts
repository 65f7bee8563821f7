import type { Resolvers } from '../generated/resolver-types.ts';
import { capabilities, ecosystemSummary, partnershipTypes, segments } from '../../fits/catalogue-service.ts';
import { importStatus } from './import-status.ts';

export const catalogueResolvers: Resolvers = {
  Query: {
    partnershipTypes: (_, __, { db }) => partnershipTypes(db),
    segments: (_, __, { db }) => segments(db),
    capabilities: (_, __, { db }) => capabilities(db),
    ecosystemSummary: async (_, __, { db }) => {
      const row = await ecosystemSummary(db);
      return { ...row, import: importStatus(row?.importLock) };
    },
  },
};
