import { loadCandidatePool } from '../analysis/candidate-pool.ts';
import { describeFit, type DescribedFit } from '../analysis/describe-fit.ts';
import { rankCandidates } from '../analysis/rank-candidates.ts';
import { scoreCandidate, type ScoredCandidate } from '../analysis/score-candidate.ts';
import { companyId } from './arguments.ts';
import type { ApiContext } from './context.ts';
import {
  candidateFilter,
  normaliseWeights,
  quadrantThresholds,
  type CandidateFilterInput,
  type ThresholdsInput,
  type WeightsInput,
} from './fit-arguments.ts';

/**
 * Partner fits as the API serves them, shared by the GraphQL resolvers, the
 * shortlists and the CSV exports so that all three show the same numbers.
 */
export interface FitArgs {
  focal: string;
  candidate: string;
  weights?: WeightsInput | null;
  thresholds?: ThresholdsInput | null;
}

export interface CandidatesArgs {
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

/** The top `first` candidates of a focal company; undefined when its id is unknown. */
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
  return rankCandidates(pool, weights, thresholds, filter, first);
}

/** One pair's fit, partners included; undefined when either id is unknown. */
export async function pairScore(
  context: ApiContext,
  focal: string,
  candidate: string,
  args: Pick<FitArgs, 'weights' | 'thresholds'>,
) {
  const weights = normaliseWeights(args.weights);
  const thresholds = quadrantThresholds(args.thresholds);
  const pool = await loadCandidatePool(context.db, { focal, only: [candidate] });
  const facts = pool?.candidates[0];
  return facts ? scoreCandidate(facts, weights, thresholds) : undefined;
}
