import type { CandidateFacts, CandidatePool } from './candidate-facts.ts';
import { worstSeverity, type Severity } from './conflicts.ts';
import { ratio } from './overlap-figures.ts';
import { sortWithTies } from './sort-ties.ts';
import type { PairRelation } from './pair-relation.ts';
import type { ScoredCandidate } from './score-candidate.ts';

type NodeKind = 'FOCAL' | 'CANDIDATE' | 'PARTNER' | 'COMPETITOR';
type EdgeKind =
  'PARTNER' | 'PROPOSED_PARTNER' | 'FORMER_PARTNER' | 'COMPETES' | 'SHARED_CUSTOMERS' | 'CAPABILITY_COMPLEMENT';

export interface EcosystemNode {
  id: string;
  label: string;
  kind: NodeKind;
  score: number;
  size: number;
  conflictSeverity: Severity | null;
  sharedCustomers: number;
  /** Where the company stands with the focal company (FOCAL's own is CANDIDATE, unused). */
  relation: PairRelation;
  ruledOut: boolean;
}

export interface EcosystemEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

/** Relations among the drawn companies, as cypher/ecosystem-edges.cypher returns them. */
export interface EdgeFacts {
  shared: [string, string, number][];
  /** Pairs with a partnership and its status; a pair with several statuses is listed once per status. */
  partnerships: [string, string, string][];
  rivalries: [string, string][];
  offers: [string, string][];
}

/**
 * Shared customers per pair of drawn companies, from the sets of them that
 * serve the same customers (cypher/ecosystem-shared-customers.cypher lists each set as
 * positions in `ids`, with its number of customers): every pair inside a set
 * shares that many customers. Counted here rather than in Cypher because a
 * customer served by n of them gives n·(n−1)/2 pairs.
 */
export function sharedCustomerPairs(
  ids: readonly string[],
  servedTogether: readonly [number[], number][],
): [string, string, number][] {
  const n = ids.length;
  const counts = new Map<number, number>();
  for (const [drawn, customers] of servedTogether) {
    for (let i = 0; i < drawn.length; i++) {
      for (let j = i + 1; j < drawn.length; j++) {
        const [low, high] = drawn[i]! < drawn[j]! ? [drawn[i]!, drawn[j]!] : [drawn[j]!, drawn[i]!];
        const key = low * n + high;
        counts.set(key, (counts.get(key) ?? 0) + customers);
      }
    }
  }
  return [...counts].map(([key, count]) => {
    const x = ids[Math.floor(key / n)]!;
    const y = ids[key % n]!;
    return x < y ? [x, y, count] : [y, x, count];
  });
}

/**
 * Shared customers of the focal company with each drawn company, from the
 * counts the ranking already has (EcosystemNode.sharedCustomers): the pairs a
 * map needs when it leaves out the links among the other companies, without
 * reading anyone's accounts again.
 */
export function focalSharedCustomerPairs(nodes: readonly EcosystemNode[]): [string, string, number][] {
  const [focal, ...others] = nodes;
  return others.filter((node) => node.sharedCustomers > 0).map((node) => [focal!.id, node.id, node.sharedCustomers]);
}

/** Among non-focal pairs, keep this many edges of a weighted kind per node drawn, heaviest first. */
export const EDGES_PER_NODE = 2;
/** Two non-focal companies get a complement edge only from this complementarity score. */
const PEER_COMPLEMENT_SCORE = 0.5;

/**
 * The candidates a map draws, best first: the top `first` ranked candidates
 * that are not active partners, then every active partner, every declared
 * rival and every company with a proposed or ended partnership with the focal
 * one (`related`). `ranked` must include partners and ruled-out candidates so
 * they have scores too.
 */
export function chooseDrawn<Ranked extends { facts: CandidateFacts }>(
  ranked: Ranked[],
  first: number,
  related: ReadonlySet<string>,
): Ranked[] {
  const chosen = [
    ...ranked.filter((s) => !s.facts.isActivePartner).slice(0, first),
    ...ranked.filter(
      (s) => s.facts.isActivePartner || s.facts.conflictFacts.declaredRivals || related.has(s.facts.candidate.id),
    ),
  ];
  return [...new Map(chosen.map((s) => [s.facts.candidate.id, s])).values()];
}

/** The companies to draw: focal, then the scored candidates chooseDrawn picked, in that order. */
export function pickNodes(pool: CandidatePool, drawn: ScoredCandidate[]): EcosystemNode[] {
  const focal: EcosystemNode = {
    id: pool.focal.id,
    label: pool.focal.name,
    kind: 'FOCAL',
    score: 1,
    size: pool.focal.customers,
    conflictSeverity: null,
    sharedCustomers: pool.focal.customers,
    relation: 'CANDIDATE',
    ruledOut: false,
  };
  return [
    focal,
    ...drawn.map((s) => ({
      id: s.facts.candidate.id,
      label: s.facts.candidate.name,
      kind: (s.facts.isActivePartner
        ? 'PARTNER'
        : s.facts.conflictFacts.declaredRivals
          ? 'COMPETITOR'
          : 'CANDIDATE') as NodeKind,
      score: s.score,
      size: s.facts.candidate.customers,
      conflictSeverity: worstSeverity(s.conflicts),
      sharedCustomers: s.facts.sizes.shared,
      relation: s.relation,
      ruledOut: s.ruledOutBy !== null,
    })),
  ];
}

