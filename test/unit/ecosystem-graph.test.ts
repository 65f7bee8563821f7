import { describe, expect, it } from 'vitest';
import {
  buildEdges,
  EDGES_PER_NODE,
  focalSharedCustomerPairs,
  sharedCustomerPairs,
  type EcosystemNode,
} from '../../api/analysis/ecosystem-graph.ts';
import { createRandom } from '../../scripts/ecosystem/random.ts';

describe('shared customers per pair of drawn companies', () => {
  it('turns "these companies serve n customers together" into pair counts', () => {
    const ids = ['a', 'b', 'c', 'd'];
    // 3 customers served by a, b and c; 2 by b and d; 1 by c, a and d (positions in any order)
    const pairs = sharedCustomerPairs(ids, [
      [[0, 1, 2], 3],
      [[3, 1], 2],
      [[2, 0, 3], 1],
    ]);
    expect(pairs.sort()).toEqual(
      [
        ['a', 'b', 3],
        ['a', 'c', 4],
        ['a', 'd', 1],
        ['b', 'c', 3],
        ['b', 'd', 2],
        ['c', 'd', 1],
      ].sort(),
    );
  });

  it('agrees with counting customer by customer', () => {
    const random = createRandom(7, 'shared-pairs');
    const ids = Array.from({ length: 12 }, (_, index) => `co-${String(index).padStart(2, '0')}`);
    const servedBy = Array.from({ length: 400 }, () => ids.map((_, index) => index).filter(() => random.chance(0.3)));
    const expected = new Map<string, number>();
    for (const drawn of servedBy)
      for (const x of drawn)
        for (const y of drawn)
          if (ids[x]! < ids[y]!) expected.set(`${ids[x]}|${ids[y]}`, (expected.get(`${ids[x]}|${ids[y]}`) ?? 0) + 1);
    // the query groups customers served by the same set: group them the same way
    const groups = new Map<string, [number[], number]>();
    for (const drawn of servedBy.filter((set) => set.length > 1)) {
      const group = groups.get(drawn.join());
      if (group) group[1] += 1;
      else groups.set(drawn.join(), [drawn, 1]);
    }
    const pairs = sharedCustomerPairs(ids, [...groups.values()]);
    expect(new Map(pairs.map(([x, y, count]) => [`${x}|${y}`, count]))).toEqual(expected);
  });
});

describe('edges among the others', () => {
  it('keeps the heaviest, ties broken by id, like a full sort would', () => {
    const random = createRandom(3, 'heaviest-edges');
    const ids = Array.from({ length: 40 }, (_, index) => `co-${String(index).padStart(2, '0')}`);
    const shared: [string, string, number][] = [];
    for (let x = 1; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) shared.push([ids[x]!, ids[y]!, random.int(1, 4)]);
    const edges = buildEdges('co-00', ids.length, { shared, partnerships: [], rivalries: [], offers: [] });
    const expected = shared
      .map(([x, y, weight]) => ({ id: `SHARED_CUSTOMERS:${x}:${y}`, weight }))
      .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
      .slice(0, EDGES_PER_NODE * ids.length)
      .map((edge) => edge.id);
    expect(edges.map((edge) => edge.id)).toEqual(expected);
  });
});

describe('a map without the links among the others', () => {
  const facts = {
    shared: [
      ['co-a', 'co-f', 3],
      ['co-a', 'co-b', 5],
      ['co-b', 'co-f', 1],
    ] as [string, string, number][],
    partnerships: [['co-a', 'co-b', 'active']] as [string, string, string][],
    rivalries: [['co-a', 'co-c']] as [string, string][],
    offers: [
      ['co-f', 'crm'],
      ['co-a', 'email'],
      ['co-b', 'payments'],
    ] as [string, string][],
  };

  it('keeps the focal company’s links and every partnership and rivalry, and drops the rest', () => {
    const ids = (amongOthers: boolean) =>
      buildEdges('co-f', 4, facts, { amongOthers })
        .map((edge) => edge.id)
        .sort();
    expect(ids(true)).toEqual(
      [
        'PARTNER:co-a:co-b',
        'COMPETES:co-a:co-c',
        'SHARED_CUSTOMERS:co-f:co-a',
        'SHARED_CUSTOMERS:co-f:co-b',
        'SHARED_CUSTOMERS:co-a:co-b',
        'CAPABILITY_COMPLEMENT:co-f:co-a',
        'CAPABILITY_COMPLEMENT:co-f:co-b',
        'CAPABILITY_COMPLEMENT:co-a:co-b',
      ].sort(),
    );
    expect(ids(false)).toEqual(ids(true).filter((id) => !id.endsWith(':co-a:co-b') || id.startsWith('PARTNER')));
  });

  it('takes the focal company’s shared customers from the ranking’s counts, leaving out companies with none', () => {
    const node = (id: string, sharedCustomers: number) => ({ id, sharedCustomers }) as EcosystemNode;
    expect(focalSharedCustomerPairs([node('co-f', 9), node('co-a', 3), node('co-b', 0), node('co-c', 2)])).toEqual([
      ['co-f', 'co-a', 3],
      ['co-f', 'co-c', 2],
    ]);
  });
});
