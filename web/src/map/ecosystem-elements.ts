/**
 * The `ecosystem` query's result as cytoscape elements. Pure: the numbers a
 * node or edge is drawn with (diameter, width, relation) are computed here and
 * stored in `data`, so the stylesheet only maps data to looks and the unit
 * tests can check the mapping without a browser.
 */
import type { ElementDefinition } from 'cytoscape';
import type {
  EcosystemEdge,
  EcosystemEdgeKind,
  EcosystemGraph,
  EcosystemNode,
  PairRelation,
  Severity,
} from '../client/types.ts';
import { labelPriority } from './label-choice.ts';
import { GROUP_EDGE_KIND, type GroupedRelation, type NeighbourGroup } from './neighbour-groups.ts';
import { relationOf, type Relation } from '../fit/relations.ts';

/** Node diameters in model pixels; area ∝ customer base between these. */
export const NODE_DIAMETER = { min: 18, max: 72 } as const;
/** Group node diameters: a "+4" group a little above the smallest company, "+200" as large as the largest. */
const GROUP_DIAMETER = { min: 30, max: 72 } as const;
/** Shared-customer edge widths; area-honest sqrt scale like the nodes. */
export const SHARED_EDGE_WIDTH = { min: 1, max: 9 } as const;

const EDGE_KINDS: readonly EcosystemEdgeKind[] = [
  'SHARED_CUSTOMERS',
  'PARTNER',
  'PROPOSED_PARTNER',
  'FORMER_PARTNER',
  'COMPETES',
  'CAPABILITY_COMPLEMENT',
];

export interface NodeData {
  id: string;
  label: string;
  relation: Relation;
  /**
   * GROUP: a summary node standing for the members of one relation not drawn (neighbour-groups.ts);
   * INTRO_PARTY: a company or customer drawn only because a highlighted intro path runs through it.
   */
  kind: EcosystemNode['kind'] | 'GROUP' | 'INTRO_PARTY';
  score: number;
  /** Customer base |C(X)|. */
  customers: number;
  sharedCustomers: number;
  conflictSeverity: Severity | null;
  /** Where the pair stands from its partnerships (the API's, for the tooltip). */
  pairRelation: PairRelation;
  /** A decisive conflict rules it out as a candidate (class `ruled-out`). */
  ruledOut: boolean;
  diameter: number;
  /** 1 for the best-scoring candidate; 0 for the focal company and groups. */
  rank: number;
  /** How much the name matters (label-choice.ts): lower is more important; 0 to 3 are always drawn. */
  labelPriority: number;
  /** INTRO_PARTY: the party after it on the path, which it is placed beside. */
  near?: string;
  /** A group's members not drawn, and all its members. */
  hidden?: number;
  total?: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  /** TETHER: an invisible, layout-only link (see `tether`); INTRO: a hop of a highlighted intro path. */
  kind: EcosystemEdgeKind | 'TETHER' | 'INTRO';
  weight: number;
  width: number;
}

export interface ElementOptions {
  /**
   * Candidates that pass the current filters; the others are kept on the map
   * but faded (class `filtered-out`). Default: null, every candidate passes.
   */
  passing?: ReadonlySet<string> | null;
  /** Which kinds of edge to draw. Default: all of EDGE_KINDS. */
  edgeKinds?: ReadonlySet<EcosystemEdgeKind>;
  /**
   * Also draw the links between two companies that are not the focal one,
   * of every kind: shared customers, capabilities, partnerships, rivalries.
   * Default false: on a map of 25 candidates they are a hundred or more lines
   * that hide the focal company's own links. The box says "Links among the
   * others", so it governs all of them (partnerships among the others used to
   * stay drawn with it unticked); a conflict they carry still shows on the
   * candidate's colour and in its detail.
   */
  contextEdges?: boolean;
  /** The selected company, drawn with a ring (class `selected`). Default: none. */
  selectedId?: string | null;
  /** Crowds drawn as one summary node each (neighbour-groups.ts). Default: none. */
  groups?: readonly NeighbourGroup[];
  /**
   * Give every company with no drawn link to the focal one an invisible
   * link to it (class `tether`), so the force layout keeps it around the
   * focal company instead of tiling it off to the side. Default true.
   */
  tether?: boolean;
}

