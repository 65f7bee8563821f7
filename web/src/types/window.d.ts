import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The map's cytoscape instance while the map is mounted; browser tests read the drawn graph from it. */
    __cy?: Core;
  }
}
