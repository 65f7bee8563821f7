import { stringify } from 'csv-stringify/sync';
import type { DescribedFit } from '../analysis/describe-fit.ts';
import { TERM_KINDS } from '../analysis/fit-evidence.ts';

/** Each evidence term's value, strength, weight and sentence get a column of their own. */
const TERM_COLUMNS = TERM_KINDS.flatMap((kind) => {
  const name = kind.toLowerCase();
  return [`${name}_value`, `${name}_strength`, `${name}_weight`, `${name}_sentence`];
});

/** One CSV row per fit, every score term and the reasons, for spreadsheets and CRMs. */
const FIT_COLUMNS = [
  'rank',
  'candidate_id',
  'candidate_name',
  'relation',
  'history',
  'score',
  ...TERM_COLUMNS,
  'ruled_out',
  'mutual_value',
  'value_to_focal',
  'value_to_candidate',
  'one_sided',
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
  /** `yes`, or `no` for a pin whose company a re-import dropped (its fit columns are then empty). */
  in_graph?: 'yes' | 'no';
}

/** A company the data no longer has: only its id, name (if known) and the extras. */
export interface UnscoredRow {
  candidateId: string;
  candidateName: string;
  unscored: true;
  extras?: FitRowExtras;
}

type ScoredRow = DescribedFit & { candidateName: string; extras?: FitRowExtras };

export function fitsToCsv(fits: (ScoredRow | UnscoredRow)[], extraColumns: (keyof FitRowExtras)[] = []): string {
  const rows = fits.map((fit, index) => ({
    rank: index + 1,
    candidate_id: inert(fit.candidateId),
    candidate_name: inert(fit.candidateName),
    ...('unscored' in fit ? {} : scoreCells(fit)),
    ...(fit.extras ? { ...fit.extras, note: fit.extras.note == null ? fit.extras.note : inert(fit.extras.note) } : {}),
  }));
  return stringify(rows, { header: true, columns: [...FIT_COLUMNS, ...extraColumns] });
}

function scoreCells(fit: DescribedFit) {
  return {
    relation: fit.relation,
    history: inert(
      fit.history.map((p) => `${p.status} ${p.typeId ?? ''}${p.since ? ` since ${p.since}` : ''}`.trim()).join('; '),
    ),
    score: round(fit.score),
    ...Object.fromEntries(
      fit.terms.flatMap((term) => {
        const name = term.kind.toLowerCase();
        return [
          [`${name}_value`, round(term.value)],
          [`${name}_strength`, round(term.strength)],
          [`${name}_weight`, round(term.weight)],
          [`${name}_sentence`, inert(term.sentence)],
        ];
      }),
    ),
    ruled_out: fit.ruledOut,
    mutual_value: round(fit.mutualValue),
    value_to_focal: round(fit.valueToFocal),
    value_to_candidate: round(fit.valueToCandidate),
    one_sided: fit.oneSided ?? '',
    synergy: round(fit.synergy),
    reach: round(fit.reach),
    capability_gain: round(fit.capabilityGain),
    shared_customers: fit.sharedCustomers,
    conflict_penalty: round(fit.conflictPenalty),
    conflicts: fit.conflicts.map((c) => `${c.kind}/${c.severity}`).join('; '),
    quadrant: fit.quadrant,
    power_balance: fit.powerBalance,
    recommended_type: fit.recommendedType?.id ?? '',
    reasons: inert(fit.reasons.join(' | ')),
  };
}

/**
 * Text from the data (names, ids, notes) that a spreadsheet would run as a
 * formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) gets a leading apostrophe, as
 * OWASP advises against CSV injection: the cell shows the text, and runs nothing.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Six decimals: exact enough to re-check, short enough to read. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
