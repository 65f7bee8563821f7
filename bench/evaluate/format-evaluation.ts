import type { MarketEvaluation } from './evaluate-market.ts';

const fixed = (value: number) => value.toFixed(4);

/**
 * One table per folder: the product's ranking and every baseline, recall@k and
 * MRR, best first, then the evidence and type figures.
 */
export function formatEvaluation(folder: string, result: MarketEvaluation): string {
  const rows = [
    ['product (score)', result.product] as const,
    ['product, SPECIFIC lens', result.specific] as const,
    ...Object.entries(result.baselines).map(([name, figures]) => [name, figures] as const),
  ].sort((x, y) => y[1].recall - x[1].recall || y[1].mrr - x[1].mrr);
  const bestBaseline = {
    recall: Math.max(...Object.values(result.baselines).map((f) => f.recall)),
    mrr: Math.max(...Object.values(result.baselines).map((f) => f.mrr)),
  };
  const lines = [
    `${folder}: ${result.cases} cases (a company that lost a partner, in one of 5 folds)`,
    `  ${'ranking'.padEnd(22)} ${`recall@${result.k}`.padStart(10)} ${'MRR'.padStart(8)}`,
    ...rows.map(
      ([name, figures]) =>
        `  ${name.padEnd(22)} ${fixed(figures.recall).padStart(10)} ${fixed(figures.mrr).padStart(8)}`,
    ),
    `  product vs best baseline: recall ${verdict(result.product.recall, bestBaseline.recall)}, MRR ${verdict(result.product.mrr, bestBaseline.mrr)}`,
    `  likelihood over each case's top ${result.k} (${result.calibration.rows} rows): expected calibration error ${fixed(result.calibration.ece)} (target ≤ 0.05: ${result.calibration.ece <= 0.05 ? 'met' : 'NOT met'})`,
    `    ${'bin'.padEnd(11)} ${'rows'.padStart(6)} ${'predicted'.padStart(10)} ${'observed'.padStart(9)}`,
    ...result.calibration.bins.map(
      (bin) =>
        `    [${bin.lower.toFixed(1)}, ${bin.upper.toFixed(1)}) ${String(bin.count).padStart(6)} ${fixed(bin.meanPredicted).padStart(10)} ${fixed(bin.observedRate).padStart(9)}`,
    ),
    `  weights' stability, ${result.stability.perturbed.length} imports each missing ${result.stability.dropped} of the active partnerships (1%), after the whole market's: largest move ${result.stability.maxShiftPoints.toFixed(1)} points (target ≤ 5: ${result.stability.maxShiftPoints <= 5 ? 'met' : 'NOT met'}; per copy ${result.stability.perturbed.map((p) => `${p.maxShiftPoints.toFixed(1)} (moved ${p.share === null ? 'all' : `${Math.round(100 * p.share)}%`} of the way)`).join(', ')}); each copy calibrated from scratch instead: largest move ${result.stability.freshMaxShiftPoints.toFixed(1)} points (per copy ${result.stability.perturbed.map((p) => p.freshShiftPoints.toFixed(1)).join(', ')})`,
    `  thin evidence in the product's top ${result.k}: ${(result.thinEvidenceShare * 100).toFixed(1)}%`,
    `  recommended types over the top 20: ${Object.entries(result.typesTop20)
      .sort((x, y) => y[1] - x[1])
      .map(([type, count]) => `${type} ${count}`)
      .join(', ')}`,
    `  recommended type = the hidden partnership's type: ${result.typeMatches.matched} of ${result.typeMatches.total}${
      result.typeMatches.total > 0
        ? ` (${((100 * result.typeMatches.matched) / result.typeMatches.total).toFixed(1)}%)`
        : ''
    }`,
    `  weights learned per fold: ${result.foldModels
      .map((model) =>
        Object.entries(model.weights)
          .map(([term, weight]) => `${term.toLowerCase()} ${weight.toFixed(2)}`)
          .join(' '),
      )
      .join(' | ')}`,
  ];
  return lines.join('\n');
}

function verdict(product: number, best: number): string {
  const difference = product - best;
  return `${difference >= 0 ? '+' : ''}${fixed(difference)} (${difference >= 0 ? 'at or above' : 'BELOW'})`;
}
