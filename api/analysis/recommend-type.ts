import type { Conflict } from './conflicts.ts';
import type { FitTerms, Thresholds } from './fit-terms.ts';
import type { PowerBalance } from './power-balance.ts';

/** What the rule reads. */
export interface RecommendationInput {
  focal: FitTerms;
  candidate: FitTerms;
  valueToFocal: number;
  valueToCandidate: number;
  sharedCustomers: number;
  /** |C(A)| and |C(B)|. */
  customersA: number;
  customersB: number;
  powerBalance: PowerBalance;
  conflicts: Conflict[];
  thresholds: Thresholds;
}

export interface Recommendation {
  /** A PartnershipType id, or null when a HIGH conflict rules a partnership out. */
  typeId: string | null;
  /** One sentence: why this type, or why none. */
  because: string;
}

/** Shared customers count as a base to build on from this share of either side's customers. */
export const MEANINGFUL_SHARE = 0.05;
/** Both values at least this, at peer size, make a strategic alliance worth its cost. */
export const ALLIANCE_VALUE = 0.4;

/**
 * The recommended partnership type, first rule that applies:
 * 1. any HIGH conflict → none, naming it;
 * 2. high value both ways (≥ 0.4 each) at peer size → strategic alliance;
 * 3. shared customers (≥ 5% of either base) and each side fills a gap of the other → technology integration;
 * 4. each side fills a gap of the other, without shared customers → consortium / joint bid;
 * 5. reach (≥ the distribution threshold) without capability gain → reseller when the
 *    candidate serves more customers than you (it has the bigger sales reach), else referral;
 * 6. shared customers without complementary capabilities → co-marketing;
 * 7. anything else → referral, the cheapest way to test the relationship.
 */
export function recommendType(input: RecommendationInput): Recommendation {
  const blocker = input.conflicts.find((conflict) => conflict.severity === 'HIGH');
  if (blocker) return { typeId: null, because: `No partnership type recommended: ${blocker.explanation}` };

  const sharedBase =
    input.sharedCustomers > 0 && (input.focal.synergy >= MEANINGFUL_SHARE || input.candidate.synergy >= MEANINGFUL_SHARE);
  const complementary = input.focal.capabilityGain > 0 && input.candidate.capabilityGain > 0;
  const reach = input.focal.reach >= input.thresholds.distribution;
  const gain = input.focal.capabilityGain >= input.thresholds.capability;

  if (input.valueToFocal >= ALLIANCE_VALUE && input.valueToCandidate >= ALLIANCE_VALUE && input.powerBalance === 'PEERS') {
    return { typeId: 'strategic_alliance', because: 'High value to both sides at similar size justifies a broad alliance.' };
  }
  if (sharedBase && complementary) {
    return { typeId: 'technology_integration', because: 'Shared customers and complementary capabilities: an integration serves customers you already share.' };
  }
  if (complementary) {
    return { typeId: 'consortium', because: 'Complementary capabilities but few shared customers: bid together for deals neither wins alone.' };
  }
  if (reach && !gain) {
    return input.customersB > input.customersA
      ? { typeId: 'reseller', because: 'They reach many customers you do not and serve the bigger base: let them resell you.' }
      : { typeId: 'referral', because: 'They reach customers you do not, with little capability to add: start with referrals.' };
  }
  if (sharedBase) {
    const oneSided = input.focal.capabilityGain > 0 || input.candidate.capabilityGain > 0;
    return {
      typeId: 'co_marketing',
      because: oneSided
        ? 'You share customers but only one side adds capabilities to the other: market together to the shared base first.'
        : 'You sell to the same customers without adding capabilities to each other: market together.',
    };
  }
  return { typeId: 'referral', because: 'Modest value on either side: a referral deal tests the relationship at the lowest cost.' };
}

