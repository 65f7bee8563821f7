import { daysBetween } from './calendar-days.ts';
import type { GoalProgress } from './plan-progress.ts';

/**
 * Gathering dust (docs/analyses.md): a pipeline item or a signed partnership
 * that nobody has touched for `quietDays`, or that is behind its plan at the
 * plan's checkpoint. Declined and parked items are left alone: they rest on
 * purpose. Pure.
 */
export type DustReason = 'QUIET' | 'BEHIND_PLAN';

/** The stages dust is not looked for in. */
const RESTING_STAGES: readonly string[] = ['DECLINED', 'PARKED'];

/** Default quiet time: a month without a call, a meeting, a note, a plan edit or a referral. */
export const DEFAULT_QUIET_DAYS = 30;

export interface DustFacts {
  stage: string;
  /** The latest date anything happened on the item (YYYY-MM-DD). */
  lastActivityOn: string;
  checkpointOn: string | null;
  goals: readonly GoalProgress[];
}

export interface DustFlag {
  reason: DustReason;
  /** QUIET: the last activity's date; BEHIND_PLAN: the checkpoint's. */
  since: string;
  /** QUIET: days without activity; BEHIND_PLAN: days past the checkpoint. */
  days: number;
  /** BEHIND_PLAN: the goals behind. */
  goalsBehind: readonly GoalProgress[];
  /**
   * What makes this flag the same flag at the next check: a quiet spell is
   * the one since its last activity; being behind, the one at its checkpoint
   * for the same goals. A flag is reported once per key.
   */
  key: string;
}

export function dustFlags(facts: DustFacts, today: string, quietDays: number): DustFlag[] {
  if (RESTING_STAGES.includes(facts.stage)) return [];
  const flags: DustFlag[] = [];
  const quiet = daysBetween(facts.lastActivityOn, today);
  if (quiet >= quietDays)
    flags.push({
      reason: 'QUIET',
      since: facts.lastActivityOn,
      days: quiet,
      goalsBehind: [],
      key: `quiet:${facts.lastActivityOn}`,
    });
  const behind = facts.goals.filter((progress) => progress.behind);
  if (facts.checkpointOn && behind.length > 0) {
    const ids = behind.map((progress) => progress.goal.id).sort();
    flags.push({
      reason: 'BEHIND_PLAN',
      since: facts.checkpointOn,
      days: daysBetween(facts.checkpointOn, today),
      goalsBehind: behind,
      key: `behind:${facts.checkpointOn}:${ids.join(',')}`,
    });
  }
  return flags;
}
