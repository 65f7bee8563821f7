import { whiteSpace, type WhiteSpaceAnswer } from '../../discovery/white-space-service.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { companiesById } from './company.ts';

export const whiteSpaceResolvers = {
  Query: {
    whiteSpace: (_: unknown, args: { focal: string; first?: number | null }, context: ApiContext) =>
      whiteSpace(context.db, context.companies, { focal: companyId('focal', args.focal), first: pageSize(args.first, 10) }),
  },
  WhiteSpace: {
    focal: async (answer: WhiteSpaceAnswer, _: unknown, context: ApiContext) => (await companiesById([answer.focalId], context))[0],
  },
};
