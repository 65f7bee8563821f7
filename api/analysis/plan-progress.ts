import { addMonths, daysBetween } from './calendar-days.ts';
import type { LedgerFact } from './partner-impact.ts';

/**
 * A partnership plan's goals against its ledger (docs/analyses.md, "Goals
 * against the plan"). Each side has goals in numbers with a time frame; a goal
 * counts what its side receives from the other: a FOCAL goal the entries the
 * partner brought the focal company (FROM_PARTNER), a PARTNER goal those the
 * focal company brought the partner (TO_PARTNER). Pure.
 */
export type GoalSide = 'FOCAL' | 'PARTNER';
export type GoalMetric = 'REFERRALS' | 'WON_DEALS' | 'WON_VALUE' | 'OTHER';

export interface PlanGoal {
  id: string;
  side: GoalSide;
  metric: GoalMetric;
  /** How many (or how much) by the end of the time frame. */
  target: number;
  /** The time frame, in calendar months from the plan's start. */
  months: number;
  description: string | null;
}

export interface PlanWindow {
  /** When the plan's clock starts (the signing date by default); null before that. */
  startsOn: string | null;
  /** The date the plan is checked at; null for none. */
  checkpointOn: string | null;
}

export interface GoalProgress {
  goal: PlanGoal;
  /** The goal's time frame: [startsOn, endsOn). Null before the plan starts. */
  startsOn: string | null;
  endsOn: string | null;
  /** What the ledger counts for it so far (to `today`, within its time frame); null for OTHER or before the start. */
  actual: number | null;
  /** actual / target. */
  share: number | null;
  /**
   * The target's share due at the checkpoint, pro rata to the time frame:
   * target × (checkpoint − start) / (end − start), the fraction capped at 1.
   */
  expectedAtCheckpoint: number | null;
  /** True from the checkpoint on while actual < expectedAtCheckpoint. */
  behind: boolean;
}

/** Which entries a side's goals count. */
const DIRECTION_OF_SIDE = { FOCAL: 'FROM_PARTNER', PARTNER: 'TO_PARTNER' } as const;

export function goalProgress(
  goal: PlanGoal,
  window: PlanWindow,
  entries: readonly LedgerFact[],
  today: string,
): GoalProgress {
  if (!window.startsOn)
    return { goal, startsOn: null, endsOn: null, actual: null, share: null, expectedAtCheckpoint: null, behind: false };
  const startsOn = window.startsOn;
  const endsOn = addMonths(startsOn, goal.months);
  const actual = goal.metric === 'OTHER' ? null : measure(goal, entries, startsOn, endsOn, today);
  const span = daysBetween(startsOn, endsOn);
  const expectedAtCheckpoint =
    goal.metric === 'OTHER' || !window.checkpointOn
      ? null
      : goal.target * Math.min(1, Math.max(0, daysBetween(startsOn, window.checkpointOn) / span));
  const behind =
    actual !== null && expectedAtCheckpoint !== null && today >= window.checkpointOn! && actual < expectedAtCheckpoint;
  return {
    goal,
    startsOn,
    endsOn,
    actual,
    share: actual === null ? null : actual / goal.target,
    expectedAtCheckpoint,
    behind,
  };
}

/**
 * REFERRALS: the side's entries passed within the time frame. WON_DEALS: its
 * won entries closed within it (a won entry without a close date counts at
 * its referral date). WON_VALUE: their values summed. Nothing after `today`.
 */
function measure(
  goal: PlanGoal,
  entries: readonly LedgerFact[],
  startsOn: string,
  endsOn: string,
  today: string,
): number {
  const inFrame = (date: string | null) => date !== null && date >= startsOn && date < endsOn && date <= today;
  const side = entries.filter((entry) => entry.direction === DIRECTION_OF_SIDE[goal.side]);
  if (goal.metric === 'REFERRALS') return side.filter((entry) => inFrame(entry.referredOn)).length;
  const won = side.filter((entry) => entry.outcome === 'WON' && inFrame(entry.closedOn ?? entry.referredOn));
  return goal.metric === 'WON_DEALS' ? won.length : won.reduce((sum, entry) => sum + (entry.value ?? 0), 0);
}
