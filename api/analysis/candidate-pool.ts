import type { Database, Row } from '../db/database.ts';
import type { ConflictFacts, Level, NamedRef } from './conflicts.ts';
import type { PoolCounts } from './fit-evidence.ts';
import type { PairSizes } from './fit-terms.ts';
import { marketDirectory, type MarketDirectory } from './market-directory.ts';
import { activePartnersWithout, NO_HIDDEN, type CompanySummary } from './market.ts';

export type { CompanySummary } from './market.ts';

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

export interface PoolQuery {
  focal: string;
  /** Only these candidates (conflicts of one pair); default: every company. */
  only?: string[] | null;
  segment?: string | null;
  capability?: string | null;
  /** Partnership ids to treat as unknown (the backtest, the calibration). Default none. */
  hidden?: ReadonlySet<string>;
}

/**
 * Runs `cypher/candidate-pool.cypher` (every company: the candidates come from
 * the market directory, see market-directory.ts) or, for a list of candidates,
 * `cypher/candidate-pool-listed.cypher`, and joins its lists into
 * per-candidate facts. Undefined when the focal id is unknown.
 */
export async function loadCandidatePool(db: Database, query: PoolQuery): Promise<CandidatePool | undefined> {
  const hidden = query.hidden ?? NO_HIDDEN;
  const params = { focal: query.focal, segment: query.segment ?? null, capability: query.capability ?? null, hidden: [...hidden] };
  const [row] = query.only ? await db.read('candidate-pool-listed', { ...params, only: query.only }) : await db.read('candidate-pool', params);
  if (!row) return undefined;
  const directory = await marketDirectory(db, (row.directoryVersion as string | null) ?? null);
  const { market } = directory;
  const focalIndex = market.indexOf.get(String((row.focal as Row).id));
  if (focalIndex === undefined) return undefined;
  let keep: (id: string) => boolean;
  if (query.only) {
    const listed = new Set((row.candidates as Tuple[]).map(([id]) => String(id)));
    keep = (id) => listed.has(id);
  } else {
    const inSegment = params.segment === null ? undefined : new Set((row.inSegment as unknown[]).map(String));
    const offering = params.capability === null ? undefined : new Set((row.offeringCapability as unknown[]).map(String));
    keep = (id) => (inSegment?.has(id) ?? true) && (offering?.has(id) ?? true);
  }
  return joinPool(row, directory, focalIndex, keep, hidden);
}

type Tuple = unknown[];

function joinPool(row: Row, directory: MarketDirectory, a: number, keep: (id: string) => boolean, hidden: ReadonlySet<string>): CandidatePool {
  const { market } = directory;
  const focal = market.companies[a]!;
  const n = market.companies.length;
  const counts: PoolCounts = { focal: a, shared: new Int32Array(n), commonCapabilities: new Int32Array(n) };
  for (const [id, count] of row.shared as Tuple[]) {
    const index = market.indexOf.get(String(id));
    if (index !== undefined) counts.shared[index] = Number(count);
  }
  const common = commonCapabilitiesByCandidate(row.commonCapabilities as Tuple[]);
  for (const [id, list] of common) {
    const index = market.indexOf.get(id);
    if (index !== undefined) counts.commonCapabilities[index] = list.length;
  }
  const partners = activePartnersWithout(market, hidden);
  const warm = new Map((row.warm as Tuple[]).map(([id, count]) => [String(id), Number(count)]));
  const rivals = new Set((row.rivals as unknown[]).map(String));
  const viaRef = ([id, viaId, viaName]: Tuple): [string, NamedRef] => [String(id), { id: String(viaId), name: String(viaName) }];
  const channel = groupBy(row.channelConflicts as Tuple[], viaRef);
  const partnerConflicts = groupBy(row.partnerConflicts as Tuple[], viaRef);

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
function commonCapabilitiesByCandidate(perCapability: Tuple[]): Map<string, CommonCapability[]> {
  const byCandidate = new Map<string, CommonCapability[]>();
  for (const [capabilityId, name, category, levelA, offeredBy] of perCapability) {
    const capability = { id: String(capabilityId), name: String(name), category: category as string | null };
    for (const [id, levelB] of offeredBy as Tuple[]) {
      const entry = { capability, levelA: levelA as Level, levelB: levelB as Level };
      const list = byCandidate.get(String(id));
      if (list) list.push(entry);
      else byCandidate.set(String(id), [entry]);
    }
  }
  return byCandidate;
}

function groupBy<T>(tuples: Tuple[], split: (tuple: Tuple) => [string, T]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const tuple of tuples) {
    const [key, value] = split(tuple);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
