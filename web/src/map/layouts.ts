/**
 * The map's two layouts, each starting from a `defaults` object with one
 * commented line per option (the cytoscape.js habit), then the few values that
 * depend on the graph: the focal company pinned at the centre, stronger
 * candidates pulled closer.
 */
import type { CytoscapeOptions, EdgeSingular, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/url-state.ts';

/** From this many nodes a map counts as large: faster, plainer rendering. */
export const LARGE_MAP_FROM = 100;

export const forceDefaults = {
  name: 'fcose',
  // 'proof' cools slowly and, with nodeDimensionsIncludeLabels, keeps names apart;
  // large maps switch to 'default' (about twice as fast)
  quality: 'proof',
  // start from random positions so one layout does not inherit another's tangles
  randomize: true,
  // no animation: the map appears settled, and tests read final positions
  animate: false,
  // zoom so the whole graph is visible
  fit: true,
  // space (px) between the graph and the viewport's edge; room for labels
  padding: 48,
  // count labels as part of a node, so company names do not overlap (honoured in 'proof' quality)
  nodeDimensionsIncludeLabels: true,
  // repulsion between nodes; higher than fcose's 4500 because nodes are up to 72 px wide
  nodeRepulsion: 16000,
  // base ideal edge length (px); see idealEdgeLength below for the per-edge value
  idealEdgeLength: 120,
  // divisor of edge forces: lower = stiffer edges
  edgeElasticity: 0.45,
  // pull towards the centre, keeps disconnected companies near the rest
  gravity: 0.3,
  // iterations before fcose stops
  numIter: 2500,
  // lay out companies without edges in a tidy grid rather than scattering them
  tile: true,
  // packing needs cytoscape-layout-utilities, which the explorer does not load
  packComponents: false,
} as const;

export const concentricDefaults = {
  name: 'concentric',
  // zoom so the whole graph is visible
  fit: true,
  // space (px) between the graph and the viewport's edge
  padding: 48,
  // first node of each ring at twelve o'clock, strongest first, going clockwise
  startAngle: (3 / 2) * Math.PI,
  clockwise: true,
  // rings spaced by their content, not evenly: a ring of 3 stays tight
  equidistant: false,
  // gap (px) between neighbouring nodes on a ring
  minNodeSpacing: 28,
  // never draw two companies on top of each other
  avoidOverlap: true,
  // no animation, as for force
  animate: false,
} as const;

/** How many score bands (rings) concentric draws around the focal company. */
const CONCENTRIC_RINGS = 4;

/**
 * Large maps: edges among the other companies as long and as stiff as the
 * focal company's own. fcose compares each node with every node within twice
 * the mean ideal edge length, and most of a large map's edges are among the
 * others (1,400 of 1,770 on a 339-node map): at 1.6× their length, a
 * 339-node layout compared most pairs and took 2.2–2.6 s in chromium; at 1×
 * and stiffer it takes 1.6–1.8 s and converges sooner, with the same ordering
 * by fit around the focal company (measured with bench/browser.ts' map).
 */
const LARGE_MAP_CONTEXT_EDGES = { length: 1, elasticity: 0.3 };

export function layoutOptions(name: LayoutName, focalId: string, large = false): LayoutOptions {
  return name === 'force' ? forceLayout(focalId, large) : concentricLayout(focalId);
}

function forceLayout(focalId: string, large: boolean): LayoutOptions {
  let range: { min: number; spread: number } | undefined;
  return {
    ...forceDefaults,
    // Small maps pin the focal company at the centre. Large ones leave it to
    // the forces (every candidate is tied to it, so it lands in the middle):
    // at 300 candidates the constraint alone took fcose from 0.7 s to 1.6 s.
    ...(large
      ? { quality: 'default', nodeDimensionsIncludeLabels: false }
      : { fixedNodeConstraint: [{ nodeId: focalId, position: { x: 0, y: 0 } }] }),
    // Edges to the focal company are shorter the better the fit, relative to
    // the scores on this map (they are often close together), so the best
    // candidates sit nearest; edges among others are long and loose context.
    idealEdgeLength: (edge: EdgeSingular) => {
      const other = edgeOtherEnd(edge, focalId);
      if (!other) return forceDefaults.idealEdgeLength * (large ? LARGE_MAP_CONTEXT_EDGES.length : 1.6);
      range ??= scoreRange(
        edge
          .cy()
          .nodes()
          .filter((node) => node.id() !== focalId),
      );
      const standing = range.spread > 0 ? (clampScore(other.data('score')) - range.min) / range.spread : 1;
      return 80 + 200 * (1 - standing);
    },
    edgeElasticity: (edge: EdgeSingular) =>
      edgeOtherEnd(edge, focalId) ? 0.3 : large ? LARGE_MAP_CONTEXT_EDGES.elasticity : 0.9,
  } as unknown as LayoutOptions; // fcose's options are not in cytoscape's typings
}

function concentricLayout(focalId: string): LayoutOptions {
  return {
    ...concentricDefaults,
    // the focal company alone in the middle, then rings by fit score
    concentric: (node: NodeSingular) => (node.id() === focalId ? 2 : clampScore(node.data('score'))),
    levelWidth: (nodes: NodeCollection) => {
      const scores = nodes.filter((node) => node.id() !== focalId).map((node) => clampScore(node.data('score')));
      const spread = scores.length ? Math.max(...scores) - Math.min(...scores) : 0;
      return Math.max(spread / CONCENTRIC_RINGS, 0.001);
    },
  };
}

/**
 * Renderer settings fixed when cytoscape starts. Large maps trade crispness
 * while panning for smoothness: edges hidden and the view drawn from a cached
 * texture during pan/zoom, and one device pixel per CSS pixel.
 */
export function rendererOptions(large: boolean): Partial<CytoscapeOptions> {
  return large
    ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1, motionBlur: false }
    : { hideEdgesOnViewport: false, textureOnViewport: false };
}

function scoreRange(nodes: NodeCollection): { min: number; spread: number } {
  const scores = nodes.map((node) => clampScore(node.data('score')));
  if (scores.length === 0) return { min: 0, spread: 0 };
  const min = Math.min(...scores);
  return { min, spread: Math.max(...scores) - min };
}

function edgeOtherEnd(edge: EdgeSingular, focalId: string): NodeSingular | undefined {
  if (edge.source().id() === focalId) return edge.target();
  if (edge.target().id() === focalId) return edge.source();
  return undefined;
}

function clampScore(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
