import { stringify } from 'csv-stringify/sync';
import type { DescribedFit } from '../analysis/describe-fit.ts';

/** One CSV row per fit, every score term and the reasons, for spreadsheets and CRMs. */
export const FIT_COLUMNS = [
  'rank',
  'candidate_id',
  'candidate_name',
  'score',
  'value_to_focal',
  'value_to_candidate',
  'synergy',
  'reach',
  'capability_gain',
  'shared_customers',
  'conflict_penalty',
  'conflicts',
  'quadrant',
  'power_balance',
  'recommended_type',
  'reasons',
] as const;

export interface FitRowExtras {
  note?: string | null;
  added_at?: string | null;
}

export function fitsToCsv(
  fits: (DescribedFit & { candidateName: string; extras?: FitRowExtras })[],
  extraColumns: (keyof FitRowExtras)[] = [],
): string {
  const rows = fits.map((fit, index) => ({
    rank: index + 1,
    candidate_id: fit.candidateId,
    candidate_name: fit.candidateName,
    score: round(fit.score),
    value_to_focal: round(fit.valueToFocal),
    value_to_candidate: round(fit.valueToCandidate),
    synergy: round(fit.synergy),
    reach: round(fit.reach),
    capability_gain: round(fit.capabilityGain),
    shared_customers: fit.sharedCustomers,
    conflict_penalty: round(fit.conflictPenalty),
    conflicts: fit.conflicts.map((c) => `${c.kind}/${c.severity}`).join('; '),
    quadrant: fit.quadrant,
    power_balance: fit.powerBalance,
    recommended_type: fit.recommendedType?.id ?? '',
    reasons: fit.reasons.join(' | '),
    ...fit.extras,
  }));
  return stringify(rows, { header: true, columns: [...FIT_COLUMNS, ...extraColumns] });
}

/** Six decimals: exact enough to re-check, short enough to read. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
