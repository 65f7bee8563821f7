import type { Conflict } from './conflicts.ts';
import type { FitTerms, Thresholds } from './fit-terms.ts';
import type { MarketPartnership } from './market.ts';
import type { PowerBalance } from './power-balance.ts';

/** What the rule reads. */
export interface RecommendationInput {
  focal: FitTerms;
  candidate: FitTerms;
  valueToFocal: number;
  valueToCandidate: number;
  sharedCustomers: number;
  /** A's prospects and opportunities that are B's customers. */
  warmIntroductions: number;
  /** |C(A)| and |C(B)|. */
  customersA: number;
  customersB: number;
  powerBalance: PowerBalance;
  conflicts: Conflict[];
  /** The conflict that rules the pair out in this market (decisiveConflict), if one does. */
  decisive: Conflict | null;
  thresholds: Thresholds;
  /** Every partnership of the pair, newest first. */
  history: MarketPartnership[];
  /** The partnership type B's partnerships with companies like A have most, if any. */
  precedent: Precedent | null;
}

/** The type most of B's partnerships with companies similar to A have, weighted by that similarity. */
export interface Precedent {
  typeId: string;
  /** Names of the partners behind it, most similar to A first. */
  partners: string[];
}

export interface Recommendation {
  /** A PartnershipType id, or null when a decisive conflict rules the pair out. */
  typeId: string | null;
  /** One sentence: why this type, or why none; a conflict that does not rule out is named as a risk to manage. */
  because: string;
}

/** Shared customers count as a base to build on from this share of either side's customers. */
const MEANINGFUL_SHARE = 0.05;
/** Both values at least this, at peer size, make a strategic alliance worth its cost. */
const ALLIANCE_VALUE = 0.4;
/** Warm introductions count when they are at least this share of the shared customers (and at least one). */
const WARM_SHARE = 0.1;

/**
 * The recommended partnership type, first rule that applies (docs/analyses.md):
 * 1. a decisive conflict (the one that rules the pair out in this market) → none, naming it;
 * 2. the pair's history: an active or proposed partnership → its type (keep it, or finish it);
 * 3. precedent: B's partnerships with companies like A mostly have one type → that type;
 * 4. high value both ways (≥ 0.4 each) at peer size → strategic alliance;
 * 5. shared customers and each side fills a gap of the other → technology integration;
 * 6. only the smaller side (a third of the other's size or less) fills a gap → OEM (the bigger one embeds it);
 * 7. each side fills a gap of the other, without shared customers → co-selling (sell the combined offer);
 * 8. B's customers are your prospects (warm introductions) → co-selling;
 * 9. reach (≥ the distribution threshold) without capability gain → reseller when B serves more
 *    customers than you, else referral;
 * 10. shared customers without complementary capabilities → co-marketing;
 * 11. anything else → referral, the cheapest way to test the relationship.
 * A HIGH conflict this market does not treat as decisive (a core overlap
 * where partners often overlap) follows the rules like any pair, and the
 * sentence names it as a risk to manage: the same rule the ranking follows.
 */
export function recommendType(input: RecommendationInput): Recommendation {
  if (input.decisive)
    return { typeId: null, because: `No partnership type recommended: ${input.decisive.explanation}` };
  const chosen = chooseType(input);
  const risk = input.conflicts.find((conflict) => conflict.severity === 'HIGH');
  return risk ? { ...chosen, because: `${chosen.because} High risk to manage: ${risk.explanation}` } : chosen;
}

function chooseType(input: RecommendationInput): Recommendation {
  const current =
    input.history.find((p) => p.status === 'active') ?? input.history.find((p) => p.status === 'proposed');
  if (current?.typeId) {
    return current.status === 'active'
      ? {
          typeId: current.typeId,
          because: `You are already partners (${current.id}${sinceText(current)}): build on what you have.`,
        }
      : {
          typeId: current.typeId,
          because: `A partnership of this type is already proposed (${current.id}${sinceText(current)}): finish it.`,
        };
  }
  if (input.precedent) {
    return {
      typeId: input.precedent.typeId,
      because: `Their partnerships with companies like you (${listNames(input.precedent.partners)}) are mostly of this type.`,
    };
  }

  const sharedBase =
    input.sharedCustomers > 0 &&
    (input.focal.synergy >= MEANINGFUL_SHARE || input.candidate.synergy >= MEANINGFUL_SHARE);
  const fillsYours = input.focal.capabilityGain > 0;
  const fillsTheirs = input.candidate.capabilityGain > 0;
  const warm = input.warmIntroductions > 0 && input.warmIntroductions >= WARM_SHARE * input.sharedCustomers;

  if (
    input.valueToFocal >= ALLIANCE_VALUE &&
    input.valueToCandidate >= ALLIANCE_VALUE &&
    input.powerBalance === 'PEERS'
  ) {
    return {
      typeId: 'strategic_alliance',
      because: 'High value to both sides at similar size justifies a broad alliance.',
    };
  }
  if (sharedBase && fillsYours && fillsTheirs) {
    return {
      typeId: 'technology_integration',
      because: 'Shared customers and complementary capabilities: an integration serves customers you already share.',
    };
  }
  if (fillsYours !== fillsTheirs && input.powerBalance !== 'PEERS') {
    const embedder = input.powerBalance === 'BIG_FISH' ? 'you' : 'they';
    const bigFillsSmall =
      (input.powerBalance === 'BIG_FISH' && fillsTheirs) || (input.powerBalance === 'SMALL_FISH' && fillsYours);
    if (!bigFillsSmall) {
      return {
        typeId: 'oem',
        because: `Only the smaller side adds a capability, so ${embedder}, the bigger side, can embed it in ${embedder === 'you' ? 'your' : 'their'} own product.`,
      };
    }
  }
  if (fillsYours && fillsTheirs) {
    return {
      typeId: 'co_selling',
      because: 'Complementary capabilities but few shared customers: sell the combined offer together.',
    };
  }
  if (warm) {
    return {
      typeId: 'co_selling',
      because: `${input.warmIntroductions} of your prospects already buy from them: sell together into those accounts.`,
    };
  }
  if (input.focal.reach >= input.thresholds.distribution && input.focal.capabilityGain < input.thresholds.capability) {
    return input.customersB > input.customersA
      ? {
          typeId: 'reseller',
          because: 'They reach many customers you do not and serve the bigger base: let them resell you.',
        }
      : {
          typeId: 'referral',
          because: 'They reach customers you do not, with little capability to add: start with referrals.',
        };
  }
  if (sharedBase) {
    return {
      typeId: 'co_marketing',
      because: 'You sell to the same customers without adding capabilities to each other: market together.',
    };
  }
  return {
    typeId: 'referral',
    because: 'Modest evidence either way: a referral deal tests the relationship at the lowest cost.',
  };
}

function sinceText(partnership: MarketPartnership): string {
  return partnership.since ? `, since ${partnership.since}` : '';
}

function listNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}
