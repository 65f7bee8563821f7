/**
 * Pairwise precision and recall of record matching (as Splink and the record-linkage literature
 * score it): over every pair of records, "same entity" as decided against "same organisation" as
 * known. Counted from the contingency of (entity, organisation) without listing pairs, so tens of
 * thousands of records score in milliseconds.
 */
export interface PairwiseScores {
  records: number;
  /** Pairs of records of one true organisation. */
  truePairs: number;
  /** Pairs of records put in one entity. */
  predictedPairs: number;
  /** Pairs both: right merges. */
  correctPairs: number;
  /** correct / predicted: 1 when nothing was merged. */
  precision: number;
  /** correct / true: 1 when no organisation has two records. */
  recall: number;
}

export function pairwiseScores(records: Iterable<{ predicted: string; truth: string }>): PairwiseScores {
  const byPredicted = new Map<string, number>();
  const byTruth = new Map<string, number>();
  const byBoth = new Map<string, number>();
  let count = 0;
  for (const { predicted, truth } of records) {
    count += 1;
    byPredicted.set(predicted, (byPredicted.get(predicted) ?? 0) + 1);
    byTruth.set(truth, (byTruth.get(truth) ?? 0) + 1);
    const both = JSON.stringify([predicted, truth]);
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  const pairs = (sizes: Map<string, number>) =>
    [...sizes.values()].reduce((sum, size) => sum + (size * (size - 1)) / 2, 0);
  const truePairs = pairs(byTruth);
  const predictedPairs = pairs(byPredicted);
  const correctPairs = pairs(byBoth);
  return {
    records: count,
    truePairs,
    predictedPairs,
    correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}
