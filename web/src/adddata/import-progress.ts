/**
 * How far an import is, from the import status the header reads too
 * (ecosystemSummary.import: phase, file, rows) and the rows the dry run
 * counted per file. Staging is most of the work, so it fills the bar to 90%;
 * applying and tidying up take the rest.
 */
export interface ImportStatusLike {
  state: string;
  phase: string;
  file: string | null;
  rows: number | null;
}

export interface Progress {
  /** 0 to 1. */
  fraction: number;
  label: string;
}

const STAGING_SHARE = 0.9;

export function importProgress(
  status: ImportStatusLike | null | undefined,
  expected: Record<string, number>,
  done: boolean,
): Progress {
  if (done) return { fraction: 1, label: 'Done' };
  if (!status) return { fraction: 0, label: 'Starting…' };
  if (status.phase === 'APPLYING')
    return { fraction: STAGING_SHARE + 0.05, label: 'Applying the changes to the market…' };
  if (status.phase === 'CLEANING') return { fraction: 0.98, label: 'Done: tidying up and relearning the ranking…' };
  const files = Object.keys(expected);
  const total = files.reduce((sum, file) => sum + expected[file]!, 0);
  if (!status.file || total === 0) return { fraction: 0.02, label: 'Reading the files…' };
  const index = files.indexOf(status.file);
  // Files before this one are staged; the matched companies and customers come first, before any file.
  const before = index === -1 ? 0 : files.slice(0, index).reduce((sum, file) => sum + expected[file]!, 0);
  const current = Math.min(status.rows ?? 0, index === -1 ? 0 : expected[status.file]!);
  const fraction = Math.max(0.02, Math.min(STAGING_SHARE, ((before + current) / total) * STAGING_SHARE));
  return { fraction, label: `Reading ${status.file}: ${(status.rows ?? 0).toLocaleString('en-US')} rows` };
}
