/**
 * What EcosystemMap does to its cytoscape instance, one function per act:
 * lay the whole map out (seeded), place newcomers without moving anyone,
 * fit without over-zooming, bring a company into view, and choose the names
 * that fit. Thin glue: the decisions are in the pure modules they call.
 */
import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';
import type { NodeData } from './ecosystem-elements.ts';
import { estimateTextWidth, LABEL_SIDES, labelSize, placeLabels } from './label-choice.ts';
import { layoutOptions } from './layouts.ts';
import { FOCAL_HALO, FOCAL_LABEL_PX, LABEL_FONT, LABEL_PX, SELECTED_HALO } from './map-stylesheet.ts';
import { isGroupId } from './neighbour-groups.ts';
import { MAX_FIT_ZOOM, placeNewcomers, type PlacedNode } from './placement.ts';
import { withSeededRandom } from './seeded-random.ts';
import type { LayoutName } from '../state/url-state.ts';

const FIT_PADDING = 48;

/** The whole map laid out afresh; the same companies always land in the same places (the seed is what is drawn). */
export function layOutAll(cy: Core, layout: LayoutName, focalId: string, large: boolean, seed: string): void {
  withSeededRandom(seed, () =>
    cy.layout({ ...layoutOptions(layout, focalId, large), fit: false } as LayoutOptions).run(),
  );
  fitView(cy);
}

/**
 * Newcomers placed round the focal company (or the group they came out of,
 * whose position `anchors` remembers after it is gone); nobody else moves.
 */
export function placeAdded(
  cy: Core,
  added: NodeCollection,
  focalId: string,
  anchors: ReadonlyMap<string, PlacedNode>,
): void {
  const addedIds = new Set(added.map((node) => node.id()));
  const placed = new Map<string, PlacedNode>();
  cy.nodes().forEach((node) => {
    if (!addedIds.has(node.id())) placed.set(node.id(), { ...node.position(), diameter: node.data('diameter') });
  });
  const scores = cy
    .nodes()
    .filter((node) => node.id() !== focalId && !isGroupId(node.id()))
    .map((node) => Number(node.data('score')) || 0);
  const min = scores.length ? Math.min(...scores) : 0;
  const range = { min, spread: scores.length ? Math.max(...scores) - min : 0 };
  const everywhere = new Map([...anchors, ...placed]);
  const positions = placeNewcomers(
    added.map((node) => {
      const data = node.data() as NodeData;
      return { id: data.id, diameter: data.diameter, score: data.score, near: data.near ?? `group:${data.relation}` };
    }),
    everywhere,
    focalId,
    range,
  );
  cy.batch(() => added.forEach((node) => void node.position(positions.get(node.id()) ?? { x: 0, y: 0 })));
}

/** The whole map in view, but never zoomed in past MAX_FIT_ZOOM (a two-company map stays life-size). */
export function fitView(cy: Core): void {
  if (cy.nodes().empty()) return;
  cy.fit(undefined, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Pans (never zooms) just enough to show the company, when it is off screen: a click in the list finds it. */
export function revealNode(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const { x, y } = node.renderedPosition();
  const margin = FIT_PADDING + node.renderedOuterWidth() / 2;
  const dx = x < margin ? margin - x : x > cy.width() - margin ? cy.width() - margin - x : 0;
  const dy = y < margin ? margin - y : y > cy.height() - margin ? cy.height() - margin - y : 0;
  if (dx !== 0 || dy !== 0) cy.animate({ panBy: { x: dx, y: dy }, duration: 250 });
}

/** The zoom the names were last sized for, per map. */
const sizedFor = new WeakMap<Core, number>();

/**
 * Re-sizes the names to the zoom (they keep LABEL_PX on screen) and shows
 * those that fit (label-choice.ts), in one batch. Names are measured in the
 * map's own font, so a browser that lacks Inter (and draws wider letters)
 * still gets boxes that hold what it draws.
 */
export function refreshLabels(cy: Core): void {
  const zoom = cy.zoom();
  const resize = sizedFor.get(cy) !== zoom;
  sizedFor.set(cy, zoom);
  const viewport = { width: cy.width(), height: cy.height() };
  const places = cy.nodes().map((node) => {
    const data = node.data() as NodeData;
    const { x, y } = node.renderedPosition();
    const focal = data.relation === 'focal';
    const selected = node.hasClass('selected');
    const fontPx = focal ? FOCAL_LABEL_PX : LABEL_PX;
    const r = (data.diameter / 2) * zoom;
    // What other names keep clear of: the circle with its ring, or the focal or selected company's halo.
    const extent = r + (focal ? FOCAL_HALO : selected ? SELECTED_HALO : RING) * zoom;
    // Bold names (the focal company, the selected one, groups: map-stylesheet.ts) are measured bold.
    const size = labelSize(textWidth(data.label, fontPx, focal || selected || data.kind === 'GROUP'), fontPx);
    return { id: data.id, priority: data.labelPriority, rank: data.rank, x, y, r, extent, ...size };
  });
  const { sides: chosen, overCircles } = placeLabels(places, viewport);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const side = chosen.get(node.id());
      const wanted = side === undefined ? 'label-hidden' : side === 'below' ? null : `label-${side}`;
      // A name over another company's circle: its company drawn above the others, so the circle does not hide it.
      const over = overCircles.has(node.id());
      if (over !== node.hasClass('label-over')) node.toggleClass('label-over', over);
      // Only the classes that change: a restyle of a thousand nodes per pan would cost frames.
      for (const name of LABEL_CLASSES) {
        if (name === wanted) {
          if (!node.hasClass(name)) node.addClass(name);
        } else if (node.hasClass(name)) node.removeClass(name);
      }
    });
    // The stylesheet's sizes are functions of the zoom, evaluated when a style is computed:
    // recompute the nodes' (eles.updateStyle(), documented, missing from the typings).
    if (resize) (cy.nodes() as unknown as { updateStyle(): void }).updateStyle();
  });
}

/** The widest ring a company is drawn with (a ruled-out company's double ring), in model px. */
const RING = 4;

/** Measured names, per font: the same fifty names are measured on every pan. */
const widths = new Map<string, number>();
let measurer: CanvasRenderingContext2D | null | undefined;

/** A name's width on screen in the map's font (bold for the focal company), or an estimate without a canvas. */
function textWidth(text: string, fontPx: number, bold: boolean): number {
  const font = `${bold ? 'bold ' : ''}${fontPx}px ${LABEL_FONT}`;
  const key = `${font}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  measurer ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let width = estimateTextWidth(text.length, fontPx);
  if (measurer) {
    measurer.font = font;
    width = measurer.measureText(text).width;
  }
  widths.set(key, width);
  return width;
}

/** The classes refreshLabels sets: no name, or a name moved off its usual place below the node. */
const LABEL_CLASSES: readonly string[] = [
  'label-hidden',
  ...LABEL_SIDES.filter((side) => side !== 'below').map((side) => `label-${side}`),
];
