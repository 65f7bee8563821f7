import type { Database } from '../db/database.ts';
import type { MatchReport } from './match-report.ts';

/** The match report of the latest import that took effect, with when it finished; undefined before any. */
export async function readLatestReport(db: Database): Promise<(MatchReport & { finishedAt: string }) | undefined> {
  const [row] = await db.read('import/report/latest');
  if (!row) return undefined;
  return { ...(JSON.parse(String(row.report)) as MatchReport), finishedAt: String(row.finishedAt) };
}

/** Stores a report as the latest (after the import took effect: a report on it, not part of it). */
export async function storeMatchReport(db: Database, report: MatchReport): Promise<void> {
  await db.write('import:report', (tx) =>
    tx.run('import/report/store', { report: JSON.stringify(report), finishedAt: new Date().toISOString() }),
  );
}
