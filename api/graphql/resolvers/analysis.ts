import { loadCandidatePool } from '../../analysis/candidate-pool.ts';
import type { Conflict } from '../../analysis/conflicts.ts';
import { describeFit, type DescribedFit } from '../../analysis/describe-fit.ts';
import { rankCandidates } from '../../analysis/rank-candidates.ts';
import { scoreCandidate, type ScoredCandidate } from '../../analysis/score-candidate.ts';
import { ratio } from '../../analysis/overlap-figures.ts';
import { notFound } from '../../db/errors.ts';
import { companyId, pageSize } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import {
  candidateFilter,
  normaliseWeights,
  quadrantThresholds,
  type CandidateFilterInput,
  type ThresholdsInput,
  type WeightsInput,
} from '../fit-arguments.ts';

interface PairArgs {
  a: string;
  b: string;
}

interface FitArgs {
  focal: string;
  candidate: string;
  weights?: WeightsInput | null;
  thresholds?: ThresholdsInput | null;
}

interface CandidatesArgs {
  focal: string;
  first?: number | null;
  filter?: CandidateFilterInput | null;
  weights?: WeightsInput | null;
  thresholds?: ThresholdsInput | null;
}

/** Describes scored candidates, loading both sides' capabilities in one batch. */
export async function describeAll(scored: ScoredCandidate[], context: ApiContext): Promise<DescribedFit[]> {
  const ids = [...new Set(scored.flatMap((s) => [s.facts.focal.id, s.facts.candidate.id]))];
  const details = new Map((await context.companies.loadMany(ids)).map((detail, index) => [ids[index]!, detail]));
  const capabilitiesOf = (id: string) => {
    const detail = details.get(id);
    return detail && !(detail instanceof Error) ? detail.capabilities : [];
  };
  return scored.map((s) =>
    describeFit(s, { focal: capabilitiesOf(s.facts.focal.id), candidate: capabilitiesOf(s.facts.candidate.id) }),
  );
}

/** Ranks candidates for a focal company; undefined when the focal id is unknown. */
export async function rankedFits(args: CandidatesArgs, context: ApiContext, first: number) {
  const weights = normaliseWeights(args.weights);
  const thresholds = quadrantThresholds(args.thresholds);
  const filter = candidateFilter(args.filter);
  const pool = await loadCandidatePool(context.db, {
    focal: companyId('focal', args.focal),
    segment: filter.segment,
    capability: filter.capability,
  });
  if (!pool) return undefined;
  return rankCandidates(pool, weights, thresholds, filter).slice(0, first);
}

async function pairScore(context: ApiContext, focal: string, candidate: string, args: Omit<FitArgs, 'focal' | 'candidate'>) {
  const weights = normaliseWeights(args.weights);
  const thresholds = quadrantThresholds(args.thresholds);
  const pool = await loadCandidatePool(context.db, { focal, only: [candidate] });
  const facts = pool?.candidates[0];
  return facts ? scoreCandidate(facts, weights, thresholds) : undefined;
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

