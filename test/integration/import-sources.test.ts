import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { writeImportPlan } from '../../api/import/folder-contents.ts';
import { formatProblem, importFolder } from '../../api/import/import-folder.ts';
import { useTestDatabase } from '../support/database.ts';
import { writeRawFolder } from '../support/fixture-folder.ts';
import { graphFingerprint, visibleGraphFingerprint } from '../support/graph-fingerprint.ts';
import { createClient } from '../support/graphql.ts';
import { SOURCES_FIXTURES } from '../fixtures/sources/read-fixture.ts';

/**
 * A strategist's own files, as the tools write them (test/fixtures/sources/):
 * a HubSpot companies export of Shopwell's accounts, an HG Insights
 * install-base list, Shopwell's partner sheet and a company directory. The
 * same organisations are spelled differently from file to file; each must
 * become one customer or company. These tests replace the graph, so they run
 * on the shared test database like the other import tests.
 */
let db: Database;
beforeAll(async () => {
  db = await useTestDatabase();
});

const FILES = ['hubspot-companies.csv', 'hg-insights-install-base.csv', 'partner-sheet.csv', 'company-directory.csv'];

function strategistFolder(extra: Record<string, string> = {}): string {
  const folder = writeRawFolder({ 'README.md': '# Shopwell’s own files\n', ...extra });
  for (const file of FILES) copyFileSync(join(SOURCES_FIXTURES, file), join(folder, file));
  return folder;
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return db.write('test:read', (tx) => tx.runText(cypher, params));
}

