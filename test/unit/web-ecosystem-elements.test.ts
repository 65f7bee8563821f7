import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type {
  ConflictKind,
  EcosystemGraph,
  EcosystemNode,
  PairRelation,
  Severity,
} from '../../web/src/client/types.ts';
import {
  ecosystemElements,
  NODE_DIAMETER,
  SHARED_EDGE_WIDTH,
  sqrtScale,
} from '../../web/src/map/ecosystem-elements.ts';
import {
  CONFLICT_MEDIUM_FILL,
  createMapStylesheet,
  EDGE_COLOUR,
  GROUP_FILL,
} from '../../web/src/map/map-stylesheet.ts';
import { RELATION_COLOUR, relationOf, relationOfFit } from '../../web/src/fit/relations.ts';

/**
 * A focal company with one of each neighbour:
 * - acme (focal, 100 customers)
 * - globex: candidate, no conflict, 25 customers, shares 16 with acme
 * - initech: candidate with a MEDIUM conflict, 4 customers, shares 4
 * - umbrella: candidate with only a LOW conflict, 0 customers
 * - hooli: active partner; rival: competitor, ruled out
 * - pied: a proposed partnership with acme (in progress); vandelay: an ended one (former partner)
 */
const node = (
  id: string,
  kind: EcosystemNode['kind'],
  score: number,
  size: number,
  sharedCustomers: number,
  extra: Partial<EcosystemNode> = {},
): EcosystemNode => ({
  id,
  label: id.charAt(0).toUpperCase() + id.slice(1),
  kind,
  score,
  size,
  conflictSeverity: null,
  sharedCustomers,
  relation: 'CANDIDATE',
  ruledOut: false,
  ...extra,
});

const GRAPH: EcosystemGraph = {
  focal: { id: 'acme', name: 'Acme' },
  nodes: [
    node('acme', 'FOCAL', 1, 100, 100),
    node('globex', 'CANDIDATE', 0.42, 25, 16),
    node('initech', 'CANDIDATE', 0.3, 4, 4, { conflictSeverity: 'MEDIUM' }),
    node('umbrella', 'CANDIDATE', 0.3, 0, 0, { conflictSeverity: 'LOW' }),
    node('hooli', 'PARTNER', 0.2, 64, 9, { relation: 'PARTNER' }),
    node('rival', 'COMPETITOR', 0, 81, 30, { conflictSeverity: 'HIGH', ruledOut: true }),
    node('pied', 'CANDIDATE', 0.25, 9, 2, { relation: 'IN_PROGRESS', conflictSeverity: 'MEDIUM' }),
    node('vandelay', 'CANDIDATE', 0.1, 1, 0, { relation: 'FORMER_PARTNER' }),
  ],
  edges: [
    { id: 's-globex', source: 'acme', target: 'globex', kind: 'SHARED_CUSTOMERS', weight: 16 },
    { id: 's-initech', source: 'acme', target: 'initech', kind: 'SHARED_CUSTOMERS', weight: 4 },
    { id: 's-rival', source: 'rival', target: 'acme', kind: 'SHARED_CUSTOMERS', weight: 64 },
    { id: 'p-hooli', source: 'acme', target: 'hooli', kind: 'PARTNER', weight: 1 },
    { id: 'c-rival', source: 'acme', target: 'rival', kind: 'COMPETES', weight: 1 },
    { id: 'x-globex', source: 'acme', target: 'globex', kind: 'CAPABILITY_COMPLEMENT', weight: 0.5 },
    { id: 'pp-pied', source: 'acme', target: 'pied', kind: 'PROPOSED_PARTNER', weight: 1 },
    { id: 'fp-vandelay', source: 'vandelay', target: 'acme', kind: 'FORMER_PARTNER', weight: 1 },
    // Among the others: drawn only for partnerships (of any status) and rivalries unless asked.
    { id: 's-globex-hooli', source: 'globex', target: 'hooli', kind: 'SHARED_CUSTOMERS', weight: 100 },
    { id: 'p-initech-rival', source: 'initech', target: 'rival', kind: 'PARTNER', weight: 1 },
    { id: 'fp-globex-initech', source: 'globex', target: 'initech', kind: 'FORMER_PARTNER', weight: 1 },
    // An edge to a company the graph does not list is dropped, not thrown on.
    { id: 'dangling', source: 'acme', target: 'ghost', kind: 'SHARED_CUSTOMERS', weight: 3 },
  ],
};

