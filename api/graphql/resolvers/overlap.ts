import type { Resolvers } from '../generated/resolver-types.ts';
import { overlapOf, sharedCustomers } from '../../fits/pair-service.ts';
import { companyId, pageOffset, pageSize } from '../../fits/request-arguments.ts';

export const overlapResolvers: Resolvers = {
  Query: {
    overlap: (_, args, { db }) => overlapOf(db, companyId('a', args.a), companyId('b', args.b)),
  },
  Overlap: {
    sharedCustomers: (overlap, args, { db }) =>
      sharedCustomers(db, {
        a: overlap.a.id,
        b: overlap.b.id,
        first: pageSize(args.first),
        offset: pageOffset(args.offset),
      }),
  },
};
