import type { Core } from 'cytoscape';

/**
 * What browser tests and the benchmark may read of the map, and only when they
 * ask for it before the page loads (`window.__PARTNERGRAPH_TEST_HOOKS__ = true`,
 * from playwright's addInitScript): the cytoscape instance, and counters on the
 * map's element (layout runs, nodes and edges drawn). A user's page has none.
 */
export const testHooksOn = (): boolean => typeof window !== 'undefined' && window.__PARTNERGRAPH_TEST_HOOKS__ === true;

export function exposeMap(cy: Core): () => void {
  if (!testHooksOn()) return () => {};
  window.__cy = cy;
  return () => {
    if (window.__cy === cy) delete window.__cy;
  };
}

/** Counts a layout run and what is drawn on the map's element, for whoever watches it. */
export function recordMapState(element: HTMLElement | null, cy: Core, laidOutAgain: boolean): void {
  if (!element || !testHooksOn()) return;
  if (laidOutAgain) element.dataset.layoutRuns = String(Number(element.dataset.layoutRuns ?? 0) + 1);
  element.dataset.nodeCount = String(cy.nodes().length);
  element.dataset.edgeCount = String(cy.edges().not('.tether').length);
}
