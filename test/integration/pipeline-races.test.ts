import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { ALIGNMENT_TOPICS } from '../../api/pipeline/plan-model.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/**
 * Pipeline, plan and ledger writes racing each other, as many clients send
 * them: each mutation its own request, all in flight together, spread over
 * ten apps on three drivers (ten API processes behind a load balancer).
 * Nothing is lost: every activity, every part of the plan, every ledger
 * change lands; a pair is started once and signed once; a delete racing
 * writes makes them NOT_FOUND, never an unexpected error.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let db: Database;
let clients: ReturnType<typeof createClient>[];
const clientOf = (n: number) => clients[n % clients.length]!;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  const drivers = [db, await useTestDatabase(), await useTestDatabase()];
  clients = Array.from({ length: 10 }, (_, n) => createClient(drivers[n % drivers.length]!));
});

async function ok(n: number, query: string) {
  const { data, errors } = await clientOf(n).query(query);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

async function newItem(candidate: string): Promise<string> {
  return (
    await ok(
      0,
      `mutation { createPipelineItem(input: { focal: "${id('alpha')}", candidate: "${id(candidate)}" }) { id } }`,
    )
  ).createPipelineItem.id as string;
}

describe('concurrent pipeline writes', () => {
  it('start a pair once, however many clients start it at the same moment', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        clientOf(n).query(
          `mutation { createPipelineItem(input: { focal: "${id('alpha')}", candidate: "${id('echo')}" }) { id } }`,
        ),
      ),
    );
    const made = answers.filter((answer) => !answer.errors);
    expect(made).toHaveLength(1);
    for (const answer of answers.filter((a) => a.errors))
      expect(answer.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.candidate' },
        message: expect.stringContaining('is already in the pipeline'),
      });
    const listed = (await ok(1, `{ pipeline(focal: "${id('alpha')}") { id candidateId } }`)).pipeline.filter(
      (item: { candidateId: string }) => item.candidateId === id('echo'),
    );
    expect(listed).toEqual([{ id: made[0]!.data!.createPipelineItem.id, candidateId: id('echo') }]);
  });

  it('keep every activity logged at once, and every stage move in order', async () => {
    const item = await newItem('bravo');
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        n % 10 === 0
          ? clientOf(n).query(
              `mutation { movePipelineItem(id: "${item}", stage: ${['CONTACTED', 'IN_DISCUSSION', 'PARKED'][(n / 10) % 3]}, note: "move ${n}") { id } }`,
            )
          : clientOf(n).query(
              `mutation { logPipelineActivity(id: "${item}", activity: { kind: NOTE, summary: "note ${n}" }) { id } }`,
            ),
      ),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const read = (
      await ok(
        3,
        `{ pipelineItem(id: "${item}") { activityCount activities(first: 100) { summary } stageMoves { from to note } } }`,
      )
    ).pipelineItem;
    expect(read.activityCount).toBe(54);
    expect(read.activities.map((a: { summary: string }) => a.summary).sort()).toEqual(
      Array.from({ length: 60 }, (_, n) => n)
        .filter((n) => n % 10 !== 0)
        .map((n) => `note ${n}`)
        .sort(),
    );
    // Each move from the stage the one before left (none read a stale stage); a move to the stage it is at records nothing.
    expect(read.stageMoves.length).toBeGreaterThanOrEqual(3);
    expect(read.stageMoves.slice(1).every((move: { note: string }) => /^move \d+$/.test(move.note))).toBe(true);
    for (let index = 1; index < read.stageMoves.length; index++)
      expect(read.stageMoves[index].from).toBe(read.stageMoves[index - 1].to);
  });

  it('keep every part of a plan that many people edit at once, each write a version of its own', async () => {
    const item = await newItem('charlie');
    await ok(
      0,
      `mutation { updatePartnershipPlan(item: "${item}", patch: { type: "strategic_alliance" }) { version } }`,
    );
    const boxes = [
      'Executive sponsorship',
      'Roadmap visibility',
      'Sales training',
      'Pipeline visibility (deal registration)',
      'Joint collateral',
      'Joint support process',
      'Revenue recognition',
    ];
    const writes = [
      ...ALIGNMENT_TOPICS.flatMap((topic) =>
        ['FOCAL', 'PARTNER'].map(
          (side) => `alignment: [{ topic: ${topic}, side: ${side}, answer: "${side} on ${topic}" }]`,
        ),
      ),
      ...boxes.map((box, index) => `checklist: [{ item: "${box}", state: DONE, owner: "owner ${index}" }]`),
      'terms: { referralFeePercent: 12 }',
      'terms: { markupPercent: 30 }',
      'terms: { rulesOfEngagement: "Deal registration wins" }',
      'checkpointOn: "2027-01-01"',
    ];
    const answers = await Promise.all(
      writes.map((patch, n) =>
        clientOf(n).query(`mutation { updatePartnershipPlan(item: "${item}", patch: { ${patch} }) { version } }`),
      ),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const plan = (
      await ok(
        4,
        `{ pipelineItem(id: "${item}") { plan { version checkpointOn alignment { topic focalAnswer partnerAnswer } checklist { state owner } terms { referralFeePercent markupPercent rulesOfEngagement } versions(first: 100) { version } } } }`,
      )
    ).pipelineItem.plan;
    expect(plan.version).toBe(1 + writes.length);
    expect(plan.versions.map((v: { version: number }) => v.version)).toEqual(
      Array.from({ length: 1 + writes.length }, (_, n) => 1 + writes.length - n),
    );
    for (const answers of plan.alignment)
      expect(answers).toEqual({
        topic: answers.topic,
        focalAnswer: `FOCAL on ${answers.topic}`,
        partnerAnswer: `PARTNER on ${answers.topic}`,
      });
    expect(plan.checklist).toEqual(boxes.map((_, index) => ({ state: 'DONE', owner: `owner ${index}` })));
    expect(plan.terms).toEqual({
      referralFeePercent: 12,
      markupPercent: 30,
      rulesOfEngagement: 'Deal registration wins',
    });
    expect(plan.checkpointOn).toBe('2027-01-01');
  });

  it('keep every ledger entry recorded at once, and every field of one entry changed at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        clientOf(n).query(
          `mutation { recordLedgerEntry(input: { focal: "${id('alpha')}", partner: "${id('golf')}", direction: ${n % 2 ? 'FROM_PARTNER' : 'TO_PARTNER'}, value: ${n}, name: "deal ${n}" }) { id } }`,
        ),
      ),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const listed = (await ok(5, `{ ledger(focal: "${id('alpha')}", partner: "${id('golf')}") { name } }`)).ledger;
    expect(listed.map((entry: { name: string }) => entry.name).sort()).toEqual(
      Array.from({ length: 40 }, (_, n) => `deal ${n}`).sort(),
    );

    const entry = answers[0]!.data!.recordLedgerEntry.id;
    const patches = [
      'outcome: WON',
      'value: 99000',
      'currency: "EUR"',
      'account: "Fern & Co"',
      'note: "via the QBR"',
      'name: "renamed"',
    ];
    const changed = await Promise.all(
      patches.map((patch, n) =>
        clientOf(n).query(`mutation { updateLedgerEntry(id: "${entry}", patch: { ${patch} }) { id } }`),
      ),
    );
    expect(changed.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const [read] = (
      await ok(
        6,
        `{ ledger(focal: "${id('alpha')}", partner: "${id('golf')}", first: 100) { id outcome value currency account note name } }`,
      )
    ).ledger.filter((row: { id: string }) => row.id === entry);
    expect(read).toEqual({
      id: entry,
      outcome: 'WON',
      value: 99000,
      currency: 'EUR',
      account: 'Fern & Co',
      note: 'via the QBR',
      name: 'renamed',
    });
  });

  it('sign a pair once when two clients sign it at the same moment', { timeout: 180_000 }, async () => {
    const item = await newItem('kilo');
    const answers = await Promise.all(
      [0, 1, 2].map((n) =>
        clientOf(n).query(
          `mutation { movePipelineItem(id: "${item}", stage: SIGNED, signing: { type: "referral", status: PROPOSED }) { stage partnership { id } } }`,
        ),
      ),
    );
    // One signs; the others find it claimed by that signing, or signed, before they write anything.
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const answer of answers.filter((a) => a.errors)) {
      expect(answer.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argument: 'stage' },
        message: expect.stringMatching(/is being signed by local since|is SIGNED already/),
      });
    }
    const read = (await ok(7, `{ pipelineItem(id: "${item}") { stage partnership { id status } stageMoves { to } } }`))
      .pipelineItem;
    expect(read.stageMoves.filter((move: { to: string }) => move.to === 'SIGNED')).toHaveLength(1);
    const [row] = await db.write('test:pair', (tx) =>
      tx.runText(
        `MATCH (:Company {id: $a})-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(:Company {id: $b}) RETURN count(p) AS partnerships, collect(p.id) AS ids`,
        { a: id('alpha'), b: id('kilo') },
      ),
    );
    expect(row).toEqual({ partnerships: 1, ids: [read.partnership.id] });
    expect(read.partnership.status).toBe('PROPOSED');
  });

  it('answer NOT_FOUND, never an unexpected error, when an item is deleted while it is written to', async () => {
    const codes = new Set<unknown>();
    for (let round = 0; round < 6; round++) {
      const item = await newItem('lima');
      const answers = await Promise.all([
        clientOf(round).query(
          `mutation { logPipelineActivity(id: "${item}", activity: { kind: CALL, summary: "x" }) { id } }`,
        ),
        clientOf(round + 1).query(`mutation { deletePipelineItem(id: "${item}") }`),
        clientOf(round + 2).query(
          `mutation { updatePartnershipPlan(item: "${item}", patch: { type: "referral" }) { version } }`,
        ),
        clientOf(round + 3).query(`mutation { movePipelineItem(id: "${item}", stage: CONTACTED) { id } }`),
        clientOf(round + 4).query(`mutation { deletePipelineItem(id: "${item}") }`),
      ]);
      for (const answer of answers) for (const error of answer.errors ?? []) codes.add(error.extensions?.code);
      const [left] = await db.write('test:left', (tx) =>
        tx.runText(
          `MATCH (n) WHERE (n:PipelineActivity OR n:PartnershipPlan OR n:PlanVersion OR n:PipelineMove) AND NOT EXISTS { ()-->(n) } RETURN count(n) AS orphans`,
        ),
      );
      expect(left!.orphans).toBe(0);
    }
    expect([...codes].filter((code) => code !== 'NOT_FOUND')).toEqual([]);
    expect(codes.has('NOT_FOUND')).toBe(true);
  });
});
