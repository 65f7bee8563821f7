import type { Resolvers } from '../generated/resolver-types.ts';
import { whiteSpace } from '../../discovery/white-space-service.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';
import { namedCompany } from './company.ts';

export const whiteSpaceResolvers: Resolvers = {
  Query: {
    whiteSpace: (_, args, context) =>
      whiteSpace(context.db, context.companies, {
        focal: companyId('focal', args.focal),
        first: pageSize(args.first, 10),
      }),
  },
  WhiteSpace: {
    focal: (answer, _, context) => namedCompany(answer.focalId, context),
  },
};
