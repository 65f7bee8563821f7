import type { OverlapSharedCustomersArgs, QueryOverlapArgs } from '../generated/resolver-types.ts';
import { overlapFigures, type StageCount } from '../../analysis/overlap-figures.ts';
import { companyId, pageOffset, pageSize } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { column, type CompanyNode } from './company.ts';

export const overlapResolvers = {
  Query: {
    overlap: async (_: unknown, args: QueryOverlapArgs, { db }: ApiContext) => {
      const [row] = await db.read('overlap', { a: companyId('a', args.a), b: companyId('b', args.b) });
      if (!row) return null;
      const a = row.a as CompanyNode;
      const b = row.b as CompanyNode;
      return { a, b, ...overlapFigures(row.matrix as StageCount[], customerBase(a), customerBase(b)) };
    },
  },
  Overlap: {
    sharedCustomers: async (
      overlap: { a: CompanyNode; b: CompanyNode },
      args: OverlapSharedCustomersArgs,
      { db }: ApiContext,
    ) => {
      const params = { a: overlap.a.id, b: overlap.b.id, first: pageSize(args.first), offset: pageOffset(args.offset) };
      return column(await db.read('shared-customers', params), 'customer');
    },
  },
};

/** |C(X)|, kept on the company by the importer. */
function customerBase(company: CompanyNode): number {
  return Number(company.customerCount ?? 0);
}
