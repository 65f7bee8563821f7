import type { SeverityCounts } from './fit-terms.ts';

type ConflictKind = 'DIRECT_COMPETITOR' | 'CAPABILITY_OVERLAP' | 'CHANNEL_CONFLICT' | 'PARTNER_CONFLICT';
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';
export type Level = 'core' | 'secondary';

export interface NamedRef {
  id: string;
  name: string;
}

/** A conflict between focal A and candidate B. `viaId` is the company it runs through. */
export interface Conflict {
  kind: ConflictKind;
  severity: Severity;
  explanation: string;
  viaId: string | null;
  capability: (NamedRef & { category?: string | null }) | null;
}

/** What the graph says about one pair, as the candidate pool query returns it. */
export interface ConflictFacts {
  focal: NamedRef;
  candidate: NamedRef;
  declaredRivals: boolean;
  commonCapabilities: { capability: NamedRef & { category?: string | null }; levelA: Level; levelB: Level }[];
  /** Companies B is actively partnered with that compete with A. */
  channelVia: NamedRef[];
  /** A's active partners that compete with B. */
  partnerVia: NamedRef[];
}

const SEVERITY_ORDER: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** Every conflict of the pair (docs/analyses.md, "Conflicts"), worst first. */
export function conflictsOf(facts: ConflictFacts): Conflict[] {
  const { focal, candidate } = facts;
  const conflicts: Conflict[] = [];
  if (facts.declaredRivals) {
    conflicts.push({
      kind: 'DIRECT_COMPETITOR',
      severity: 'HIGH',
      explanation: `${candidate.name} and ${focal.name} are declared competitors.`,
      viaId: candidate.id,
      capability: null,
    });
  }
  for (const { capability, levelA, levelB } of facts.commonCapabilities) {
    conflicts.push({
      kind: 'CAPABILITY_OVERLAP',
      severity: overlapSeverity(levelA, levelB),
      explanation: `Both offer ${capability.name} (${levelA} for ${focal.name}, ${levelB} for ${candidate.name}).`,
      viaId: null,
      capability,
    });
  }
  for (const rival of facts.channelVia) {
    conflicts.push({
      kind: 'CHANNEL_CONFLICT',
      severity: 'MEDIUM',
      explanation: `${candidate.name} is actively partnered with ${rival.name}, a competitor of ${focal.name}.`,
      viaId: rival.id,
      capability: null,
    });
  }
  for (const partner of facts.partnerVia) {
    conflicts.push({
      kind: 'PARTNER_CONFLICT',
      severity: 'MEDIUM',
      explanation: `${candidate.name} competes with ${partner.name}, an active partner of ${focal.name}.`,
      viaId: partner.id,
      capability: null,
    });
  }
  return conflicts.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
}

/** core–core HIGH, core–secondary MEDIUM, secondary–secondary LOW. */
export function overlapSeverity(levelA: Level, levelB: Level): Severity {
  const cores = (levelA === 'core' ? 1 : 0) + (levelB === 'core' ? 1 : 0);
  return cores === 2 ? 'HIGH' : cores === 1 ? 'MEDIUM' : 'LOW';
}

/**
 * countSeverities(conflictsOf(facts)) without writing a sentence per conflict:
 * ranking a whole ecosystem needs only the counts. Follows conflictsOf rule by rule.
 */
export function severityCountsOf(facts: ConflictFacts): SeverityCounts {
  const counts: SeverityCounts = {
    HIGH: facts.declaredRivals ? 1 : 0,
    MEDIUM: facts.channelVia.length + facts.partnerVia.length,
    LOW: 0,
  };
  for (const { levelA, levelB } of facts.commonCapabilities) counts[overlapSeverity(levelA, levelB)] += 1;
  return counts;
}

export function countSeverities(conflicts: Conflict[]): SeverityCounts {
  const counts: SeverityCounts = { HIGH: 0, MEDIUM: 0, LOW: 0 };
  for (const conflict of conflicts) counts[conflict.severity] += 1;
  return counts;
}

export function worstSeverity(conflicts: Conflict[]): Severity | null {
  return conflicts[0]?.severity ?? null;
}
