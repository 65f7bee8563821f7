import type { DescribedFit } from '../analysis/describe-fit.ts';
import { rankByScore } from '../analysis/rank-candidates.ts';
import { scoreCandidate } from '../analysis/score-candidate.ts';
import type { Database } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { loadCandidatePool } from '../fits/candidate-pool.ts';
import { catalogueEntry } from '../fits/catalogue-reference.ts';
import { describeAll, fitsWithin, type CapabilityLoader } from '../fits/fit-service.ts';
import type { RankingSettings } from '../fits/ranking-arguments.ts';
import { decodeCursor, encodeCursor, fingerprint, offsetAt, pageOf, type Page } from './cursor.ts';

const KIND = 'candidates';

/** A page of a ranking: each edge also says its candidate's place (1 for the best). */
export type CandidatePage = Omit<Page<DescribedFit>, 'edges'> & {
  edges: { node: DescribedFit; cursor: string; rank: number }[];
};

export interface CandidatePageQuery {
  focal: string;
  first: number;
  after?: string | null;
  settings: RankingSettings;
  /** The arguments that define the ranking (filter, weights, thresholds), for the cursor's fingerprint. */
  definition: unknown;
}

/**
 * A page of a focal company's ranking, ranked as `candidates` ranks (the same
 * pool, filter, context and ties as api/fits/fit-service.ts rankedFits), from
 * an offset tied to the market's version: the order is the market's, so a
 * cursor of an older version is refused with MARKET_CHANGED rather than
 * skipping or repeating candidates. Every candidate is ranked by score (the
 * whole list: totalCount); only the page's are scored and described in full.
 * NOT_FOUND for an unknown focal id.
 */
export async function candidatePage(
  db: Database,
  companies: CapabilityLoader,
  query: CandidatePageQuery,
): Promise<CandidatePage> {
  const listFingerprint = fingerprint([query.focal, query.definition]);
  const position = decodeCursor(query.after, KIND, listFingerprint);
  // The cursor's shape is checked now, its version once the pool says which market it ranks.
  if (position !== null) offsetAt(position, KIND, (position as unknown[])[1] as string | null);
  const filter = { ...query.settings.filter };
  if (filter.segment)
    filter.segment = catalogueEntry(
      'filter.segment',
      'segment',
      filter.segment,
      (await db.read('segments')).map((row) => row.segment),
    ).id;
  if (filter.capability)
    filter.capability = catalogueEntry(
      'filter.capability',
      'capability',
      filter.capability,
      (await db.read('capabilities')).map((row) => row.capability),
    ).id;
  const pool = await loadCandidatePool(db, {
    focal: query.focal,
    segment: filter.segment,
    capability: filter.capability,
  });
  if (!pool) throw notFound('company', query.focal);
  const version = pool.directory.version || null;
  const offset = offsetAt(position, KIND, version);
  // The context fitsWithin builds is the one every fit of this focal company is scored in.
  const { context } = fitsWithin(pool, [], query.settings);
  const ranked = rankByScore(pool, context, filter);
  const shown = ranked.slice(offset, offset + query.first);
  const tiedWith = shown.map((entry, index) => {
    const before = ranked[offset + index - 1];
    return before && before.score === entry.score ? before.facts.candidate.name : null;
  });
  const fits = await describeAll(
    { context, scored: shown.map(({ facts }) => scoreCandidate(facts, context)), tiedWith },
    companies,
  );
  const items = ranked
    .slice(offset, offset + query.first + 1)
    .map((_, index) => ({ fit: fits[index]!, rank: offset + index + 1 }));
  const page = pageOf(items, query.first, {
    node: (item) => item,
    cursor: (item) => encodeCursor(KIND, listFingerprint, [item.rank, version]),
    totalCount: ranked.length,
    after: position,
  });
  return {
    ...page,
    edges: page.edges.map((edge) => ({ node: edge.node.fit, cursor: edge.cursor, rank: edge.node.rank })),
    nodes: page.nodes.map((node) => node.fit),
  };
}
