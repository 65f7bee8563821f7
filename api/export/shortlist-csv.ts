import type { Database } from '../db/database.ts';
import { createCompanyLoader } from '../fits/company-loader.ts';
import { rankingSettings } from '../fits/ranking-arguments.ts';
import { missing } from '../fits/request-arguments.ts';
import { shortlistFits } from '../fits/shortlist-fits.ts';
import { MAX_PINS, readShortlists } from '../shortlists/shortlist-store.ts';
import type { FitsCsv } from './candidates-csv.ts';
import { safeName } from './csv-response.ts';
import { fitsToCsv } from './fit-csv.ts';

/** `/export/shortlists/<id>.csv`: every pin, scored as the shortlist's `entries` scores it, with its note. */
export async function shortlistCsv(db: Database, id: string): Promise<FitsCsv> {
  const [shortlist] = await readShortlists(db, { id });
  if (!shortlist) throw missing('id', 'shortlist', id);
  const companies = createCompanyLoader(db);
  const entries = await shortlistFits(db, companies, shortlist, rankingSettings({}), { first: MAX_PINS, offset: 0 });
  const names = await companies.loadMany(entries.map((entry) => entry.candidateId));
  const rows = entries.map((entry, index) => {
    const detail = names[index];
    const candidateName = detail && !(detail instanceof Error) ? detail.company.name : '';
    const extras = { note: entry.note, added_at: entry.addedAt, in_graph: entry.inGraph ? 'yes' : 'no' } as const;
    // A pin whose company a re-import dropped keeps its row: the note is the strategist's, not the data's.
    return entry.fit
      ? { ...entry.fit, candidateName, extras }
      : { candidateId: entry.candidateId, candidateName, unscored: true as const, extras };
  });
  return {
    filename: `shortlist-${safeName(shortlist.name)}.csv`,
    body: fitsToCsv(rows, ['note', 'added_at', 'in_graph']),
    rows: rows.length,
    total: rows.length,
  };
}
