import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { formatProblem, importFolder } from '../../api/import/import-folder.ts';
import { readImportLock, takeOver } from '../../api/import/import-lock.ts';
import { removeLeftovers } from '../../api/import/publish-staged.ts';
import type { RowProblem } from '../../api/import/read-csv.ts';
import { listDataFiles } from '../../api/import/read-folder.ts';
import { finishInterruptedImport } from '../../api/import/recover-import.ts';
import { stageFolder } from '../../api/import/stage-folder.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, writeRawFolder } from '../support/fixture-folder.ts';

let db: Database;
beforeAll(async () => {
  db = await useTestDatabase();
});

/**
 * Node and relationship counts plus every company's aggregates: the market's
 * fingerprint. The import log (an ImportRun per import, with the changes it
 * recorded) is left out: a second import of the same folder is a new entry
 * in it, with no changes.
 */
async function snapshot(): Promise<unknown> {
  const [row] = await db.write('test:snapshot', (tx) =>
    tx.runText(`RETURN COUNT { MATCH (n) WHERE NOT n:ImportRun AND NOT n:Change } AS nodes,
      COUNT { MATCH ()-[r]->() WHERE NOT r:CHANGED } AS relationships,
      COLLECT { MATCH (c:Company) RETURN [c.id, c.name, c.customerCount, c.prospectCount, c.capabilityCount] ORDER BY c.id } AS companies`),
  );
  return row;
}

const HEADER = {
  companies: 'id,name,domain,employees,description\n',
  accounts: 'company_id,customer_id,stage\n',
};

