/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** One pair to score. */
export type FitPair = {
  /** The company it might partner with (B). */
  candidate: string;
  /** The company looking for partners (A). */
  focal: string;
};

/** The evidence terms of the fit score. */
export type FitTermKind =
  /** How much each side's capabilities fill the other's gaps: the geometric mean of the two capability gains. */
  | 'COMPLEMENT'
  /** Segments both target, as a share of the segments either targets (Jaccard). */
  | 'NICHE'
  /** Shared customers as a share of both bases, shrunk toward the market's typical share when a base is small. */
  | 'OVERLAP'
  /** Similarity-weighted share of the companies most like the focal company that already partner with the candidate. */
  | 'PEERS'
  /** The candidate's active partners, on a log scale against the most any company has. */
  | 'PULL';

/** The 2x2 of capability expansion (capabilityGain) against distribution (reach), seen from the focal company. */
export type Quadrant =
  /** High capability expansion only. */
  | 'CAPABILITY'
  /** High distribution only. */
  | 'DISTRIBUTION'
  /** Neither. */
  | 'LOW'
  /** High capability expansion and high distribution. */
  | 'STRATEGIC';

export type MarketPageQueryVariables = Exact<{
  segment?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type MarketPageQuery = { companiesConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, customerCount: number } }> } };

export type ScorePairsQueryVariables = Exact<{
  pairs: Array<FitPair> | FitPair;
}>;


export type ScorePairsQuery = { partnerFits: Array<{ focalId: string, candidateId: string, fit: { score: number, mutualValue: number, quadrant: Quadrant, terms: Array<{ kind: FitTermKind, value: number }> } | null }> };
