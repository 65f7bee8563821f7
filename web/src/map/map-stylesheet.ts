/**
 * The map's look as data: every visual rule reads a value that
 * ecosystem-elements.ts put in `data`, or a class it set. Keep the legend
 * (components/map/MapLegend.tsx) in step with what is drawn here.
 */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { LABEL_GAP, LABEL_SIDES, labelOffset } from './label-choice.ts';
import { RELATION_COLOUR, RELATIONS } from '../fit/relations.ts';

export const EDGE_COLOUR = {
  shared: '#64748b', // slate: neutral, its width carries the number
  partnership: RELATION_COLOUR.partner,
  proposed: RELATION_COLOUR.partner,
  former: '#4b5563', // darker than the former-partner node: it lies over slate shared-customer lines
  competes: RELATION_COLOUR.competitor,
  complements: RELATION_COLOUR.complement,
  conflict: RELATION_COLOUR.conflict,
} as const;

/** A medium-severity conflict: vermillion washed toward white, so it reads as the same warning, quieter. */
export const CONFLICT_MEDIUM_FILL = '#f2b995';

/** The names' font; map-operations.ts measures names in it. */
export const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';
const FONT = LABEL_FONT;
const INK = '#1f2a44';
/** A highlighted introduction path: the amber of selection and focus, so it reads as "look here". */
const PATH_COLOUR = '#e6a100';

/** Names keep this size on screen (px) at every zoom; the focal company's a little larger. */
export const LABEL_PX = 12;
export const FOCAL_LABEL_PX = 14;
/** The halos round the focal company and the selected one (model px): names keep clear of them. */
export const FOCAL_HALO = 8;
export const SELECTED_HALO = 7;
/** A group node: white, ringed this wide (model px) in its members' colour (MapLegend draws the same). */
export const GROUP_FILL = '#ffffff';
const GROUP_RING = 5;

/**
 * A length that stays `px` on screen: cytoscape draws text in model units,
 * scaled by the zoom, so the model size is px / zoom. EcosystemMap re-applies
 * the style when a zoom ends; label-choice.ts then decides which names fit.
 */
const onScreen = (px: number) => (node: NodeSingular) => px / node.cy().zoom();

export interface StylesheetOptions {
  /**
   * Large maps (a few hundred nodes) draw straight "haystack" edges, which
   * cytoscape renders far faster than bezier curves. Default false.
   */
  large?: boolean;
}

