import { ratio } from '../analysis/overlap-figures.ts';

/**
 * What-if partner sets (docs/analyses.md, "What-if partner sets"): the
 * figures of a hypothetical set of active partners against today's, from the
 * facts cypher/discovery/what-if.cypher reads for the union of both sets.
 * Pure: no I/O.
 */

export interface CapabilityRef {
  id: string;
  name: string;
  category: string | null;
}

/** What the query reads, for the companies of either set. */
export interface WhatIfFacts {
  focal: string;
  today: string[];
  whatIf: string[];
  marketCustomers: number;
  /** Customers the focal company does not serve, reached by today's set, and by the hypothetical one. */
  reachable: { today: number; whatIf: number };
  /** [capability, partner] for every capability a company of either set offers that the focal company lacks. */
  offers: { capability: CapabilityRef; partner: string }[];
  /** The focal company's declared rivals. */
  rivals: string[];
  /** Declared rivalries between companies of either set, as pairs (either order, maybe both). */
  rivalries: [string, string][];
  /** [company of either set, rival of the focal company] with an active partnership between them. */
  partnersOfRivals: [string, string][];
}

type SetConflictKind = 'PARTNER_IS_RIVAL' | 'PARTNERS_COMPETE' | 'PARTNER_OF_RIVAL';

export interface SetConflict {
  kind: SetConflictKind;
  partner: string;
  via: string | null;
  new: boolean;
  explanation: string;
}

interface Change<T> {
  today: T;
  whatIf: T;
  change: T;
}

export interface WhatIfFigures {
  marketCustomers: number;
  reachableCustomers: Change<number>;
  reachableShare: Change<number>;
  capabilityCount: Change<number>;
  capabilities: { capability: CapabilityRef; partners: string[]; new: boolean }[];
  capabilitiesLost: CapabilityRef[];
  conflictCount: Change<number>;
  conflicts: SetConflict[];
  conflictsResolved: SetConflict[];
}

const KIND_ORDER: SetConflictKind[] = ['PARTNER_IS_RIVAL', 'PARTNERS_COMPETE', 'PARTNER_OF_RIVAL'];

const change = (today: number, whatIf: number): Change<number> => ({ today, whatIf, change: whatIf - today });

export function whatIfFigures(facts: WhatIfFacts, nameOf: (id: string) => string): WhatIfFigures {
  const today = new Set(facts.today);
  const whatIf = new Set(facts.whatIf);
  const coveredBy = (set: Set<string>) => {
    const covered = new Map<string, { capability: CapabilityRef; partners: string[] }>();
    for (const { capability, partner } of facts.offers) {
      if (!set.has(partner)) continue;
      const entry = covered.get(capability.id) ?? { capability, partners: [] };
      if (!entry.partners.includes(partner)) entry.partners.push(partner);
      covered.set(capability.id, entry);
    }
    return covered;
  };
  const coveredToday = coveredBy(today);
  const coveredWhatIf = coveredBy(whatIf);
  const byName = (x: { name: string; id: string }, y: { name: string; id: string }) =>
    x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1);
  const partnersByName = (ids: string[]) =>
    ids.sort((x, y) => byName({ id: x, name: nameOf(x) }, { id: y, name: nameOf(y) }));

  const conflictsToday = conflictsOf(today, facts, nameOf);
  const conflictsWhatIf = conflictsOf(whatIf, facts, nameOf);
  const todayKeys = new Set(conflictsToday.map(conflictKey));
  const whatIfKeys = new Set(conflictsWhatIf.map(conflictKey));
  const conflicts = conflictsWhatIf.map((conflict) => ({ ...conflict, new: !todayKeys.has(conflictKey(conflict)) }));
  const order = (x: SetConflict, y: SetConflict) =>
    Number(y.new) - Number(x.new) ||
    KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
    nameOf(x.partner).localeCompare(nameOf(y.partner));

  return {
    marketCustomers: facts.marketCustomers,
    reachableCustomers: change(facts.reachable.today, facts.reachable.whatIf),
    reachableShare: change(
      ratio(facts.reachable.today, facts.marketCustomers),
      ratio(facts.reachable.whatIf, facts.marketCustomers),
    ),
    capabilityCount: change(coveredToday.size, coveredWhatIf.size),
    capabilities: [...coveredWhatIf.values()]
      .map(({ capability, partners }) => ({
        capability,
        partners: partnersByName(partners),
        new: !coveredToday.has(capability.id),
      }))
      .sort((x, y) => byName(x.capability, y.capability)),
    capabilitiesLost: [...coveredToday.values()]
      .filter(({ capability }) => !coveredWhatIf.has(capability.id))
      .map(({ capability }) => capability)
      .sort(byName),
    conflictCount: change(conflictsToday.length, conflictsWhatIf.length),
    conflicts: conflicts.sort(order),
    conflictsResolved: conflictsToday.filter((conflict) => !whatIfKeys.has(conflictKey(conflict))).sort(order),
  };
}

/** Every conflict a partner set carries, each once. */
export function conflictsOf(
  set: Set<string>,
  facts: Pick<WhatIfFacts, 'focal' | 'rivals' | 'rivalries' | 'partnersOfRivals'>,
  nameOf: (id: string) => string,
): SetConflict[] {
  const conflicts = new Map<string, SetConflict>();
  const add = (conflict: Omit<SetConflict, 'new'>) => conflicts.set(conflictKey(conflict), { ...conflict, new: false });
  const focal = nameOf(facts.focal);
  for (const rival of facts.rivals) {
    if (set.has(rival))
      add({
        kind: 'PARTNER_IS_RIVAL',
        partner: rival,
        via: null,
        explanation: `${nameOf(rival)} is a declared rival of ${focal}`,
      });
  }
  for (const pair of facts.rivalries) {
    const [x, y] = [...pair].sort();
    if (x === y || !set.has(x!) || !set.has(y!)) continue;
    add({
      kind: 'PARTNERS_COMPETE',
      partner: x!,
      via: y!,
      explanation: `${nameOf(x!)} and ${nameOf(y!)}, both partners of ${focal}, are declared rivals`,
    });
  }
  for (const [partner, rival] of facts.partnersOfRivals) {
    if (!set.has(partner) || partner === rival) continue;
    add({
      kind: 'PARTNER_OF_RIVAL',
      partner,
      via: rival,
      explanation: `${nameOf(partner)} is actively partnered with ${nameOf(rival)}, a rival of ${focal}`,
    });
  }
  return [...conflicts.values()];
}

function conflictKey(conflict: Pick<SetConflict, 'kind' | 'partner' | 'via'>): string {
  return `${conflict.kind}|${conflict.partner}|${conflict.via ?? ''}`;
}
