import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { syncHubSpotExport } from '../../docs/examples/crm-sync.ts';
import { useTestDatabase } from '../support/database.ts';
import { writeRawFolder } from '../support/fixture-folder.ts';
import { SOURCES_FIXTURES } from '../fixtures/sources/read-fixture.ts';

/** The example in docs/examples/crm-sync.ts, run as a tool would run it: over HTTP, against a listening server. */
let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = await useTestDatabase();
  server = await listen(createApp({ db }), { port: 0 });
});
afterAll(() => server.close());

describe('the CRM sync example', () => {
  it('sends a HubSpot export’s accounts through writeRecords, matching the customers the graph has', async () => {
    await importFolder(
      db,
      writeRawFolder({
        'companies.csv': 'id,name\nshopwell,Shopwell\nstripe,Stripe\n',
        'customers.csv': 'id,name,domain\nacme,"Acme, Inc.",acme.com\n',
        'accounts.csv': 'company_id,customer_id,stage\nstripe,acme,customer\n',
      }),
      { replace: true },
    );
    const csv = readFileSync(join(SOURCES_FIXTURES, 'hubspot-companies.csv'), 'utf8');
    // Five rows: Acme (the graph's, by domain), Globex, Initech and Hooli (new), Umbrella ("Other": left out).
    expect(await syncHubSpotExport(csv, 'shopwell', { url: server.url, dryRun: true })).toEqual({
      rows: 5,
      sent: 4,
      newCustomers: 3,
      newAccounts: 4,
      changedAccounts: 0,
      matchedExisting: 1,
    });
    const summary = await syncHubSpotExport(csv, 'shopwell', { url: server.url });
    expect(summary).toEqual({
      rows: 5,
      sent: 4,
      newCustomers: 3,
      newAccounts: 4,
      changedAccounts: 0,
      matchedExisting: 1,
    });
    const shared = await db.write('test:shared', (tx) =>
      tx.runText(
        "MATCH (:Company {id: 'shopwell'})-[:SERVES {stage: 'customer'}]->(c)<-[:SERVES]-(:Company {id: 'stripe'}) RETURN c.id AS id",
      ),
    );
    expect(shared).toEqual([{ id: 'acme' }]);
    // Again: nothing new.
    expect(await syncHubSpotExport(csv, 'shopwell', { url: server.url })).toMatchObject({
      newCustomers: 0,
      newAccounts: 0,
      matchedExisting: 4,
    });
  });
});
