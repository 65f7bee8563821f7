/**
 * The one component that owns a cytoscape instance: created once on mount,
 * updated inside `cy.batch()` when the elements change, destroyed on unmount.
 * Pictures are stable: the first drawing (and "Re-layout") is a seeded layout,
 * so a link shows the same picture on every load; after that companies that
 * join are placed around the others and nobody moves, not when weights
 * re-rank, not when the detail panel narrows the map (which refits the
 * picture to the room left unless the strategist has moved the view). Renderer settings are
 * fixed at creation, so the parent keys this component by `large`.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { EdgeData, NodeData } from './ecosystem-elements.ts';
import { rendererOptions } from './layouts.ts';
import { fitView, layOutAll, placeAdded, refreshLabels, revealNode } from './map-operations.ts';
import { createMapStylesheet } from './map-stylesheet.ts';
import { isGroupId } from './neighbour-groups.ts';
import type { PlacedNode } from './placement.ts';
import { exposeMap, recordMapState } from './test-hooks.ts';
import type { LayoutName } from '../state/url-state.ts';

cytoscape.use(fcose);

/** Roughly how tall the hover tooltip is (px), to decide whether it fits below the pointer. */
const TOOLTIP_HEIGHT = 150;

export interface MapHandle {
  fit(): void;
  /** The whole map as a PNG blob at `scale`, or null before the map exists. */
  snapshot(maxWidth: number, maxHeight: number): Promise<Blob> | null;
}

export type HoverInfo =
  | { group: 'nodes'; data: NodeData; x: number; y: number; above: boolean }
  | { group: 'edges'; data: EdgeData; x: number; y: number; above: boolean; sourceLabel: string; targetLabel: string };

interface Props {
  elements: ElementDefinition[];
  layout: LayoutName;
  focalId: string;
  /** Large-graph rendering (see rendererOptions); fixed for the component's life. */
  large: boolean;
  selectedId: string | null;
  /**
   * What calls for a fresh layout besides the layout and the focal company:
   * another map size (25 → 300 is a new picture), a click on "Re-layout".
   * Anything else (weights, filters, groups) places newcomers and moves nobody.
   */
  scene: string;
  onSelect(id: string): void;
  /** A click on a group node ("+59 active partners"): show more of it. */
  onExpandGroup(id: string): void;
  onRefocus(id: string): void;
  onHover(info: HoverInfo | null): void;
}

