/**
 * A warm-introduction path drawn over the map: the companies and the
 * customer along it stand out (class `on-path`), everything else recedes
 * (`off-path`), intermediaries the map does not show are drawn for the
 * occasion (`path-extra`, a customer as `path-customer`), and each hop is a
 * link of its own (`intro-link`, dashed when the partnership is only
 * proposed). Pure, so the unit tests check it without a browser; taking the
 * path away gives back the elements as they were.
 */
import type { ElementDefinition } from 'cytoscape';
import type { IntroPath } from '../client/types.ts';
import type { EdgeData, NodeData } from './ecosystem-elements.ts';

/** The path the detail panel asked the map to show, and for which candidate. */
export interface HighlightedPath {
  /** The candidate whose panel listed it: the highlight holds only while that panel is open. */
  target: string;
  /** Its place in the panel's list (0: the strongest). */
  index: number;
  path: IntroPath;
}

/** Customers and companies have ids of their own: a customer's node id carries this prefix. */
const CUSTOMER_NODE = 'customer:';
/** A drawn-for-the-path node: a little above the smallest company, so it reads as a stop on the way. */
const EXTRA_DIAMETER = 22;

/** The node ids along the path, the focal company first. */
export function pathNodeIds(focalId: string, path: IntroPath): string[] {
  return [focalId, ...path.steps.map((step) => nodeId(step.party))];
}

export function withIntroPath(
  elements: readonly ElementDefinition[],
  focalId: string,
  highlight: HighlightedPath | null,
): ElementDefinition[] {
  if (!highlight) return [...elements];
  const { path } = highlight;
  const onPath = new Set(pathNodeIds(focalId, path));
  const drawn = new Set(
    elements.filter((element) => element.group === 'nodes').map((element) => String(element.data.id)),
  );

  const marked = elements.map((element): ElementDefinition => {
    const isNode = element.group === 'nodes';
    const id = String(element.data.id);
    if (isNode && onPath.has(id)) {
      // Every name on the path is drawn, however crowded the map (label-choice.ts draws priority 0 always).
      return { ...element, data: { ...element.data, labelPriority: 0 }, classes: addClass(element.classes, 'on-path') };
    }
    return { ...element, classes: addClass(element.classes, 'off-path') };
  });

  const ids = pathNodeIds(focalId, path);
  const extras: ElementDefinition[] = path.steps
    .map((step, index) => ({ step, next: ids[index + 2] }))
    .filter(({ step }) => !drawn.has(nodeId(step.party)))
    .map(({ step, next }) => {
      const isCustomer = step.party.kind === 'CUSTOMER';
      const data: NodeData = {
        id: nodeId(step.party),
        label: step.party.name,
        relation: 'complement',
        kind: 'INTRO_PARTY',
        score: 0,
        customers: 0,
        sharedCustomers: 0,
        conflictSeverity: null,
        pairRelation: 'CANDIDATE',
        ruledOut: false,
        diameter: EXTRA_DIAMETER,
        rank: 0,
        labelPriority: 0,
        // Beside the next party (the target, in the end): the path reads as a chain, not a detour via the centre.
        near: next,
      };
      return {
        group: 'nodes',
        data,
        classes: `on-path path-extra${isCustomer ? ' path-customer' : ''}`,
      };
    });

  const links: ElementDefinition[] = path.steps.map((step, index) => {
    const [source, target] = [ids[index]!, ids[index + 1]!];
    const data: EdgeData = {
      id: `intro:${index}:${source}:${target}`,
      source,
      target,
      kind: 'INTRO',
      weight: step.weight,
      width: 5,
    };
    const proposed = step.relation === 'PARTNERSHIP' && step.status === 'PROPOSED';
    return { group: 'edges', data, classes: `intro-link${proposed ? ' intro-proposed' : ''}` };
  });

  return [...marked, ...extras, ...links];
}

/** True for the node of a customer a path runs through (companies' ids carry no prefix). */
export function isCustomerNode(id: string): boolean {
  return id.startsWith(CUSTOMER_NODE);
}

function nodeId(party: IntroPath['steps'][number]['party']): string {
  return party.kind === 'CUSTOMER' ? `${CUSTOMER_NODE}${party.id}` : party.id;
}

function addClass(classes: ElementDefinition['classes'], name: string): string {
  const list = Array.isArray(classes) ? classes : classes ? classes.split(' ') : [];
  return [...list.filter(Boolean), name].join(' ');
}
