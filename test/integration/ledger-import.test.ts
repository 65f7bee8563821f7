import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { ledgerEntryFromDeal } from '../../api/ledger/ledger-from-deal.ts';
import { detectFile, type Recognised } from '../../api/sources/detect-file.ts';
import { mapDealRow, type DealRecord } from '../../api/sources/map-deal-row.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/**
 * The interface the importer uses for a CRM deals export, end to end: each
 * row read by mapDealRow, turned into a ledger entry by ledgerEntryFromDeal
 * (with the partner matched to a company, as the importer's matcher does),
 * and written by cypher/ledger/upsert.cypher in one transaction. The API then
 * reports the impact the export says, checked against a count of the file's
 * own rows; importing it again changes nothing.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let db: Database;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  db = await useTestDatabase();
  const companies = ['shopwell', 'kudoswell'].map((name) => ({
    id: id(name),
    name: name[0]!.toUpperCase() + name.slice(1),
    employees: 10,
  }));
  expect((await importFolder(db, writeFixtureFolder({ companies }))).problems).toEqual([]);
  client = createClient(db);
});

function exportRows(): { headers: string[]; rows: Record<string, string>[] } {
  const [header = [], ...records] = parse(
    readFileSync(new URL('../fixtures/deals/hubspot-deals.csv', import.meta.url), 'utf8'),
    { bom: true },
  ) as string[][];
  return {
    headers: header,
    rows: records.map((record) =>
      Object.fromEntries(header.map((name, index) => [name, (record[index] ?? '').trim()])),
    ),
  };
}

/** What the importer does with the file: plan, map, match the partner by name, upsert in one transaction. */
async function importDeals(): Promise<DealRecord[]> {
  const { headers, rows } = exportRows();
  const detection = detectFile('deals.csv', headers) as Recognised;
  const plan = {
    file: 'deals.csv',
    role: 'crm-deals' as const,
    layout: detection.layout,
    columns: detection.columns,
    confidence: 'certain' as const,
    why: '',
    unplaced: [],
  };
  const deals = rows.map((row) => mapDealRow(plan, row)).map((mapped) => (mapped as { deal: DealRecord }).deal);
  const matched = (name: string | undefined) => (name === 'Kudoswell' ? id('kudoswell') : null);
  const now = new Date().toISOString();
  const entries = deals.map((deal) =>
    ledgerEntryFromDeal(
      deal,
      { owner: id('shopwell'), partner: matched(deal.partner?.name) },
      { file: 'deals.csv', now, actor: 'import of deals.csv' },
    ),
  );
  await db.write('test:import-deals', (tx) => tx.run('ledger/upsert', { entries, today: now.slice(0, 10) }));
  return deals;
}

describe('a HubSpot deals export into the ledger', () => {
  it('gives the impact the file says, and importing it again changes nothing', async () => {
    const deals = await importDeals();
    const query = `{ partnerImpact(focal: "${id('shopwell')}", partner: "${id('kudoswell')}") {
      fromPartner { referrals won lost open wonValue } toPartner { referrals won wonValue } lift { winRateWith winRateWithout dealSizeWith dealSizeWithout } } }`;
    const first = (await client.query(query)).data!.partnerImpact;

    // The file's own count: rows with the partner, by direction and stage; rows without one are the baseline.
    const withPartner = deals.filter((deal) => deal.partner);
    const from = withPartner.filter((deal) => deal.direction === 'FROM_PARTNER');
    const to = withPartner.filter((deal) => deal.direction === 'TO_PARTNER');
    const own = deals.filter((deal) => !deal.partner);
    const won = (list: DealRecord[]) => list.filter((deal) => deal.outcome === 'WON');
    const closed = (list: DealRecord[]) => list.filter((deal) => deal.outcome !== 'OPEN');
    const sum = (list: DealRecord[]) => list.reduce((total, deal) => total + (deal.amount ?? 0), 0);
    expect(first).toEqual({
      fromPartner: {
        referrals: from.length,
        won: won(from).length,
        lost: closed(from).length - won(from).length,
        open: from.length - closed(from).length,
        wonValue: sum(won(from)),
      },
      toPartner: { referrals: to.length, won: won(to).length, wonValue: sum(won(to)) },
      lift: {
        winRateWith: won(from).length / closed(from).length,
        winRateWithout: won(own).length / closed(own).length,
        dealSizeWith: sum(won(from)) / won(from).length,
        dealSizeWithout: sum(won(own)) / won(own).length,
      },
    });
    expect(first.fromPartner).toEqual({ referrals: 4, won: 2, lost: 1, open: 1, wonValue: 20000 });

    await importDeals();
    expect((await client.query(query)).data!.partnerImpact).toEqual(first);
    const ledger = (await client.query(`{ ledger(focal: "${id('shopwell')}") { id source externalId } }`)).data!.ledger;
    expect(ledger).toHaveLength(7);
    expect(
      ledger.every(
        (entry: { source: string; id: string; externalId: string }) =>
          entry.source === 'import:deals.csv' && entry.id === `crm:${id('shopwell')}:${entry.externalId}`,
      ),
    ).toBe(true);
  });
});
