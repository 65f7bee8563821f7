import {
  buildEdges,
  chooseDrawn,
  focalSharedCustomerPairs,
  pickNodes,
  sharedCustomerPairs,
  type EdgeFacts,
} from '../analysis/ecosystem-graph.ts';
import { fitContextFor, rankByScore } from '../analysis/rank-candidates.ts';
import { scoreCandidate, type RankingLens } from '../analysis/score-candidate.ts';
import { DEFAULT_THRESHOLDS } from '../contract/ranking-parameters.ts';
import type { Database } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { loadCandidatePool } from './candidate-pool.ts';
import { normaliseWeights, termWeightsFor, type WeightsInput } from './ranking-arguments.ts';

/** The most candidates an ecosystem view draws. */
export const MAX_ECOSYSTEM_CANDIDATES = 300;

/** What the ecosystem map asks: checked ids and sizes, the weights as given. */
export interface EcosystemQuery {
  focal: string;
  first: number;
  weights: WeightsInput | null | undefined;
  lens: RankingLens;
  /** Links among the drawn companies, not only to the focal one (a read of every drawn company's accounts). */
  amongOthers: boolean;
}

/**
 * The map around `focal`: the `first` companies its ranking puts nearest
 * (partners and rivals too: the map draws them), each scored in full, and the
 * links between them. NOT_FOUND for an unknown focal id.
 */
export async function ecosystemGraph(db: Database, query: EcosystemQuery) {
  const pool = await loadCandidatePool(db, { focal: query.focal });
  if (!pool) throw notFound('company', query.focal);
  const fitContext = fitContextFor(pool, {
    model: pool.directory.model,
    termWeights: termWeightsFor(query.weights, pool.directory.model.weights),
    weights: normaliseWeights(query.weights),
    thresholds: DEFAULT_THRESHOLDS,
    lens: query.lens,
  });
  // Rank everyone by score alone (rivals too: the map draws them), then score in full only the companies drawn.
  const { market } = pool.directory;
  const related = new Set(
    market.partnershipsOf[market.indexOf.get(pool.focal.id)!]!.flatMap(
      (position) => market.partnerships[position]!.parties,
    ),
  );
  const drawn = chooseDrawn(
    rankByScore(pool, fitContext, { includePartners: true, includeRuledOut: true }),
    query.first,
    related,
  );
  const nodes = pickNodes(
    pool,
    drawn.map(({ facts }) => scoreCandidate(facts, fitContext)),
  );
  const ids = nodes.map((node) => node.id);
  // The focal company's shared customers are in the ranking already; the
  // pairs among the others cost a read of every drawn company's accounts.
  const [[row], servedRows] = await Promise.all([
    db.read('ecosystem-edges', { ids }),
    query.amongOthers ? db.read('ecosystem-shared-customers', { ids }) : null,
  ]);
  const facts: Omit<EdgeFacts, 'shared'> = row ?? { partnerships: [], rivalries: [], offers: [] };
  const shared = servedRows
    ? sharedCustomerPairs(
        ids,
        servedRows.map((served) => [served.drawn, served.customers] as [number[], number]),
      )
    : focalSharedCustomerPairs(nodes);
  const edges = buildEdges(pool.focal.id, nodes.length, { ...facts, shared }, { amongOthers: query.amongOthers });
  return { focalId: pool.focal.id, nodes, edges };
}

/** The map's answer: the focal company by id (the GraphQL layer loads it), the drawn companies and their links. */
export type EcosystemAnswer = Awaited<ReturnType<typeof ecosystemGraph>>;
