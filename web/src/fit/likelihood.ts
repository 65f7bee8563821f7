/**
 * The absolute estimate beside the order, as the explorer shows it: the
 * likelihood as a percentage with its plain band, whether anything in a
 * ranking stands out at all, and which rows tie. Pure, so the rules are
 * tested without a browser (test/unit/web-likelihood.test.ts).
 */
import type { LikelihoodBand } from '../client/types.ts';

export const BAND_LABEL: Record<LikelihoodBand, string> = {
  STRONG: 'Strong',
  GOOD: 'Good',
  SOME: 'Some',
  LITTLE: 'Little',
};

/** What each band means, in the words of docs/analyses.md. */
export const BAND_HINT: Record<LikelihoodBand, string> = {
  STRONG: '1 in 2 or more candidates this strong were real partners in this market',
  GOOD: '1 in 5 to 1 in 2 candidates this strong were real partners in this market',
  SOME: '1 in 20 to 1 in 5 candidates this strong were real partners in this market',
  LITTLE: 'fewer than 1 in 20 candidates this strong were real partners in this market',
};

/** "24%", "0.4%", "<0.1%": small likelihoods keep a digit so they do not all read 0%. */
export function formatLikelihood(likelihood: number): string {
  if (likelihood < 0.001) return '<0.1%';
  if (likelihood < 0.1) return `${(likelihood * 100).toFixed(1)}%`;
  return `${Math.round(likelihood * 100)}%`;
}

/**
 * True when no candidate shown has evidence that, in this market, came with a
 * partnership more than 1 time in 20: the explorer then says so, instead of
 * showing the best of a weak lot as if it were a find.
 */
export function nothingStandsOut(fits: readonly { likelihoodBand: LikelihoodBand }[]): boolean {
  return fits.length > 0 && fits.every((fit) => fit.likelihoodBand === 'LITTLE');
}

/**
 * For each row, the name of the row before it when their ranking scores are
 * equal (the API then orders them by shared customers, then name): a tie the
 * table says, not an order it pretends to.
 */
export function tiedWithPrevious<F extends { candidate: { name: string } }>(
  fits: readonly F[],
  scoreOf: (fit: F) => number,
): (string | null)[] {
  return fits.map((fit, index) => {
    const before = fits[index - 1];
    return before && Math.abs(scoreOf(before) - scoreOf(fit)) < 1e-9 ? before.candidate.name : null;
  });
}
