import { describe, expect, it } from 'vitest';
import { conflictsOf, whatIfFigures, type WhatIfFacts } from '../../api/discovery/what-if.ts';
import { bestFillers, segmentsWithoutPartner } from '../../api/discovery/white-space.ts';

const nameOf = (id: string) => id.toUpperCase();
const capability = (id: string) => ({ id, name: id, category: null });

/** Focal a; today's partners p, q; the hypothetical set drops q and adds r. Rivals of a: z. */
const facts: WhatIfFacts = {
  focal: 'a',
  today: ['p', 'q'],
  whatIf: ['p', 'r'],
  marketCustomers: 40,
  reachable: { today: 10, whatIf: 14 },
  offers: [
    { capability: capability('email'), partner: 'p' },
    { capability: capability('tax'), partner: 'q' },
    { capability: capability('sms'), partner: 'r' },
    { capability: capability('email'), partner: 'r' },
  ],
  rivals: ['z'],
  rivalries: [
    ['r', 'p'],
    ['p', 'r'],
  ],
  partnersOfRivals: [
    ['q', 'z'],
    ['r', 'z'],
  ],
};

describe('what-if figures', () => {
  it('compare the hypothetical set with today’s, figure by figure', () => {
    const figures = whatIfFigures(facts, nameOf);
    expect(figures.reachableCustomers).toEqual({ today: 10, whatIf: 14, change: 4 });
    // 10/40 = 0.25 and 14/40 = 0.35
    expect(figures.reachableShare.today).toBe(0.25);
    expect(figures.reachableShare.whatIf).toBeCloseTo(0.35, 10);
    // today {email, tax}; what-if {email, sms}
    expect(figures.capabilityCount).toEqual({ today: 2, whatIf: 2, change: 0 });
    expect(figures.capabilities).toEqual([
      { capability: capability('email'), partners: ['p', 'r'], new: false },
      { capability: capability('sms'), partners: ['r'], new: true },
    ]);
    expect(figures.capabilitiesLost).toEqual([capability('tax')]);
    // today: q partners rival z (1); what-if: p and r compete (declared both ways, counted once), r partners z (2)
    expect(figures.conflictCount).toEqual({ today: 1, whatIf: 2, change: 1 });
    expect(figures.conflicts.map((c) => [c.kind, c.partner, c.via, c.new])).toEqual([
      ['PARTNERS_COMPETE', 'p', 'r', true],
      ['PARTNER_OF_RIVAL', 'r', 'z', true],
    ]);
    expect(figures.conflictsResolved.map((c) => [c.kind, c.partner])).toEqual([['PARTNER_OF_RIVAL', 'q']]);
  });

  it('calls a rival in the set a conflict of its own', () => {
    expect(conflictsOf(new Set(['z']), facts, nameOf)).toEqual([
      { kind: 'PARTNER_IS_RIVAL', partner: 'z', via: null, new: false, explanation: 'Z is a declared rival of A' },
    ]);
  });

  it('gives a share of 0 in a market without customers', () => {
    expect(whatIfFigures({ ...facts, marketCustomers: 0 }, nameOf).reachableShare).toEqual({
      today: 0,
      whatIf: 0,
      change: 0,
    });
  });
});

describe('white space', () => {
  it('keeps the focal company’s segments no partner targets', () => {
    expect(segmentsWithoutPartner(['retail', 'b2b', 'food'], [['retail'], ['food', 'toys']])).toEqual(['b2b']);
    expect(segmentsWithoutPartner(['retail'], [])).toEqual(['retail']);
  });

  it('picks, for each gap, the first of the ranking that fills it', () => {
    const offers: Record<string, string[]> = { x: ['sms'], y: ['tax', 'sms'], z: ['email'] };
    expect(bestFillers(['y', 'x', 'z'], ['sms', 'email', 'books'], (gap, id) => offers[id]!.includes(gap))).toEqual([
      'y',
      'z',
      null,
    ]);
  });
});