export function ecosystemElements(graph: EcosystemGraph, options: ElementOptions = {}): ElementDefinition[] {
  const {
    passing = null,
    edgeKinds = new Set(EDGE_KINDS),
    selectedId = null,
    contextEdges = false,
    tether = true,
    groups = [],
  } = options;
  const maxCustomers = Math.max(1, ...graph.nodes.map((node) => node.size));
  const ranks = candidateRanks(graph.nodes);
  const relations = new Map(graph.nodes.map((node) => [node.id, relationOf(node)]));

  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const relation = relations.get(node.id)!;
    const data: NodeData = {
      id: node.id,
      label: node.label,
      relation,
      kind: node.kind,
      score: node.score,
      customers: node.size,
      sharedCustomers: node.sharedCustomers,
      conflictSeverity: node.conflictSeverity,
      pairRelation: node.relation,
      ruledOut: node.ruledOut,
      diameter: sqrtScale(node.size, maxCustomers, NODE_DIAMETER),
      rank: ranks.get(node.id) ?? 0,
      labelPriority: labelPriority({
        relation,
        rank: ranks.get(node.id) ?? 0,
        selected: node.id === selectedId,
      }),
    };
    const classes: string[] = [relation];
    if (node.ruledOut) classes.push('ruled-out');
    if (passing && node.kind === 'CANDIDATE' && !passing.has(node.id)) {
      classes.push('filtered-out');
      // Faded by the filters: its name competes for room after every company the filters keep.
      data.labelPriority = 100 + data.rank;
    }
    if (node.id === selectedId) classes.push('selected');
    return { group: 'nodes', data, classes: classes.join(' ') };
  });

  const focalId = graph.focal.id;
  const drawn = graph.edges.filter(
    (edge) =>
      edgeKinds.has(edge.kind) &&
      // Edges to companies the graph does not list would make cytoscape throw.
      relations.has(edge.source) &&
      relations.has(edge.target) &&
      (contextEdges || edge.source === focalId || edge.target === focalId),
  );
  const maxShared = Math.max(1, ...drawn.filter((edge) => edge.kind === 'SHARED_CUSTOMERS').map((edge) => edge.weight));
  const edges: ElementDefinition[] = drawn.map((edge) => {
    const data: EdgeData = { ...edge, width: edgeWidth(edge, maxShared) };
    const classes = [EDGE_CLASS[edge.kind]];
    const other = edge.source === focalId ? edge.target : edge.target === focalId ? edge.source : null;
    if (other !== null) classes.push('from-focal');
    // The line from the focal company to a conflicting candidate carries the warning too.
    if (other !== null && relations.get(other) === 'conflict') classes.push('to-conflict');
    return { group: 'edges', data, classes: classes.join(' ') };
  });

  const linked = new Set(
    drawn.flatMap((edge) => (edge.source === focalId ? [edge.target] : edge.target === focalId ? [edge.source] : [])),
  );
  const tethers: ElementDefinition[] = tether
    ? graph.nodes
        .filter((node) => node.id !== focalId && !linked.has(node.id))
        .map((node) => {
          const data: EdgeData = {
            id: `tether:${node.id}`,
            source: focalId,
            target: node.id,
            kind: 'TETHER',
            weight: 0,
            width: 1,
          };
          return { group: 'edges', data, classes: 'tether' };
        })
    : [];

  const grouped = groups.flatMap((group) => groupElements(group, focalId, groups));
  // Sorted by id: the seeded layout then sees the same graph in the same order, whatever order the API answered in.
  return [
    ...sortById([...nodes, ...grouped.filter(isNode)]),
    ...sortById([...edges, ...grouped.filter((e) => !isNode(e)), ...tethers]),
  ];
}

