/**
 * `npm run evaluate [-- <folder>…] [--k 10]`: the backtest of the ranking
 * (docs/analyses.md, "How the ranking is judged"). Each folder (default
 * data/demo and data/fedramp) is imported into a Neo4j of this run's own
 * (`.neo4j/evaluate`, emptied first; or NEO4J_URI, which is then emptied too),
 * and the product's ranking is compared with every baseline on the same cases.
 * Prints a table per folder and writes bench/results/evaluate.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../api/config.ts';
import { createDatabase } from '../api/db/database.ts';
import { migrate } from '../api/db/migrate.ts';
import { formatProblem, importFolder } from '../api/import/import-folder.ts';
import { freePort } from '../scripts/free-port.ts';
import { startLocalNeo4j } from '../scripts/neo4j/local-neo4j.ts';
import { evaluateMarket, type MarketEvaluation } from './evaluate/evaluate-market.ts';
import { formatEvaluation } from './evaluate/format-evaluation.ts';
import { RESULTS_DIR } from './report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { k: { type: 'string', default: '10' } },
});
const k = Number(values.k);
if (!Number.isInteger(k) || k < 1 || k > 100) {
  console.error(`--k must be a whole number from 1 to 100, got "${values.k}"`);
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const folders = positionals.length > 0 ? positionals : [join(root, 'data/demo'), join(root, 'data/fedramp')];

const config = readConfig();
const external = config.database;
const neo4j = external
  ? undefined
  : await startLocalNeo4j({
      instance: 'evaluate',
      boltPort: Number(process.env.LOCAL_NEO4J_EVALUATE_PORT || (await freePort())),
      fresh: true,
      log: (line) => console.error(line),
    });
const db = createDatabase({ ...(external ?? { uri: neo4j!.uri }), queryTimeoutMs: config.queryTimeoutMs });
const results: Record<string, MarketEvaluation> = {};
let exitCode = 0;
try {
  await migrate(db);
  for (const folder of folders) {
    const name = relative(root, resolve(folder)) || folder;
    console.error(`Importing ${name}…`);
    const imported = await importFolder(db, folder, { replace: true });
    if (!imported.imported) {
      for (const problem of imported.problems) console.error(formatProblem(problem));
      throw new Error(`${name} has bad rows: nothing to evaluate.`);
    }
    const result = await evaluateMarket(db, k, progressBar(name));
    process.stderr.write('\n');
    results[name] = result;
    console.log(`\n${formatEvaluation(name, result)}`);
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'evaluate.json');
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), k, folders: results }, null, 2)}\n`);
  console.log(`\nWrote ${relative(root, file)}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await db.close();
  await neo4j?.stop();
}
process.exit(exitCode);

/** A one-line progress bar on stderr (a line every 10 s when stderr is not a terminal): cases ranked, and what runs now. */
function progressBar(name: string) {
  const terminal = process.stderr.isTTY === true;
  let last = 0;
  return (done: number, total: number, label: string) => {
    const now = Date.now();
    if (now - last < (terminal ? 200 : 10_000) && done < total) return;
    last = now;
    if (!terminal) {
      process.stderr.write(`${name}: ${done}/${total} cases, ${label}\n`);
      return;
    }
    const width = 30;
    const filled = total > 0 ? Math.round((width * done) / total) : 0;
    process.stderr.write(
      `\r${name} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.padEnd(40)}`,
    );
  };
}
