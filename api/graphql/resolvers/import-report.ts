import type { AmbiguousRecord, CompanyAccounts } from '../../import/match-report.ts';
import { readLatestReport } from '../../import/match-report-store.ts';
import type { ApiContext } from '../context.ts';

export const importReportResolvers = {
  Query: {
    importReport: async (_: unknown, __: unknown, { db }: ApiContext) => (await readLatestReport(db)) ?? null,
  },
  CompanyAccountsReport: {
    company: async (entry: CompanyAccounts, _: unknown, context: ApiContext) => (await context.companies.load(entry.id))?.company ?? null,
  },
  AmbiguousRecord: {
    placedAs: (record: AmbiguousRecord) => record.id,
  },
};