export const EcosystemMap = forwardRef<MapHandle, Props>(function EcosystemMap(props, ref) {
  const { elements, layout, focalId, large, selectedId, scene } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef('');
  /** The strategist has panned or zoomed since the last fit: resizes no longer refit the map. */
  const viewMoved = useRef(false);
  // Event handlers are bound once; they call whatever the latest props say.
  const handlers = useRef(props);
  useLayoutEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: createMapStylesheet({ large }),
      minZoom: 0.08,
      maxZoom: 4,
      // Selection is the app's (the URL's), drawn with the `selected` class.
      autounselectify: true,
      boxSelectionEnabled: false,
      ...rendererOptions(large),
    });
    cyRef.current = cy;
    const hide = exposeMap(cy);
    bindEvents(cy, () => handlers.current);

    // Names are chosen for what is on screen: again once a pan or zoom has come to rest.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const labelsLater = (): void => {
      clearTimeout(pending);
      pending = setTimeout(() => refreshLabels(cy), 90);
    };
    cy.on('viewport', labelsLater);
    // The detail panel or the what-if tray opening or closing resizes the map (and at 1280 px
    // the rail folds, moving its left edge). Until the strategist pans or zooms, the map is
    // fitted to the room it has: nobody moves in the picture, the picture is scaled to the
    // new frame, so the right of the map never hides behind the panel. Once they have moved
    // the view it is theirs: it keeps its zoom and pans by however far the map's corner moved,
    // so every company stays where it was on the page, and the selected one is brought into
    // view if the narrower map hides it. "Fit" and a new layout hand the view back.
    let corner = container.current?.getBoundingClientRect();
    const resize = new ResizeObserver(() => {
      const moved = container.current?.getBoundingClientRect();
      cy.resize();
      if (!viewMoved.current) {
        fitView(cy);
      } else {
        if (corner && moved && (moved.left !== corner.left || moved.top !== corner.top)) {
          cy.panBy({ x: corner.left - moved.left, y: corner.top - moved.top });
        }
        const selected = handlers.current.selectedId;
        if (selected) revealNode(cy, selected);
      }
      corner = moved;
      labelsLater();
    });
    // Only the strategist's own gestures count as moving the view, never a fit or a reveal.
    cy.on('dragpan scrollzoom pinchzoom', () => {
      viewMoved.current = true;
    });
    if (container.current) resize.observe(container.current);
    return () => {
      clearTimeout(pending);
      resize.disconnect();
      hide();
      cy.destroy();
      cyRef.current = null;
      laidOut.current = '';
    };
  }, [large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Where everything was, groups about to open included: their members come out where they stood.
    const before = new Map<string, PlacedNode>(
      cy.nodes().map((node) => [node.id(), { ...node.position(), diameter: node.data('diameter') }]),
    );
    const wanted = new Set(elements.map((element) => String(element.data.id)));
    let added: NodeCollection = cy.collection();
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const fresh: ElementDefinition[] = [];
      for (const definition of elements) {
        const existing = cy.getElementById(String(definition.data.id));
        if (existing.empty()) {
          fresh.push(definition);
          continue;
        }
        existing.data(definition.data);
        existing.classes(definition.classes ?? '');
      }
      added = cy.add(fresh).nodes();
    });
    // What is drawn, in one string: the seed of its layout.
    const structure = `${layout}|${focalId}|${cy
      .nodes()
      .map((node) => node.id())
      .sort()
      .join(',')}`;
    const sceneKey = `${layout}|${focalId}|${scene}`;
    let change: 'layout' | 'placed' | 'none' = 'none';
    // Companies and customers drawn for a highlighted intro path are placed, never re-rank the rings.
    const ranked = added.filter((node) => node.data('kind') !== 'INTRO_PARTY');
    if (laidOut.current !== sceneKey || (layout === 'concentric' && ranked.nonempty())) {
      // First drawing, another layout, focal company or map size, "Re-layout"; rings by score always re-rank.
      change = 'layout';
    } else if (added.nonempty()) {
      change = 'placed';
    }
    if (change === 'layout') {
      layOutAll(cy, layout, focalId, large, structure);
      viewMoved.current = false;
    }
    if (change === 'placed') placeAdded(cy, added, focalId, before);
    laidOut.current = sceneKey;
    refreshLabels(cy);
    recordMapState(container.current, cy, change);
  }, [elements, layout, focalId, large, scene]);

  // A company chosen outside the map (the list, a link) is brought into view.
  useEffect(() => {
    if (selectedId && cyRef.current) revealNode(cyRef.current, selectedId);
  }, [selectedId]);

  useImperativeHandle(ref, () => ({
    fit: () => {
      const cy = cyRef.current;
      if (!cy) return;
      fitView(cy);
      viewMoved.current = false;
    },
    snapshot: (maxWidth, maxHeight) =>
      cyRef.current?.png({ output: 'blob-promise', full: true, bg: '#ffffff', maxWidth, maxHeight }) ?? null,
  }));

  return (
    <div ref={container} className="map-canvas" data-testid="ecosystem-map" aria-label="Ecosystem map" role="img" />
  );
});

function bindEvents(cy: Core, current: () => Props): void {
  const clearHover = (): void => {
    cy.batch(() => cy.elements().removeClass('faded hovered highlighted'));
    current().onHover(null);
  };
  cy.on('tap', 'node', (event: EventObject) => {
    const id: string = event.target.id();
    if (isGroupId(id)) current().onExpandGroup(id);
    else current().onSelect(id);
  });
  cy.on('dbltap', 'node', (event: EventObject) => {
    if (!isGroupId(event.target.id())) current().onRefocus(event.target.id());
  });
  cy.on('mouseover', 'node', (event: EventObject) => {
    const node = event.target;
    // Fade everything but the hovered company and its direct links.
    cy.batch(() => {
      cy.elements().not(node.closedNeighborhood()).addClass('faded');
      node.addClass('hovered');
      node.connectedEdges().addClass('highlighted');
    });
    const position = node.renderedPosition();
    const half = node.renderedOuterHeight() / 2;
    // Below the node unless that would run off the bottom of the map.
    const above = position.y + half + TOOLTIP_HEIGHT > cy.height();
    current().onHover({
      group: 'nodes',
      data: node.data() as NodeData,
      x: position.x,
      y: above ? position.y - half : position.y + half,
      above,
    });
  });
  cy.on('mouseover', 'edge', (event: EventObject) => {
    const edge = event.target;
    edge.addClass('highlighted');
    const middle = edge.renderedMidpoint();
    current().onHover({
      group: 'edges',
      data: edge.data() as EdgeData,
      x: middle.x,
      y: middle.y,
      above: middle.y + TOOLTIP_HEIGHT > cy.height(),
      sourceLabel: edge.source().data('label'),
      targetLabel: edge.target().data('label'),
    });
  });
  cy.on('mouseout', 'node, edge', clearHover);
  // The tooltip is placed in screen pixels: moving the view invalidates it.
  cy.on('viewport', () => current().onHover(null));
}
