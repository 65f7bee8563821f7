import type { ImportLockRecord } from '../../import/import-lock.ts';
import type { ApiContext } from '../context.ts';
import { importStatus } from './import-status.ts';
import { column } from './company.ts';

export const catalogueResolvers = {
  Query: {
    partnershipTypes: async (_: unknown, __: unknown, { db }: ApiContext) =>
      column(await db.read('partnership-types'), 'type'),
    segments: async (_: unknown, __: unknown, { db }: ApiContext) => column(await db.read('segments'), 'segment'),
    capabilities: async (_: unknown, __: unknown, { db }: ApiContext) =>
      column(await db.read('capabilities'), 'capability'),
    ecosystemSummary: async (_: unknown, __: unknown, { db }: ApiContext) => {
      const [row] = await db.read('ecosystem-summary');
      return { ...row, import: importStatus(row?.importLock as ImportLockRecord | null) };
    },
  },
};
