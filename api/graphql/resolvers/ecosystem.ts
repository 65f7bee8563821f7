import type { Resolvers } from '../generated/resolver-types.ts';
import { ecosystemGraph, MAX_ECOSYSTEM_CANDIDATES } from '../../fits/ecosystem-service.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';
import { namedCompany } from './company.ts';

export const ecosystemResolvers: Resolvers = {
  Query: {
    ecosystem: (_, args, { db }) =>
      ecosystemGraph(db, {
        // `first` is checked before `focal`, as it always was: a request wrong in both is told about `first`.
        first: pageSize(args.first, 25, MAX_ECOSYSTEM_CANDIDATES),
        focal: companyId('focal', args.focal),
        weights: args.weights,
        lens: args.lens ?? 'MARKET',
        amongOthers: args.linksAmongOthers !== false,
      }),
  },
  EcosystemGraph: {
    focal: (graph, _, context) => namedCompany(graph.focalId, context),
  },
};
