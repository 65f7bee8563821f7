import type { Resolvers } from '../generated/resolver-types.ts';
import type { ImportLockRecord } from '../../import/import-lock.ts';
import { importStatus } from './import-status.ts';
import { column } from './company.ts';

export const catalogueResolvers: Resolvers = {
  Query: {
    partnershipTypes: async (_, __, { db }) =>
      column(await db.read('partnership-types'), 'type'),
    segments: async (_, __, { db }) => column(await db.read('segments'), 'segment'),
    capabilities: async (_, __, { db }) =>
      column(await db.read('capabilities'), 'capability'),
    ecosystemSummary: async (_, __, { db }) => {
      const [row] = await db.read('ecosystem-summary');
      return { ...row, import: importStatus(row?.importLock as ImportLockRecord | null) };
    },
  },
};
