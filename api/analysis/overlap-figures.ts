/** Stages as stored on SERVES relationships. */
const STAGES = ['customer', 'prospect', 'opportunity'] as const;
type StageValue = (typeof STAGES)[number];

export interface StageCount {
  stageA: StageValue;
  stageB: StageValue;
  count: number;
}

export interface OverlapFigures {
  sharedCount: number;
  jaccard: number;
  shareOfA: number;
  shareOfB: number;
  /** All nine stage pairs, zeros included, A's stage varying slowest. */
  matrix: StageCount[];
}

/**
 * The overlap numbers (docs/analyses.md, "Overlap") from the stage-pair counts the database
 * returns and the two customer-base sizes |C(A)| and |C(B)|.
 */
export function overlapFigures(counts: StageCount[], sizeA: number, sizeB: number): OverlapFigures {
  const matrix = STAGES.flatMap((stageA) =>
    STAGES.map((stageB) => ({
      stageA,
      stageB,
      count: counts.find((cell) => cell.stageA === stageA && cell.stageB === stageB)?.count ?? 0,
    })),
  );
  const sharedCount = matrix[0]?.count ?? 0; // customer × customer
  return {
    sharedCount,
    jaccard: ratio(sharedCount, sizeA + sizeB - sharedCount),
    shareOfA: ratio(sharedCount, sizeA),
    shareOfB: ratio(sharedCount, sizeB),
    matrix,
  };
}

/** A share that is 0 where its denominator is 0, as every ratio of the analyses. */
export function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0;
}
