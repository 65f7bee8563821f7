import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import type { Conflict } from './conflicts.ts';
import type { MarketPartnership } from './market.ts';
import type { PowerBalanceResult } from './power-balance.ts';
import { termSentence, plural, type SentenceFacts } from './term-sentences.ts';

export interface ReasonInput extends SentenceFacts {
  /** |C(B) \ C(A)|: customers the candidate could introduce. */
  newCustomersForFocal: number;
  /** A's prospects and opportunities that are B's customers. */
  warmIntroductions: number;
  conflicts: Conflict[];
  ruledOutBy: Conflict | null;
  power: PowerBalanceResult;
  history: MarketPartnership[];
  oneSided: 'FOCAL' | 'CANDIDATE' | null;
  valueToFocal: number;
  valueToCandidate: number;
  /** Set when the candidate has the same score as the one ranked before it. */
  tiedWith?: string | null;
}

/** Short sentences a strategist can read out, built only from the numbers, the pair's standing first. */
export function reasonsFor(input: ReasonInput): string[] {
  const reasons: string[] = input.history.map(historySentence);
  if (input.ruledOutBy) reasons.push(`Ruled out: ${withoutPeriod(input.ruledOutBy.explanation)}`);
  reasons.push(termSentence('OVERLAP', input));
  if (input.warmIntroductions > 0) {
    reasons.push(
      input.warmIntroductions === 1
        ? '1 of your prospects is their customer: a warm introduction'
        : `${plural(input.warmIntroductions, 'prospect')} of yours are their customers: warm introductions`,
    );
  }
  reasons.push(termSentence('PEERS', input));
  if (input.newCustomersForFocal > 0)
    reasons.push(`Can introduce you to ${plural(input.newCustomersForFocal, 'customer')} you do not serve`);
  if (input.gapsFilledForFocal.length > 0 || input.gapsFilledForCandidate.length > 0)
    reasons.push(termSentence('COMPLEMENT', input));
  if (input.segmentsShared.length > 0) reasons.push(termSentence('NICHE', input));
  if (input.oneSided) {
    const [side, low, high] =
      input.oneSided === 'FOCAL'
        ? ['you', input.valueToFocal, input.valueToCandidate]
        : ['them', input.valueToCandidate, input.valueToFocal];
    reasons.push(
      `One-sided: little in it for ${side} (value ${low.toFixed(2)} against ${high.toFixed(2)} for the other side)`,
    );
  }
  // A conflict that does not rule the pair out is a risk to manage, said with its severity, not a verdict.
  for (const conflict of input.conflicts)
    if (conflict !== input.ruledOutBy)
      reasons.push(`${RISK_LABEL[conflict.severity]}: ${withoutPeriod(conflict.explanation)}`);
  if (input.power.balance !== 'PEERS') {
    const times = Number.isFinite(input.power.ratio) ? `${input.power.ratio.toFixed(1)}×` : 'far more than';
    reasons.push(
      input.power.balance === 'BIG_FISH'
        ? `You are ${times} their size (${input.power.measure})`
        : `They are ${times} your size (${input.power.measure})`,
    );
  }
  if (input.tiedWith) reasons.push(`Same score as ${input.tiedWith}: ordered by shared customers, then name`);
  return reasons;
}

/** "Active partner since 2019-03-11 (technology integration)", "In progress: …", "Former partner: …". */
function historySentence(partnership: MarketPartnership): string {
  const type = PARTNERSHIP_TYPES.find((t) => t.id === partnership.typeId)?.name.toLowerCase() ?? 'partnership';
  const since = partnership.since ? ` since ${partnership.since}` : '';
  switch (partnership.status) {
    case 'active':
      return `Active partner${since} (${type})`;
    case 'proposed':
      return `In progress: ${type} proposed${partnership.since ? ` on ${partnership.since}` : ''}`;
    case 'ended':
      return `Former partner: ${type}${partnership.since ? ` started ${partnership.since},` : ''} now ended`;
  }
}

const RISK_LABEL: Record<Conflict['severity'], string> = {
  HIGH: 'High risk to manage',
  MEDIUM: 'Risk to manage',
  LOW: 'Worth knowing',
};

function withoutPeriod(text: string): string {
  return text.replace(/\.$/, '');
}
