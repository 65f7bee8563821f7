import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { acquireImportLock } from '../../api/import/import-lock.ts';
import { useTestDatabase } from '../support/database.ts';
import { writeRawFolder } from '../support/fixture-folder.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { createClient } from '../support/graphql.ts';

/**
 * writeRecords and removeRecords, as a CRM sync script would call them,
 * against the real Neo4j: the same checks and matching as files, one batch all
 * or nothing, recorded in changes and at the webhook, refused during an import.
 * Each test starts from the same small market (replaced), so they run on the
 * shared test database like the import tests.
 */
let db: Database;
let receiver: Server;
const received: { changes: { kind: string; partnershipId: string | null }[] }[] = [];
let client: ReturnType<typeof createClient>;

const MARKET = {
  'README.md': '# Write market\n',
  'companies.csv': 'id,name,domain\nann,Ann Apps,ann.io\nbob,Bob Billing,bob.io\ncid,Cid Commerce,cid.io\n',
  'customers.csv': 'id,name,domain\nacme,"Acme, Inc.",acme.com\nglobex,Globex,\n',
  'accounts.csv': 'company_id,customer_id,stage\nann,acme,customer\nbob,acme,customer\nbob,globex,prospect\n',
  'partnerships.csv': 'id,parties,type,status,since\nann-bob,ann;bob,referral,active,2024-01-01\n',
};

