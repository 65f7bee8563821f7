import { TERM_KINDS } from '../analysis/fit-evidence.ts';
import { DEFAULT_TERM_WEIGHTS, describeModel, wholePercentages } from '../analysis/market-model.ts';
import { TERM_LABELS } from '../analysis/term-sentences.ts';
import type { Database } from '../db/database.ts';
import { currentMarketDirectory } from './market-directory.ts';

/** The market's ranking model as the API shows it: weights heaviest first, and in sentences. */
export async function marketModelView(db: Database) {
  const { model } = await currentMarketDirectory(db);
  const percentages = wholePercentages(model.weights);
  return {
    ...model,
    ...describeModel(model, TERM_LABELS),
    coreOverlapDecisive: model.coreOverlap.decisive,
    weights: TERM_KINDS.map((kind) => ({
      kind,
      label: TERM_LABELS[kind],
      weight: model.weights[kind],
      percent: percentages[kind],
      yardstick: model.yardsticks[kind],
      defaultWeight: DEFAULT_TERM_WEIGHTS[kind],
    })).sort((x, y) => y.weight - x.weight),
  };
}
