import { describe, expect, it } from 'vitest';
import type { EcosystemGraph, EcosystemNode } from '../../web/src/client/types.ts';
import { ecosystemElements } from '../../web/src/map/ecosystem-elements.ts';
import {
  expandGroup,
  GROUP_CAP,
  GROUP_STEP,
  groupNeighbours,
  isGroupId,
  MIN_HIDDEN,
} from '../../web/src/map/neighbour-groups.ts';

/**
 * Okta's shape: the focal company, `partners` active partners scored
 * 0.99, 0.98, … (p00 best), three rivals and three ranked candidates. Every
 * partner has a partnership edge to the focal company; p00–p01 also share customers.
 */
function market(partners: number): EcosystemGraph {
  const node = (id: string, kind: EcosystemNode['kind'], score: number, extra: Partial<EcosystemNode> = {}) => ({
    id,
    label: id,
    kind,
    score,
    size: 10,
    conflictSeverity: null,
    sharedCustomers: 0,
    relation: 'CANDIDATE' as const,
    ruledOut: false,
    ...extra,
  });
  const partnerIds = Array.from({ length: partners }, (_, index) => `p${String(index).padStart(2, '0')}`);
  return {
    focal: { id: 'okta', name: 'Okta' },
    nodes: [
      node('okta', 'FOCAL', 1),
      ...partnerIds.map((id, index) => node(id, 'PARTNER', 0.99 - index / 100, { relation: 'PARTNER' })),
      ...['r1', 'r2', 'r3'].map((id) => node(id, 'COMPETITOR', 0.1, { ruledOut: true, conflictSeverity: 'HIGH' })),
      ...['c1', 'c2', 'c3'].map((id, index) => node(id, 'CANDIDATE', 0.5 - index / 10)),
    ],
    edges: [
      ...partnerIds.map((id) => ({
        id: `PARTNER:okta:${id}`,
        source: 'okta',
        target: id,
        kind: 'PARTNER' as const,
        weight: 1,
      })),
      { id: 'SHARED_CUSTOMERS:okta:p00', source: 'okta', target: 'p00', kind: 'SHARED_CUSTOMERS', weight: 3 },
      { id: 'PARTNER:p40:c1', source: 'p40', target: 'c1', kind: 'PARTNER', weight: 1 },
    ],
  };
}

describe('groupNeighbours', () => {
  it('draws the best 12 of 71 partners and one group for the other 59', () => {
    const { graph, groups } = groupNeighbours(market(71));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: 'group:partner', relation: 'partner', total: 71 });
    expect(groups[0]!.hidden).toHaveLength(71 - GROUP_CAP);
    expect(groups[0]!.hidden[0]).toBe('p12'); // best first: p12 is the 13th best
    const partners = graph.nodes.filter((node) => node.kind === 'PARTNER').map((node) => node.id);
    expect(partners).toEqual(Array.from({ length: 12 }, (_, index) => `p${String(index).padStart(2, '0')}`));
    // rivals and ranked candidates are never grouped here: 3 rivals are too few, candidates never
    expect(graph.nodes.filter((node) => node.kind !== 'PARTNER').map((node) => node.id)).toEqual([
      'okta',
      'r1',
      'r2',
      'r3',
      'c1',
      'c2',
      'c3',
    ]);
    // a hidden member's edges go with it: the group's own edge stands for them
    expect(graph.edges.some((edge) => edge.target === 'p40' || edge.source === 'p40')).toBe(false);
    expect(graph.edges.map((edge) => edge.id)).toContain('SHARED_CUSTOMERS:okta:p00');
  });

  it('groups nothing that would hide fewer than four: 15 partners are all drawn, 16 draw 12 and "+4"', () => {
    expect(groupNeighbours(market(GROUP_CAP + MIN_HIDDEN - 1)).groups).toEqual([]);
    expect(groupNeighbours(market(GROUP_CAP + MIN_HIDDEN - 1)).graph).toEqual(market(GROUP_CAP + MIN_HIDDEN - 1));
    expect(groupNeighbours(market(GROUP_CAP + MIN_HIDDEN)).groups[0]!.hidden).toHaveLength(MIN_HIDDEN);
  });

  it('shows twelve more per click, and the rest once fewer than four would stay hidden', () => {
    let expanded = {};
    expanded = expandGroup(expanded, 'group:partner');
    expect(expanded).toEqual({ partner: GROUP_STEP });
    // 71 − 24 = 47 hidden
    expect(groupNeighbours(market(71), { expanded }).groups[0]!.hidden).toHaveLength(47);
    // 5 clicks: 12 + 60 = 72 ≥ 71, no group left
    for (let click = 0; click < 4; click++) expanded = expandGroup(expanded, 'group:partner');
    expect(groupNeighbours(market(71), { expanded }).groups).toEqual([]);
    // 27 partners, one click: 24 shown, 3 would stay hidden: all are drawn
    expect(groupNeighbours(market(27), { expanded: { partner: GROUP_STEP } }).groups).toEqual([]);
    expect(expandGroup(expanded, 'group:nonsense')).toBe(expanded);
  });

  it('never hides a company the ranking lists or the strategist selected', () => {
    const { graph, groups } = groupNeighbours(market(71), { keep: new Set(['p70', 'p50']) });
    expect(graph.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['p70', 'p50']));
    expect(groups[0]!.hidden).not.toContain('p70');
    expect(groups[0]!.hidden).toHaveLength(57);
  });
});

describe('group elements', () => {
  it('draw one summary node and one link to the focal company per group', () => {
    const { graph, groups } = groupNeighbours(market(71));
    const elements = ecosystemElements(graph, { groups });
    const group = elements.find((element) => element.data.id === 'group:partner')!;
    expect(group.classes).toBe('partner group');
    expect(group.data).toMatchObject({ label: '+59 active partners', kind: 'GROUP', hidden: 59, total: 71 });
    // 30 + 42·sqrt(59 / 200) = 52.8: a crowd reads larger than one company, never larger than the largest
    expect(group.data.diameter).toBe(52.8);
    // named as partners are, after the focal company and the top ten (label-choice.ts)
    expect(group.data.labelPriority).toBe(2);
    const link = elements.find((element) => element.data.target === 'group:partner')!;
    expect(link.data).toMatchObject({ source: 'okta', kind: 'PARTNER', weight: 59 });
    expect(link.classes).toBe('partnership from-focal group-link');
    expect(isGroupId('group:partner')).toBe(true);
    expect(isGroupId('okta')).toBe(false);
  });
});
