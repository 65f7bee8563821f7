import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { readSnapshot } from '../api/changes/market-snapshot.ts';
import { createDatabase } from '../api/db/database.ts';
import { importFolder } from '../api/import/import-folder.ts';
import { createShortlist, pinToShortlist } from '../api/shortlists/shortlist-store.ts';
import { round } from './latency.ts';

/** Every this-many-th open partnership changes status in the second import. */
const CHANGE_EVERY = 100;
/** Pins on the bench's shortlist, so the import also scores shortlisted candidates before and after. */
const PINS = 10;

export interface ChangesImportFigures {
  /** Partnerships whose status the second import changed. */
  partnershipsChanged: number;
  /** The whole second import: staging, merging, calibration, and recording its changes. */
  importSeconds: number;
  /** One read of the market's facts, watched overlaps and pinned scores: what an import pays twice to record its changes. */
  snapshotSeconds: number;
  /** Pairs with shared customers read for the watched companies (the shortlists' focal companies). */
  watchedPairs: number;
  /** Changes the import recorded, per kind. */
  counts: Record<string, number>;
}

/**
 * The bench's second import, a re-import as a market's owner makes it: one in
 * a hundred active or proposed partnerships changes status (active ones end,
 * proposed ones start), merged into the imported market, with a shortlist of
 * the largest company's pins standing. It measures what recording changes
 * costs at this scale and leaves changes for `changes` to read.
 */
export async function runChangesImport(folder: string, uri: string): Promise<ChangesImportFigures> {
  const db = createDatabase({ uri });
  const work = mkdtempSync(join(tmpdir(), 'partnergraph-bench-changes-'));
  try {
    const companies = parse(readFileSync(join(folder, 'companies.csv')), { columns: true }) as Record<string, string>[];
    const partnerships = parse(readFileSync(join(folder, 'partnerships.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const open = partnerships.filter((row) => row.status === 'active' || row.status === 'proposed');
    const changed: Record<string, string>[] = open
      .filter((_, index) => index % CHANGE_EVERY === 0)
      .map((row) => ({ ...row, status: row.status === 'active' ? 'ended' : 'active' }));
    const parties = new Set(changed.flatMap((row) => row.parties!.split(';')));
    writeFileSync(
      join(work, 'companies.csv'),
      stringify(
        companies.filter((row) => parties.has(row.id!)),
        { header: true, columns: ['id', 'name', 'domain', 'employees', 'description'] },
      ),
    );
    writeFileSync(
      join(work, 'partnerships.csv'),
      stringify(changed, { header: true, columns: ['id', 'parties', 'type', 'status', 'since'] }),
    );

    const largest = [...companies].sort((x, y) => Number(y.employees || 0) - Number(x.employees || 0))[0]!.id!;
    const shortlist = await createShortlist(db, 'Bench watch', largest);
    for (const row of companies.filter((company) => company.id !== largest).slice(0, PINS))
      await pinToShortlist(db, shortlist.id, row.id!, null);

    const started = performance.now();
    const result = await importFolder(db, work);
    const importSeconds = (performance.now() - started) / 1000;
    if (!result.imported || !result.changes)
      throw new Error(`The bench's second import did not record changes (${result.problems.length} problems)`);
    const snapshotStarted = performance.now();
    const snapshot = await readSnapshot(db);
    const snapshotSeconds = (performance.now() - snapshotStarted) / 1000;
    return {
      partnershipsChanged: changed.length,
      importSeconds: round(importSeconds),
      snapshotSeconds: round(snapshotSeconds, 2),
      watchedPairs: snapshot.overlaps.size,
      counts: result.changes.counts,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    await db.close();
  }
}
