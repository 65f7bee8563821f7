import type { DescribedFit } from '../../analysis/describe-fit.ts';
import { bulkFits, type PairAnswer } from '../../fits/bulk-fits.ts';
import { rankingSettings, type ThresholdsInput, type WeightsInput } from '../../fits/ranking-arguments.ts';
import type { ApiContext } from '../context.ts';

export const bulkResolvers = {
  Query: {
    partnerFits: (
      _: unknown,
      args: { pairs: { focal: string; candidate: string }[]; weights?: WeightsInput | null; thresholds?: ThresholdsInput | null },
      context: ApiContext,
    ) => bulkFits(context.db, context.companies, args.pairs, rankingSettings({ weights: args.weights, thresholds: args.thresholds })),
  },
  PairFit: {
    // A pair's own error stands at its place, beside the other pairs' answers.
    fit: (answer: PairAnswer): DescribedFit | null => {
      if (answer.error) throw answer.error;
      return answer.fit;
    },
  },
};