describe('importing a good folder', () => {
  const p = uniquePrefix();
  const folder = writeFixtureFolder({
    companies: [
      {
        id: `${p}acme`,
        name: 'Acme, "The" Store',
        domain: 'acme.example',
        employees: 120,
        description: 'Sells, ships "fast"',
      },
      { id: `${p}zurich`, name: 'Zürich & Co', employees: '' },
    ],
    customers: [{ id: `${p}c1`, name: 'Shop One', industry: 'Fashion', region: 'EMEA' }],
    accounts: [
      { company_id: `${p}acme`, customer_id: `${p}c1`, stage: '' },
      { company_id: `${p}acme`, customer_id: `${p}c2`, stage: 'prospect' }, // c2 is not in customers.csv
      { company_id: `${p}zurich`, customer_id: `${p}c1`, stage: 'opportunity' },
    ],
    capabilities: [{ company_id: `${p}acme`, capability: `Point of Sale ${p}`, level: '', category: 'retail' }],
    segments: [{ company_id: `${p}acme`, segment: `Mid-market Fashion ${p}` }],
    competitors: [{ company_id: `${p}acme`, competitor_id: `${p}zurich` }],
    partnerships: [
      { id: `${p}deal`, parties: `${p}acme; ${p}zurich`, type: 'co_selling', status: 'Active', since: '2024-02-29' },
    ],
  });

  it('loads every file and keeps the aggregates', async () => {
    const result = await importFolder(db, folder);
    expect(result.problems).toEqual([]);
    expect(result.written).toEqual({
      'companies.csv': 2,
      'customers.csv': 1,
      'accounts.csv': 3,
      'capabilities.csv': 1,
      'segments.csv': 1,
      'competitors.csv': 1,
      'partnerships.csv': 1,
    });
    const [row] = await db.write('test:read', (tx) =>
      tx.runText(
        `MATCH (a:Company {id: $id}) RETURN a {.*} AS acme,
           COLLECT { MATCH (a)-[o:OFFERS]->(k) RETURN [k.id, k.name, k.category, o.level] } AS offers,
           COLLECT { MATCH (a)-[:TARGETS]->(s) RETURN s.id } AS segments,
           COLLECT { MATCH (cu:Customer {id: $c2}) RETURN cu.name } AS c2,
           COLLECT { MATCH (a)-[:PARTY_TO]->(d)-[:OF_TYPE]->(t) RETURN [d.status, d.since, t.id] } AS deals`,
        { id: `${p}acme`, c2: `${p}c2` },
      ),
    );
    expect(row!.acme).toMatchObject({
      name: 'Acme, "The" Store',
      description: 'Sells, ships "fast"',
      employees: 120,
      customerCount: 1, // c1 (empty stage = customer); c2 is a prospect
      prospectCount: 1,
      opportunityCount: 0,
      capabilityCount: 1,
    });
    expect(row!.offers).toEqual([[`point-of-sale-${p.replace(/-$/, '')}`, `Point of Sale ${p}`, 'retail', 'core']]);
    expect(row!.segments).toEqual([`mid-market-fashion-${p.replace(/-$/, '')}`]);
    expect(row!.c2).toEqual([`${p}c2`]); // created with name = id
    expect(row!.deals).toEqual([['active', '2024-02-29', 'co_selling']]);
  });

  it('changes nothing when run twice', async () => {
    const before = await snapshot();
    const again = await importFolder(db, folder);
    expect(again.imported).toBe(true);
    expect(again.changes?.changes ?? []).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad rows', () => {
  const p = uniquePrefix();
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'unknown company',
      { 'accounts.csv': `${HEADER.accounts}${p}ghost,c1,customer\n` },
      /accounts\.csv:2: unknown company "t.*ghost"/,
    ],
    [
      'bad stage',
      { 'accounts.csv': `${HEADER.accounts}${p}ok,c1,lead\n` },
      /accounts\.csv:2: stage must be customer, prospect or opportunity/,
    ],
    [
      'bad level',
      { 'capabilities.csv': `company_id,capability,level,category\n${p}ok,Payments,primary,\n` },
      /capabilities\.csv:2: level must be core or secondary/,
    ],
    [
      'malformed number',
      { 'companies.csv': `${HEADER.companies}${p}ok,OK Co,,\n${p}bad,Bad Co,,12k,\n` },
      /companies\.csv:3: employees must be a whole number, got "12k"/,
    ],
    ['broken quoting', { 'accounts.csv': `${HEADER.accounts}${p}ok,"c1,customer\n` }, /accounts\.csv:2: broken CSV/],
    [
      'wrong field count',
      { 'accounts.csv': `${HEADER.accounts}${p}ok,c1,customer,extra\n` },
      /accounts\.csv:2: expected 3 fields/,
    ],
    [
      'unknown partnership type',
      { 'partnerships.csv': `id,parties,type,status,since\nd1,${p}ok;${p}ok2,joint_venture,active,\n` },
      /partnerships\.csv:2: type must be referral, .*, got "joint_venture"/,
    ],
    [
      'one party',
      { 'partnerships.csv': `id,parties,type,status,since\nd1,${p}ok,referral,active,\n` },
      /partnerships\.csv:2: parties must name two or more/,
    ],
    [
      'bad date',
      { 'partnerships.csv': `id,parties,type,status,since\nd1,${p}ok;${p}ok2,referral,active,2024-02-30\n` },
      /since must be a date YYYY-MM-DD/,
    ],
    [
      'conflicting duplicate',
      { 'accounts.csv': `${HEADER.accounts}${p}ok,c1,customer\n${p}ok,c1,prospect\n` },
      /accounts\.csv:3: repeats line 2 .* with different values/,
    ],
    [
      'self rivalry',
      { 'competitors.csv': `company_id,competitor_id\n${p}ok,${p}ok\n` },
      /competitors\.csv:2: a company cannot compete with itself/,
    ],
    [
      'unknown column',
      { 'segments.csv': 'company_id,segment,colour\n' },
      /segments\.csv:1: unknown column\(s\) colour/,
    ],
    ['missing column', { 'accounts.csv': 'company_id,stage\n' }, /accounts\.csv:1: missing column\(s\) customer_id/],
    [
      'not UTF-8',
      { 'customers.csv': Buffer.from([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x0a]) as unknown as string },
      /customers\.csv:1: the file is not valid UTF-8/,
    ],
  ];

  it.each(cases)('%s is reported with file, line and reason, and nothing changes', async (_, files, expected) => {
    const before = await snapshot();
    const folder = writeRawFolder({
      [`companies.csv`]: `${HEADER.companies}${p}ok,OK Co,,,\n${p}ok2,OK Two,,,\n`,
      ...files,
    });
    const result = await importFolder(db, folder);
    expect(result.imported).toBe(false);
    expect(result.problems.map(formatProblem).join('\n')).toMatch(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('reports a refused company once, at its own row, with the rows that named it', async () => {
    const folder = writeRawFolder({
      'companies.csv': `${HEADER.companies}${p}ok,OK Co,,,\n${p}acme,Acme,,ten,\n`,
      'accounts.csv': `${HEADER.accounts}${p}acme,c1,customer\n${p}acme,c2,customer\n${p}ok,c1,client\n`,
      'competitors.csv': `company_id,competitor_id\n${p}acme,${p}ok\n`,
    });
    const result = await importFolder(db, folder);
    expect(result.problems.map(formatProblem)).toEqual([
      'companies.csv:3: employees must be a whole number, got "ten"',
      `companies.csv:3: because this row was refused, 3 rows naming "${p}acme" were left out with it (accounts.csv lines 2, 3; competitors.csv line 2)`,
      'accounts.csv:4: stage must be customer, prospect or opportunity, got "client"',
    ]);
  });

  it('imports the good rows with skipBadRows and still lists the bad ones', async () => {
    const folder = writeRawFolder({
      'companies.csv': `${HEADER.companies}${p}skip,Skip Co,,,\n`,
      'accounts.csv': `${HEADER.accounts}${p}skip,${p}k1,customer\n${p}ghost,${p}k2,customer\n${p}skip,${p}k3,lead\n`,
    });
    const result = await importFolder(db, folder, { skipBadRows: true });
    expect(result.imported).toBe(true);
    expect(result.problems.map((problem) => problem.line)).toEqual([3, 4]);
    expect(result.written['accounts.csv']).toBe(1);
    const [row] = await db.read('company', { id: `${p}skip` });
    expect((row!.company as { customerCount: number }).customerCount).toBe(1);
  });

  it('names a missing folder or a folder without companies.csv', async () => {
    await expect(importFolder(db, '/nonexistent/folder')).rejects.toThrow(/no such data folder/);
    await expect(importFolder(db, writeRawFolder({ 'accounts.csv': HEADER.accounts }))).rejects.toThrow(
      /companies\.csv: missing/,
    );
  });
});

describe('re-importing and replacing', () => {
  it('updates changed values, keeps absent columns, and replaces a partnership’s parties', async () => {
    const p = uniquePrefix();
    await importFolder(
      db,
      writeFixtureFolder({
        companies: [
          { id: `${p}a`, name: 'A', domain: 'a.example' },
          { id: `${p}b`, name: 'B' },
          { id: `${p}c`, name: 'C' },
        ],
        partnerships: [{ id: `${p}d`, parties: `${p}a;${p}b;${p}c`, type: 'consortium', status: 'active' }],
      }),
    );
    await importFolder(
      db,
      writeRawFolder({
        'companies.csv': `id,name\n${p}a,A renamed\n`, // no domain column: the domain stays
        'partnerships.csv': `id,parties,type,status,since\n${p}d,${p}a;${p}b,referral,ended,\n`,
      }),
    );
    const [row] = await db.write('test:read', (tx) =>
      tx.runText(
        `MATCH (a:Company {id: $a}) MATCH (d:Partnership {id: $d})-[:OF_TYPE]->(t)
        RETURN a.name AS name, a.domain AS domain, d.status AS status, t.id AS type,
          COLLECT { MATCH (x)-[:PARTY_TO]->(d) RETURN x.id ORDER BY x.id } AS parties`,
        { a: `${p}a`, d: `${p}d` },
      ),
    );
    expect(row).toEqual({
      name: 'A renamed',
      domain: 'a.example',
      status: 'ended',
      type: 'referral',
      parties: [`${p}a`, `${p}b`],
    });
  });

  it('empties the graph first with replace, keeping the partnership types', async () => {
    const p = uniquePrefix();
    const result = await importFolder(db, writeFixtureFolder({ companies: [{ id: `${p}only`, name: 'Only' }] }), {
      replace: true,
    });
    expect(result.imported).toBe(true);
    const [row] = await db.write('test:count', (tx) =>
      tx.runText('RETURN COUNT { MATCH (c:Company) } AS companies, COUNT { MATCH (t:PartnershipType) } AS types'),
    );
    expect(row).toEqual({ companies: 1, types: 9 });
  });

  it('does not replace anything when the new folder has bad rows', async () => {
    const before = await snapshot();
    const result = await importFolder(db, writeRawFolder({ 'companies.csv': `${HEADER.companies}x,,,,\n` }), {
      replace: true,
    });
    expect(result.imported).toBe(false);
    expect(formatProblem(result.problems[0]!)).toBe('companies.csv:2: name is empty');
    expect(await snapshot()).toEqual(before);
  });
});

describe('writing in chunks, all or nothing for the folder', () => {
  /** 4 companies and 23 accounts (15 customers, 8 prospects), ids under `p`. */
  const folderFor = (p: string, customerSuffix = '') =>
    writeFixtureFolder({
      companies: Array.from({ length: 4 }, (_, index) => ({ id: `${p}co${index}`, name: `Company ${index}` })),
      accounts: Array.from({ length: 23 }, (_, index) => ({
        company_id: `${p}co${index % 4}`,
        customer_id: `${p}cu${index}${customerSuffix}`,
        stage: index % 3 === 0 ? 'prospect' : 'customer',
      })),
    });

  /** Nodes an import keeps beside the live graph until it is done, and the lock: none once it is. */
  async function leftovers(): Promise<unknown> {
    const [row] = await db.write('test:leftovers', (tx) =>
      tx.runText(`RETURN COUNT { MATCH (n) WHERE any(label IN labels(n) WHERE label STARTS WITH 'Staged' OR label STARTS WITH 'Retired') } AS nodes,
                         COUNT { MATCH (:ImportLock) } AS locks`),
    );
    return row;
  }

  /** `db`, with the write transactions named `label` failing inside Neo4j from the `nth` one on. */
  const failing = (label: string, nth: number): Database => {
    let seen = 0;
    return {
      ...db,
      write: (name, work, options) =>
        db.write(
          name,
          (tx) => (name === label && ++seen >= nth ? (tx.runText('RETURN 1 / 0') as never) : work(tx)),
          options,
        ),
    };
  };

  it('stages a file a chunk per transaction, with one batch running while the next is sent, and reports progress to the end', async () => {
    const p = uniquePrefix();
    const progress: [number, number][] = [];
    const problems: RowProblem[] = [];
    const files = listDataFiles(folderFor(p), 1e9, problems);
    const written = await stageFolder(db, files, problems, {
      merging: true,
      liveCompanyIds: new Set(),
      batchSize: 2,
      chunkSize: 5,
      onProgress: ({ file, written: rows, fraction }) => file === 'accounts.csv' && progress.push([rows, fraction]),
    });
    expect(problems).toEqual([]);
    expect(written).toEqual({ 'companies.csv': 4, 'accounts.csv': 23 });
    expect(progress.map(([rows]) => rows)).toEqual([5, 10, 15, 20, 23]);
    expect(progress.at(-1)![1]).toBe(1);
    const [staged] = await db.write('test:staged', (tx) =>
      tx.runText(
        `MATCH (c:StagedCompany)-[s:SERVES]->() WHERE c.id STARTS WITH $p RETURN count(s) AS accounts,
                    COUNT { MATCH (c:Company) WHERE c.id STARTS WITH $p } AS live`,
        { p },
      ),
    );
    expect(staged).toEqual({ accounts: 23, live: 0 }); // staged, and nothing live yet
    await removeLeftovers(db);
    expect(await leftovers()).toEqual({ nodes: 0, locks: 0 });
  });

  it('leaves the graph as it was, and nothing beside it, when a write fails before the import takes effect', async () => {
    const p = uniquePrefix();
    await importFolder(db, folderFor(p));
    const before = await snapshot();
    for (const [label, nth] of [
      ['import:accounts.csv', 1],
      ['import:apply', 1],
    ] as const) {
      await expect(importFolder(failing(label, nth), folderFor(p, '-moved'))).rejects.toThrow(/by zero/);
      expect(await snapshot(), label).toEqual(before);
      expect(await leftovers(), label).toEqual({ nodes: 0, locks: 0 });
    }
  });

  it('keeps the old graph when the switch of a --replace fails, and the new one once it commits', async () => {
    const p = uniquePrefix();
    await importFolder(db, folderFor(p));
    const before = await snapshot();
    await expect(importFolder(failing('import:switch', 1), folderFor(p, '-new'), { replace: true })).rejects.toThrow(
      /by zero/,
    );
    expect(await snapshot()).toEqual(before);
    expect(await leftovers()).toEqual({ nodes: 0, locks: 0 });
  });

  it('finishes a merge that failed while applying: the next run carries on where it stopped', async () => {
    const p = uniquePrefix();
    await importFolder(db, folderFor(p));
    await expect(
      importFolder(failing('import:apply/counts', 1), folderFor(p, '-more'), { maxSingleTransactionRows: 0 }),
    ).rejects.toThrow(/by zero/);
    // The lock stays, in phase applying, for the next import or start-up; here its holder (this process) is alive, so take it over by hand.
    const lock = await readImportLock(db);
    expect(lock?.phase).toBe('applying');
    const held = await takeOver(db, lock!);
    await finishInterruptedImport(db, held, lock!, { log: () => {} });
    await held.release();
    const [counts] = await db.write('test:counts', (tx) =>
      tx.runText(
        `MATCH (c:Company) WHERE c.id STARTS WITH $p
         RETURN sum(c.customerCount) AS customers, sum(c.prospectCount) AS prospects, sum(COUNT { (c)-[:SERVES]->() }) AS accounts`,
        { p },
      ),
    );
    expect(counts).toEqual({ customers: 30, prospects: 16, accounts: 46 });
    expect(await leftovers()).toEqual({ nodes: 0, locks: 0 });
  });
});
