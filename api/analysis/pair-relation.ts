import type { MarketPartnership } from './market.ts';

/** Where a pair stands, from its partnerships. */
export type PairRelation = 'PARTNER' | 'IN_PROGRESS' | 'FORMER_PARTNER' | 'CANDIDATE';

/**
 * An active partnership makes the pair partners, whatever else they had; a
 * proposed one makes it in progress; only ended ones, former partners; none, a
 * candidate.
 */
export function pairRelation(history: MarketPartnership[]): PairRelation {
  if (history.some((p) => p.status === 'active')) return 'PARTNER';
  if (history.some((p) => p.status === 'proposed')) return 'IN_PROGRESS';
  if (history.length > 0) return 'FORMER_PARTNER';
  return 'CANDIDATE';
}
