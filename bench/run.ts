/**
 * `npm run bench [-- --scale S|M|L] [--browser] [--growth-from-file]`
 *
 * Generates the scale's synthetic ecosystem, imports it into a dedicated local
 * Neo4j (`.neo4j/bench`, port 7689), starts the API in its own process and
 * measures, side by side: import throughput and memory, API and driver-floor
 * latency of candidates / overlap / conflicts / ecosystem over 50 focal
 * companies, the naive baseline, growth from the smaller scale, the API's peak
 * memory and, with --browser, the explorer's 300-node map in chromium. Prints
 * a table and writes bench/results/<scale>.json. M runs S first (growth needs
 * both in one run) unless --growth-from-file reuses bench/results/S.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExplorer, measureBrowser } from './browser.ts';
import type { GrowthReference } from './growth.ts';
import { formatTable, RESULTS_DIR, writeResult } from './report.ts';
import { runScale, type ScaleResult } from './run-scale.ts';
import { parseScale, SCALES, type Scale } from './scales.ts';

const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function readReference(scale: Scale): GrowthReference | null {
  const file = join(RESULTS_DIR, `${scale.name}.json`);
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as ScaleResult).growthReference;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'S' },
      browser: { type: 'boolean', default: false },
      'growth-from-file': { type: 'boolean', default: false },
    },
  });
  const target = parseScale(values.scale);
  // Growth compares with the next smaller scale: M with S (run first, here), L with M (from its file: M takes minutes).
  const smaller: Scale | undefined = target.name === 'M' ? SCALES.S : target.name === 'L' ? SCALES.M : undefined;
  let reference: GrowthReference | null = null;
  if (smaller && (values['growth-from-file'] || target.name === 'L')) {
    reference = readReference(smaller);
    if (!reference) log(`No bench/results/${smaller.name}.json to compare with: growth will not be measured.`);
  } else if (smaller) {
    log(`Running ${smaller.name} first: growth compares ${target.name} with it.`);
    const first = await runScale(smaller, { reference: null, log });
    log(`Wrote ${writeResult(first)}`);
    console.log(formatTable(first));
    reference = first.growthReference;
  }

  const explorer = values.browser ? await buildExplorer(log) : undefined;
  if (values.browser && !explorer) log('There is no web app (web/index.html) to measure: --browser is skipped.');
  try {
    const result = await runScale(target, {
      reference,
      log,
      webRoot: explorer?.dir,
      extra: explorer ? (context) => measureBrowser(context, log) : undefined,
    });
    log(`Wrote ${writeResult(result)}`);
    console.log(formatTable(result));
  } finally {
    explorer?.remove();
  }
}

// Ctrl-C: the cleanup of runScale stops Neo4j and the API; a second one exits at once.
let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  log('Interrupted: stopping what the bench started…');
});

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
