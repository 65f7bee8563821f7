/**
 * The one component that owns a cytoscape instance: created once on mount,
 * updated inside `cy.batch()` when the elements change (re-laid out only when
 * the set of companies, the layout or the focal company changes), destroyed on
 * unmount. Renderer settings are fixed at creation, so the parent keys this
 * component by `large`.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { EdgeData, NodeData } from './ecosystem-elements.ts';
import { layoutOptions, rendererOptions } from './layouts.ts';
import { createMapStylesheet } from './map-stylesheet.ts';
import { exposeMap, recordMapState } from './test-hooks.ts';
import type { LayoutName } from '../state/url-state.ts';

cytoscape.use(fcose);

/** Roughly how tall the hover tooltip is (px), to decide whether it fits below the pointer. */
const TOOLTIP_HEIGHT = 150;

export interface MapHandle {
  fit(): void;
  /** The whole map as a PNG data URI, or null before the map exists. */
  exportPng(): string | null;
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
  onSelect(id: string): void;
  onRefocus(id: string): void;
  onHover(info: HoverInfo | null): void;
}

export const EcosystemMap = forwardRef<MapHandle, Props>(function EcosystemMap(props, ref) {
  const { elements, layout, focalId, large } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef('');
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

    // The detail panel opening or closing resizes the map: keep a map that was
    // wholly in view wholly in view; leave a zoomed-in view where the user put it.
    const resize = new ResizeObserver(() => {
      const wasWhole = showsEverything(cy);
      cy.resize();
      if (wasWhole && cy.nodes().nonempty()) cy.fit(undefined, 48);
    });
    if (container.current) resize.observe(container.current);
    return () => {
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
    const wanted = new Set(elements.map((element) => String(element.data.id)));
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const added: ElementDefinition[] = [];
      for (const definition of elements) {
        const existing = cy.getElementById(String(definition.data.id));
        if (existing.empty()) {
          added.push(definition);
          continue;
        }
        existing.data(definition.data);
        existing.classes(definition.classes ?? '');
      }
      cy.add(added);
    });
    // Re-layout only when what is drawn changed, not for a selection or a filter fade.
    const structure = `${layout}|${focalId}|${cy
      .nodes()
      .map((node) => node.id())
      .sort()
      .join(',')}`;
    const laidOutAgain = structure !== laidOut.current;
    if (laidOutAgain) {
      laidOut.current = structure;
      cy.layout(layoutOptions(layout, focalId, large)).run();
    }
    recordMapState(container.current, cy, laidOutAgain);
  }, [elements, layout, focalId, large]);

  useImperativeHandle(ref, () => ({
    fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 48 }, duration: 250 }),
    exportPng: () =>
      cyRef.current?.png({
        output: 'base64uri',
        full: true,
        scale: large ? 1 : 2,
        bg: '#ffffff',
        maxWidth: 6000,
        maxHeight: 6000,
      }) ?? null,
  }));

  return (
    <div ref={container} className="map-canvas" data-testid="ecosystem-map" aria-label="Ecosystem map" role="img" />
  );
});

function showsEverything(cy: Core): boolean {
  const view = cy.extent();
  const graph = cy.elements().boundingBox();
  return graph.x1 >= view.x1 - 1 && graph.x2 <= view.x2 + 1 && graph.y1 >= view.y1 - 1 && graph.y2 <= view.y2 + 1;
}

function bindEvents(cy: Core, current: () => Props): void {
  const clearHover = (): void => {
    cy.batch(() => cy.elements().removeClass('faded hovered highlighted'));
    current().onHover(null);
  };
  cy.on('tap', 'node', (event: EventObject) => current().onSelect(event.target.id()));
  cy.on('dbltap', 'node', (event: EventObject) => current().onRefocus(event.target.id()));
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
