import { describe, expect, it } from 'vitest';
import type { EcosystemGraph } from '../../web/src/client/types.ts';
import { withListedCandidates, type ListedFit } from '../../web/src/map/listed-candidates.ts';

/** The demo's case: the map's top candidates leave out Rapportly, the #4 of "Offers capability = Email Campaigns". */
const GRAPH: EcosystemGraph = {
  focal: { id: 'shopwell', name: 'Shopwell' },
  nodes: [
    {
      id: 'shopwell',
      label: 'Shopwell',
      kind: 'FOCAL',
      score: 1,
      size: 380,
      conflictSeverity: null,
      sharedCustomers: 380,
      relation: 'CANDIDATE',
      ruledOut: false,
    },
    {
      id: 'mailorchard',
      label: 'Mailorchard',
      kind: 'CANDIDATE',
      score: 0.53,
      size: 300,
      conflictSeverity: 'MEDIUM',
      sharedCustomers: 40,
      relation: 'CANDIDATE',
      ruledOut: false,
    },
  ],
  edges: [
    {
      id: 'SHARED_CUSTOMERS:shopwell:mailorchard',
      source: 'shopwell',
      target: 'mailorchard',
      kind: 'SHARED_CUSTOMERS',
      weight: 40,
    },
  ],
};

const fit = (id: string, name: string, extra: Partial<ListedFit> = {}): ListedFit => ({
  candidate: { id, name, customerCount: 120 },
  score: 0.38,
  sharedCustomers: 12,
  conflicts: [],
  relation: 'CANDIDATE',
  ruledOut: false,
  ...extra,
});

describe('withListedCandidates', () => {
  it('adds a listed candidate the map lacks, with its link to the focal company', () => {
    const merged = withListedCandidates(GRAPH, [
      fit('mailorchard', 'Mailorchard'),
      fit('rapportly', 'Rapportly', { conflicts: [{ kind: 'CAPABILITY_OVERLAP', severity: 'MEDIUM' }] }),
    ]);
    expect(merged.nodes.map((node) => node.id)).toEqual(['shopwell', 'mailorchard', 'rapportly']);
    expect(merged.nodes[2]).toEqual({
      id: 'rapportly',
      label: 'Rapportly',
      kind: 'CANDIDATE',
      score: 0.38,
      size: 120,
      conflictSeverity: 'MEDIUM',
      sharedCustomers: 12,
      relation: 'CANDIDATE',
      ruledOut: false,
    });
    // ids as `ecosystem` writes them, so the map never draws one link twice
    expect(merged.edges.map((edge) => edge.id)).toEqual([
      'SHARED_CUSTOMERS:shopwell:mailorchard',
      'SHARED_CUSTOMERS:shopwell:rapportly',
    ]);
    expect(merged.edges[1]).toMatchObject({ source: 'shopwell', target: 'rapportly', weight: 12 });
  });

  it('returns the graph itself when the map already draws every listed candidate', () => {
    expect(withListedCandidates(GRAPH, [fit('mailorchard', 'Mailorchard')])).toBe(GRAPH);
    expect(withListedCandidates(GRAPH, [fit('shopwell', 'Shopwell')])).toBe(GRAPH);
  });

  it('draws what the fit says the pair is: a partner, a deal in progress, a former partner, a rival', () => {
    const merged = withListedCandidates(GRAPH, [
      fit('p', 'P', { relation: 'PARTNER', sharedCustomers: 0 }),
      fit('q', 'Q', { relation: 'IN_PROGRESS', sharedCustomers: 0 }),
      fit('f', 'F', { relation: 'FORMER_PARTNER', sharedCustomers: 0 }),
      fit('r', 'R', {
        ruledOut: true,
        sharedCustomers: 0,
        conflicts: [{ kind: 'DIRECT_COMPETITOR', severity: 'HIGH' }],
      }),
    ]);
    const added = merged.nodes.slice(2).map((node) => [node.id, node.kind, node.conflictSeverity]);
    expect(added).toEqual([
      ['p', 'PARTNER', null],
      ['q', 'CANDIDATE', null],
      ['f', 'CANDIDATE', null],
      ['r', 'COMPETITOR', 'HIGH'],
    ]);
    // no shared customers: no shared-customer link
    expect(merged.edges.slice(1).map((edge) => edge.id)).toEqual([
      'PARTNER:shopwell:p',
      'PROPOSED_PARTNER:shopwell:q',
      'FORMER_PARTNER:shopwell:f',
      'COMPETES:shopwell:r',
    ]);
  });
});
