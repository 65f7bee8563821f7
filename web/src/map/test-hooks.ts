import type { Core } from 'cytoscape';

/**
 * What browser tests and the benchmark may read of the map, and only when they
 * ask for it before the page loads (`window.__PARTNERGRAPH_TEST_HOOKS__ = true`,
 * from playwright's addInitScript): the cytoscape instance, and counters on the
 * map's element (layout runs, nodes and edges drawn). A user's page has none.
 */
const testHooksOn = (): boolean => typeof window !== 'undefined' && window.__PARTNERGRAPH_TEST_HOOKS__ === true;

export function exposeMap(cy: Core): () => void {
  if (!testHooksOn()) return () => {};
  window.__cy = cy;
  return () => {
    if (window.__cy === cy) delete window.__cy;
  };
}

/**
 * Counts what happened to the map on its element, for whoever watches it:
 * `data-layout-runs` (whole-map layouts), `data-placements` (companies placed
 * around the others, nobody moved), and the nodes and edges drawn.
 */
export function recordMapState(element: HTMLElement | null, cy: Core, change: 'layout' | 'placed' | 'none'): void {
  if (!element || !testHooksOn()) return;
  const count = (key: 'layoutRuns' | 'placements'): string => String(Number(element.dataset[key] ?? 0) + 1);
  // Counted before the sizes: the benchmark stops its clock on the layout count's change and reads them then.
  element.dataset.nodeCount = String(cy.nodes().length);
  element.dataset.edgeCount = String(cy.edges().not('.tether').length);
  if (change === 'placed') element.dataset.placements = count('placements');
  if (change === 'layout') element.dataset.layoutRuns = count('layoutRuns');
}
