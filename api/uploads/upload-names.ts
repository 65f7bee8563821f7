import { PLAN_FILE } from '../sources/import-plan.ts';

/** What an upload may hold: CSV files and the import plan, nothing that could be run or served. */
export type UploadName = { name: string; kind: 'csv' | 'plan' } | { reason: string };

const MAX_NAME_LENGTH = 120;

/**
 * Reduces the name a browser sent to a safe base name, or says why the file
 * is refused. The name's folders go (a client may send `../../x.csv` or
 * `C:\exports\x.csv`), control and path characters go, runs of anything else
 * but letters, digits and `-_. ()&,'+` become one `-`. Only `.csv` files
 * and import-plan.json are taken: a dot file, an empty name or any other
 * extension is refused.
 */
export function safeUploadName(sent: string): UploadName {
  const base = sent.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{N}\-_. ()&,'+]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const shown = JSON.stringify(base.slice(0, MAX_NAME_LENGTH));
  if (cleaned === '' || cleaned.startsWith('.'))
    return { reason: `${shown} is not a file name this server keeps; name the file like accounts.csv` };
  if (cleaned.toLowerCase() === PLAN_FILE) return { name: PLAN_FILE, kind: 'plan' };
  if (!cleaned.toLowerCase().endsWith('.csv'))
    return { reason: `${shown} is not a CSV file: only .csv files (and ${PLAN_FILE}) can be added` };
  if (cleaned.length > MAX_NAME_LENGTH)
    return { reason: `${shown} is a name longer than ${MAX_NAME_LENGTH} characters; shorten it` };
  // One spelling of the extension, so that "X.CSV" and "X.csv" are one file and the importer reads both alike.
  return { name: `${cleaned.slice(0, -4)}.csv`, kind: 'csv' };
}
