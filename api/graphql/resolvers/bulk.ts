import type { Resolvers } from '../generated/resolver-types.ts';
import { bulkFits } from '../../fits/bulk-fits.ts';
import { rankingSettings } from '../../fits/ranking-arguments.ts';

export const bulkResolvers: Resolvers = {
  Query: {
    partnerFits: (_, args, context) =>
      bulkFits(
        context.db,
        context.companies,
        args.pairs,
        rankingSettings({ weights: args.weights, thresholds: args.thresholds }),
      ),
  },
  PairFit: {
    // A pair's own error stands at its place, beside the other pairs' answers.
    fit: (answer) => {
      if (answer.error) throw answer.error;
      return answer.fit;
    },
  },
};
