import type { ImportPreview } from '../db/bookkeeping-rows.ts';
import type { MatchReport } from '../import/match-report.ts';

/**
 * A dry run's or an import's outcome, as the upload's record keeps it and
 * `GET /uploads/<id>` gives it:
 * - `running`: the import is at work (its progress is the import status, ecosystemSummary.import);
 * - `done`: imported (an import), or read and matched (a dry run);
 * - `refused`: bad rows or a plan that does not fit stopped it; nothing was written (`problems`);
 * - `failed`: an error stopped it (`error`, one sentence); the graph is as it was, or the next import finishes it;
 * - `interrupted`: the server stopped while it ran.
 */
export interface UploadRun {
  kind: 'dry-run' | 'import';
  state: 'running' | 'done' | 'refused' | 'failed' | 'interrupted';
  replace: boolean;
  startedAt: string;
  finishedAt?: string;
  report?: MatchReport;
  preview?: ImportPreview;
  /** Every refused row and plan problem as `file:line: reason`, the first MAX_PROBLEMS of them. */
  problems?: string[];
  problemsTotal?: number;
  /** Rows written per file (an import), or staged (a dry run). */
  written?: Record<string, number>;
  error?: string;
  /** The company whose accounts or partners the files list, as it is in the graph after the import: where the explorer opens. */
  owner?: { id: string; name: string };
}

/** Problems listed in a run's outcome; the count says how many there were. */
export const MAX_PROBLEMS = 200;
