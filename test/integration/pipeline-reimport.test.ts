import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import type { ImportLockRecord } from '../../api/db/bookkeeping-rows.ts';
import { readImportLock } from '../../api/import/import-lock.ts';
import { recoverInterruptedImport } from '../../api/import/recover-import.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, writeRawFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';
import { runScript, stopChild, type Script } from '../support/run-script.ts';

/**
 * The pipeline, plans and ledger are the strategist's own records: like
 * shortlists, they name companies by id and survive every import, --replace
 * included, and an import killed with SIGKILL at any point. Each check
 * compares every pipeline, plan and ledger node and relationship, property by
 * property, before and after.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let db: Database;
let client: ReturnType<typeof createClient>;
const children: Script[] = [];

const full = analysisFixture(p);
const withoutBravo = {
  ...full,
  companies: full.companies.filter((company) => company.id !== id('bravo')),
  accounts: full.accounts!.filter((account) => account.company_id !== id('bravo')),
  capabilities: full.capabilities!.filter((row) => row.company_id !== id('bravo')),
  segments: full.segments!.filter((row) => row.company_id !== id('bravo')),
};

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(full), { replace: true })).problems).toEqual([]);
  client = createClient(db);
});
afterAll(async () => {
  for (const child of children) await stopChild(child.process);
});

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await client.query(query, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

/** Every pipeline, plan and ledger record, with its relationships, as sorted text: equal means nothing was lost or changed. */
async function records(): Promise<string> {
  const [row] = await db.write('test:pipeline-records', (tx) =>
    tx.runText(`
      RETURN COLLECT {
        MATCH (n) WHERE n:PipelineItem OR n:PipelineActivity OR n:PipelineMove OR n:PartnershipPlan OR n:PlanVersion OR n:LedgerEntry
        RETURN [labels(n), properties(n)]
      } AS nodes,
      COLLECT {
        MATCH (a)-[r]->(b) WHERE a:PipelineItem OR a:PartnershipPlan
        RETURN [labels(a), coalesce(a.id, a.itemId), type(r), labels(b), coalesce(b.id, b.version, b.seq)]
      } AS links`),
  );
  const sorted = (list: unknown[]) =>
    list
      .map((entry) =>
        JSON.stringify(entry, (_, value) =>
          value && typeof value === 'object' && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value).sort())
            : value,
        ),
      )
      .sort();
  return JSON.stringify({ nodes: sorted(row!.nodes as unknown[]), links: sorted(row!.links as unknown[]) });
}

let bravoItem: string;
let charlieItem: string;

describe('pipeline, plans and ledger across --replace imports', () => {
  it(
    'keep every item, log, plan version and ledger entry; a record whose company is gone is marked, and comes back with it',
    { timeout: 180_000 },
    async () => {
      const listId = (await ok(`mutation { createShortlist(name: "Reimport", focal: "${id('alpha')}") { id } }`))
        .createShortlist.id;
      for (const name of ['bravo', 'charlie'])
        await ok(`mutation { addToShortlist(id: "${listId}", candidate: "${id(name)}") { id } }`);
      const create = async (name: string) =>
        (
          await ok(
            `mutation { createPipelineItem(input: { focal: "${id('alpha')}", candidate: "${id(name)}", shortlist: "${listId}", owner: "Ana" }) { id } }`,
          )
        ).createPipelineItem.id as string;
      bravoItem = await create('bravo');
      charlieItem = await create('charlie');
      await ok(
        `mutation { logPipelineActivity(id: "${bravoItem}", activity: { kind: CALL, summary: "First call" }) { id } }`,
      );
      await ok(`mutation { movePipelineItem(id: "${bravoItem}", stage: IN_DISCUSSION, note: "keen") { id } }`);
      await ok(
        `mutation { updatePartnershipPlan(item: "${bravoItem}", patch: { type: "referral", goals: [{ side: FOCAL, metric: REFERRALS, target: 5, months: 6 }, { side: PARTNER, metric: REFERRALS, target: 5, months: 6 }] }) { version } }`,
      );
      await ok(
        `mutation { updatePartnershipPlan(item: "${bravoItem}", patch: { checklist: [{ item: "Referral fee payout", state: DONE, owner: "Li" }] }) { version } }`,
      );
      await ok(
        `mutation { movePipelineItem(id: "${bravoItem}", stage: SIGNED, signing: { status: ACTIVE }) { stage } }`,
      );
      await ok(
        `mutation { updatePartnershipPlan(item: "${charlieItem}", patch: { terms: { referralFeePercent: 15 } }) { version } }`,
      );
      for (const [direction, outcome] of [
        ['FROM_PARTNER', 'WON'],
        ['TO_PARTNER', 'OPEN'],
      ]) {
        await ok(
          `mutation { recordLedgerEntry(input: { focal: "${id('alpha')}", partner: "${id('bravo')}", direction: ${direction}, outcome: ${outcome}, value: 1000 }) { id } }`,
        );
      }
      await ok(`mutation { recordLedgerEntry(input: { focal: "${id('alpha')}", outcome: LOST, value: 500 }) { id } }`);
      const before = await records();

      expect((await importFolder(db, writeFixtureFolder(withoutBravo), { replace: true })).imported).toBe(true);
      expect(await records()).toEqual(before);
      const gone = await ok(
        `{ pipelineItem(id: "${bravoItem}") { inGraph candidate { id } stage partnership { inGraph } plan { version checklistDone } warnings impact { fromPartner { referrals } } } ledger(focal: "${id('alpha')}", partner: "${id('bravo')}") { id partner { id } } }`,
      );
      expect(gone.pipelineItem).toMatchObject({
        inGraph: false,
        candidate: null,
        stage: 'SIGNED',
        partnership: { inGraph: false },
        plan: { version: 3, checklistDone: 1 },
        impact: { fromPartner: { referrals: 1 } },
      });
      expect(gone.pipelineItem.warnings).toContain(
        'A re-import dropped one of the two companies: the item, its log, plan and ledger are kept.',
      );
      expect(gone.ledger).toHaveLength(2);
      expect(gone.ledger[0].partner).toBeNull();
      const csv = parse(await (await client.app.fetch(`http://test/export/pipeline.csv?focal=${id('alpha')}`)).text(), {
        columns: true,
      }) as Record<string, string>[];
      expect(csv.find((row) => row.item_id === bravoItem)).toMatchObject({
        in_graph: 'no',
        stage: 'signed',
        plan_version: '3',
      });

      expect((await importFolder(db, writeFixtureFolder(full), { replace: true })).imported).toBe(true);
      expect(await records()).toEqual(before);
      const back = (
        await ok(`{ pipelineItem(id: "${bravoItem}") { inGraph candidate { id } partnership { inGraph } } }`)
      ).pipelineItem;
      // The company is back; the partnership the item signed was the graph's, and a --replace by a folder without it replaced it.
      expect(back).toEqual({ inGraph: true, candidate: { id: id('bravo') }, partnership: { inGraph: false } });
    },
  );
});

