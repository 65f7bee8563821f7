/**
 * The what-if answer summarised for the tray: a hub's partner set is 76
 * partners and 89 conflicts (Microsoft on FedRAMP), which as chips and
 * sentences filled 3,900 px. So the tray shows counts first, conflicts by
 * kind and by partner, partners by what they carry, and the names only when
 * asked. Pure: the figures are the API's, only grouped and counted here.
 */
import type { PartnerSetConflict, WhatIfAnswer } from '../client/types.ts';

type ConflictKind = PartnerSetConflict['kind'];
interface Named {
  id: string;
  name: string;
}

/** The kinds in the order a strategist weighs them: a rival inside the set first. */
const CONFLICT_KINDS: readonly ConflictKind[] = ['PARTNER_IS_RIVAL', 'PARTNERS_COMPETE', 'PARTNER_OF_RIVAL'];

/** A kind as a count reads it: "3 partners of a rival". */
const CONFLICT_KIND_WORDS: Record<ConflictKind, [one: string, many: string]> = {
  PARTNER_IS_RIVAL: ['rival as a partner', 'rivals as partners'],
  PARTNERS_COMPETE: ['pair of partners that compete', 'pairs of partners that compete'],
  PARTNER_OF_RIVAL: ['partner of a rival', 'partners of a rival'],
};

export interface ConflictKindGroup {
  kind: ConflictKind;
  count: number;
  /** Of them, the ones today's set does not carry. */
  fresh: number;
  conflicts: PartnerSetConflict[];
  /**
   * The same conflicts by the rival they run through, most first (ties by
   * name), for partners of a rival: Microsoft's 86 are 53 through Amazon, 24
   * through Google, 6 through Salesforce, 3 through Oracle. One group without
   * a rival for the other kinds.
   */
  through: { rival: Named | null; conflicts: PartnerSetConflict[] }[];
}

/** The conflicts counted by kind (kinds without any left out), new ones first within a kind. */
export function conflictsByKind(conflicts: readonly PartnerSetConflict[]): ConflictKindGroup[] {
  return CONFLICT_KINDS.map((kind) => {
    const ofKind = newFirst(conflicts.filter((conflict) => conflict.kind === kind));
    return {
      kind,
      count: ofKind.length,
      fresh: ofKind.filter((conflict) => conflict.new).length,
      conflicts: ofKind,
      through: kind === 'PARTNER_OF_RIVAL' ? byRival(ofKind) : [{ rival: null, conflicts: ofKind }],
    };
  }).filter((group) => group.count > 0);
}

function byRival(conflicts: readonly PartnerSetConflict[]): ConflictKindGroup['through'] {
  const groups = new Map<string, { rival: Named; conflicts: PartnerSetConflict[] }>();
  for (const conflict of conflicts) {
    const rival = conflict.via ?? { id: '', name: 'a rival' };
    const group = groups.get(rival.id) ?? { rival: { id: rival.id, name: rival.name }, conflicts: [] };
    group.conflicts.push(conflict);
    groups.set(rival.id, group);
  }
  return [...groups.values()].sort((a, b) => b.conflicts.length - a.conflicts.length || byName(a.rival, b.rival));
}

export interface PartnerConflicts {
  partner: Named;
  /** Every conflict the partner is party to: its own, and a pair that competes from either side. */
  conflicts: PartnerSetConflict[];
  fresh: number;
  /** The companies its conflicts run through (the rivals it partners with, the partner it competes with), by name. */
  through: string[];
}

/**
 * The conflicts by the partner they concern, most first (ties by name). A
 * pair of partners that compete counts for both of them, so the counts can
 * add up to more than the set's total, which the tray says.
 */
