import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Set by browser tests and the benchmark before the page loads, to switch on web/src/map/test-hooks.ts. */
    __PARTNERGRAPH_TEST_HOOKS__?: boolean;
    /** The map's cytoscape instance while the map is mounted, when the test hooks are on. */
    __cy?: Core;
  }
}