beforeAll(async () => {
  db = await useTestDatabase();
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(JSON.parse(body) as (typeof received)[number]);
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  client = createClient(db, {
    webhook: {
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      secret: 'a-webhook-secret-of-some-length',
      attempts: 2,
      firstDelayMs: 10,
    },
  });
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
beforeEach(async () => {
  expect((await importFolder(db, writeRawFolder(MARKET), { replace: true })).imported).toBe(true);
  received.length = 0;
});

const RESULT = `applied dryRun counts { newCompanies newCustomers updatedCustomers newAccounts changedAccounts newPartnerships removed } assigned { path id how } absent changes { kind partnershipId }`;

async function rows(cypher: string) {
  return db.write('test:read', (tx) => tx.runText(cypher));
}

describe('writeRecords', () => {
  it('writes a batch with the files’ matching, records its changes, sends them, and is idempotent', async () => {
    const mutation = `mutation($input: RecordsInput!) { writeRecords(input: $input) { ${RESULT} } }`;
    const input = {
      companies: [{ id: 'dan', name: 'Dan Data', domain: 'https://www.dan.io/', employees: 40 }],
      customers: [{ name: 'ACME Inc', domain: 'www.acme.com', industry: 'Retail' }], // Acme, found by its domain
      accounts: [
        { company: 'dan', customer: { name: 'Globex' } }, // Globex, by name
        { company: 'dan', customer: { name: 'Initech LLC', domain: 'initech.io' }, stage: 'PROSPECT' }, // new
        { company: 'ann', customer: { id: 'acme' }, stage: 'OPPORTUNITY' },
      ],
      partnerships: [
        { parties: ['dan', 'ann'], type: 'technology_integration', status: 'ACTIVE', since: '2025-03-01' },
      ],
    };
    const first = await client.query(mutation, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.writeRecords).toMatchObject({
      applied: true,
      dryRun: false,
      // Dan; Initech; Dan's two accounts and Ann's (now an opportunity); the Dan–Ann partnership.
      counts: {
        newCompanies: 1,
        newCustomers: 1,
        updatedCustomers: 1,
        newAccounts: 2,
        changedAccounts: 1,
        newPartnerships: 1,
        removed: 0,
      },
      assigned: [
        { path: 'customers[0]', id: 'acme', how: 'existing' },
        { path: 'accounts[0].customer', id: 'globex', how: 'existing' },
        { path: 'accounts[1].customer', id: 'initech-io', how: 'new' },
      ],
    });
    expect(first.data?.writeRecords.changes).toEqual([{ kind: 'PARTNERSHIP_STARTED', partnershipId: 'ann--dan' }]);
    expect(received).toEqual([
      expect.objectContaining({
        changes: [expect.objectContaining({ kind: 'PARTNERSHIP_STARTED', partnershipId: 'ann--dan' })],
      }),
    ]);
    expect(
      await rows("MATCH (c:Customer {id: 'acme'}) RETURN c.name AS name, c.industry AS industry, c.domain AS domain"),
    ).toEqual([{ name: 'Acme, Inc.', industry: 'Retail', domain: 'acme.com' }]);
    expect(
      await rows("MATCH (:Company {id: 'dan'})-[s:SERVES]->(c) RETURN c.id AS id, s.stage AS stage ORDER BY id"),
    ).toEqual([
      { id: 'globex', stage: 'customer' },
      { id: 'initech-io', stage: 'prospect' },
    ]);
    expect(
      await rows(
        "MATCH (c:Company {id: 'dan'}) RETURN c.customerCount AS customers, c.prospectCount AS prospects, c.employees AS employees",
      ),
    ).toEqual([{ customers: 1, prospects: 1, employees: 40 }]);
    // The ranking sees the new partnership: Ann's partners now include Dan.
    const fit = await client.query(`{ partnerFit(focal: "ann", candidate: "dan") { history { status } } }`);
    expect(fit.data?.partnerFit.history).toEqual([{ status: 'ACTIVE' }]);

    const before = await graphFingerprint(db);
    const again = await client.query(mutation, { input });
    expect(again.data?.writeRecords.counts).toMatchObject({
      newCompanies: 0,
      newCustomers: 0,
      newAccounts: 0,
      changedAccounts: 0,
      newPartnerships: 0,
    });
    expect(again.data?.writeRecords.changes).toEqual([]);
    const after = await graphFingerprint(db);
    // Only the run's record and the directory's version differ: the market is the same.
    expect(after.nodes).toBe(before.nodes + 1);
    expect(await rows('MATCH (c:Customer) RETURN count(c) AS customers')).toEqual([{ customers: 3 }]);
  });

  it('refuses a bad batch whole, naming each row and field, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const answer = await client.query(`mutation($input: RecordsInput!) { writeRecords(input: $input) { applied } }`, {
      input: {
        companies: [
          { name: 'Eve', employees: -3 },
          { id: 'x;y', name: 'Bad Id' },
        ],
        accounts: [
          { company: 'nobody', customer: { id: 'acme' } },
          { company: 'ann', customer: {} },
        ],
        capabilities: [{ company: 'ann', capability: '???' }],
        partnerships: [
          { parties: ['ann'], type: 'referral', status: 'ACTIVE' },
          { id: 'p9', parties: ['ann', 'bob'], type: 'joint_venture', status: 'ACTIVE', since: '2024-02-30' },
        ],
      },
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (answer.errors?.[0]?.extensions?.problems as { path: string }[]).map((problem) => problem.path).sort(),
    ).toEqual([
      'accounts[1].customer',
      'capabilities[0].capability',
      'companies[0].employees',
      'companies[1]',
      'partnerships[0].parties',
      'partnerships[1].since',
      'partnerships[1].type',
    ]);
    expect(answer.errors?.[0]?.message).toMatch(/^Nothing was written: 7 problem\(s\) in the input\. /);
    // Unknown companies are found once the rows are well formed.
    const unknown = await client.query(
      `mutation { writeRecords(input: { accounts: [{ company: "nobody", customer: { id: "acme" } }] }) { applied } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'accounts[0].company',
        reason: 'unknown company "nobody" (not in the graph nor in this batch\'s companies)',
      },
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('answers a dry run with what would change, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const answer = await client.query(
      `mutation { writeRecords(input: { accounts: [{ company: "cid", customer: { domain: "acme.com" } }] }, dryRun: true) { ${RESULT} } }`,
    );
    expect(answer.data?.writeRecords).toMatchObject({
      applied: false,
      dryRun: true,
      counts: { newAccounts: 1, newCustomers: 0 },
      assigned: [{ path: 'accounts[0].customer', id: 'acme', how: 'existing' }],
    });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('is refused during an import, with its message, and waits its turn behind other writes', async () => {
    const lock = await acquireImportLock(
      db,
      { dataset: 'A big folder', folder: '/data/big', replace: true },
      async () => {},
    );
    try {
      const before = await graphFingerprint(db);
      const refused = await client.query(
        `mutation { writeRecords(input: { companies: [{ name: "Fay" }] }) { applied } }`,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('IMPORT_RUNNING');
      expect(refused.errors?.[0]?.message).toMatch(
        /^Nothing was written\. Another import is running on this database: "A big folder"/,
      );
      expect(await graphFingerprint(db)).toEqual(before);
    } finally {
      await lock.release();
    }
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        client.query(
          `mutation { writeRecords(input: { companies: [{ id: "w${index}", name: "Writer ${index}" }] }) { applied } }`,
        ),
      ),
    );
    expect(answers.map((answer) => answer.errors ?? answer.data?.writeRecords.applied)).toEqual(Array(6).fill(true));
    expect(await rows("MATCH (c:Company) WHERE c.id STARTS WITH 'w' RETURN count(c) AS writers")).toEqual([
      { writers: 6 },
    ]);
  });
});

describe('removeRecords', () => {
  it('removes a company with what it holds and the partnerships it leaves alone, recounts, records; what is absent is no error', async () => {
    const answer = await client.query(
      `mutation { removeRecords(input: { companies: ["bob"], accounts: [{ company: "ann", customer: "acme" }], customers: ["ghost"] }) { ${RESULT} } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.removeRecords).toMatchObject({
      applied: true,
      counts: { removed: 2 },
      absent: ['customers: "ghost"'],
    });
    expect(answer.data?.removeRecords.changes).toEqual([{ kind: 'PARTNERSHIP_ENDED', partnershipId: 'ann-bob' }]);
    expect(await rows('MATCH (c:Company) RETURN c.id AS id, c.customerCount AS customers ORDER BY id')).toEqual([
      { id: 'ann', customers: 0 },
      { id: 'cid', customers: 0 },
    ]);
    expect(await rows('MATCH (p:Partnership) RETURN count(p) AS partnerships')).toEqual([{ partnerships: 0 }]);
    expect(received).toHaveLength(1);
    // Again: everything is absent, nothing changes.
    const again = await client.query(`mutation { removeRecords(input: { companies: ["bob"] }) { ${RESULT} } }`);
    expect(again.data?.removeRecords).toMatchObject({
      applied: false,
      counts: { removed: 0 },
      absent: ['companies: "bob"'],
    });
  });
});
