/**
 * What the list shows, the map draws. `ecosystem` ranks its candidates without
 * the strategist's filters (its schema has no `filter` argument), so under
 * "Offers capability = Email Campaigns" the ranking's #4 may not be among the
 * map's top 25. The ranking's fits carry what a node needs, so the missing
 * ones are added here, with the links to the focal company their fit
 * describes (shared customers, a partnership, a rivalry). Links among the
 * others are not in a fit, so an added company has none: it is still placed,
 * coloured and clickable like the rest.
 */
import type { CandidateFit, EcosystemEdge, EcosystemGraph, EcosystemNode } from '../client/types.ts';
import { worstSeverity } from '../format/labels.ts';

export type ListedFit = Pick<CandidateFit, 'score' | 'sharedCustomers' | 'conflicts' | 'relation' | 'ruledOut'> & {
  candidate: { id: string; name: string; customerCount?: number };
};

export function withListedCandidates(graph: EcosystemGraph, fits: readonly ListedFit[]): EcosystemGraph {
  const drawn = new Set(graph.nodes.map((node) => node.id));
  const missing = fits.filter((fit) => !drawn.has(fit.candidate.id) && fit.candidate.id !== graph.focal.id);
  if (missing.length === 0) return graph;
  return {
    focal: graph.focal,
    nodes: [...graph.nodes, ...missing.map(nodeOf)],
    edges: [...graph.edges, ...missing.flatMap((fit) => edgesOf(graph.focal.id, fit))],
  };
}

function nodeOf(fit: ListedFit): EcosystemNode {
  const rival = fit.conflicts.some((conflict) => conflict.kind === 'DIRECT_COMPETITOR');
  return {
    id: fit.candidate.id,
    label: fit.candidate.name,
    // The kinds `ecosystem` gives: an active partner is a PARTNER, a declared rival a COMPETITOR.
    kind: fit.relation === 'PARTNER' ? 'PARTNER' : rival ? 'COMPETITOR' : 'CANDIDATE',
    score: fit.score,
    size: fit.candidate.customerCount ?? 0,
    conflictSeverity: worstSeverity(fit.conflicts),
    sharedCustomers: fit.sharedCustomers,
    relation: fit.relation,
    ruledOut: fit.ruledOut,
  };
}

const PARTNERSHIP_EDGE = {
  PARTNER: 'PARTNER',
  IN_PROGRESS: 'PROPOSED_PARTNER',
  FORMER_PARTNER: 'FORMER_PARTNER',
} as const;

function edgesOf(focal: string, fit: ListedFit): EcosystemEdge[] {
  const id = fit.candidate.id;
  // Ids as `ecosystem` writes them (kind:source:target), so a later answer that has the edge replaces this one.
  const edge = (kind: EcosystemEdge['kind'], weight: number): EcosystemEdge => ({
    id: `${kind}:${focal}:${id}`,
    source: focal,
    target: id,
    kind,
    weight,
  });
  const edges: EcosystemEdge[] = [];
  if (fit.sharedCustomers > 0) edges.push(edge('SHARED_CUSTOMERS', fit.sharedCustomers));
  if (fit.relation !== 'CANDIDATE') edges.push(edge(PARTNERSHIP_EDGE[fit.relation], 1));
  if (fit.conflicts.some((conflict) => conflict.kind === 'DIRECT_COMPETITOR')) edges.push(edge('COMPETES', 1));
  return edges;
}
