import type { DustFlag } from './gathering-dust.ts';
import type { PartnerImpactFigures } from './partner-impact.ts';
import type { GoalProgress } from './plan-progress.ts';

/**
 * What a partnership's health needs looked at (docs/analyses.md, "Partner
 * impact and health"), in sentences a strategist reads: gathering dust,
 * behind its plan, one-sided, signed without a plan. Pure: names are passed in.
 */
type HealthKind = 'QUIET' | 'BEHIND_PLAN' | 'ONE_SIDED' | 'NO_PLAN';

export interface HealthFlag {
  kind: HealthKind;
  sentence: string;
}

/** One side gives at least three times what it gets: |balance| ≥ 0.5 … */
const ONE_SIDED_BALANCE = 0.5;
/** … over at least this many referrals, fewer say little. */
const ONE_SIDED_MIN_REFERRALS = 4;
/** Within ±0.2 (at most 3 to 2) the balance reads as even. */
const EVEN_BALANCE = 0.2;

export interface HealthFacts {
  focalName: string;
  partnerName: string;
  figures: PartnerImpactFigures;
  /** Whether the pair is signed: an active or proposed partnership, or a signed pipeline item. */
  signed: boolean;
  /** Null when the pair has no plan. */
  goals: readonly GoalProgress[] | null;
  dust: readonly DustFlag[];
}

export function healthFlags(facts: HealthFacts): HealthFlag[] {
  const flags: HealthFlag[] = [];
  for (const flag of facts.dust)
    flags.push({ kind: flag.reason, sentence: dustSentence(flag, facts.focalName, facts.partnerName) });
  const { balance, both } = facts.figures;
  if (balance !== null && both.referrals >= ONE_SIDED_MIN_REFERRALS && Math.abs(balance) >= ONE_SIDED_BALANCE) {
    flags.push({
      kind: 'ONE_SIDED',
      sentence: `One-sided: ${balanceSentence(facts.figures, facts.focalName, facts.partnerName)}`,
    });
  }
  if (facts.signed && (facts.goals === null || !facts.goals.some((progress) => progress.goal.metric !== 'OTHER'))) {
    flags.push({
      kind: 'NO_PLAN',
      sentence:
        facts.goals === null
          ? 'Signed without a written plan: no goals, terms or checklist.'
          : 'The plan has no goal the ledger can measure: put each side’s goals in numbers.',
    });
  }
  return flags;
}

/** Who gives more, in a sentence: the referrals each way, and who brought more. */
export function balanceSentence(figures: PartnerImpactFigures, focalName: string, partnerName: string): string {
  const from = figures.fromPartner.referrals;
  const to = figures.toPartner.referrals;
  const counts = `${partnerName} brought ${focalName} ${plural(from, 'referral')}, ${focalName} brought ${partnerName} ${plural(to, 'referral')}`;
  if (figures.balance === null) return `No referrals yet either way between ${focalName} and ${partnerName}.`;
  if (Math.abs(figures.balance) < EVEN_BALANCE) return `Even: ${counts}.`;
  return `${figures.balance > 0 ? partnerName : focalName} gives more: ${counts}.`;
}

export function dustSentence(flag: DustFlag, focalName: string, partnerName: string): string {
  if (flag.reason === 'QUIET')
    return `Nothing has happened between ${focalName} and ${partnerName} for ${plural(flag.days, 'day')}, since ${flag.since}.`;
  const goals = flag.goalsBehind.map(goalSentence).join('; ');
  return `Behind the plan at its checkpoint of ${flag.since}: ${goals}.`;
}

/** "we received 3 referrals of 5.0 due by the checkpoint (10 in 6 months)". */
function goalSentence(progress: GoalProgress): string {
  const { goal } = progress;
  const who = goal.side === 'FOCAL' ? 'we received' : 'the partner received';
  const unit = goal.metric === 'REFERRALS' ? 'referrals' : goal.metric === 'WON_DEALS' ? 'won deals' : 'in won deals';
  const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
  return `${who} ${number(progress.actual ?? 0)} ${unit} of ${number(progress.expectedAtCheckpoint ?? 0)} due by the checkpoint (${number(goal.target)} in ${goal.months} months)`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
