import { randomUUID } from 'node:crypto';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { writeFixtureFolder } from './fixture-folder.ts';

/**
 * The data the amplifying shortlists queries of the hardening tests feed on:
 * `shortlists` shortlists, each of its own focal company, each holding `pins`
 * pins; and each company declares five rivals, so every company has ten
 * (nested `competitors` lists amplify too). The cost model sizes lists as the
 * data holds them (docs/security.md, "Cost"), so a query over a few small
 * shortlists costs little; on this data the same queries cost what they
 * amplify to. Companies are ids under
 * `prefix`; shortlists and pins are written as shortlist/create and
 * shortlist/pin write them, in one transaction.
 */
export async function seedAmplifyingShortlists(
  db: Database,
  prefix: string,
  shortlists = 101,
  pins = 60,
): Promise<void> {
  const companies = Array.from({ length: Math.max(shortlists, pins + 1) }, (_, i) => ({
    id: `${prefix}amp${i}`,
    name: `Amplifier ${i}`,
  }));
  const competitors = companies.flatMap((_, i) =>
    Array.from({ length: 5 }, (__, k) => ({
      company_id: `${prefix}amp${i}`,
      competitor_id: `${prefix}amp${(i + 1 + k) % companies.length}`,
    })),
  );
  const imported = await importFolder(db, writeFixtureFolder({ companies, competitors }));
  if (!imported.imported)
    throw new Error(`The amplifying market was not imported: ${JSON.stringify(imported.problems)}`);
  const lists = Array.from({ length: shortlists }, (_, s) => ({
    id: randomUUID(),
    focal: `${prefix}amp${s}`,
    pins: Array.from({ length: pins }, (_, k) => `${prefix}amp${(s + 1 + k) % companies.length}`).filter(
      (candidate) => candidate !== `${prefix}amp${s}`,
    ),
  }));
  await db.write('test:amplifying-shortlists', (tx) =>
    tx.runText(
      `UNWIND $lists AS list
       CREATE (s:Shortlist {id: list.id, name: 'amplifier', focalId: list.focal, createdAt: toString(datetime.truncate('second', datetime()))})
       WITH s, list UNWIND list.pins AS candidate
       CREATE (s)-[:HAS_PIN]->(:Pin {id: s.id + '/' + candidate, candidateId: candidate, addedAt: toString(datetime.truncate('second', datetime())), note: null})`,
      { lists },
    ),
  );
}