function byId(elements: ReturnType<typeof ecosystemElements>, id: string) {
  const element = elements.find((candidate) => candidate.data.id === id);
  if (!element) throw new Error(`no element ${id}`);
  return element;
}

describe('relationOf', () => {
  const candidate = { kind: 'CANDIDATE' as const, relation: 'CANDIDATE' as const };
  it('colours candidates by their worst conflict, from MEDIUM up', () => {
    expect(relationOf({ ...candidate, conflictSeverity: null })).toBe('complement');
    expect(relationOf({ ...candidate, conflictSeverity: 'LOW' })).toBe('complement');
    expect(relationOf({ ...candidate, conflictSeverity: 'MEDIUM' })).toBe('conflict');
    expect(relationOf({ ...candidate, conflictSeverity: 'HIGH' })).toBe('conflict');
    expect(relationOf({ kind: 'PARTNER', relation: 'PARTNER', conflictSeverity: 'HIGH' })).toBe('partner');
    expect(relationOf({ kind: 'COMPETITOR', relation: 'CANDIDATE', conflictSeverity: 'HIGH' })).toBe('competitor');
    expect(relationOf({ kind: 'FOCAL', relation: 'CANDIDATE', conflictSeverity: null })).toBe('focal');
  });

  it('puts the pair’s partnerships first: in progress and former partners are never plain candidates', () => {
    expect(relationOf({ ...candidate, relation: 'IN_PROGRESS', conflictSeverity: 'HIGH' })).toBe('in-progress');
    expect(relationOf({ ...candidate, relation: 'FORMER_PARTNER', conflictSeverity: null })).toBe('former');
    expect(relationOf({ kind: 'COMPETITOR', relation: 'PARTNER', conflictSeverity: 'HIGH' })).toBe('partner');
  });

  it('colours a ranked fit by the same rule, a declared rival as a competitor', () => {
    const fit = (relation: PairRelation, conflicts: { kind: ConflictKind; severity: Severity }[]) => ({
      relation,
      conflicts,
    });
    const rivalry = { kind: 'DIRECT_COMPETITOR' as const, severity: 'HIGH' as const };
    expect(relationOfFit(fit('CANDIDATE', [{ kind: 'CAPABILITY_OVERLAP', severity: 'LOW' }]))).toBe('complement');
    expect(relationOfFit(fit('CANDIDATE', [{ kind: 'CAPABILITY_OVERLAP', severity: 'HIGH' }]))).toBe('conflict');
    expect(relationOfFit(fit('CANDIDATE', [rivalry]))).toBe('competitor');
    expect(relationOfFit(fit('PARTNER', []))).toBe('partner');
    expect(relationOfFit(fit('IN_PROGRESS', []))).toBe('in-progress');
    expect(relationOfFit(fit('FORMER_PARTNER', [rivalry]))).toBe('former');
  });
});

