/**
 * Crowds grouped, Bloom-style: when one kind of neighbour is many (Okta's 71
 * active partners, Amazon's 189), the map draws the best few of them and one
 * summary node for the rest ("+59 active partners"), which shows more on a
 * click. Pure: it takes the API's graph and returns a smaller one plus the
 * groups to draw. (cytoscape's compound nodes or an expand-collapse extension
 * would do the same with a package the explorer does not have; this is the
 * whole of what the map needs.)
 *
 * Only the neighbours the API adds whatever the ranking says are grouped:
 * partners, rivals, deals in progress and former partners. Ranked candidates
 * are already capped by "Show top N", and every one the ranking lists must be
 * drawn.
 */
import type { EcosystemEdgeKind, EcosystemGraph, EcosystemNode } from '../client/types.ts';
import { relationOf, type Relation } from '../fit/relations.ts';

export type GroupedRelation = Extract<Relation, 'partner' | 'competitor' | 'in-progress' | 'former'>;

const GROUPED_RELATIONS: readonly GroupedRelation[] = ['partner', 'competitor', 'in-progress', 'former'];

/** Members drawn before "show more": a dozen names is what a ring around the focal company can label. */
export const GROUP_CAP = 12;
/** Members each click on a group adds. */
export const GROUP_STEP = 12;
/**
 * A group must hide at least this many: "+2 partners" would take the room of
 * the two it hides. So 15 partners are all drawn; 16 draw 12 and "+4".
 */
export const MIN_HIDDEN = 4;

/** The edge from the focal company to a group: the kind its members have. */
export const GROUP_EDGE_KIND: Record<GroupedRelation, EcosystemEdgeKind> = {
  partner: 'PARTNER',
  competitor: 'COMPETES',
  'in-progress': 'PROPOSED_PARTNER',
  former: 'FORMER_PARTNER',
};

export interface NeighbourGroup {
  /** `group:<relation>`: never a company id (those are slugs without a colon). */
  id: string;
  relation: GroupedRelation;
  /** The members not drawn, best first. */
  hidden: string[];
  /** All members, drawn or not. */
  total: number;
}

export interface GroupOptions {
  /** Extra members shown per relation, from clicks on its group (multiples of GROUP_STEP). */
  expanded?: Partial<Record<GroupedRelation, number>>;
  /** Companies always drawn on their own: the selected one, the ones the ranking lists. */
  keep?: ReadonlySet<string>;
  cap?: number;
}

export interface GroupedGraph {
  graph: EcosystemGraph;
  groups: NeighbourGroup[];
}

export function groupNeighbours(graph: EcosystemGraph, options: GroupOptions = {}): GroupedGraph {
  const { expanded = {}, keep = new Set<string>(), cap = GROUP_CAP } = options;
  const members = new Map<GroupedRelation, EcosystemNode[]>();
  for (const node of graph.nodes) {
    const relation = relationOf(node);
    if (isGrouped(relation)) members.set(relation, [...(members.get(relation) ?? []), node]);
  }

  const hiddenIds = new Set<string>();
  const groups: NeighbourGroup[] = [];
  for (const relation of GROUPED_RELATIONS) {
    const nodes = [...(members.get(relation) ?? [])].sort(byImportance);
    const shown = cap + (expanded[relation] ?? 0);
    const hidden = nodes.slice(shown).filter((node) => !keep.has(node.id));
    if (hidden.length < MIN_HIDDEN) continue;
    for (const node of hidden) hiddenIds.add(node.id);
    groups.push({ id: `group:${relation}`, relation, hidden: hidden.map((node) => node.id), total: nodes.length });
  }
  if (groups.length === 0) return { graph, groups };
  return {
    graph: {
      focal: graph.focal,
      nodes: graph.nodes.filter((node) => !hiddenIds.has(node.id)),
      // An edge to a hidden member goes with it; the group's own edge stands for the ones to the focal company.
      edges: graph.edges.filter((edge) => !hiddenIds.has(edge.source) && !hiddenIds.has(edge.target)),
    },
    groups,
  };
}

/** The group a click on `groupId` opens one step further: the new `expanded`. */
export function expandGroup(
  expanded: Partial<Record<GroupedRelation, number>>,
  groupId: string,
): Partial<Record<GroupedRelation, number>> {
  const relation = groupId.replace(/^group:/, '');
  if (!isGrouped(relation)) return expanded;
  return { ...expanded, [relation]: (expanded[relation] ?? 0) + GROUP_STEP };
}

export function isGroupId(id: string): boolean {
  return id.startsWith('group:');
}

/** Best first: fit score, then shared customers, then name (the ranking's own tie-breaks). */
function byImportance(a: EcosystemNode, b: EcosystemNode): number {
  return b.score - a.score || b.sharedCustomers - a.sharedCustomers || a.label.localeCompare(b.label);
}

function isGrouped(relation: string): relation is GroupedRelation {
  return (GROUPED_RELATIONS as readonly string[]).includes(relation);
}
