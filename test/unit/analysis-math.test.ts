import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUE_WEIGHTS } from '../../api/contract/ranking-parameters.ts';
import { quadrantOf } from '../../api/contract/quadrant.ts';
import { conflictPenalty, fitScore, fitTerms, valueOf } from '../../api/analysis/fit-terms.ts';
import { overlapFigures } from '../../api/analysis/overlap-figures.ts';
import { overlapSeverity } from '../../api/analysis/conflicts.ts';
import { powerBalance } from '../../api/analysis/power-balance.ts';
import { recommendType, type RecommendationInput } from '../../api/analysis/recommend-type.ts';

describe('fit terms', () => {
  // |C(A)| = 10, |C(B)| = 30, shared 5; |K(A)| = 3, |K(B)| = 2, common 1 → |K ∪| = 4
  const terms = fitTerms({
    customersA: 10,
    customersB: 30,
    shared: 5,
    capabilitiesA: 3,
    capabilitiesB: 2,
    commonCapabilities: 1,
  });

  it('follows the definitions for both sides', () => {
    expect(terms.focal).toEqual({ synergy: 5 / 10, reach: 25 / 40, capabilityGain: 1 / 4 });
    expect(terms.candidate).toEqual({ synergy: 5 / 30, reach: 5 / 40, capabilityGain: 2 / 4 });
  });

  it('is 0, not NaN, where a denominator is 0', () => {
    const empty = fitTerms({
      customersA: 0,
      customersB: 0,
      shared: 0,
      capabilitiesA: 0,
      capabilitiesB: 0,
      commonCapabilities: 0,
    });
    expect(empty.focal).toEqual({ synergy: 0, reach: 0, capabilityGain: 0 });
  });

  it('weighs, penalises and takes the geometric mean', () => {
    expect(valueOf(terms.focal, DEFAULT_VALUE_WEIGHTS)).toBeCloseTo(0.4 * 0.5 + 0.3 * 0.625 + 0.3 * 0.25, 12);
    expect(conflictPenalty({ HIGH: 1, MEDIUM: 1, LOW: 2 })).toBeCloseTo(0.8, 12);
    expect(conflictPenalty({ HIGH: 3, MEDIUM: 0, LOW: 0 })).toBe(1);
    expect(fitScore(0.25, 0.64, 0.5)).toBeCloseTo(0.2, 12); // sqrt(0.16) · 0.5
    expect(fitScore(0, 0.9, 0)).toBe(0); // one-sided
  });

  it('places the 2x2 at the thresholds, inclusive', () => {
    const at = (capabilityGain: number, reach: number) =>
      quadrantOf(reach, capabilityGain, { capability: 0.3, distribution: 0.3 });
    expect([at(0.3, 0.3), at(0.3, 0.29), at(0.29, 0.3), at(0.1, 0.1)]).toEqual([
      'STRATEGIC',
      'CAPABILITY',
      'DISTRIBUTION',
      'LOW',
    ]);
  });
});

describe('overlap figures', () => {
  it('fills all nine cells and derives the shares', () => {
    const figures = overlapFigures(
      [
        { stageA: 'customer', stageB: 'customer', count: 2 },
        { stageA: 'prospect', stageB: 'customer', count: 1 },
      ],
      3,
      4,
    );
    expect(figures.matrix).toHaveLength(9);
    expect(figures).toMatchObject({ sharedCount: 2, jaccard: 2 / 5, shareOfA: 2 / 3, shareOfB: 2 / 4 });
  });
});

describe('conflict severity and size balance', () => {
  it('rates capability overlap by levels', () => {
    expect([
      overlapSeverity('core', 'core'),
      overlapSeverity('core', 'secondary'),
      overlapSeverity('secondary', 'core'),
      overlapSeverity('secondary', 'secondary'),
    ]).toEqual(['HIGH', 'MEDIUM', 'MEDIUM', 'LOW']);
  });

  it('compares employees when both are known, else customers, at a ratio of 3', () => {
    expect(powerBalance({ employees: 300, customers: 1 }, { employees: 100, customers: 500 }).balance).toBe('BIG_FISH');
    expect(powerBalance({ employees: 299, customers: 1 }, { employees: 100, customers: 500 }).balance).toBe('PEERS');
    expect(powerBalance({ employees: null, customers: 10 }, { employees: 5000, customers: 30 }).balance).toBe(
      'SMALL_FISH',
    );
    expect(powerBalance({ employees: null, customers: 0 }, { employees: null, customers: 0 }).balance).toBe('PEERS');
  });
});