describe('ecosystemElements', () => {
  const elements = ecosystemElements(GRAPH);

  it('makes one node per company with its relation as class, in id order whatever the API’s order', () => {
    const nodes = elements.filter((element) => element.group === 'nodes');
    expect(nodes.map((node) => [node.data.id, node.classes])).toEqual([
      ['acme', 'focal'],
      ['globex', 'complement'],
      ['hooli', 'partner'],
      ['initech', 'conflict'],
      ['pied', 'in-progress'],
      ['rival', 'competitor ruled-out'],
      ['umbrella', 'complement'],
      ['vandelay', 'former'],
    ]);
    // The seeded layout sees the same graph in the same order: the API's order does not matter.
    const reversed = ecosystemElements({
      ...GRAPH,
      nodes: [...GRAPH.nodes].reverse(),
      edges: [...GRAPH.edges].reverse(),
    });
    expect(reversed.map((element) => element.data.id)).toEqual(elements.map((element) => element.data.id));
    expect(byId(elements, 'pied').data.pairRelation).toBe('IN_PROGRESS');
    expect(byId(elements, 'rival').data.ruledOut).toBe(true);
  });

  it('sizes nodes by customer base on an area scale', () => {
    // diameter = 18 + 54·sqrt(size / 100): 100 → 72, 25 → 18 + 54·0.5 = 45, 4 → 18 + 54·0.2 = 28.8, 0 → 18
    expect(byId(elements, 'acme').data.diameter).toBe(NODE_DIAMETER.max);
    expect(byId(elements, 'globex').data.diameter).toBe(45);
    expect(byId(elements, 'initech').data.diameter).toBe(28.8);
    expect(byId(elements, 'umbrella').data.diameter).toBe(NODE_DIAMETER.min);
  });

  it('ranks the non-focal companies by score, ties by shared customers then name', () => {
    // globex 0.42; initech and umbrella tie at 0.30, initech shares more; pied 0.25; hooli 0.2; vandelay 0.1; rival 0
    const order = ['globex', 'initech', 'umbrella', 'pied', 'hooli', 'vandelay', 'rival'];
    expect(order.map((id) => byId(elements, id).data.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(byId(elements, 'acme').data.rank).toBe(0);
  });

  it('widens shared-customer edges with the count and marks links to conflicts', () => {
    // Drawn shared edges: 16, 4, 64 (max). width = 1 + 8·sqrt(w / 64): 64 → 9, 16 → 5, 4 → 3
    expect(byId(elements, 's-rival').data.width).toBe(SHARED_EDGE_WIDTH.max);
    expect(byId(elements, 's-globex').data.width).toBe(5);
    expect(byId(elements, 's-initech').data.width).toBe(3);
    expect(byId(elements, 's-initech').classes).toBe('shared from-focal to-conflict');
    expect(byId(elements, 'c-rival').classes).toBe('competes from-focal');
    expect(byId(elements, 'x-globex').data.width).toBe(2); // 1 + 2·0.5
  });

  it('draws proposed and ended partnerships as edges of their own', () => {
    expect(byId(elements, 'pp-pied').classes).toBe('proposed from-focal');
    expect(byId(elements, 'fp-vandelay').classes).toBe('former from-focal');
    expect(byId(elements, 'pp-pied').data.width).toBe(3);
  });

  it('leaves out every link among the others, partnerships included, and dangling edges unless asked', () => {
    const ids = elements.filter((element) => element.group === 'edges').map((element) => element.data.id);
    // "Links among the others" unticked: no line between two companies other than acme, of any kind
    expect(ids).not.toContain('p-initech-rival');
    expect(ids).not.toContain('fp-globex-initech');
    expect(ids).not.toContain('s-globex-hooli');
    expect(ids).not.toContain('dangling');
    const withContext = ecosystemElements(GRAPH, { contextEdges: true }).map((element) => element.data.id);
    expect(withContext).toEqual(expect.arrayContaining(['s-globex-hooli', 'p-initech-rival', 'fp-globex-initech']));
    expect(withContext).not.toContain('dangling');
  });

  it('fades candidates outside the filters, marks the selection, and drops hidden edge kinds', () => {
    const filtered = ecosystemElements(GRAPH, {
      passing: new Set(['globex']),
      selectedId: 'hooli',
      edgeKinds: new Set(['PARTNER'] as const),
    });
    expect(byId(filtered, 'initech').classes).toBe('conflict filtered-out');
    expect(byId(filtered, 'globex').classes).toBe('complement');
    // partners and competitors are not candidates: filters never fade them
    expect(byId(filtered, 'hooli').classes).toBe('partner selected');
    const drawn = filtered.filter((element) => element.group === 'edges' && element.data.kind !== 'TETHER');
    expect(drawn.map((element) => element.data.id)).toEqual(['p-hooli']);
    expect(byId(filtered, 'pied').classes).toBe('in-progress filtered-out');
    // a faded candidate's name waits behind every name the filters keep (initech is a conflict, ranked 2nd)
    expect(byId(filtered, 'initech').data.labelPriority).toBe(100 + byId(filtered, 'initech').data.rank);
    expect(byId(filtered, 'globex').data.labelPriority).toBe(1); // kept by the filters and among the top 5
  });

  it('tethers companies without a drawn link to the focal one, invisibly, for the layout', () => {
    // Default: globex, initech and rival share customers with acme, hooli, pied and vandelay have
    // partnerships with it; umbrella has nothing.
    const tethers = (options = {}) =>
      ecosystemElements(GRAPH, options)
        .filter((element) => element.classes === 'tether')
        .map((element) => [element.data.source, element.data.target]);
    expect(tethers()).toEqual([['acme', 'umbrella']]);
    // Only active partnerships drawn: everyone but hooli needs a tether.
    expect(tethers({ edgeKinds: new Set(['PARTNER'] as const) }).map(([, target]) => target)).toEqual([
      'globex',
      'initech',
      'pied',
      'rival',
      'umbrella',
      'vandelay',
    ]);
    expect(tethers({ tether: false })).toEqual([]);
  });

  it('scales with a zero maximum without dividing by zero', () => {
    expect(sqrtScale(0, 0, { min: 2, max: 8 })).toBe(2);
  });
});

describe('createMapStylesheet in headless cytoscape', () => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: ecosystemElements(GRAPH),
    style: createMapStylesheet(),
  });

  it('colours nodes by relation', () => {
    expect(cy.getElementById('globex').style('background-color')).toBe(hexToRgb(RELATION_COLOUR.complement));
    // initech's conflict is MEDIUM: the conflict's colour washed toward white, ringed in the full colour (HIGH is full)
    expect(cy.getElementById('initech').style('background-color')).toBe(hexToRgb(CONFLICT_MEDIUM_FILL));
    expect(cy.getElementById('initech').style('border-color')).toBe(hexToRgb(RELATION_COLOUR.conflict));
    expect(cy.getElementById('hooli').style('background-color')).toBe(hexToRgb(RELATION_COLOUR.partner));
    expect(cy.getElementById('rival').style('background-color')).toBe(hexToRgb(RELATION_COLOUR.competitor));
    expect(cy.getElementById('pied').style('background-color')).toBe(hexToRgb(RELATION_COLOUR['in-progress']));
    expect(cy.getElementById('vandelay').style('background-color')).toBe(hexToRgb(RELATION_COLOUR.former));
  });

  it('washes out a ruled-out company and rings it', () => {
    expect(cy.getElementById('rival').style('background-opacity')).toBe('0.4');
    expect(cy.getElementById('rival').style('border-style')).toBe('double');
    expect(cy.getElementById('globex').style('background-opacity')).toBe('1');
  });

  it('dashes a proposed partnership in the partner colour and dots an ended one in grey', () => {
    expect(cy.getElementById('pp-pied').style('line-style')).toBe('dashed');
    expect(cy.getElementById('pp-pied').style('line-color')).toBe(hexToRgb(RELATION_COLOUR.partner));
    expect(cy.getElementById('fp-vandelay').style('line-style')).toBe('dotted');
    expect(cy.getElementById('fp-vandelay').style('line-color')).toBe(hexToRgb(EDGE_COLOUR.former));
    expect(cy.getElementById('p-hooli').style('line-style')).toBe('solid');
  });

  it('draws a group white inside a heavy ring of its kind, unlike any single company', () => {
    const partners = Array.from({ length: 20 }, (_, index) => `p${index}`);
    const groups = [
      { id: 'group:partner', relation: 'partner' as const, hidden: partners, total: 32 },
      { id: 'group:in-progress', relation: 'in-progress' as const, hidden: partners.slice(0, 5), total: 17 },
    ];
    const grouped = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: ecosystemElements(GRAPH, { groups }),
      style: createMapStylesheet(),
    });
    const group = grouped.getElementById('group:partner');
    expect(group.data('label')).toBe('+20 active partners');
    // "+20 active partners" was the partner green at 30 %: on white, the pale green of a deal in progress
    expect(group.style('background-color')).toBe(hexToRgb(GROUP_FILL));
    expect(group.style('background-opacity')).toBe('1');
    expect(group.style('border-color')).toBe(hexToRgb(RELATION_COLOUR.partner));
    expect(parseFloat(group.style('border-width'))).toBeGreaterThanOrEqual(4);
    expect(grouped.getElementById('group:in-progress').style('border-color')).toBe(
      hexToRgb(RELATION_COLOUR['in-progress']),
    );
    // no relation is drawn white: a group's fill is never a company's
    expect(Object.values(RELATION_COLOUR).map((colour) => colour.toLowerCase())).not.toContain(GROUP_FILL);
    expect(grouped.getElementById('pied').style('background-color')).toBe(hexToRgb(RELATION_COLOUR['in-progress']));
  });

  it('draws node size and edge width from data', () => {
    expect(cy.getElementById('globex').style('width')).toBe('45px');
    expect(cy.getElementById('s-rival').style('width')).toBe('9px');
  });

  it('dashes conflicts: rivalries, links to conflicting candidates, conflicting nodes', () => {
    expect(cy.getElementById('c-rival').style('line-style')).toBe('dashed');
    expect(cy.getElementById('s-initech').style('line-style')).toBe('dashed');
    expect(cy.getElementById('s-globex').style('line-style')).toBe('solid');
    expect(cy.getElementById('initech').style('border-style')).toBe('dashed');
    expect(cy.getElementById('globex').style('border-style')).toBe('solid');
  });

  it('hides a name label-choice.ts has no room for, unless the company is selected or hovered', () => {
    const few = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: ecosystemElements(GRAPH, { selectedId: 'rival' }),
      style: createMapStylesheet(),
    });
    few.$('#umbrella, #rival').addClass('label-hidden');
    expect(few.getElementById('globex').style('label')).toBe('Globex');
    expect(few.getElementById('umbrella').style('label')).toBe('');
    expect(few.getElementById('rival').style('label')).toBe('Rival'); // hidden, but selected
    few.getElementById('umbrella').addClass('hovered');
    expect(few.getElementById('umbrella').style('label')).toBe('Umbrella');
  });

  it('keeps names 12 px on screen (14 for the focal company) at any zoom', () => {
    const zoomed = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: ecosystemElements(GRAPH),
      style: createMapStylesheet(),
    });
    expect(zoomed.getElementById('globex').style('font-size')).toBe('12px');
    zoomed.zoom(0.5);
    (zoomed.nodes() as unknown as { updateStyle(): void }).updateStyle();
    // 12 px on screen at zoom 0.5 is 24 model px; the focal company's 14 is 28
    expect(zoomed.getElementById('globex').style('font-size')).toBe('24px');
    expect(zoomed.getElementById('acme').style('font-size')).toBe('28px');
  });

  it('never shows a tether', () => {
    expect(cy.getElementById('tether:umbrella').style('opacity')).toBe('0');
    expect(cy.getElementById('tether:umbrella').style('events')).toBe('no');
  });

  it('switches to haystack edges for large maps', () => {
    const large = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: ecosystemElements(GRAPH),
      style: createMapStylesheet({ large: true }),
    });
    expect(large.getElementById('s-globex').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('s-globex').style('curve-style')).toBe('straight');
  });
});

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}
