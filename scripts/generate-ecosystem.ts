/**
 * Writes a partner ecosystem in the CSV import format (README, "Loading your own data"):
 * the hand-shaped demo (data/demo) or a large synthetic one for benchmarks; or, with --exports,
 * the files a strategist holds (docs/import.md) with the truth of who each record names.
 *
 *   npx tsx scripts/generate-ecosystem.ts --out data/demo
 *   npx tsx scripts/generate-ecosystem.ts --out /tmp/bench-m --companies 10000 --customers 200000 --links 1000000 --seed 1
 *   npx tsx scripts/generate-ecosystem.ts --out /tmp/exports --exports
 *   npx tsx scripts/generate-ecosystem.ts --out /tmp/install-base --exports --customers 100000 --links 1000000
 */
import { parseGenerateArgs, USAGE, type GenerateRequest } from './ecosystem/cli-options.ts';
import { writeDemoEcosystem } from './ecosystem/demo.ts';
import { formatSummary, type WriteSummary } from './ecosystem/summary.ts';
import { writeSyntheticEcosystem } from './ecosystem/synthetic.ts';
import { writeExports } from './ecosystem/exports/write-exports.ts';
import { writeLargeInstallBase } from './ecosystem/exports/large-install-base.ts';

function generate(request: GenerateRequest, elapsed: () => number): string {
  if (request.mode === 'exports')
    return formatRows(request.out, writeExports(request.out, { seed: request.seed }).rows, elapsed());
  if (request.mode === 'install-base') {
    const truth = writeLargeInstallBase(request.out, { ...request, seed: request.seed ?? 1 });
    return formatRows(request.out, { [truth.file]: truth.rows }, elapsed());
  }
  const summary: WriteSummary =
    request.mode === 'demo'
      ? writeDemoEcosystem(request.out, { seed: request.seed })
      : writeSyntheticEcosystem(request.out, request);
  return formatSummary(request.out, summary, elapsed());
}

/** Rows per export file, beside its truth.json. */
function formatRows(folder: string, rows: Record<string, number>, elapsedMs: number): string {
  const lines = Object.entries(rows).map(
    ([file, count]) => `  ${file.padEnd(30)} ${count.toLocaleString('en-US').padStart(12)} rows`,
  );
  return [`Wrote ${folder} in ${(elapsedMs / 1000).toFixed(1)} s, with truth.json beside the files`, ...lines].join(
    '\n',
  );
}

function main(): void {
  let request: GenerateRequest;
  try {
    request = parseGenerateArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  // Elapsed time is only reported, never written into the data (outputs stay byte-identical).
  const started = performance.now();
  console.log(generate(request, () => performance.now() - started));
}

main();
