// Its own module, below likelihood.ts, market-model.ts and calibrate.ts: each takes the type, and none imports the other for it.

/**
 * The absolute estimate beside the order (docs/analyses.md, "Likelihood"):
 * how likely a pair with this evidence is to be, or become, partners in this
 * market. The score is on the market's absolute scale, so one logistic curve
 * per market turns it into a probability: likelihood = 1 / (1 + e^−(a + b·score)).
 */
export interface LikelihoodCurve {
  intercept: number;
  slope: number;
  /** Top-10 rows the curve was fitted on. */
  rows: number;
  /** Share of those rows that were a hidden partner. */
  observedRate: number;
}
