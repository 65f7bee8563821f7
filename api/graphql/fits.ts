import { loadCandidatePool, type CandidatePool } from '../analysis/candidate-pool.ts';
import { describeFit, type DescribedFit } from '../analysis/describe-fit.ts';
import { NO_HIDDEN } from '../analysis/market.ts';
import { fitContextFor, rankByScore, type RankFilter } from '../analysis/rank-candidates.ts';
import { scoreCandidate, type FitContext, type ScoredCandidate } from '../analysis/score-candidate.ts';
import type { Row } from '../db/database.ts';
import { companyId } from './arguments.ts';
import { catalogueEntry, type CatalogueEntry } from './catalogue-reference.ts';
import type { ApiContext } from './context.ts';
import {
  candidateFilter,
  normaliseWeights,
  quadrantThresholds,
  termWeightsFor,
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

/** A ranking's shared context and the scored candidates it shows. */
export interface Fits {
  context: FitContext;
  scored: ScoredCandidate[];
  /** For each scored candidate, the name of the one ranked just before it when their scores tie. */
  tiedWith: (string | null)[];
}

/** Describes scored candidates, loading both sides' capabilities in one batch. */
export async function describeAll(fits: Fits, context: ApiContext): Promise<DescribedFit[]> {
  const { scored } = fits;
  const ids = [...new Set(scored.flatMap((s) => [s.facts.focal.id, s.facts.candidate.id]))];
  const details = new Map((await context.companies.loadMany(ids)).map((detail, index) => [ids[index]!, detail]));
  const capabilitiesOf = (id: string) => {
    const detail = details.get(id);
    return detail && !(detail instanceof Error) ? detail.capabilities : [];
  };
  return scored.map((s, index) =>
    describeFit(s, fits.context, { focal: capabilitiesOf(s.facts.focal.id), candidate: capabilitiesOf(s.facts.candidate.id) }, fits.tiedWith[index] ?? null),
  );
}

/** The settings of one ranking from the query's arguments and the market's model. */
function contextOf(pool: CandidatePool, args: { weights?: WeightsInput | null; thresholds?: ThresholdsInput | null }): FitContext {
  return fitContextFor(pool, {
    model: pool.directory.model,
    termWeights: termWeightsFor(args.weights, pool.directory.model.weights),
    weights: normaliseWeights(args.weights),
    thresholds: quadrantThresholds(args.thresholds),
  });
}

/** The top `first` candidates of a focal company; undefined when its id is unknown. */
export async function rankedFits(args: CandidatesArgs, context: ApiContext, first: number, hidden = NO_HIDDEN): Promise<Fits | undefined> {
  const filter = candidateFilter(args.filter);
  if (filter.segment) {
    filter.segment = catalogueEntry('filter.segment', 'segment', filter.segment, column(await context.db.read('segments'), 'segment')).id;
  }
  if (filter.capability) {
    filter.capability = catalogueEntry('filter.capability', 'capability', filter.capability, column(await context.db.read('capabilities'), 'capability')).id;
  }
  const pool = await loadCandidatePool(context.db, {
    focal: companyId('focal', args.focal),
    segment: filter.segment,
    capability: filter.capability,
    hidden,
  });
  if (!pool) return undefined;
  const fitContext = contextOf(pool, args);
  return rankWithin(pool, fitContext, filter, first);
}

/** Ranks a loaded pool: the first `first` in full, with their ties named. */
export function rankWithin(pool: CandidatePool, fitContext: FitContext, filter: RankFilter, first: number): Fits {
  const ranked = rankByScore(pool, fitContext, filter, first);
  return {
    context: fitContext,
    scored: ranked.map(({ facts }) => scoreCandidate(facts, fitContext)),
    tiedWith: ranked.map((entry, index) => {
      const before = ranked[index - 1];
      return before && before.score === entry.score ? before.facts.candidate.name : null;
    }),
  };
}

/**
 * The fits of the named candidates for one focal company, partners included
 * (a pair's fit, a shortlist's pins), scored against the whole market so
 * every term's strength is the one the ranking shows. Undefined when the focal id is unknown.
 */
export async function pairFits(
  context: ApiContext,
  focal: string,
  candidates: string[],
  args: { weights?: WeightsInput | null; thresholds?: ThresholdsInput | null },
): Promise<Fits | undefined> {
  const pool = await loadCandidatePool(context.db, { focal });
  if (!pool) return undefined;
  const fitContext = contextOf(pool, args);
  const byId = new Map(pool.candidates.map((facts) => [facts.candidate.id, facts]));
  const scored = candidates.flatMap((id) => {
    const facts = byId.get(id);
    return facts ? [scoreCandidate(facts, fitContext)] : [];
  });
  return { context: fitContext, scored, tiedWith: scored.map(() => null) };
}

function column(rows: Row[], key: string): CatalogueEntry[] {
  return rows.map((row) => row[key] as CatalogueEntry);
}
