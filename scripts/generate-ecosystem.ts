/**
 * Writes a partner ecosystem in the CSV import format (README, "Loading your own data"):
 * the hand-shaped demo (data/demo) or a large synthetic one for benchmarks.
 *
 *   npx tsx scripts/generate-ecosystem.ts --out data/demo
 *   npx tsx scripts/generate-ecosystem.ts --out /tmp/bench-m --companies 10000 --customers 200000 --links 1000000 --seed 1
 */
import { parseGenerateArgs, USAGE, type GenerateRequest } from './ecosystem/cli-options.ts';
import { writeDemoEcosystem } from './ecosystem/demo.ts';
import { formatSummary, type WriteSummary } from './ecosystem/summary.ts';
import { writeSyntheticEcosystem } from './ecosystem/synthetic.ts';

function generate(request: GenerateRequest): WriteSummary {
  if (request.mode === 'demo') return writeDemoEcosystem(request.out, { seed: request.seed });
  return writeSyntheticEcosystem(request.out, request);
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
  const summary = generate(request);
  console.log(formatSummary(request.out, summary, performance.now() - started));
}

main();
