import type { AmbiguousRecord, CompanyAccounts, FileReport } from '../../import/match-report.ts';
import { readLatestReport } from '../../import/match-report-store.ts';
import type { ApiContext } from '../context.ts';

export const importReportResolvers = {
  Query: {
    importReport: async (_: unknown, __: unknown, { db }: ApiContext) => (await readLatestReport(db)) ?? null,
  },
  CompanyAccountsReport: {
    company: async (entry: CompanyAccounts, _: unknown, context: ApiContext) => (await context.companies.load(entry.id))?.company ?? null,
  },
  ImportFileReport: {
    ownerCompany: async (file: FileReport, _: unknown, context: ApiContext) => (file.ownerId ? ((await context.companies.load(file.ownerId))?.company ?? null) : null),
  },
  AmbiguousRecord: {
    placedAs: (record: AmbiguousRecord) => record.id,
  },
};
