import type { Resolvers } from '../generated/resolver-types.ts';
import { readLatestReport } from '../../import/match-report-store.ts';

export const importReportResolvers: Resolvers = {
  Query: {
    importReport: async (_, __, { db }) => (await readLatestReport(db)) ?? null,
  },
  CompanyAccountsReport: {
    company: async (entry, _, context) => (await context.companies.load(entry.id))?.company ?? null,
  },
  ImportFileReport: {
    ownerCompany: async (file, _, context) =>
      file.ownerId ? ((await context.companies.load(file.ownerId))?.company ?? null) : null,
  },
  AmbiguousRecord: {
    placedAs: (record) => record.id,
  },
};