/**
 * Typed, weighted edges among the drawn companies. Partnerships and rivalries
 * are all drawn; shared-customer and complement edges are all drawn from the
 * focal company, and among the others (when `amongOthers`) only the heaviest
 * (EDGES_PER_NODE per node) so a map of hundreds of nodes stays readable.
 */
export function buildEdges(
  focalId: string,
  nodeCount: number,
  facts: EdgeFacts,
  { amongOthers = true } = {},
): EcosystemEdge[] {
  const edge = (kind: EdgeKind, x: string, y: string, weight: number): EcosystemEdge => {
    const [source, target] = x === focalId || (y !== focalId && x < y) ? [x, y] : [y, x];
    return { id: `${kind}:${source}:${target}`, source, target, kind, weight };
  };
  const touchesFocal = (e: EcosystemEdge) => e.source === focalId || e.target === focalId;
  const heaviest = (edges: EcosystemEdge[]) => [
    ...edges.filter(touchesFocal),
    ...(amongOthers
      ? heaviestFirst(
          edges.filter((e) => !touchesFocal(e)),
          EDGES_PER_NODE * nodeCount,
        )
      : []),
  ];
  return [
    ...partnershipEdges(facts.partnerships).map(([x, y, kind]) => edge(kind, x, y, 1)),
    ...facts.rivalries.map(([x, y]) => edge('COMPETES', x, y, 1)),
    ...heaviest(facts.shared.map(([x, y, count]) => edge('SHARED_CUSTOMERS', x, y, count))),
    ...heaviest(
      complementEdges(focalId, facts.offers, amongOthers).map(([x, y, score]) =>
        edge('CAPABILITY_COMPLEMENT', x, y, score),
      ),
    ),
  ];
}

/**
 * One partnership edge per pair, for its standing: active makes partners
 * whatever else the pair had; else proposed; else ended (as PairRelation).
 */
function partnershipEdges(partnerships: [string, string, string][]): [string, string, EdgeKind][] {
  const rank: Record<string, number> = { active: 0, proposed: 1, ended: 2 };
  const kinds: EdgeKind[] = ['PARTNER', 'PROPOSED_PARTNER', 'FORMER_PARTNER'];
  const best = new Map<string, [string, string, number]>();
  for (const [x, y, status] of partnerships) {
    const key = `${x}\u0000${y}`;
    const r = rank[status] ?? 2;
    if ((best.get(key)?.[2] ?? 3) > r) best.set(key, [x, y, r]);
  }
  return [...best.values()].map(([x, y, r]) => [x, y, kinds[r]!]);
}

/**
 * The first `count` edges by weight (heaviest first), then id. A map of 300
 * companies has tens of thousands of candidate edges, mostly light ones of
 * equal weight; ids are compared (by collation, the slow part) only inside
 * the runs of equal weight that reach the cut.
 */
function heaviestFirst(edges: EcosystemEdge[], count: number): EcosystemEdge[] {
  return sortWithTies(
    edges.slice(),
    (a, b) => b.weight - a.weight,
    (a, b) => a.id.localeCompare(b.id),
    count,
  ).slice(0, count);
}

/**
 * Pairs where each side offers something the other lacks, weighted by
 * complementarity score; only the focal company's pairs unless `amongOthers`
 * (a 300-company map has 45,000 other pairs, all to be dropped).
 */
function complementEdges(
  focalId: string,
  offers: [string, string][],
  amongOthers: boolean,
): [string, string, number][] {
  const offered = new Map<string, Set<string>>();
  for (const [company, capability] of offers) {
    if (!offered.has(company)) offered.set(company, new Set());
    offered.get(company)!.add(capability);
  }
  const ids = [...offered.keys()].sort();
  const pairs: [string, string, number][] = [];
  for (const [i, x] of ids.entries()) {
    for (const y of ids.slice(i + 1)) {
      if (!amongOthers && x !== focalId && y !== focalId) continue;
      const kx = offered.get(x)!;
      const ky = offered.get(y)!;
      const xOnly = [...kx].filter((k) => !ky.has(k)).length;
      const yOnly = [...ky].filter((k) => !kx.has(k)).length;
      if (xOnly === 0 || yOnly === 0) continue;
      const score = ratio(xOnly + yOnly, kx.size + ky.size - (kx.size - xOnly));
      if (x === focalId || y === focalId || score >= PEER_COMPLEMENT_SCORE) pairs.push([x, y, score]);
    }
  }
  return pairs;
}
