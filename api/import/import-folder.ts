import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Database } from '../db/database.ts';
import type { MarketModel } from '../analysis/market-model.ts';
import { calibrateMarket, storeMarketModel } from '../market/calibrate-market.ts';
import type { RowProblem } from './read-csv.ts';
import { readDataFolder } from './read-folder.ts';
import { emptyGraph, writePlan, type ImportProgress } from './write-plan.ts';

export interface ImportOptions {
  /** Empty the graph first (the partnership type catalogue stays). Default false. */
  replace?: boolean;
  /** Import the good rows of a file that has bad ones. Default false: any bad row changes nothing. */
  skipBadRows?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Called while the ranking model is calibrated, after the last file. */
  onCalibration?: (done: number, total: number) => void;
  /** Largest file accepted, in bytes. Default: see readDataFolder. */
  maxFileBytes?: number;
}

export interface ImportResult {
  /** False when bad rows stopped the import; nothing was written then. */
  imported: boolean;
  /** Rows written per file. */
  written: Record<string, number>;
  /** Every rejected row as `file:line: reason`, in file and line order. */
  problems: RowProblem[];
  /** The ranking model calibrated on the imported market (absent when nothing was imported). */
  model?: MarketModel;
}

/**
 * Imports a data folder in the PRODUCT.md format. Everything is read and
 * checked before the first write, so bad rows (without `skipBadRows`) leave
 * the graph exactly as it was, even with `replace`.
 */
export async function importFolder(db: Database, folder: string, options: ImportOptions = {}): Promise<ImportResult> {
  const existing = options.replace ? [] : await db.read('import/company-ids');
  const plan = readDataFolder(folder, new Set(existing.map((row) => String(row.id))), { maxFileBytes: options.maxFileBytes });
  if (plan.problems.length > 0 && !options.skipBadRows) {
    return { imported: false, written: {}, problems: plan.problems };
  }
  if (options.replace) await emptyGraph(db);
  const written = await writePlan(db, plan, { onProgress: options.onProgress });
  await db.write('import:record-dataset', (tx) => tx.run('import/record-dataset', { name: datasetName(folder) }), { serverTimeout: true });
  // The ranking learns from the market's partnerships as they now stand.
  const model = await calibrateMarket(db, { onProgress: options.onCalibration });
  await storeMarketModel(db, model);
  return { imported: true, written, problems: plan.problems, model };
}

export function formatProblem(problem: RowProblem): string {
  return `${problem.file}:${problem.line}: ${problem.reason}`;
}

/** The folder README's first heading names the dataset; else the folder's name. */
function datasetName(folder: string): string {
  const readme = join(folder, 'README.md');
  const heading = existsSync(readme) ? /^#\s+(.+)$/m.exec(readFileSync(readme, 'utf8'))?.[1] : undefined;
  return heading?.trim() || basename(resolve(folder));
}