describe('a folder of exports', () => {
  it('imports them by their headers alone, one customer per organisation across files, with the match report', async () => {
    const result = await importFolder(db, strategistFolder(), { replace: true, owner: 'Shopwell' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.imported).toBe(true);

    // Acme is "Acme, Inc." with acme.com in HubSpot and twice in the install base: one customer, with its domain.
    const customers = await rows(
      'MATCH (c:Customer) RETURN c.id AS id, c.name AS name, c.domain AS domain, c.industry AS industry ORDER BY id',
    );
    expect(customers).toEqual([
      { id: 'acme-com', name: 'Acme, Inc.', domain: 'acme.com', industry: 'Computer Software' },
      { id: 'globex-corp-com', name: 'Globex Corporation', domain: 'globex-corp.com', industry: 'Machinery' },
      { id: 'hooli-xyz', name: 'Hooli', domain: 'hooli.xyz', industry: 'Internet' },
      { id: 'initech-io', name: 'Initech', domain: 'initech.io', industry: 'Information Technology and Services' },
    ]);
    // Umbrella Health's lifecycle stage is "Other": left out, and said so.
    const accounts = await rows(
      'MATCH (c:Company)-[s:SERVES]->(cu:Customer) RETURN c.id AS company, cu.id AS customer, s.stage AS stage ORDER BY company, customer',
    );
    expect(accounts).toEqual([
      { company: 'hubspot', customer: 'globex-corp-com', stage: 'customer' },
      { company: 'salesforce', customer: 'acme-com', stage: 'customer' },
      { company: 'shopwell', customer: 'acme-com', stage: 'customer' },
      { company: 'shopwell', customer: 'globex-corp-com', stage: 'opportunity' },
      { company: 'shopwell', customer: 'hooli-xyz', stage: 'prospect' },
      { company: 'shopwell', customer: 'initech-io', stage: 'prospect' },
      { company: 'stripe', customer: 'acme-com', stage: 'customer' },
    ]);
    // The partner sheet's partners, typed by its words; the directory's companies, capabilities and rivals.
    const partnerships = await rows(
      `MATCH (p:Partnership)-[:OF_TYPE]->(t) MATCH (a:Company)-[:PARTY_TO]->(p)<-[:PARTY_TO]-(b:Company) WHERE a.id < b.id
       RETURN a.id + ' & ' + b.id AS pair, t.id AS type, p.status AS status, p.since AS since ORDER BY pair`,
    );
    expect(partnerships).toEqual([
      { pair: 'litware-io & shopwell', type: 'oem', status: 'active', since: '2023-04-01' },
      { pair: 'northwindtraders-com & shopwell', type: 'reseller', status: 'active', since: '2021-09-01' },
      { pair: 'proseware-com & shopwell', type: 'co_selling', status: 'ended', since: '2020-04-01' },
      { pair: 'shopwell & tailspintoys-com', type: 'technology_integration', status: 'active', since: '2023-04-01' },
      { pair: 'shopwell & wide-world-importers', type: 'referral', status: 'proposed', since: null },
    ]);
    const directory = await rows(
      `MATCH (c:Company {id: 'acme-com'}) RETURN c.name AS name, c.employees AS employees,
         COLLECT { MATCH (c)-[:OFFERS]->(k) RETURN k.id ORDER BY k.id } AS offers,
         COLLECT { MATCH (c)-[:COMPETES_WITH]->(r) RETURN r.id ORDER BY r.id } AS rivals`,
    );
    expect(directory).toEqual([
      {
        name: 'Acme, Inc.',
        employees: 1200,
        offers: ['checkout', 'payments'],
        rivals: ['globex-corp-com', 'initech-io'],
      },
    ]);

    const report = result.report;
    const byFile = Object.fromEntries(report.files.map((file) => [file.file, file]));
    expect(byFile['hubspot-companies.csv']).toMatchObject({
      role: 'crm-accounts',
      owner: 'Shopwell',
      rows: 5,
      refused: 0,
      skipped: [{ rows: 1, reason: expect.stringContaining('"Other"') }],
    });
    // Acme (twice in the install base, once in HubSpot) and Globex (by the domain of its website) match across files.
    expect(byFile['hubspot-companies.csv']!.customers).toMatchObject({ byDomain: 2, new: 2, ambiguous: 0 });
    expect(byFile['hg-insights-install-base.csv']!.customers).toMatchObject({ byDomain: 3, new: 0 });
    expect(report.companies).toContainEqual({ id: 'shopwell', accounts: 4, existingCustomers: 0 });

    // The API gives the report, and customers their domain.
    const { query } = createClient(db);
    const answer = await query(
      `{ importReport { files { file role rows refused ownerCompany { id } customers { byDomain new } } } overlap(a: "shopwell", b: "salesforce") { sharedCount } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.importReport.files).toContainEqual({
      file: 'hg-insights-install-base.csv',
      role: 'install-base',
      rows: 3,
      refused: 0,
      ownerCompany: null,
      customers: { byDomain: 3, new: 0 },
    });
    expect(answer.data?.importReport.files).toContainEqual(
      expect.objectContaining({ file: 'hubspot-companies.csv', ownerCompany: { id: 'shopwell' } }),
    );
    expect(answer.data?.overlap).toEqual({ sharedCount: 1 });
  });

  it('gives the same graph when the same files are imported again, with --replace or merged', async () => {
    const folder = strategistFolder();
    await importFolder(db, folder, { replace: true, owner: 'Shopwell' });
    const first = await visibleGraphFingerprint(db);
    await importFolder(db, folder, { replace: true, owner: 'Shopwell' });
    expect(await visibleGraphFingerprint(db)).toEqual(first);
    expect((await importFolder(db, folder, { owner: 'Shopwell' })).imported).toBe(true);
    expect(await visibleGraphFingerprint(db)).toEqual(first);
  });

  it('updates from a newer export of the same CRM, spelled differently, and never duplicates', async () => {
    await importFolder(db, strategistFolder(), { replace: true, owner: 'Shopwell' });
    const newer = writeRawFolder({
      'hubspot-companies.csv': [
        '"Record ID","Company name","Company Domain Name","Website URL","Lifecycle Stage","Industry"',
        // Acme written otherwise, Globex now a customer, found by a website with a path; Initech by name alone; a new account.
        '"5839201741","ACME Inc","","https://www.Acme.com/about","Customer","Computer Software"',
        '"5839201742","Globex Corp.","","http://globex-corp.com/de/","Customer",""',
        '"5839201743","initech","","","Sales Qualified Lead",""',
        '"5839201799","Massive Dynamic","massivedynamic.com","","Lead","Research"',
      ].join('\n'),
    });
    const result = await importFolder(db, newer, { owner: 'shopwell' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const accounts = await rows(
      "MATCH (:Company {id: 'shopwell'})-[s:SERVES]->(cu:Customer) RETURN cu.id AS customer, s.stage AS stage ORDER BY customer",
    );
    expect(accounts).toEqual([
      { customer: 'acme-com', stage: 'customer' },
      { customer: 'globex-corp-com', stage: 'customer' },
      { customer: 'hooli-xyz', stage: 'prospect' },
      { customer: 'initech-io', stage: 'prospect' },
      { customer: 'massivedynamic-com', stage: 'prospect' },
    ]);
    expect(await rows('MATCH (c:Customer) RETURN count(c) AS customers')).toEqual([{ customers: 5 }]);
    expect(result.report.files[0]!.customers).toMatchObject({ existing: 3, new: 1 });
    expect(result.report.companies).toEqual([{ id: 'shopwell', accounts: 4, existingCustomers: 3 }]);
    // The title stays: the folder names no dataset.
    expect(await rows("MATCH (d:Dataset {id: 'loaded'}) RETURN d.name AS name")).toEqual([
      { name: 'Shopwell’s own files' },
    ]);
  });

  it('keeps an ambiguous record apart and reports it with its candidates; overrides.csv decides', async () => {
    const install = [
      'Company,Domain,Vendor',
      'Beta GmbH,beta.de,Stripe',
      'Beta SA,beta.fr,Stripe',
      'Beta,,Salesforce', // Beta who? Two organisations carry the name.
    ].join('\n');
    const ambiguous = await importFolder(db, writeRawFolder({ 'install-base.csv': install }), { replace: true });
    expect(ambiguous.imported).toBe(true);
    expect(ambiguous.report.ambiguous).toEqual([
      {
        file: 'install-base.csv',
        line: 4,
        role: 'account',
        name: 'Beta',
        id: 'beta',
        candidates: [
          { id: 'beta-de', name: 'Beta GmbH', domain: 'beta.de' },
          { id: 'beta-fr', name: 'Beta SA', domain: 'beta.fr' },
        ],
      },
    ]);
    expect(await rows('MATCH (c:Customer) RETURN count(c) AS customers')).toEqual([{ customers: 3 }]);

    const decided = await importFolder(
      db,
      writeRawFolder({ 'install-base.csv': install, 'overrides.csv': 'left,right,decision\nBeta,beta.de,same\n' }),
      { replace: true },
    );
    expect(decided.report.ambiguousTotal).toBe(0);
    expect(await rows("MATCH (:Company {id: 'salesforce'})-[:SERVES]->(c:Customer) RETURN c.id AS id")).toEqual([
      { id: 'beta-de' },
    ]);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    await importFolder(db, strategistFolder(), { replace: true, owner: 'Shopwell' });
    const before = await graphFingerprint(db);
    const newer = writeRawFolder({
      'hubspot-companies.csv':
        '"Record ID","Company name","Company Domain Name","Lifecycle Stage"\n"1","Acme","acme.com","Customer"\n"2","Massive Dynamic","massivedynamic.com","Lead"\n',
    });
    const result = await importFolder(db, newer, { owner: 'Shopwell', dryRun: true });
    expect(result.imported).toBe(false);
    expect(result.report.dryRun).toBe(true);
    expect(result.preview).toMatchObject({ newCustomers: 1, newAccounts: 1, changedAccounts: 0, newCompanies: 0 });
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('a CRM deals export', () => {
  const DEALS = [
    '"Record ID","Deal Name","Deal Stage","Amount","Close Date","Create Date","Associated Company","Partner"',
    '"9001","Acme checkout","Closed Won","12,000","2024-03-01","2024-01-10","Acme, Inc.","Northwind Traders"',
    '"9002","Globex rollout","closedlost","4000","2024-02-01","2023-12-01","Globex Corporation","northwindtraders.com"',
    '"9003","Hooli pilot","appointmentscheduled","","","2024-04-02","Hooli",""',
  ].join('\n');

  it('becomes ledger entries with their partner matched to the partner sheet’s company, with the import or not at all, and survives --replace', async () => {
    const folder = strategistFolder({ 'hubspot-deals.csv': DEALS });
    const result = await importFolder(db, folder, { replace: true, owner: 'Shopwell' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const ledger = async () =>
      rows(
        'MATCH (e:LedgerEntry) WHERE e.source = $source RETURN e.externalId AS deal, e.partnerId AS partner, e.outcome AS outcome, e.value AS value ORDER BY deal',
        {
          source: 'import:hubspot-deals.csv',
        },
      );
    // Northwind by its name, then by its domain: the partner sheet's company both times. Hooli's deal is Shopwell's own.
    expect(await ledger()).toEqual([
      { deal: '9001', partner: 'northwindtraders-com', outcome: 'WON', value: 12000 },
      { deal: '9002', partner: 'northwindtraders-com', outcome: 'LOST', value: 4000 },
      { deal: '9003', partner: null, outcome: 'OPEN', value: null },
    ]);
    expect(result.report.files.find((file) => file.file === 'hubspot-deals.csv')).toMatchObject({
      role: 'crm-deals',
      rows: 3,
      refused: 0,
    });
    // Again, and replacing the market: the same three entries, no more.
    await importFolder(db, folder, { replace: true, owner: 'Shopwell' });
    expect(await ledger()).toHaveLength(3);
    // A bad row refuses the folder: no entry of it is written.
    await db.write('test:clear-ledger', (tx) => tx.runText('MATCH (e:LedgerEntry) DETACH DELETE e'));
    const refused = await importFolder(
      db,
      strategistFolder({
        'hubspot-deals.csv': `${DEALS}\n"9004","Broken","Closed Won","a lot","2024-05-01","2024-04-01","Acme",""`,
      }),
      { owner: 'Shopwell' },
    );
    expect(refused.imported).toBe(false);
    expect(refused.problems.map(formatProblem)).toEqual([expect.stringMatching(/^hubspot-deals\.csv:5: /)]);
    expect(await ledger()).toEqual([]);
  });
});

describe('the import plan and what cannot be placed', () => {
  it('refuses a file it does not recognise, in a sentence, and an export whose owner nobody named', async () => {
    const folder = writeRawFolder({
      'notes.csv': 'When,What\n2024-01-01,Kick-off\n',
      'hubspot.csv': '"Record ID","Company name","Lifecycle Stage"\n"1","Acme","Customer"\n',
    });
    const result = await importFolder(db, folder);
    expect(result.imported).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^notes\.csv:1: not recognised: .+ Run the import with --plan to write import-plan\.json/),
      expect.stringMatching(/^hubspot\.csv:1: whose accounts are these\? Name the company with --as <company>/),
    ]);
  });

  it('--plan writes an editable plan that the next import reads', async () => {
    const folder = writeRawFolder({
      'notes.csv': 'When,What\n2024-01-01,Kick-off\n',
      'hubspot.csv': '"Record ID","Company name","Lifecycle Stage"\n"1","Acme","Customer"\n',
    });
    const written = await writeImportPlan(folder, { owner: 'Shopwell', maxFileBytes: 1e9 });
    expect(existsSync(written.path)).toBe(true);
    const plan = JSON.parse(readFileSync(written.path, 'utf8'));
    expect(plan.files).toEqual([
      expect.objectContaining({
        file: 'hubspot.csv',
        role: 'crm-accounts',
        layout: 'hubspot-companies',
        confidence: 'certain',
      }),
    ]);
    expect(plan.unrecognised).toEqual([{ file: 'notes.csv', why: expect.any(String) }]);
    // A person says notes.csv is to be left out.
    plan.files.push({
      file: 'notes.csv',
      role: 'ignore',
      layout: '',
      columns: {},
      confidence: 'set by you',
      why: 'meeting notes',
      unplaced: [],
    });
    plan.unrecognised = [];
    writeFileSync(written.path, JSON.stringify(plan));
    const result = await importFolder(db, folder, { replace: true });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(await rows("MATCH (:Company {id: 'shopwell'})-[:SERVES]->(c) RETURN c.name AS name")).toEqual([
      { name: 'Acme' },
    ]);
  });

  it('names the plan file, the JSON path and why when the plan is wrong', async () => {
    const folder = writeRawFolder({
      'hubspot.csv': '"Record ID","Company name","Lifecycle Stage"\n"1","Acme","Customer"\n',
      'import-plan.json': JSON.stringify({
        version: 1,
        owner: 'Shopwell',
        files: [
          {
            file: 'hubspot.csv',
            role: 'crm-accounts',
            layout: 'hubspot-companies',
            columns: { name: 'Company Name!' },
            confidence: 'set by you',
            why: '',
            unplaced: [],
          },
        ],
      }),
    });
    const result = await importFolder(db, folder);
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^hubspot\.csv:1: import-plan\.json files\[0\]\.columns\.name \(hubspot\.csv\): hubspot\.csv has no column "Company Name!"/,
      ),
    ]);
  });
});

describe('upserts of our own files', () => {
  it('leave a column the file lacks alone, and the dataset’s title unless the folder names one', async () => {
    const base = writeRawFolder({
      'README.md': '# Base market\n',
      'companies.csv': 'id,name,domain,employees,description\nu1,Umbra,umbra.io,120,Shade\n',
    });
    await importFolder(db, base, { replace: true });
    await importFolder(db, writeRawFolder({ 'companies.csv': 'id,name\nu1,Umbra Inc\n' }));
    expect(
      await rows(
        "MATCH (c:Company {id: 'u1'}) RETURN c.name AS name, c.employees AS employees, c.domain AS domain, c.description AS description",
      ),
    ).toEqual([{ name: 'Umbra Inc', employees: 120, domain: 'umbra.io', description: 'Shade' }]);
    expect(await rows("MATCH (d:Dataset {id: 'loaded'}) RETURN d.name AS name")).toEqual([{ name: 'Base market' }]);
    await importFolder(db, writeRawFolder({ 'README.md': '# Renamed\n', 'companies.csv': 'id,name\nu1,Umbra Inc\n' }));
    expect(await rows("MATCH (d:Dataset {id: 'loaded'}) RETURN d.name AS name")).toEqual([{ name: 'Renamed' }]);
  });
});
