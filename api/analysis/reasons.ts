import type { Conflict } from './conflicts.ts';
import type { PowerBalanceResult } from './power-balance.ts';

export interface ReasonInput {
  sharedCustomers: number;
  /** shareOfA and shareOfB. */
  shareOfFocal: number;
  shareOfCandidate: number;
  /** |C(B) \ C(A)|: customers the candidate could introduce. */
  newCustomersForFocal: number;
  /** Capability names: K(B) \ K(A) and K(A) \ K(B). */
  gapsFilledForFocal: string[];
  gapsFilledForCandidate: string[];
  conflicts: Conflict[];
  power: PowerBalanceResult;
}

/** Short sentences a strategist can read out, built only from the numbers. */
export function reasonsFor(input: ReasonInput): string[] {
  const reasons: string[] = [];
  if (input.sharedCustomers > 0) {
    reasons.push(
      `Shares ${plural(input.sharedCustomers, 'customer')} (${percent(input.shareOfFocal)} of yours, ${percent(input.shareOfCandidate)} of theirs)`,
    );
  } else {
    reasons.push('No shared customers yet');
  }
  if (input.newCustomersForFocal > 0) {
    reasons.push(`Can introduce you to ${plural(input.newCustomersForFocal, 'customer')} you do not serve`);
  }
  if (input.gapsFilledForFocal.length > 0) reasons.push(`Fills your gap in ${listOf(input.gapsFilledForFocal)}`);
  if (input.gapsFilledForCandidate.length > 0) reasons.push(`You fill their gap in ${listOf(input.gapsFilledForCandidate)}`);
  for (const conflict of input.conflicts) reasons.push(conflictReason(conflict));
  if (input.power.balance !== 'PEERS') {
    const times = Number.isFinite(input.power.ratio) ? `${input.power.ratio.toFixed(1)}×` : 'far more than';
    reasons.push(
      input.power.balance === 'BIG_FISH'
        ? `You are ${times} their size (${input.power.measure})`
        : `They are ${times} your size (${input.power.measure})`,
    );
  }
  return reasons;
}

function conflictReason(conflict: Conflict): string {
  // The explanation already names everything; reasons keep it, minus the final period.
  return conflict.explanation.replace(/\.$/, '');
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** "a", "a and b", "a, b and 3 more". */
function listOf(names: string[], shown = 3): string {
  if (names.length <= shown) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
