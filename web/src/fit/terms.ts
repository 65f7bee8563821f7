/**
 * The fit score's evidence terms as the explorer handles them: their order,
 * where each travels (URL, GraphQL, CSV), the weights in effect when a
 * strategist overrides some of the market's, and the bars that show each
 * term's part of a score. Pure, so the arithmetic is tested without a browser.
 */
import type { FitTerm, FitTermKind, TermWeight } from '../client/types.ts';

/** The API's order (api/analysis/fit-evidence.ts): sliders, columns and bars keep it. */
export const TERM_KINDS: readonly FitTermKind[] = ['PEERS', 'OVERLAP', 'NICHE', 'COMPLEMENT', 'PULL'];

/** The weights a strategist set, by term; a term left out keeps the market's weight. */
export type TermWeights = Partial<Record<FitTermKind, number>>;

/** The FitWeights input field of each term. */
export const TERM_INPUT: Record<FitTermKind, 'peers' | 'overlap' | 'niche' | 'complement' | 'pull'> = {
  PEERS: 'peers',
  OVERLAP: 'overlap',
  NICHE: 'niche',
  COMPLEMENT: 'complement',
  PULL: 'pull',
};

/** The query parameter of each term, the same in the page's URL and the CSV export's. */
export const TERM_PARAM: Record<FitTermKind, string> = {
  PEERS: 'wPeers',
  OVERLAP: 'wOverlap',
  NICHE: 'wNiche',
  COMPLEMENT: 'wComplement',
  PULL: 'wPull',
};

/** Names for before the market model has loaded; the API's labels win once it has. */
export const TERM_LABEL: Record<FitTermKind, string> = {
  PEERS: 'Peer evidence',
  OVERLAP: 'Shared customers',
  NICHE: 'Shared niche',
  COMPLEMENT: 'Complementary capabilities',
  PULL: 'Ecosystem pull',
};

/** Short column headings for the ranked table (a soft hyphen lets the long one wrap). */
export const TERM_SHORT: Record<FitTermKind, string> = {
  PEERS: 'Peers',
  OVERLAP: 'Overlap',
  NICHE: 'Niche',
  COMPLEMENT: 'Comple\u00adment',
  PULL: 'Pull',
};

/** What each term measures, in a strategist's words (api/schema/analysis.graphql has the exact definitions). */
export const TERM_HINT: Record<FitTermKind, string> = {
  PEERS: 'How many of the companies most like you already partner with them',
  OVERLAP: 'Customers you both serve, as a share of both bases',
  NICHE: 'Segments you both target',
  COMPLEMENT: 'Capabilities each side has and the other lacks',
  PULL: 'How many partners they already have',
};

/** The market's weight of each term, from `marketModel.weights`. */
export function marketWeights(weights: readonly TermWeight[]): Record<FitTermKind, number> {
  return Object.fromEntries(
    TERM_KINDS.map((kind) => [kind, weights.find((weight) => weight.kind === kind)?.weight ?? 0]),
  ) as Record<FitTermKind, number>;
}

/** The weight each term ranks with before normalising: the strategist's where set, else the market's. */
export function effectiveWeights(market: Record<FitTermKind, number>, set: TermWeights): Record<FitTermKind, number> {
  return Object.fromEntries(TERM_KINDS.map((kind) => [kind, set[kind] ?? market[kind]])) as Record<FitTermKind, number>;
}

/** Each term's share of the total, as the API normalises them; all 0 when the total is 0. */
export function weightShares(weights: Record<FitTermKind, number>): Record<FitTermKind, number> {
  const total = TERM_KINDS.reduce((sum, kind) => sum + weights[kind], 0);
  return Object.fromEntries(TERM_KINDS.map((kind) => [kind, total > 0 ? weights[kind] / total : 0])) as Record<
    FitTermKind,
    number
  >;
}

/**
 * Whole percentages that add up to 100, by largest remainders: the rule the
 * API's `marketModel.weights.percent` and its summary sentence follow, so the
 * sliders, the table and the sentence show one set of numbers.
 */
export function wholePercentages(weights: Record<FitTermKind, number>): Record<FitTermKind, number> {
  const total = TERM_KINDS.reduce((sum, kind) => sum + weights[kind], 0);
  const exact = TERM_KINDS.map((kind) => (total > 0 ? (weights[kind] / total) * 100 : 0));
  const floors = exact.map(Math.floor);
  let left = total > 0 ? 100 - floors.reduce((sum, x) => sum + x, 0) : 0;
  const order = exact.map((x, t) => [x - floors[t]!, t] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, t] of order) {
    if (left <= 0) break;
    floors[t] = floors[t]! + 1;
    left -= 1;
  }
  return Object.fromEntries(TERM_KINDS.map((kind, t) => [kind, floors[t]!])) as Record<FitTermKind, number>;
}

/**
 * A slider's reading: the weight as the strategist set it (the slider's
 * position, what the link carries) and, beside it, its share of the score
 * once the API normalises all five. Dragging peer evidence to the right end
 * reads "1.00" and, against the others' 0.41 + 0.27 + 0.02 + 0, "59%":
 * the share alone (what the sliders used to say) made the right end read 59%.
 */
export function weightReading(set: number, percent: number): { value: string; share: string } {
  return { value: set.toFixed(2), share: `${percent}%` };
}

/** True when the strategist set no weight: the ranking is the market's own. */
export function isMarketDefault(set: TermWeights): boolean {
  return TERM_KINDS.every((kind) => set[kind] === undefined);
}

export interface TermBar {
  kind: FitTermKind;
  label: string;
  contribution: number;
  /** Bar length in [0, 1]: the contribution over the heaviest weight, so bars compare across columns and rows. */
  length: number;
  sentence: string;
}

/**
 * One bar per term, in TERM_KINDS order. A term's contribution can reach at
 * most its weight, so the heaviest weight is the full length: the terms the
 * ranking weighs little stay visibly small.
 */
export function termBars(terms: readonly FitTerm[]): TermBar[] {
  const heaviest = Math.max(0, ...terms.map((term) => term.weight));
  return TERM_KINDS.flatMap((kind) => {
    const term = terms.find((candidate) => candidate.kind === kind);
    if (!term) return [];
    return [
      {
        kind,
        label: term.label,
        contribution: term.contribution,
        length: heaviest > 0 ? Math.min(1, Math.max(0, term.contribution / heaviest)) : 0,
        sentence: term.sentence,
      },
    ];
  });
}

export interface BasisShare {
  kind: FitTermKind;
  label: string;
  /** This term's part of all the scores shown, in [0, 1]. */
  share: number;
}

/**
 * What a ranking rests on: each term's part of the summed scores, largest
 * first, terms that add nothing left out. A focal company without customers
 * sees shared customers drop out here, so the page can say what is left.
 */
export function rankingBasis(fits: readonly { terms: readonly FitTerm[] }[]): BasisShare[] {
  const totals = new Map<FitTermKind, { label: string; sum: number }>();
  for (const fit of fits) {
    for (const term of fit.terms) {
      const entry = totals.get(term.kind) ?? { label: term.label, sum: 0 };
      entry.sum += term.contribution;
      totals.set(term.kind, entry);
    }
  }
  const total = [...totals.values()].reduce((sum, entry) => sum + entry.sum, 0);
  if (total <= 0) return [];
  return TERM_KINDS.flatMap((kind) => {
    const entry = totals.get(kind);
    return entry && entry.sum > 0 ? [{ kind, label: entry.label, share: entry.sum / total }] : [];
  }).sort((a, b) => b.share - a.share);
}
