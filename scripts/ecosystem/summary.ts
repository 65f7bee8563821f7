import type { CsvTable } from './model.ts';

/** Rows written per file, for the CLI's report. */
export type WriteSummary = Record<CsvTable, number>;

export function formatSummary(folder: string, summary: WriteSummary, elapsedMs: number): string {
  const lines = Object.entries(summary).map(
    ([table, rows]) => `  ${`${table}.csv`.padEnd(18)} ${rows.toLocaleString('en-US').padStart(12)} rows`,
  );
  return [`Wrote ${folder} in ${(elapsedMs / 1000).toFixed(1)} s`, ...lines].join('\n');
}
