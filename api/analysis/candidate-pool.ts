import type { Database, Row } from '../db/database.ts';
import { companyDirectory, companySummaryOf } from './company-directory.ts';
import type { ConflictFacts, Level, NamedRef } from './conflicts.ts';
import type { PairSizes } from './fit-terms.ts';
import type { SizeFacts } from './power-balance.ts';

export interface CompanySummary extends NamedRef, SizeFacts {
  capabilities: number;
}

/** What the graph says about one candidate B for focal A. */
export interface CandidateFacts {
  focal: CompanySummary;
  candidate: CompanySummary;
  sizes: PairSizes;
  conflictFacts: ConflictFacts;
  isActivePartner: boolean;
}

export interface CandidatePool {
  focal: CompanySummary;
  candidates: CandidateFacts[];
}

export interface PoolQuery {
  focal: string;
  /** Only these candidates (partnerFit, conflicts); default: every company. */
  only?: string[] | null;
  segment?: string | null;
  capability?: string | null;
}

/**
 * Runs `cypher/candidate-pool.cypher` (every company: the candidates come from
 * the company directory, see company-directory.ts) or, for a list of
 * candidates, `cypher/candidate-pool-listed.cypher`, and joins its lists into
 * per-candidate facts. Undefined when the focal id is unknown.
 */
export async function loadCandidatePool(db: Database, query: PoolQuery): Promise<CandidatePool | undefined> {
  const filters = { focal: query.focal, segment: query.segment ?? null, capability: query.capability ?? null };
  if (query.only) {
    const [row] = await db.read('candidate-pool-listed', { ...filters, only: query.only });
    return row ? joinPool(row, (row.candidates as Tuple[]).map(companySummaryOf)) : undefined;
  }
  const [row] = await db.read('candidate-pool', filters);
  if (!row) return undefined;
  const companies = await companyDirectory(db, (row.directoryVersion as string | null) ?? null);
  const focalId = String((row.focal as Row).id);
  const inSegment = filters.segment === null ? undefined : new Set((row.inSegment as unknown[]).map(String));
  const offering = filters.capability === null ? undefined : new Set((row.offeringCapability as unknown[]).map(String));
  const candidates = companies.filter(
    (company) => company.id !== focalId && (inSegment?.has(company.id) ?? true) && (offering?.has(company.id) ?? true),
  );
  return joinPool(row, candidates);
}


type Tuple = unknown[];

function joinPool(row: Row, candidateSummaries: CompanySummary[]): CandidatePool {
  const focalRow = row.focal as Row;
  const focal: CompanySummary = {
    id: String(focalRow.id),
    name: String(focalRow.name),
    customers: Number(focalRow.customerCount ?? 0),
    capabilities: Number(focalRow.capabilityCount ?? 0),
    employees: (focalRow.employees as number | null) ?? null,
  };
  const shared = new Map((row.shared as Tuple[]).map(([id, count]) => [String(id), Number(count)]));
  const common = commonCapabilitiesByCandidate(row.commonCapabilities as Tuple[]);
  const rivals = new Set((row.rivals as unknown[]).map(String));
  const partners = new Set((row.partners as unknown[]).map(String));
  const viaRef = ([id, viaId, viaName]: Tuple): [string, NamedRef] => [String(id), { id: String(viaId), name: String(viaName) }];
  const channel = groupBy(row.channelConflicts as Tuple[], viaRef);
  const partnerConflicts = groupBy(row.partnerConflicts as Tuple[], viaRef);

  const candidates = candidateSummaries.map((candidate): CandidateFacts => {
    const commonCapabilities = common.get(candidate.id) ?? [];
    return {
      focal,
      candidate,
      isActivePartner: partners.has(candidate.id),
      sizes: {
        customersA: focal.customers,
        customersB: candidate.customers,
        shared: shared.get(candidate.id) ?? 0,
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
    };
  });
  return { focal, candidates };
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
