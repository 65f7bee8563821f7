import type { ExportTruth } from '../../scripts/ecosystem/exports/export-truth.ts';

/**
 * What a folder's truth (scripts/ecosystem/exports/) says each pair of companies shares: C(X) is the
 * customers a company serves at stage `customer` (the overlap's definition, docs/analyses.md), and
 * a pair is *ambiguous* when a lookalike group the truth marks ambiguous could move its count: both
 * companies have records of the group's organisations, and one of those records names its
 * organisation without a usable domain (no rule can tell which of the group it is). Every other
 * pair's shared count is fully decided by the files, and an importer must get it exactly.
 */
export interface TruthOverlaps {
  /** Companies with at least one paying customer, by truth key, sorted. */
  companies: string[];
  shared(a: string, b: string): number;
  ambiguous(a: string, b: string): boolean;
}

export function truthOverlaps(truth: ExportTruth): TruthOverlaps {
  const customersOf = new Map<string, Set<string>>();
  for (const [company, customer, stage] of truth.accounts) {
    if (stage !== 'customer') continue;
    let set = customersOf.get(company);
    if (!set) customersOf.set(company, (set = new Set()));
    set.add(customer);
  }
  // Each ambiguous organisation's group, named by its first member.
  const groupOf = new Map<string, string>();
  for (const group of truth.hazards.lookalikeGroups) {
    if (group.some((key) => truth.organisations[key]?.ambiguous)) for (const key of group) groupOf.set(key, group[0]!);
  }
  // For each company, the ambiguous groups its records touch, and whether one of them names without a domain.
  const touches = new Map<string, Map<string, boolean>>();
  const touch = (company: string, customer: string, nameOnly: boolean) => {
    const group = groupOf.get(customer);
    if (group === undefined) return;
    let groups = touches.get(company);
    if (!groups) touches.set(company, (groups = new Map()));
    groups.set(group, (groups.get(group) ?? false) || nameOnly);
  };
  for (const [file, mentions] of Object.entries(truth.mentions)) {
    const owner = truth.files[file]?.owner;
    const byLine = new Map<number, { role: string; key: string; naming: string }[]>();
    for (const [line, role, key, naming] of mentions)
      byLine.set(line, [...(byLine.get(line) ?? []), { role, key, naming }]);
    for (const record of byLine.values()) {
      const account = record.find((mention) => mention.role === 'account');
      if (!account) continue;
      const company = owner ?? record.find((mention) => mention.role === 'vendor')?.key;
      if (company) touch(company, account.key, account.naming !== 'domain');
    }
  }
  return {
    companies: [...customersOf.keys()].sort(),
    shared: (a, b) => {
      const left = customersOf.get(a) ?? new Set<string>();
      let count = 0;
      for (const customer of customersOf.get(b) ?? []) if (left.has(customer)) count += 1;
      return count;
    },
    ambiguous: (a, b) => {
      const left = touches.get(a);
      const right = touches.get(b);
      if (!left || !right) return false;
      for (const [group, nameOnly] of left) if (right.has(group) && (nameOnly || right.get(group))) return true;
      return false;
    },
  };
}
