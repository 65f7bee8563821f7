import type { Conflict } from '../../analysis/conflicts.ts';
import type { DescribedFit } from '../../analysis/describe-fit.ts';
import { ratio } from '../../analysis/overlap-figures.ts';
import { notFound } from '../../db/errors.ts';
import { companyId, pageSize } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { describeAll, pairScore, rankedFits, type CandidatesArgs, type FitArgs } from '../fits.ts';

interface PairArgs {
  a: string;
  b: string;
}

const loadCompany = async (id: string, context: ApiContext) => (await context.companies.load(id))?.company ?? null;

export const analysisResolvers = {
  Query: {
    complementarity: async (_: unknown, args: PairArgs, { db }: ApiContext) => {
      const [row] = await db.read('complementarity', { a: companyId('a', args.a), b: companyId('b', args.b) });
      if (!row) return null;
      const gapsA = row.gapsFilledForA as unknown[];
      const gapsB = row.gapsFilledForB as unknown[];
      const competing = row.competing as unknown[];
      const union = gapsA.length + gapsB.length + competing.length;
      return { ...row, score: ratio(gapsA.length + gapsB.length, union) };
    },
    conflicts: async (_: unknown, args: PairArgs, context: ApiContext) => {
      const a = companyId('a', args.a);
      const b = companyId('b', args.b);
      if (a === b) return [];
      const scored = await pairScore(context, a, b, {});
      if (!scored) throw notFound('company', (await context.companies.load(a)) ? b : a);
      return scored.conflicts;
    },
    partnerFit: async (_: unknown, args: FitArgs, context: ApiContext) => {
      const focal = companyId('focal', args.focal);
      const candidate = companyId('candidate', args.candidate);
      if (focal === candidate) return null;
      const scored = await pairScore(context, focal, candidate, args);
      return scored ? (await describeAll([scored], context))[0] : null;
    },
    candidates: async (_: unknown, args: CandidatesArgs, context: ApiContext) => {
      const ranked = await rankedFits(args, context, pageSize(args.first));
      if (!ranked) throw notFound('company', args.focal);
      return describeAll(ranked, context);
    },
  },
  PartnerFit: {
    focal: (fit: DescribedFit, _: unknown, context: ApiContext) => loadCompany(fit.focalId, context),
    candidate: (fit: DescribedFit, _: unknown, context: ApiContext) => loadCompany(fit.candidateId, context),
  },
  Conflict: {
    via: (conflict: Conflict, _: unknown, context: ApiContext) => (conflict.viaId ? loadCompany(conflict.viaId, context) : null),
  },
};

