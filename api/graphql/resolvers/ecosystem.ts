import type { QueryEcosystemArgs } from '../generated/resolver-types.ts';
import { loadCandidatePool } from '../../fits/candidate-pool.ts';
import { buildEdges, chooseDrawn, focalSharedCustomerPairs, pickNodes, sharedCustomerPairs, type EdgeFacts } from '../../analysis/ecosystem-graph.ts';
import { DEFAULT_THRESHOLDS } from '../../contract/ranking-parameters.ts';
import { fitContextFor, rankByScore } from '../../analysis/rank-candidates.ts';
import { scoreCandidate } from '../../analysis/score-candidate.ts';
import { notFound } from '../../errors.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { normaliseWeights, termWeightsFor } from '../../fits/ranking-arguments.ts';

/** The most candidates an ecosystem view draws. */
export const MAX_ECOSYSTEM_CANDIDATES = 300;

export const ecosystemResolvers = {
  Query: {
    ecosystem: async (
      _: unknown,
      args: QueryEcosystemArgs,
      context: ApiContext,
    ) => {
      const first = pageSize(args.first, 25, MAX_ECOSYSTEM_CANDIDATES);
      const pool = await loadCandidatePool(context.db, { focal: companyId('focal', args.focal) });
      if (!pool) throw notFound('company', args.focal);
      const fitContext = fitContextFor(pool, {
        model: pool.directory.model,
        termWeights: termWeightsFor(args.weights, pool.directory.model.weights),
        weights: normaliseWeights(args.weights),
        thresholds: DEFAULT_THRESHOLDS,
        lens: args.lens ?? 'MARKET',
      });
      // Rank everyone by score alone (rivals too: the map draws them), then score in full only the companies drawn.
      const { market } = pool.directory;
      const related = new Set(
        market.partnershipsOf[market.indexOf.get(pool.focal.id)!]!.flatMap((position) => market.partnerships[position]!.parties),
      );
      const drawn = chooseDrawn(rankByScore(pool, fitContext, { includePartners: true, includeRuledOut: true }), first, related);
      const nodes = pickNodes(pool, drawn.map(({ facts }) => scoreCandidate(facts, fitContext)));
      const ids = nodes.map((node) => node.id);
      const amongOthers = args.linksAmongOthers !== false;
      // The focal company's shared customers are in the ranking already; the
      // pairs among the others cost a read of every drawn company's accounts.
      const [[row], servedRows] = await Promise.all([
        context.db.read('ecosystem-edges', { ids }),
        amongOthers ? context.db.read('ecosystem-shared-customers', { ids }) : null,
      ]);
      const facts = row as unknown as Omit<EdgeFacts, 'shared'>;
      const shared = servedRows
        ? sharedCustomerPairs(ids, servedRows.map((served) => [served.drawn, served.customers] as [number[], number]))
        : focalSharedCustomerPairs(nodes);
      const edges = buildEdges(pool.focal.id, nodes.length, { ...facts, shared }, { amongOthers });
      return { focalId: pool.focal.id, nodes, edges };
    },
  },
  EcosystemGraph: {
    focal: async (graph: { focalId: string }, _: unknown, context: ApiContext) =>
      (await context.companies.load(graph.focalId))?.company ?? null,
  },
};
