import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { runDustCheck } from '../../api/pipeline/dust-check.ts';
import { startDustWatch } from '../../api/pipeline/dust-watch.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/**
 * The pipeline, plans and ledger through the GraphQL API and the CSV routes,
 * on the real Neo4j: a pinned candidate taken through every stage to a
 * partnership signed through the write path (the ranking's history, changes
 * and the webhook see it), the plan versioned, the ledger's figures against a
 * computation of our own, the errors and limits of the rest of the API, and
 * the dust check, recorded as a run of its own and sent to the webhook.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const SECRET = 'pipeline-test-secret-0123456789';
let db: Database;
let client: ReturnType<typeof createClient>;
let receiver: Server;
const received: { event: string; body: string; signature: string }[] = [];

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        event: String(request.headers['x-partnergraph-event']),
        body: Buffer.concat(chunks).toString('utf8'),
        signature: String(request.headers['x-partnergraph-signature']),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  client = createClient(db, { webhook: { url, secret: SECRET, attempts: 2, firstDelayMs: 20 } });
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

async function ok<Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const { data, errors } = await client.query<Data>(query, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

async function refused(query: string, variables: Record<string, unknown> = {}) {
  const { errors } = await client.query(query, variables);
  expect(errors, 'expected an error').toBeDefined();
  return {
    message: errors![0]!.message,
    code: errors![0]!.extensions?.code,
    argument: errors![0]!.extensions?.argument,
  };
}

const ITEM = `id focalId candidateId stage owner nextStep nextStepDue inGraph activityCount lastActivityOn
  stageMoves { from to by note } partnership { id status since type { id } inGraph }
  plan { version type { id } effort startsOn checkpointOn checklistDone checklistNeeded } warnings`;

const CREATE = `mutation ($input: PipelineItemInput!) { createPipelineItem(input: $input) { ${ITEM} } }`;
const MOVE = `mutation ($id: ID!, $stage: PipelineStage!, $note: String, $signing: SigningInput) { movePipelineItem(id: $id, stage: $stage, note: $note, signing: $signing) { ${ITEM} } }`;
const LOG = `mutation ($id: ID!, $activity: ActivityInput!) { logPipelineActivity(id: $id, activity: $activity) { activityCount activities(first: 10) { kind on summary by } } }`;
const PLAN = `mutation ($item: ID!, $patch: PlanPatchInput!, $expected: Int) {
  updatePartnershipPlan(item: $item, patch: $patch, expectedVersion: $expected) {
    version type { id } effort startsOn checkpointOn checklist { item owner state } checklistDone checklistNeeded
    goals { id side metric target months actual expectedAtCheckpoint behind }
    alignment { topic label question focalAnswer partnerAnswer }
    terms { referralFeePercent markupPercent rulesOfEngagement otherTerms }
    versions { version by changes }
  } }`;
const RECORD = `mutation ($input: LedgerEntryInput!) { recordLedgerEntry(input: $input) { id focalId partnerId direction kind outcome value currency referredOn closedOn source } }`;

async function newShortlist(candidates: string[]): Promise<string> {
  const listId = (await ok(`mutation { createShortlist(name: "Pipeline ${p}", focal: "${id('alpha')}") { id } }`))
    .createShortlist.id as string;
  for (const candidate of candidates)
    await ok(`mutation { addToShortlist(id: "${listId}", candidate: "${id(candidate)}", note: "n") { id } }`);
  return listId;
}

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('from shortlist to signed partnership', () => {
  let itemId: string;
  let partnershipId: string;

  it('starts a pinned candidate, moves it stage by stage with a dated log, and writes a versioned plan', async () => {
    const listId = await newShortlist(['bravo', 'charlie']);
    const item = (
      await ok(CREATE, {
        input: {
          focal: id('alpha'),
          candidate: id('bravo'),
          shortlist: listId,
          owner: 'Ana',
          nextStep: 'Intro call',
          nextStepDue: today(),
        },
      })
    ).createPipelineItem;
    itemId = item.id;
    expect(item).toMatchObject({
      focalId: id('alpha'),
      candidateId: id('bravo'),
      stage: 'RESEARCHING',
      owner: 'Ana',
      inGraph: true,
      activityCount: 0,
      partnership: null,
      plan: null,
    });
    expect(item.stageMoves).toEqual([{ from: null, to: 'RESEARCHING', by: 'local', note: null }]);

    await ok(MOVE, { id: itemId, stage: 'CONTACTED', note: 'Emailed their head of partnerships' });
    for (const [kind, on, summary] of [
      ['EMAIL', daysAgo(9), 'Sent the overlap numbers'],
      ['CALL', daysAgo(6), 'First call: both keen'],
      ['MEETING', daysAgo(2), 'Workshop on joint accounts'],
      ['NOTE', undefined, 'They want co-selling, not referral'],
    ] as const) {
      await ok(LOG, { id: itemId, activity: { kind, on, summary } });
    }
    const log = (
      await ok(
        `{ pipelineItem(id: "${itemId}") { activityCount lastActivityOn activities(first: 10) { kind on summary } } }`,
      )
    ).pipelineItem;
    expect(log.activityCount).toBe(4);
    expect(log.lastActivityOn).toBe(today());
    expect(log.activities.map((a: { kind: string }) => a.kind)).toEqual(['NOTE', 'MEETING', 'CALL', 'EMAIL']);
    await ok(MOVE, { id: itemId, stage: 'IN_DISCUSSION' });

    const written = (
      await ok(PLAN, {
        item: itemId,
        patch: {
          type: 'co_selling',
          goals: [
            { side: 'FOCAL', metric: 'REFERRALS', target: 10, months: 6 },
            { side: 'PARTNER', metric: 'REFERRALS', target: 6, months: 6 },
            { side: 'FOCAL', metric: 'WON_VALUE', target: 100000, months: 12 },
          ],
          alignment: [
            { topic: 'SUCCESS_METRICS', side: 'FOCAL', answer: 'Ten co-sold deals by Q4' },
            { topic: 'SUCCESS_METRICS', side: 'PARTNER', answer: 'Six referred accounts' },
          ],
          terms: { referralFeePercent: 10, rulesOfEngagement: 'Whoever registers the deal first owns it.' },
        },
        expected: 0,
      })
    ).updatePartnershipPlan;
    expect(written).toMatchObject({
      version: 1,
      type: { id: 'co_selling' },
      effort: 'MEDIUM',
      startsOn: null,
      checklistDone: 0,
      checklistNeeded: 4,
    });
    expect(written.alignment.find((a: { topic: string }) => a.topic === 'SUCCESS_METRICS')).toMatchObject({
      label: 'Success metrics',
      focalAnswer: 'Ten co-sold deals by Q4',
      partnerAnswer: 'Six referred accounts',
    });
    expect(written.versions).toEqual([
      {
        version: 1,
        by: 'local',
        changes: expect.arrayContaining(['plan written', 'type: none → Co-selling (checklist of 4 boxes)']),
      },
    ]);

    // Another client still at version 0 is told the plan moved on, and who moved it.
    const stale = await refused(PLAN, { item: itemId, patch: { terms: { markupPercent: 5 } }, expected: 0 });
    expect(stale).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'expectedVersion' });
    expect(stale.message).toMatch(/but the plan is at version 1 \(changed by local at /);

    const ticked = (
      await ok(PLAN, {
        item: itemId,
        patch: {
          checklist: [
            'Sales training',
            'Account mapping',
            'Pipeline visibility (deal registration)',
            'Joint collateral',
          ].map((box, index) => ({ item: box, state: 'DONE', owner: index % 2 ? 'Li' : 'Ana' })),
        },
      })
    ).updatePartnershipPlan;
    expect(ticked).toMatchObject({ version: 2, checklistDone: 4, checklistNeeded: 4 });
    expect(ticked.versions[0]).toEqual({
      version: 2,
      by: 'local',
      changes: expect.arrayContaining(['checklist “Sales training”: TODO → DONE, owner Ana']),
    });
    await ok(MOVE, { id: itemId, stage: 'PLAN_AGREED', note: 'Both sides signed off the plan' });
  });

  it(
    'signs through the write path: the partnership is in the graph, the ranking’s history, changes and at the webhook',
    { timeout: 120_000 },
    async () => {
      const before = received.length;
      const since = daysAgo(1);
      const signed = (
        await ok(MOVE, { id: itemId, stage: 'SIGNED', note: 'Signed at the QBR', signing: { status: 'ACTIVE', since } })
      ).movePipelineItem;
      partnershipId = signed.partnership.id;
      expect(signed).toMatchObject({
        stage: 'SIGNED',
        partnership: { status: 'ACTIVE', since, type: { id: 'co_selling' }, inGraph: true },
        plan: { startsOn: since, version: 3 },
      });
      expect(signed.stageMoves.map((move: { to: string }) => move.to)).toEqual([
        'RESEARCHING',
        'CONTACTED',
        'IN_DISCUSSION',
        'PLAN_AGREED',
        'SIGNED',
      ]);

      const fit = (
        await ok(
          `{ partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}") { history { id status since type { id } } } }`,
        )
      ).partnerFit;
      expect(fit.history).toContainEqual({ id: partnershipId, status: 'ACTIVE', since, type: { id: 'co_selling' } });
      const changes = (await ok(`{ changes(focal: "${id('alpha')}") { kind partnershipId dataset } }`)).changes;
      expect(changes).toContainEqual({ kind: 'PARTNERSHIP_STARTED', partnershipId, dataset: 'API write by local' });

      const delivery = received.slice(before).find((hook) => hook.body.includes(partnershipId));
      expect(delivery?.event).toBe('changes');
      expect(delivery!.signature).toBe(`sha256=${createHmac('sha256', SECRET).update(delivery!.body).digest('hex')}`);
      expect(JSON.parse(delivery!.body).changes).toContainEqual(
        expect.objectContaining({ kind: 'PARTNERSHIP_STARTED', partnershipId }),
      );

      // Signed is final; signing again is refused, and nothing moves it back.
      expect(await refused(MOVE, { id: itemId, stage: 'SIGNED', signing: {} })).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'stage',
      });
      expect((await refused(MOVE, { id: itemId, stage: 'PARKED' })).message).toMatch(/cannot leave SIGNED/);
    },
  );

  it('keeps the ledger each way, and reports its impact against the plan and against our own computation', async () => {
    const entries = [
      {
        partner: id('bravo'),
        direction: 'FROM_PARTNER',
        outcome: 'WON',
        value: 12000,
        referredOn: daysAgo(40),
        closedOn: daysAgo(10),
      },
      {
        partner: id('bravo'),
        direction: 'FROM_PARTNER',
        outcome: 'LOST',
        value: 3000,
        referredOn: daysAgo(30),
        closedOn: daysAgo(5),
      },
      { partner: id('bravo'), direction: 'FROM_PARTNER', outcome: 'OPEN', value: 8000, referredOn: daysAgo(3) },
      {
        partner: id('bravo'),
        direction: 'TO_PARTNER',
        outcome: 'WON',
        value: 5000,
        referredOn: daysAgo(20),
        closedOn: daysAgo(2),
      },
      { outcome: 'WON', value: 4000, referredOn: daysAgo(60), closedOn: daysAgo(30) },
      { outcome: 'LOST', value: 9000, referredOn: daysAgo(50), closedOn: daysAgo(20) },
      { outcome: 'LOST', referredOn: daysAgo(50), closedOn: daysAgo(25) },
    ];
    const recorded = [];
    for (const entry of entries)
      recorded.push((await ok(RECORD, { input: { focal: id('alpha'), kind: 'DEAL', ...entry } })).recordLedgerEntry);
    expect(recorded[0]).toMatchObject({ focalId: id('alpha'), partnerId: id('bravo'), source: 'api', outcome: 'WON' });
    // The open deal closes: its outcome and close date change, nothing else.
    const closed = (
      await ok(
        `mutation { updateLedgerEntry(id: "${recorded[2].id}", patch: { outcome: WON }) { outcome closedOn value } }`,
      )
    ).updateLedgerEntry;
    expect(closed).toEqual({ outcome: 'WON', closedOn: today(), value: 8000 });

    // Our own computation of what the entries say.
    const from = [entries[0]!, entries[1]!, { ...entries[2]!, outcome: 'WON', closedOn: today() }];
    const wonFrom = from.filter((e) => e.outcome === 'WON');
    const own = entries.slice(4);
    const days = (e: { referredOn: string; closedOn?: string }) =>
      (Date.parse(e.closedOn!) - Date.parse(e.referredOn)) / 86_400_000;
    const impact = (
      await ok(`{ partnerImpact(focal: "${id('alpha')}", partner: "${id('bravo')}") {
        pipelineItemId partnershipStatus balance balanceSentence
        fromPartner { referrals won lost open winRate wonValue averageWonValue medianDaysToClose }
        toPartner { referrals won winRate wonValue }
        lift { winRateWith winRateWithout winRateLift dealSizeWith dealSizeWithout dealSizeLift }
        goals { id actual behind } health { kind } } }`)
    ).partnerImpact;
    expect(impact).toMatchObject({ pipelineItemId: itemId, partnershipStatus: 'ACTIVE', balance: (3 - 1) / 4 });
    expect(impact.fromPartner).toEqual({
      referrals: 3,
      won: 2,
      lost: 1,
      open: 0,
      winRate: 2 / 3,
      wonValue: 20000,
      averageWonValue: 10000,
      medianDaysToClose: [days(wonFrom[0]!), days(wonFrom[1]!)].reduce((a, b) => a + b) / 2,
    });
    expect(impact.toPartner).toEqual({ referrals: 1, won: 1, winRate: 1, wonValue: 5000 });
    const ownWinRate = own.filter((e) => e.outcome === 'WON').length / own.length;
    expect(impact.lift).toEqual({
      winRateWith: 2 / 3,
      winRateWithout: ownWinRate,
      winRateLift: 2 / 3 / ownWinRate - 1,
      dealSizeWith: 10000,
      dealSizeWithout: 4000,
      dealSizeLift: 10000 / 4000 - 1,
    });
    // The plan started yesterday, at signing: no referral since, and only the deal won today counts towards the won value.
    expect(impact.goals.map((goal: { id: string; actual: number }) => [goal.id, goal.actual])).toEqual([
      ['g1', 0],
      ['g2', 0],
      ['g3', 8000],
    ]);
    // Three referrals from the partner for one to it: one-sided at 3 to 1.
    expect(impact.health).toEqual([{ kind: 'ONE_SIDED' }]);

    const list = await ok(
      `{ ledger(focal: "${id('alpha')}", partner: "${id('bravo')}") { id } own: ledger(focal: "${id('alpha')}", withoutPartner: true) { id partner { id } } }`,
    );
    expect(list.ledger).toHaveLength(4);
    expect(list.own).toHaveLength(3);
    const impacts = (
      await ok(`{ partnerImpacts(focal: "${id('alpha')}") { partnerId both { referrals } partnershipStatus } }`)
    ).partnerImpacts;
    expect(impacts[0]).toEqual({ partnerId: id('bravo'), both: { referrals: 4 }, partnershipStatus: 'ACTIVE' });
    // Alpha's other active partner of two is listed too, without referrals yet.
    expect(impacts.map((row: { partnerId: string }) => row.partnerId)).toContain(id('foxtrot'));
  });

  it('downloads the pipeline, the item’s log, the plan, the ledger and the impact as CSV', async () => {
    const csv = async (path: string) => {
      const response = await client.app.fetch(`http://test${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      return parse(await response.text(), { columns: true }) as Record<string, string>[];
    };
    const pipeline = await csv(`/export/pipeline.csv?focal=${id('alpha')}`);
    expect(pipeline.find((row) => row.item_id === itemId)).toMatchObject({
      candidate_name: 'Bravo Co',
      stage: 'signed',
      owner: 'Ana',
      plan_type: 'co_selling',
      plan_effort: 'medium',
      checklist_done: '4',
      partnership_id: partnershipId,
      in_graph: 'yes',
    });
    const log = await csv(`/export/pipeline/${itemId}.csv`);
    expect(log.filter((row) => row.record === 'activity')).toHaveLength(4);
    expect(log.filter((row) => row.record === 'stage').map((row) => row.kind)).toEqual([
      'start → researching',
      'researching → contacted',
      'contacted → in_discussion',
      'in_discussion → plan_agreed',
      'plan_agreed → signed',
    ]);
    const plan = await csv(`/export/plans/${itemId}.csv`);
    expect(
      plan.filter((row) => row.section === 'goal').map((row) => [row.item, row.side, row.metric, row.target]),
    ).toEqual([
      ['g1', 'focal', 'referrals', '10'],
      ['g2', 'partner', 'referrals', '6'],
      ['g3', 'focal', 'won_value', '100000'],
    ]);
    expect(plan.filter((row) => row.section === 'checklist').every((row) => row.state === 'done')).toBe(true);
    expect(plan.find((row) => row.item === 'rules_of_engagement')?.text).toBe(
      'Whoever registers the deal first owns it.',
    );
    const ledger = await csv(`/export/ledger.csv?focal=${id('alpha')}`);
    expect(ledger).toHaveLength(7);
    const impacts = await csv(`/export/partner-impact.csv?focal=${id('alpha')}`);
    expect(impacts.find((row) => row.partner_id === id('bravo'))).toMatchObject({
      referrals_from_partner: '3',
      referrals_to_partner: '1',
      won_value_from_partner: '20000',
      balance: '0.5',
    });

    expect((await client.app.fetch('http://test/export/pipeline/nope.csv')).status).toBe(404);
    expect(await (await client.app.fetch('http://test/export/ledger.csv?focal=')).text()).toBe(
      'Argument "focal" must be an id, got an empty string\n',
    );
  });
});

describe('the same errors and limits as the rest of the API', () => {
  it('answers NOT_FOUND naming the id, and BAD_USER_INPUT naming the field', async () => {
    const nothing = 'no-such-item';
    for (const mutation of [
      `mutation { updatePipelineItem(id: "${nothing}", patch: { owner: "x" }) { id } }`,
      `mutation { movePipelineItem(id: "${nothing}", stage: CONTACTED) { id } }`,
      `mutation { logPipelineActivity(id: "${nothing}", activity: { kind: NOTE, summary: "x" }) { id } }`,
      `mutation { deletePipelineItem(id: "${nothing}") }`,
      `mutation { updatePartnershipPlan(item: "${nothing}", patch: { type: "referral" }) { version } }`,
      `{ pipelineItem(id: "${nothing}") { id } }`,
    ]) {
      const error = await refused(mutation);
      expect(error, mutation).toMatchObject({ code: 'NOT_FOUND' });
      expect(error.message, mutation).toMatch(/^No pipeline item with id "no-such-item"/);
    }
    expect(await refused(`mutation { updateLedgerEntry(id: "x1", patch: { outcome: WON }) { id } }`)).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^No ledger entry with id "x1"/),
    });
    expect(await refused(`mutation { deleteLedgerEntry(id: "x1") }`)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refused(CREATE, { input: { focal: id('alpha'), candidate: 'ghost' } })).message).toMatch(
      /^No company with id "ghost"/,
    );
    expect(
      (await refused(CREATE, { input: { focal: id('alpha'), candidate: id('charlie'), shortlist: 'gone' } })).message,
    ).toMatch(/^No shortlist with id "gone"/);
    expect(
      (await refused(RECORD, { input: { focal: id('alpha'), partner: 'ghost', direction: 'FROM_PARTNER' } })).message,
    ).toMatch(/^No company with id "ghost"/);
    expect((await refused(`{ ledger(focal: "ghost") { id } }`)).code).toBe('NOT_FOUND');
    expect((await refused(`{ partnerImpact(focal: "${id('alpha')}", partner: "ghost") { balance } }`)).code).toBe(
      'NOT_FOUND',
    );

    const listId = await newShortlist([]);
    expect(
      await refused(CREATE, { input: { focal: id('alpha'), candidate: id('charlie'), shortlist: listId } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.candidate',
      message: expect.stringContaining('is not pinned on shortlist'),
    });
    expect(await refused(CREATE, { input: { focal: id('alpha'), candidate: id('alpha') } })).toMatchObject({
      argument: 'input.candidate',
    });
    expect(await refused(CREATE, { input: { focal: id('alpha'), candidate: id('bravo') } })).toMatchObject({
      argument: 'input.candidate',
      message: expect.stringContaining('is already in the pipeline'),
    });
    expect(
      await refused(CREATE, { input: { focal: id('alpha'), candidate: id('charlie'), nextStepDue: '31/12/2026' } }),
    ).toMatchObject({ argument: 'input.nextStepDue' });
    expect(await refused(`{ pipeline(first: 101) { id } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Argument "first" must be between 1 and 100, got 101',
    });
    const charlie = (await ok(CREATE, { input: { focal: id('alpha'), candidate: id('charlie'), owner: 'Li' } }))
      .createPipelineItem;
    expect(
      await refused(LOG, { id: charlie.id, activity: { kind: 'CALL', on: '2999-01-01', summary: 'x' } }),
    ).toMatchObject({ argument: 'activity.on' });
    expect(await refused(LOG, { id: charlie.id, activity: { kind: 'CALL', summary: '   ' } })).toMatchObject({
      argument: 'activity.summary',
    });
    expect(await refused(MOVE, { id: charlie.id, stage: 'SIGNED' })).toMatchObject({ argument: 'signing' });
    expect(await refused(MOVE, { id: charlie.id, stage: 'SIGNED', signing: {} })).toMatchObject({
      argument: 'signing.type',
      message: expect.stringContaining('the item’s plan names no partnership type'),
    });
    expect(await refused(RECORD, { input: { focal: id('alpha'), partner: id('charlie') } })).toMatchObject({
      argument: 'input.direction',
    });
    expect(await refused(RECORD, { input: { focal: id('alpha'), outcome: 'OPEN', closedOn: today() } })).toMatchObject({
      argument: 'input.closedOn',
    });
  });

  it('filters the pipeline by focal company, owner and stage, and lists the owners', async () => {
    const byOwner = (await ok(`{ pipeline(focal: "${id('alpha')}", owner: "Li") { candidateId } }`)).pipeline;
    expect(byOwner).toEqual([{ candidateId: id('charlie') }]);
    const signed = (await ok(`{ pipeline(focal: "${id('alpha')}", stages: [SIGNED]) { candidateId } }`)).pipeline;
    expect(signed).toEqual([{ candidateId: id('bravo') }]);
    // Stage order: researching before signed.
    expect(
      (await ok(`{ pipeline(focal: "${id('alpha')}") { stage } }`)).pipeline.map(
        (item: { stage: string }) => item.stage,
      ),
    ).toEqual(['RESEARCHING', 'SIGNED']);
    expect((await ok(`{ pipelineOwners(focal: "${id('alpha')}") }`)).pipelineOwners).toEqual(['Ana', 'Li']);
  });

  it('starts a pair that is an active partnership already as SIGNED, with the graph’s partnership, and a proposed one in discussion', async () => {
    const item = (await ok(CREATE, { input: { focal: id('alpha'), candidate: id('foxtrot') } })).createPipelineItem;
    expect(item).toMatchObject({
      stage: 'SIGNED',
      partnership: { status: 'ACTIVE', type: { id: 'referral' }, inGraph: true },
    });
    expect(item.warnings).toEqual(['Signed without a written plan: write the goals, terms and checklist.']);
    // A proposed partnership is, in the graph's words, not signed: in progress.
    const proposed = (await ok(CREATE, { input: { focal: id('hotel'), candidate: id('delta') } })).createPipelineItem;
    expect(proposed).toMatchObject({
      stage: 'IN_DISCUSSION',
      partnership: null,
      stageMoves: [{ to: 'IN_DISCUSSION', note: expect.stringMatching(/^A proposed partnership is in the graph/) }],
    });
  });

  it('lets viewers read and only editors write', async () => {
    const keys = {
      apiKeys: [
        { key: 'viewer-key-0123456789abcdef', role: 'viewer' as const },
        { key: 'editor-key-0123456789abcdef', role: 'editor' as const },
      ],
    };
    const app = createApp({ db, security: keys });
    const ask = (key: string, query: string) =>
      app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      });
    const mutation = `mutation { updatePipelineItem(id: "x", patch: { owner: "y" }) { id } }`;
    const viewer = await ask(keys.apiKeys[0]!.key, mutation);
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(
      (await (await ask(keys.apiKeys[0]!.key, `{ pipeline(focal: "${id('alpha')}") { id } }`)).json()).errors,
    ).toBeUndefined();
    expect((await (await ask(keys.apiKeys[1]!.key, mutation)).json()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await app.fetch(`http://test/export/pipeline.csv?focal=${id('alpha')}`)).status).toBe(401);
  });
});