describe('recommended type', () => {
  const base: RecommendationInput = {
    focal: { synergy: 0, reach: 0, capabilityGain: 0 },
    candidate: { synergy: 0, reach: 0, capabilityGain: 0 },
    valueToFocal: 0.1,
    valueToCandidate: 0.1,
    sharedCustomers: 0,
    warmIntroductions: 0,
    customersA: 100,
    customersB: 100,
    powerBalance: 'PEERS',
    conflicts: [],
    decisive: null,
    thresholds: { capability: 0.3, distribution: 0.3 },
    history: [],
    precedent: null,
  };
  const type = (change: Partial<RecommendationInput>) => recommendType({ ...base, ...change }).typeId;
  const complementary = {
    focal: { synergy: 0.2, reach: 0.1, capabilityGain: 0.4 },
    candidate: { synergy: 0.2, reach: 0.1, capabilityGain: 0.2 },
  };

  it('follows the documented evidence rules in order', () => {
    expect(type({ ...complementary, sharedCustomers: 20 })).toBe('technology_integration');
    // Each side fills a gap, nobody shared: sell the combined offer.
    expect(
      type({ focal: { ...complementary.focal, synergy: 0 }, candidate: { ...complementary.candidate, synergy: 0 } }),
    ).toBe('co_selling');
    // Only the (smaller) candidate adds a capability, and the focal company is 3× its size: embed it.
    expect(type({ focal: { synergy: 0, reach: 0.1, capabilityGain: 0.4 }, powerBalance: 'BIG_FISH' })).toBe('oem');
    // The bigger side is the only one adding: no OEM, the later rules decide.
    expect(type({ candidate: { synergy: 0, reach: 0.1, capabilityGain: 0.4 }, powerBalance: 'BIG_FISH' })).toBe(
      'referral',
    );
    // 12 of the focal company's prospects buy from the candidate; 20 shared customers: 12 ≥ 10% of 20.
    expect(
      type({ warmIntroductions: 12, sharedCustomers: 20, focal: { synergy: 0.2, reach: 0, capabilityGain: 0 } }),
    ).toBe('co_selling');
    expect(type({ focal: { synergy: 0, reach: 0.5, capabilityGain: 0 }, customersB: 500 })).toBe('reseller');
    expect(type({ focal: { synergy: 0, reach: 0.5, capabilityGain: 0 }, customersB: 50 })).toBe('referral');
    expect(type({ focal: { synergy: 0.3, reach: 0, capabilityGain: 0 }, sharedCustomers: 30 })).toBe('co_marketing');
    expect(type({ valueToFocal: 0.5, valueToCandidate: 0.45, ...complementary, sharedCustomers: 20 })).toBe(
      'strategic_alliance',
    );
    expect(
      type({
        valueToFocal: 0.5,
        valueToCandidate: 0.45,
        ...complementary,
        sharedCustomers: 20,
        powerBalance: 'BIG_FISH',
      }),
    ).toBe('technology_integration');
    expect(type({})).toBe('referral');
  });

  it('builds on the pair’s history before anything else', () => {
    const partnership = (status: 'active' | 'proposed' | 'ended', typeId: string) => ({
      id: `p-${status}`,
      status,
      since: '2021-02-03',
      typeId,
      parties: ['a', 'b'],
    });
    expect(
      recommendType({ ...base, ...complementary, sharedCustomers: 20, history: [partnership('active', 'reseller')] }),
    ).toEqual({
      typeId: 'reseller',
      because: 'You are already partners (p-active, since 2021-02-03): build on what you have.',
    });
    expect(type({ history: [partnership('ended', 'oem'), partnership('proposed', 'referral')] })).toBe('referral');
    // An ended partnership alone is history, not a plan: the evidence decides.
    expect(type({ history: [partnership('ended', 'oem')] })).toBe('referral');
  });

  it('follows the precedent of the candidate’s partnerships with companies like you', () => {
    const result = recommendType({
      ...base,
      ...complementary,
      sharedCustomers: 20,
      precedent: { typeId: 'affiliate', partners: ['Tillwise', 'Kudoswell', 'Shipsmith'] },
    });
    expect(result).toEqual({
      typeId: 'affiliate',
      because: 'Their partnerships with companies like you (Tillwise, Kudoswell and 1 more) are mostly of this type.',
    });
  });

  it('recommends nothing over a decisive conflict and says why', () => {
    const rivalry = {
      kind: 'DIRECT_COMPETITOR',
      severity: 'HIGH',
      explanation: 'Acme and Beta are declared competitors.',
      viaId: 'beta',
      capability: null,
    } as const;
    const result = recommendType({
      ...base,
      history: [{ id: 'p', status: 'active', since: null, typeId: 'reseller', parties: ['acme', 'beta'] }],
      conflicts: [rivalry],
      decisive: rivalry,
    });
    expect(result).toEqual({
      typeId: null,
      because: 'No partnership type recommended: Acme and Beta are declared competitors.',
    });
  });

  it('recommends a type over a HIGH conflict the market does not treat as decisive, naming it as a risk to manage', () => {
    const overlap = {
      kind: 'CAPABILITY_OVERLAP',
      severity: 'HIGH',
      explanation: 'Both offer Hosting (core for Acme, core for Beta).',
      viaId: null,
      capability: { id: 'hosting', name: 'Hosting' },
    } as const;
    const result = recommendType({ ...base, ...complementary, sharedCustomers: 20, conflicts: [overlap] });
    expect(result).toEqual({
      typeId: 'technology_integration',
      because:
        'Shared customers and complementary capabilities: an integration serves customers you already share. High risk to manage: Both offer Hosting (core for Acme, core for Beta).',
    });
  });
});
