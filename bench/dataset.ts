import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticEcosystem } from '../scripts/ecosystem/synthetic.ts';
import type { Scale } from './scales.ts';

export interface Dataset {
  folder: string;
  /** Rows written per table (companies, customers, accounts, capabilities, …). */
  rows: Record<string, number>;
  generateSeconds: number;
  /** Deletes the folder. */
  remove(): void;
}

/**
 * Writes the scale's synthetic ecosystem (power-law popularity of companies and
 * customers, fixed seed: same scale, same bytes) into a temporary folder.
 */
export function generateDataset(scale: Scale): Dataset {
  const folder = mkdtempSync(join(tmpdir(), `partnergraph-bench-${scale.name}-`));
  const started = performance.now();
  const rows = writeSyntheticEcosystem(folder, {
    companies: scale.companies,
    customers: scale.customers,
    links: scale.links,
    seed: scale.seed,
  });
  return {
    folder,
    rows: { ...rows },
    generateSeconds: (performance.now() - started) / 1000,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