describe('gathering dust', () => {
  it(
    'records a quiet item and a partnership behind its plan as GATHERING_DUST, in changes and at the webhook, once each',
    { timeout: 60_000 },
    async () => {
      const later = new Date(Date.now() + 120 * 86_400_000);
      const before = received.length;
      const webhook = {
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        secret: SECRET,
        attempts: 2,
        firstDelayMs: 20,
      };
      const first = await runDustCheck(db, { quietDays: 30, now: later, webhook });
      const ours = first.reported.filter((change) => change.concerns.includes(id('alpha')));
      const reasons = ours.map((change) => [change.companies[1]!.id, change.dustReason]).sort();
      expect(reasons).toEqual(
        [
          [id('bravo'), 'BEHIND_PLAN'],
          [id('bravo'), 'QUIET'],
          [id('charlie'), 'QUIET'],
          [id('foxtrot'), 'QUIET'],
        ].sort(),
      );
      const behind = ours.find((change) => change.dustReason === 'BEHIND_PLAN')!;
      expect(behind.sentence).toMatch(
        /^The partnership of Alpha Co and Bravo Co is behind the plan at its checkpoint of \d{4}-\d\d-\d\d: we received 0 referrals of /,
      );

      const listed = (
        await ok(
          `{ changes(since: "${new Date(later.getTime() - 1000).toISOString()}", focal: "${id('alpha')}") { kind dataset pipelineItemId dustReason sentence companies { id role } } }`,
        )
      ).changes;
      expect(listed.filter((change: { kind: string }) => change.kind === 'GATHERING_DUST')).toHaveLength(4);
      expect(listed[0]).toMatchObject({
        kind: 'GATHERING_DUST',
        dataset: 'Gathering-dust check',
        companies: [{ id: id('alpha'), role: 'FOCAL' }, expect.objectContaining({ role: 'CANDIDATE' })],
      });

      const hook = received.slice(before).find((delivery) => delivery.body.includes('GATHERING_DUST'));
      expect(hook?.signature).toBe(`sha256=${createHmac('sha256', SECRET).update(hook!.body).digest('hex')}`);
      expect(JSON.parse(hook!.body)).toMatchObject({
        import: { dataset: 'Gathering-dust check' },
        changes: expect.arrayContaining([
          expect.objectContaining({ kind: 'GATHERING_DUST', pipelineItemId: behind.pipelineItemId }),
        ]),
      });

      // Not an import: changes without `since` stay the last import's (the check above is dated 120 days ahead).
      const last = (await ok(`{ changes(focal: "${id('alpha')}") { kind dataset } }`)).changes;
      expect(last.filter((change: { kind: string }) => change.kind === 'GATHERING_DUST')).toEqual([]);

      // Reported once: the next check finds nothing new.
      expect(
        (await runDustCheck(db, { quietDays: 30, now: later })).reported.filter((change) =>
          change.concerns.includes(id('alpha')),
        ),
      ).toEqual([]);
      // The explorer's flag is read at request time, with the configured quiet time.
      const charlie = (await ok(`{ pipeline(focal: "${id('alpha')}", owner: "Li") { id dust { reason } } }`))
        .pipeline[0];
      expect(charlie.dust).toEqual([]);
    },
  );

  it('is looked for by the API process at start-up, which reports an item quiet since long ago and flags it on the board', async () => {
    const startedAt = new Date().toISOString();
    const item = (await ok(CREATE, { input: { focal: id('india'), candidate: id('kilo'), owner: 'Sam' } }))
      .createPipelineItem;
    await db.write('test:age-item', (tx) =>
      tx.runText(`MATCH (item:PipelineItem {id: $id}) SET item.touchedOn = '2020-01-01'`, { id: item.id }),
    );
    const lines: string[] = [];
    const watch = startDustWatch(db, { quietDays: 30, intervalMinutes: 0 }, { log: (line) => lines.push(line) });
    await watch.stop();
    expect(lines).toEqual([
      expect.stringMatching(/^Gathering dust: 1 new \(\d+ item\(s\) flagged\); see changes\(…\)\.$/),
    ]);
    // Since a moment before the watch: the check above, dated months ahead, is the latest run.
    const [change] = (
      await ok(
        `{ changes(since: "${startedAt}", focal: "${id('india')}") { kind pipelineItemId dustReason after sentence } }`,
      )
    ).changes;
    expect(change).toMatchObject({ kind: 'GATHERING_DUST', pipelineItemId: item.id, dustReason: 'QUIET' });
    expect(change.sentence).toMatch(
      /^Kilo Co, researching in India Co’s pipeline \(owner: Sam\): Nothing has happened between India Co and Kilo Co for \d+ days, since 2020-01-01\.$/,
    );
    const flagged = (await ok(`{ pipelineItem(id: "${item.id}") { dust { reason since sentence } } }`)).pipelineItem;
    expect(flagged.dust).toEqual([
      {
        reason: 'QUIET',
        since: '2020-01-01',
        sentence: expect.stringContaining('Nothing has happened between India Co and Kilo Co'),
      },
    ]);
  });
});
