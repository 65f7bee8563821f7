import { describe, expect, it } from 'vitest';
import type { PartnerSetConflict, WhatIfAnswer } from '../../web/src/client/types.ts';
import {
  conflictKindCount,
  conflictsByKind,
  conflictsByPartner,
  namesUpTo,
  partnerGroups,
} from '../../web/src/whatif/what-if-groups.ts';

const company = (id: string) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) });
const conflict = (
  kind: PartnerSetConflict['kind'],
  partner: string,
  via: string | null,
  isNew = false,
): PartnerSetConflict => ({
  kind,
  partner: company(partner),
  via: via ? company(via) : null,
  new: isNew,
  explanation: `${partner} ${kind} ${via ?? ''}`.trim(),
});

/**
 * A hub in small: acme's set is oracle, sap, okta, box, zoom (zoom added).
 * oracle and box partner with acme's rival amazon, oracle with google too;
 * sap and okta compete; zoom is itself a rival of acme (new).
 */
const CONFLICTS: PartnerSetConflict[] = [
  conflict('PARTNER_OF_RIVAL', 'oracle', 'amazon'),
  conflict('PARTNER_OF_RIVAL', 'box', 'amazon', true),
  conflict('PARTNER_OF_RIVAL', 'oracle', 'google'),
  conflict('PARTNERS_COMPETE', 'okta', 'sap'),
  conflict('PARTNER_IS_RIVAL', 'zoom', null, true),
];

const ANSWER: Pick<WhatIfAnswer, 'partners' | 'added' | 'capabilities' | 'conflicts'> = {
  partners: ['box', 'okta', 'oracle', 'sap', 'slack', 'zoom', 'adobe'].map(company),
  added: [company('zoom')],
  conflicts: CONFLICTS,
  capabilities: [
    { capability: { id: 'crm', name: 'CRM' }, partners: [company('sap'), company('oracle')], new: false },
    { capability: { id: 'chat', name: 'Chat' }, partners: [company('slack')], new: false },
    { capability: { id: 'pdf', name: 'PDF' }, partners: [company('adobe')], new: false },
    { capability: { id: 'sso', name: 'SSO' }, partners: [company('okta')], new: false },
  ],
};

describe('conflicts by kind', () => {
  it('counts each kind, a rival inside the set first, and leaves out kinds with none', () => {
    const groups = conflictsByKind(CONFLICTS);
    expect(groups.map((group) => [group.kind, group.count, group.fresh])).toEqual([
      ['PARTNER_IS_RIVAL', 1, 1],
      ['PARTNERS_COMPETE', 1, 0],
      ['PARTNER_OF_RIVAL', 3, 1],
    ]);
    // every conflict in exactly one kind
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(CONFLICTS.length);
    expect(conflictsByKind([])).toEqual([]);
  });

  it('splits partners of a rival by the rival, most first, new conflicts first within', () => {
    const ofRival = conflictsByKind(CONFLICTS).find((group) => group.kind === 'PARTNER_OF_RIVAL')!;
    expect(ofRival.through.map((sub) => [sub.rival?.name, sub.conflicts.map((c) => c.partner.id)])).toEqual([
      ['Amazon', ['box', 'oracle']],
      ['Google', ['oracle']],
    ]);
    // the other kinds are not split
    expect(conflictsByKind(CONFLICTS)[0]!.through).toHaveLength(1);
    expect(conflictsByKind(CONFLICTS)[0]!.through[0]!.rival).toBeNull();
  });

  it('reads a count the way a strategist says it', () => {
    expect(conflictKindCount('PARTNER_OF_RIVAL', 86)).toBe('86 partners of a rival');
    expect(conflictKindCount('PARTNER_IS_RIVAL', 1)).toBe('1 rival as a partner');
    expect(conflictKindCount('PARTNERS_COMPETE', 2)).toBe('2 pairs of partners that compete');
  });
});

describe('conflicts by partner', () => {
  it('counts each partner’s conflicts, a competing pair for both sides, most first', () => {
    const entries = conflictsByPartner(CONFLICTS);
    expect(entries.map((entry) => [entry.partner.id, entry.conflicts.length, entry.fresh, entry.through])).toEqual([
      ['oracle', 2, 0, ['Amazon', 'Google']],
      ['box', 1, 1, ['Amazon']],
      ['okta', 1, 0, ['Sap']],
      ['sap', 1, 0, ['Okta']],
      ['zoom', 1, 1, []],
    ]);
  });

  it('agrees with a count made conflict by conflict', () => {
    // Independently: a partner is party to a conflict when it is the partner, or the other side of a pair.
    const parties = (item: PartnerSetConflict) =>
      item.kind === 'PARTNERS_COMPETE' && item.via ? [item.partner.id, item.via.id] : [item.partner.id];
    const counted = new Map<string, number>();
    for (const item of CONFLICTS) for (const id of parties(item)) counted.set(id, (counted.get(id) ?? 0) + 1);
    expect(new Map(conflictsByPartner(CONFLICTS).map((entry) => [entry.partner.id, entry.conflicts.length]))).toEqual(
      counted,
    );
  });
});

describe('partner groups', () => {
  it('puts each partner in one group: added, with a conflict, only source of a capability, the rest', () => {
    const groups = partnerGroups(ANSWER);
    expect(groups.map((group) => [group.kind, group.rows.map((row) => row.partner.id)])).toEqual([
      ['added', ['zoom']],
      ['conflicts', ['oracle', 'okta', 'box', 'sap']],
      ['only-source', ['adobe', 'slack']],
    ]);
    const okta = groups[1]!.rows.find((row) => row.partner.id === 'okta')!;
    // okta carries a conflict and alone brings SSO: both said on its row
    expect(okta).toMatchObject({ conflicts: 1, onlySource: ['SSO'], added: false });
    // every partner once
    expect(groups.flatMap((group) => group.rows).length).toBe(ANSWER.partners.length);
  });

  it('leaves partners without a conflict or a capability of their own to the last group, by name', () => {
    const plain = partnerGroups({ ...ANSWER, conflicts: [], capabilities: [], added: [] });
    expect(plain).toEqual([
      {
        kind: 'others',
        rows: ['adobe', 'box', 'okta', 'oracle', 'sap', 'slack', 'zoom'].map((id) => ({
          partner: company(id),
          added: false,
          conflicts: 0,
          onlySource: [],
        })),
      },
    ]);
  });
});

describe('namesUpTo', () => {
  it('keeps a list to one line', () => {
    expect(namesUpTo(['Amazon'], 3)).toBe('Amazon');
    expect(namesUpTo(['Amazon', 'Google'], 3)).toBe('Amazon and Google');
    expect(namesUpTo(['Amazon', 'Google', 'Oracle', 'SAP', 'Box'], 3)).toBe('Amazon, Google, Oracle and 2 more');
  });
});