const GROUP_NOUN: Record<GroupedRelation, [string, string]> = {
  partner: ['active partner', 'active partners'],
  competitor: ['rival', 'rivals'],
  'in-progress': ['deal in progress', 'deals in progress'],
  former: ['former partner', 'former partners'],
};

/** A group's summary node ("+59 active partners") and its link to the focal company. */
function groupElements(group: NeighbourGroup, focalId: string, all: readonly NeighbourGroup[]): ElementDefinition[] {
  const count = group.hidden.length;
  const largest = Math.max(...all.map((other) => other.hidden.length));
  const [one, many] = GROUP_NOUN[group.relation];
  const node: NodeData = {
    id: group.id,
    label: `+${count} ${count === 1 ? one : many}`,
    relation: group.relation,
    kind: 'GROUP',
    score: 0,
    customers: 0,
    sharedCustomers: 0,
    conflictSeverity: null,
    pairRelation: 'CANDIDATE',
    ruledOut: false,
    diameter: sqrtScale(count, Math.max(largest, 200), GROUP_DIAMETER),
    rank: 0,
    labelPriority: labelPriority({ relation: group.relation, rank: 0, isGroup: true }),
    hidden: count,
    total: group.total,
  };
  const kind = GROUP_EDGE_KIND[group.relation];
  const edge: EdgeData = {
    id: `${kind}:${focalId}:${group.id}`,
    source: focalId,
    target: group.id,
    kind,
    weight: count,
    width: edgeWidth({ id: '', source: focalId, target: group.id, kind, weight: count }, 1) + 1,
  };
  return [
    { group: 'nodes', data: node, classes: `${group.relation} group` },
    { group: 'edges', data: edge, classes: `${EDGE_CLASS[kind]} from-focal group-link` },
  ];
}

function isNode(element: ElementDefinition): boolean {
  return element.group === 'nodes';
}

function sortById(elements: ElementDefinition[]): ElementDefinition[] {
  return elements.sort((a, b) => {
    const x = String(a.data.id);
    const y = String(b.data.id);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

const EDGE_CLASS: Record<EcosystemEdgeKind, string> = {
  SHARED_CUSTOMERS: 'shared',
  PARTNER: 'partnership',
  PROPOSED_PARTNER: 'proposed',
  FORMER_PARTNER: 'former',
  COMPETES: 'competes',
  CAPABILITY_COMPLEMENT: 'complements',
};

function edgeWidth(edge: EcosystemEdge, maxShared: number): number {
  switch (edge.kind) {
    case 'SHARED_CUSTOMERS':
      return sqrtScale(edge.weight, maxShared, SHARED_EDGE_WIDTH);
    case 'CAPABILITY_COMPLEMENT':
      return round(1 + 2 * clamp01(edge.weight)); // weight is a complementarity score in [0, 1]
    case 'PARTNER':
      return 2.5;
    case 'PROPOSED_PARTNER':
    case 'FORMER_PARTNER':
      return 3; // broken lines need the extra width to read as lines
    case 'COMPETES':
      return 2;
  }
}

/** Maps 0…max onto min…max of the range so that area, not length, is proportional. */
export function sqrtScale(value: number, max: number, range: { min: number; max: number }): number {
  const share = max > 0 ? Math.sqrt(clamp01(value / max)) : 0;
  return round(range.min + (range.max - range.min) * share);
}

/** Candidates ranked by score (ties by shared customers, then name), 1 = best. */
function candidateRanks(nodes: readonly EcosystemNode[]): Map<string, number> {
  const others = nodes
    .filter((node) => node.kind !== 'FOCAL')
    .sort((a, b) => b.score - a.score || b.sharedCustomers - a.sharedCustomers || a.label.localeCompare(b.label));
  return new Map(others.map((node, index) => [node.id, index + 1]));
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