export function createMapStylesheet({ large = false }: StylesheetOptions = {}): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(diameter)',
        height: 'data(diameter)',
        'background-color': RELATION_COLOUR.complement,
        'border-width': 1.5,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': onScreen(LABEL_PX),
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': onScreen(LABEL_GAP),
        'text-outline-color': '#ffffff',
        'text-outline-width': onScreen(2),
        'text-outline-opacity': 0.9,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...RELATIONS.map((relation) => ({
      selector: `node.${relation}`,
      style: { 'background-color': RELATION_COLOUR[relation] },
    })),
    {
      selector: 'node.conflict, node.competitor',
      style: { 'border-style': 'dashed', 'border-width': 2.5, 'border-color': '#3b1d0a' },
    },
    // Severity, not just "some conflict": where most candidates overlap somewhere (FedRAMP), a
    // medium risk is a pale fill with a thin dashed ring and only a high one keeps the full
    // vermillion with a heavy ring, so the colour still picks out the few that matter.
    {
      selector: 'node.conflict[conflictSeverity = "MEDIUM"]',
      style: {
        'background-color': CONFLICT_MEDIUM_FILL,
        'border-width': 1.5,
        'border-color': RELATION_COLOUR.conflict,
      },
    },
    {
      selector: 'node.conflict[conflictSeverity = "HIGH"]',
      style: { 'border-width': 3.5, 'border-color': '#3b1d0a' },
    },
    {
      selector: 'node.focal',
      style: {
        'border-width': 4,
        'border-color': '#ffffff',
        'underlay-color': INK,
        'underlay-opacity': 0.18,
        'underlay-padding': FOCAL_HALO,
        'underlay-shape': 'ellipse',
        'font-size': onScreen(FOCAL_LABEL_PX),
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    // Ruled out: washed out with a dark ring, whatever its colour says it is.
    {
      selector: 'node.ruled-out',
      style: { 'background-opacity': 0.4, 'border-style': 'double', 'border-width': 4, 'border-color': '#3b1d0a' },
    },
    // A summary of the members not drawn: white inside a heavy ring of the relation's colour, a
    // look no single company has (a washed-out fill of "+64 active partners" read as the pale
    // green of a partnership in progress); a click shows more.
    {
      selector: 'node.group',
      style: {
        'background-color': GROUP_FILL,
        'background-opacity': 1,
        'border-width': GROUP_RING,
        'border-style': 'solid',
        'font-weight': 'bold',
      },
    },
    ...RELATIONS.map((relation) => ({
      selector: `node.group.${relation}`,
      style: { 'border-color': RELATION_COLOUR[relation] },
    })),
    // No room on screen for this name (label-choice.ts); hovering or selecting the company brings it back.
    { selector: 'node.label-hidden', style: { label: '' } },
    // Names moved round their company to make room in a crowd (label-choice.ts places them, and says how).
    ...LABEL_SIDES.filter((side) => side !== 'below').map((side) => {
      const { vertical, horizontal, dx, dy } = labelOffset(side);
      return {
        selector: `node.label-${side}`,
        style: {
          'text-valign': vertical === 'below' ? 'bottom' : vertical === 'above' ? 'top' : 'center',
          'text-halign': horizontal === 'centre' ? 'center' : horizontal,
          'text-margin-x': dx === 0 ? 0 : onScreen(dx),
          'text-margin-y': dy === 0 ? 0 : onScreen(dy),
        },
      };
    }),
    // A name that had to go over another company's circle: its company is drawn above (the focal one's too),
    // or the circle would hide it.
    { selector: 'node.label-over', style: { 'z-index': 25 } },
    {
      selector: 'node.selected, node.hovered',
      style: {
        label: 'data(label)',
        'font-weight': 'bold',
        'underlay-color': '#f2b705',
        'underlay-opacity': 0.55,
        'underlay-padding': SELECTED_HALO,
        'underlay-shape': 'ellipse',
        'z-index': 30,
      },
    },
    { selector: 'node.filtered-out', style: { opacity: 0.18 } },
    { selector: 'node.faded', style: { opacity: 0.22 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': EDGE_COLOUR.shared,
        // Straight lines: bezier bundles of two edges between close companies
        // balloon into loops that read as a shape of their own.
        'curve-style': large ? 'haystack' : 'straight',
        opacity: 0.16,
        'z-index': 1,
      },
    },
    { selector: 'edge.from-focal', style: { opacity: 0.55, 'z-index': 5 } },
    // Partnerships and rivalries sit on top of a shared-customer line between the same pair.
    { selector: 'edge.partnership', style: { 'line-color': EDGE_COLOUR.partnership, opacity: 0.75, 'z-index': 8 } },
    // A proposed partnership: the partner colour, dashed (not there yet).
    {
      selector: 'edge.proposed',
      style: {
        'line-color': EDGE_COLOUR.proposed,
        'line-style': 'dashed',
        'line-dash-pattern': [8, 4],
        opacity: 0.85,
        'z-index': 8,
      },
    },
    // An ended partnership: dark grey, dotted (history), dark enough to read over a shared-customer line.
    {
      selector: 'edge.former',
      style: {
        'line-color': EDGE_COLOUR.former,
        'line-style': 'dotted',
        'line-cap': 'round',
        opacity: 0.95,
        'z-index': 7,
      },
    },
    {
      selector: 'edge.competes',
      style: {
        'line-color': EDGE_COLOUR.competes,
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
        opacity: 0.85,
        'z-index': 9,
      },
    },
    {
      selector: 'edge.complements',
      style: { 'line-color': EDGE_COLOUR.complements, 'line-style': 'dotted', opacity: 0.3 },
    },
    {
      selector: 'edge.to-conflict',
      style: { 'line-color': EDGE_COLOUR.conflict, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.75 },
    },
    { selector: 'edge.faded', style: { opacity: 0.04 } },
    // Layout-only links: never seen, never hovered.
    { selector: 'edge.tether', style: { opacity: 0, events: 'no' } },
    { selector: 'edge.highlighted', style: { opacity: 0.95, 'z-index': 40 } },
    // Hovered, a partnership or rivalry still sits on top of the shared-customer line it shares a path with.
    {
      selector:
        'edge.partnership.highlighted, edge.proposed.highlighted, edge.former.highlighted, edge.competes.highlighted',
      style: { 'z-index': 41 },
    },
    { selector: 'edge.tether.highlighted', style: { opacity: 0 } },
    // The link to a group stands for many: solid whatever its kind, so it does not read as one deal.
    { selector: 'edge.group-link', style: { 'line-style': 'solid', opacity: 0.5 } },
    // A highlighted introduction (intro-path-overlay.ts): the path in the selection's amber, the rest receding.
    { selector: 'node.off-path', style: { opacity: 0.25 } },
    { selector: 'edge.off-path', style: { opacity: 0.05 } },
    {
      selector: 'node.on-path',
      style: {
        label: 'data(label)',
        'font-weight': 'bold',
        'underlay-color': PATH_COLOUR,
        'underlay-opacity': 0.45,
        'underlay-padding': 6,
        'underlay-shape': 'ellipse',
        'z-index': 35,
      },
    },
    // Drawn for the path only: a white company, a square customer, both ringed in ink.
    {
      selector: 'node.path-extra',
      style: { 'background-color': '#ffffff', 'border-width': 2.5, 'border-color': INK, 'border-style': 'solid' },
    },
    { selector: 'node.path-customer', style: { shape: 'round-rectangle' } },
    {
      selector: 'edge.intro-link',
      style: { 'line-color': PATH_COLOUR, width: 'data(width)', opacity: 1, 'z-index': 60, 'curve-style': 'straight' },
    },
    { selector: 'edge.intro-proposed', style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 5] } },
  ] as StylesheetJson;
}