/** A folder big enough that staging and cleaning take seconds: long enough to be caught in. */
function bigEcosystem(q: string): string {
  const lines = (header: string, count: number, line: (i: number) => string) =>
    `${header}\n${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n`;
  const customers = 6_000;
  return writeRawFolder({
    'README.md': `# Pipeline kill test ${q}\n`,
    'companies.csv':
      lines('id,name', 120, (i) => `${q}co${i},Company ${q}${i}`) +
      `${id('alpha')},Alpha Co\n${id('bravo')},Bravo Co\n`,
    'customers.csv': lines('id,name', customers, (i) => `${q}cu${i},Customer ${i}`),
    'accounts.csv': lines(
      'company_id,customer_id,stage',
      customers * 4,
      (i) => `${q}co${(i * 7 + Math.floor(i / 4)) % 120},${q}cu${Math.floor(i / 4)},customer`,
    ),
  });
}

async function killImportWhen(args: string[], when: (lock: ImportLockRecord) => boolean): Promise<ImportLockRecord> {
  const child = runScript('scripts/import.ts', args, { NEO4J_URI: inject('neo4jUri') });
  children.push(child);
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline && child.process.exitCode === null) {
    const lock = await readImportLock(db);
    if (lock && when(lock)) {
      child.process.kill('SIGKILL');
      await child.exited;
      return (await readImportLock(db))!;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`The import ended before it could be killed:\n${child.output()}`);
}

describe('pipeline, plans and ledger across an import killed with SIGKILL', () => {
  it(
    'are untouched by a --replace killed while staging, while cleaning up, and by the import that completes it',
    { timeout: 400_000 },
    async () => {
      const before = await records();
      const folder = bigEcosystem(uniquePrefix());

      const staging = await killImportWhen(
        [folder, '--replace'],
        (held) => held.phase === 'staging' && held.file === 'accounts.csv',
      );
      expect(staging.phase).toBe('staging');
      expect(await records()).toEqual(before);
      expect((await recoverInterruptedImport(db, { log: () => {} })).state).toBe('recovered');
      expect(await records()).toEqual(before);

      const cleaning = await killImportWhen([folder, '--replace'], (held) => held.phase === 'cleaning');
      expect(cleaning.phase).toBe('cleaning');
      expect(await records()).toEqual(before);
      const again = runScript('scripts/import.ts', [folder, '--replace'], { NEO4J_URI: inject('neo4jUri') });
      children.push(again);
      expect(await again.exited, again.output()).toBe(0);
      expect(await records()).toEqual(before);
      // The new graph has alpha and bravo (by id): the items are whole again, their logs and plans as they were.
      const item = (await ok(`{ pipelineItem(id: "${bravoItem}") { inGraph activityCount plan { version } } }`))
        .pipelineItem;
      expect(item).toEqual({ inGraph: true, activityCount: 1, plan: { version: 3 } });
      expect((await ok(`{ pipelineItem(id: "${charlieItem}") { inGraph } }`)).pipelineItem.inGraph).toBe(false);
    },
  );
});
