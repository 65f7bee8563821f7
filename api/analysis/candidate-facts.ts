import type { ConflictFacts, Level, NamedRef } from './conflicts.ts';
import type { PoolCounts } from './fit-evidence.ts';
import type { PairSizes } from './fit-terms.ts';
import type { MarketModel } from './market-model.ts';
import { activePartnersWithout, type CompanySummary, type Market } from './market.ts';

/** The market and its ranking model, as one read of the market directory gives them. */
export interface MarketDirectory {
  version: string;
  market: Market;
  model: MarketModel;
}
/** What the graph says about one candidate B for focal A. */
export interface CandidateFacts {
  focal: CompanySummary;
  candidate: CompanySummary;
  /** B's position in the market directory. */
  index: number;
  sizes: PairSizes;
  /** A's prospects and opportunities that are B's customers. */
  warmIntroductions: number;
  conflictFacts: ConflictFacts;
  isActivePartner: boolean;
}

export interface CandidatePool {
  focal: CompanySummary;
  /** Every company but the focal one (or those `only` named), filters applied. */
  candidates: CandidateFacts[];
  /** Per market position: shared customers and capabilities in common with the focal company. */
  counts: PoolCounts;
  /** Active partner sets with the hidden partnerships left out. */
  partners: Set<number>[];
  directory: MarketDirectory;
  hidden: ReadonlySet<string>;
}

/** [company id, a count] */
type IdCount = [string, number];
/** [candidate id, the other company's id, its name] */
type ViaCompany = [string, string, string];
/** [capability id, name, category, the focal company's level, [[company id, its level]]] */
type FocalCapability = [string, string, string | null, Level, [string, Level][]];

/** The lists of `cypher/candidate-pool.cypher` (or `-listed`) the join reads, as db/ types its row. */
export interface PoolLists {
  shared: IdCount[];
  warm: IdCount[];
  commonCapabilities: FocalCapability[];
  rivals: string[];
  channelConflicts: ViaCompany[];
  partnerConflicts: ViaCompany[];
}

/**
 * Joins the pool query's lists into per-candidate facts, for the companies
 * `keep` accepts (every company but A), with the `hidden` partnerships left out.
 */
export function joinPool(
  row: PoolLists,
  directory: MarketDirectory,
  a: number,
  keep: (id: string) => boolean,
  hidden: ReadonlySet<string>,
): CandidatePool {
  const { market } = directory;
  const focal = market.companies[a]!;
  const n = market.companies.length;
  const counts: PoolCounts = { focal: a, shared: new Int32Array(n), commonCapabilities: new Int32Array(n) };
  for (const [id, count] of row.shared) {
    const index = market.indexOf.get(id);
    if (index !== undefined) counts.shared[index] = count;
  }
  const common = commonCapabilitiesByCandidate(row.commonCapabilities);
  for (const [id, list] of common) {
    const index = market.indexOf.get(id);
    if (index !== undefined) counts.commonCapabilities[index] = list.length;
  }
  const partners = activePartnersWithout(market, hidden);
  const warm = new Map(row.warm);
  const rivals = new Set(row.rivals);
  counts.rivals = new Set([...rivals].map((id) => market.indexOf.get(id)).filter((index) => index !== undefined));
  const viaRef = ([id, viaId, viaName]: ViaCompany): [string, NamedRef] => [id, { id: viaId, name: viaName }];
  const channel = groupBy(row.channelConflicts, viaRef);
  const partnerConflicts = groupBy(row.partnerConflicts, viaRef);

  const candidates: CandidateFacts[] = [];
  market.companies.forEach((candidate, index) => {
    if (index === a || !keep(candidate.id)) return;
    const commonCapabilities = common.get(candidate.id) ?? [];
    candidates.push({
      focal,
      candidate,
      index,
      isActivePartner: partners[a]!.has(index),
      warmIntroductions: warm.get(candidate.id) ?? 0,
      sizes: {
        customersA: focal.customers,
        customersB: candidate.customers,
        shared: counts.shared[index]!,
        capabilitiesA: focal.capabilities,
        capabilitiesB: candidate.capabilities,
        commonCapabilities: commonCapabilities.length,
      },
      conflictFacts: {
        focal,
        candidate,
        declaredRivals: rivals.has(candidate.id),
        commonCapabilities,
        channelVia: channel.get(candidate.id) ?? [],
        partnerVia: partnerConflicts.get(candidate.id) ?? [],
      },
    });
  });
  return { focal, candidates, counts, partners, directory, hidden };
}

type CommonCapability = ConflictFacts['commonCapabilities'][number];

/**
 * The query lists, per capability of the focal company, the other companies
 * offering it; the facts want, per candidate, the capabilities in common (in
 * the focal company's capability order, as the query walks them).
 */
function commonCapabilitiesByCandidate(perCapability: FocalCapability[]): Map<string, CommonCapability[]> {
  const byCandidate = new Map<string, CommonCapability[]>();
  for (const [capabilityId, name, category, levelA, offeredBy] of perCapability) {
    const capability = { id: capabilityId, name, category };
    for (const [id, levelB] of offeredBy) {
      const entry = { capability, levelA, levelB };
      const list = byCandidate.get(id);
      if (list) list.push(entry);
      else byCandidate.set(id, [entry]);
    }
  }
  return byCandidate;
}

function groupBy<Tuple, T>(tuples: Tuple[], split: (tuple: Tuple) => [string, T]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const tuple of tuples) {
    const [key, value] = split(tuple);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
