import type DataLoader from 'dataloader';
import type { CandidatePool } from '../analysis/candidate-facts.ts';
import { describeFit, type DescribedFit } from '../analysis/describe-fit.ts';
import { NO_HIDDEN } from '../analysis/market.ts';
import { fitContextFor, rankByScore, type RankedFacts, type RankFilter } from '../analysis/rank-candidates.ts';
import { scoreCandidate, type FitContext, type ScoredCandidate } from '../analysis/score-candidate.ts';
import type { Database } from '../db/database.ts';
import { loadCandidatePool } from './candidate-pool.ts';
import { capabilities, segments } from './catalogue-service.ts';
import { catalogueEntry } from './catalogue-reference.ts';
import { termWeightsFor, type RankingSettings } from './ranking-arguments.ts';

/**
 * The fit use case, one module for every caller (GraphQL resolvers, shortlists,
 * CSV downloads, the backtest): load the candidate pool and the market
 * directory, rank, and describe the few shown. It takes checked settings
 * (ranking-arguments.ts) and a Database; nothing here knows GraphQL.
 */

/** A ranking's shared context and the scored candidates it shows. */
export interface Fits {
  context: FitContext;
  scored: ScoredCandidate[];
  /** For each scored candidate, the name of the one ranked just before it when their scores tie. */
  tiedWith: (string | null)[];
}

/** Capability names by company id, batched per request (the GraphQL context's loader, or createCompanyLoader's). */
export type CapabilityLoader = DataLoader<string, { capabilities: { id: string; name: string }[] } | null>;

/** Describes scored candidates, loading both sides' capability names in one batch. */
export async function describeAll(fits: Fits, companies: CapabilityLoader): Promise<DescribedFit[]> {
  const { scored } = fits;
  const ids = [...new Set(scored.flatMap((s) => [s.facts.focal.id, s.facts.candidate.id]))];
  const details = new Map((await companies.loadMany(ids)).map((detail, index) => [ids[index]!, detail]));
  const capabilitiesOf = (id: string) => {
    const detail = details.get(id);
    return detail && !(detail instanceof Error) ? detail.capabilities : [];
  };
  return scored.map((s, index) =>
    describeFit(
      s,
      fits.context,
      { focal: capabilitiesOf(s.facts.focal.id), candidate: capabilitiesOf(s.facts.candidate.id) },
      fits.tiedWith[index] ?? null,
    ),
  );
}

/** The context of one focal company's ranking: its pool, the market's model and the settings' weights. */
function contextOf(pool: CandidatePool, settings: RankingSettings): FitContext {
  return fitContextFor(pool, {
    model: pool.directory.model,
    termWeights: termWeightsFor(settings.termWeights, pool.directory.model.weights),
    weights: settings.weights,
    thresholds: settings.thresholds,
    lens: settings.lens,
  });
}

/**
 * The top `first` candidates of a focal company; undefined when its id is
 * unknown. A filter's segment or capability may be named by id or name; an
 * unknown one is BAD_USER_INPUT naming the closest. `hidden` partnerships are
 * treated as unknown (the backtest).
 */
export async function rankedFits(
  db: Database,
  focal: string,
  first: number,
  settings: RankingSettings,
  hidden = NO_HIDDEN,
): Promise<Fits | undefined> {
  const filter = { ...settings.filter };
  if (filter.segment)
    filter.segment = catalogueEntry('filter.segment', 'segment', filter.segment, await segments(db)).id;
  if (filter.capability) {
    filter.capability = catalogueEntry('filter.capability', 'capability', filter.capability, await capabilities(db)).id;
  }
  const pool = await loadCandidatePool(db, { focal, segment: filter.segment, capability: filter.capability, hidden });
  if (!pool) return undefined;
  return rankWithin(pool, contextOf(pool, settings), filter, first);
}

/** Ranks a loaded pool: the first `first` in full, with their ties named. */
function rankWithin(pool: CandidatePool, fitContext: FitContext, filter: RankFilter, first: number): Fits {
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
 * The focal company's whole ranking, as `candidates` ranks with `settings`
 * (its filter's partner and conflict switches apply; segment and capability
 * filters do not), scores only; undefined when its id is unknown. For
 * questions that pick a few candidates by another criterion (white space).
 */
export async function wholeRanking(
  db: Database,
  focal: string,
  settings: RankingSettings,
): Promise<{ context: FitContext; ranked: RankedFacts[] } | undefined> {
  const pool = await loadCandidatePool(db, { focal });
  if (!pool) return undefined;
  const context = contextOf(pool, settings);
  return { context, ranked: rankByScore(pool, context, settings.filter) };
}

/** Some entries of a ranking, scored in full for describeAll. */
export function fitsOf(context: FitContext, entries: RankedFacts[]): Fits {
  return {
    context,
    scored: entries.map(({ facts }) => scoreCandidate(facts, context)),
    tiedWith: entries.map(() => null),
  };
}

/**
 * The fits of the named candidates for one focal company, partners and
 * ruled-out candidates included (a pair's fit, a shortlist's pins), scored
 * against the whole market so every term's strength is the one the ranking
 * shows. Undefined when the focal id is unknown; unknown candidates are left out.
 */
export async function pairFits(
  db: Database,
  focal: string,
  candidates: string[],
  settings: RankingSettings,
): Promise<Fits | undefined> {
  const pool = await loadCandidatePool(db, { focal });
  return pool && fitsWithin(pool, candidates, settings);
}

/** pairFits on a pool already loaded. */
export function fitsWithin(pool: CandidatePool, candidates: string[], settings: RankingSettings): Fits {
  const fitContext = contextOf(pool, settings);
  const byId = new Map(pool.candidates.map((facts) => [facts.candidate.id, facts]));
  const scored = candidates.flatMap((id) => {
    const facts = byId.get(id);
    return facts ? [scoreCandidate(facts, fitContext)] : [];
  });
  return { context: fitContext, scored, tiedWith: scored.map(() => null) };
}