export function conflictsByPartner(conflicts: readonly PartnerSetConflict[]): PartnerConflicts[] {
  const byId = new Map<string, { partner: Named; conflicts: PartnerSetConflict[] }>();
  const add = (partner: Named, conflict: PartnerSetConflict): void => {
    const entry = byId.get(partner.id) ?? { partner: { id: partner.id, name: partner.name }, conflicts: [] };
    entry.conflicts.push(conflict);
    byId.set(partner.id, entry);
  };
  for (const conflict of conflicts) {
    add(conflict.partner, conflict);
    if (conflict.kind === 'PARTNERS_COMPETE' && conflict.via) add(conflict.via, conflict);
  }
  return [...byId.values()]
    .map(({ partner, conflicts: own }) => ({
      partner,
      conflicts: newFirst(own),
      fresh: own.filter((conflict) => conflict.new).length,
      through: unique(
        own.map((conflict) => (conflict.partner.id === partner.id ? conflict.via?.name : conflict.partner.name)),
      ),
    }))
    .sort((a, b) => b.conflicts.length - a.conflicts.length || byName(a.partner, b.partner));
}

/** What a partner of the hypothetical set carries. */
interface PartnerRow {
  partner: Named;
  /** Added in the what-if (else one of today's). */
  added: boolean;
  /** How many of the set's conflicts it is party to. */
  conflicts: number;
  /** Capabilities no other partner of the set brings, by name: what dropping it would lose. */
  onlySource: string[];
}

export type PartnerGroupKind = 'added' | 'conflicts' | 'only-source' | 'others';

export interface PartnerGroup {
  kind: PartnerGroupKind;
  rows: PartnerRow[];
}

/** What each group holds, as its heading says. */
export const PARTNER_GROUP_LABEL: Record<PartnerGroupKind, string> = {
  added: 'Added in this what-if',
  conflicts: 'Carry a conflict',
  'only-source': 'Only source of a capability, no conflict',
  others: 'No conflict, no capability of their own',
};

/**
 * The hypothetical set's partners in groups, each partner in one: added
 * ones, those party to a conflict (most conflicts first), those that alone
 * bring some capability, and the rest (by name). The order answers "whom
 * could I let go, and what would it cost": a conflict is a reason to, a
 * capability only one partner brings is a reason not to.
 */
export function partnerGroups(
  answer: Pick<WhatIfAnswer, 'partners' | 'added' | 'capabilities' | 'conflicts'>,
): PartnerGroup[] {
  const added = new Set(answer.added.map((company) => company.id));
  const conflictCount = new Map(
    conflictsByPartner(answer.conflicts).map((entry) => [entry.partner.id, entry.conflicts.length]),
  );
  const onlySource = new Map<string, string[]>();
  for (const covered of answer.capabilities) {
    const [only] = covered.partners;
    if (covered.partners.length === 1 && only) {
      onlySource.set(only.id, [...(onlySource.get(only.id) ?? []), covered.capability.name]);
    }
  }
  const rows: PartnerRow[] = answer.partners.map((partner) => ({
    partner: { id: partner.id, name: partner.name },
    added: added.has(partner.id),
    conflicts: conflictCount.get(partner.id) ?? 0,
    onlySource: [...(onlySource.get(partner.id) ?? [])].sort((a, b) => a.localeCompare(b)),
  }));
  const kindOf = (row: PartnerRow): PartnerGroupKind =>
    row.added ? 'added' : row.conflicts > 0 ? 'conflicts' : row.onlySource.length > 0 ? 'only-source' : 'others';
  const order: PartnerGroupKind[] = ['added', 'conflicts', 'only-source', 'others'];
  return order
    .map((kind) => ({
      kind,
      rows: rows
        .filter((row) => kindOf(row) === kind)
        .sort(
          (a, b) =>
            b.conflicts - a.conflicts || b.onlySource.length - a.onlySource.length || byName(a.partner, b.partner),
        ),
    }))
    .filter((group) => group.rows.length > 0);
}

/** "3 partners of a rival", "1 rival as a partner". */
export function conflictKindCount(kind: ConflictKind, count: number): string {
  const [one, many] = CONFLICT_KIND_WORDS[kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** A list of names that stays one line: "Amazon, Google and 3 more". */
export function namesUpTo(names: readonly string[], shown: number): string {
  if (names.length <= shown) return joinAnd(names);
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

function joinAnd(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function newFirst(conflicts: readonly PartnerSetConflict[]): PartnerSetConflict[] {
  return [...conflicts].sort((a, b) => Number(b.new) - Number(a.new));
}

function unique(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter((name): name is string => Boolean(name)))].sort((a, b) => a.localeCompare(b));
}

function byName(a: Named, b: Named): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
