import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { discoveryFixture } from '../support/discovery-fixture.ts';
import type { FixtureFiles } from '../support/fixture-folder.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/**
 * What imports change, recorded and sent: two crafted markets imported one
 * after the other (--replace: the diff is market-wide), the changes checked
 * against a diff worked out here from the two fixtures, and the webhook
 * against a receiver on loopback.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const SECRET = 'a-test-secret-of-32-characters!!';
const first = discoveryFixture(p);
/** The second market: Ann–Yan signed, Ann–Zed ended, Xav–Tom gone, Mo partners Ann's rival, Ann and Kim share 10 more customers. */
const second: FixtureFiles = {
  ...first,
  accounts: [
    ...first.accounts!,
    ...Array.from({ length: 10 }, (_, n) => [
      { company_id: id('ann'), customer_id: id(`n${n}`), stage: 'customer' },
      { company_id: id('kim'), customer_id: id(`n${n}`), stage: 'customer' },
    ]).flat(),
  ],
  partnerships: [
    ...first
      .partnerships!.filter((row) => row.id !== id('xav-tom'))
      .map((row) =>
        row.id === id('ann-yan')
          ? { ...row, status: 'active' }
          : row.id === id('ann-zed')
            ? { ...row, status: 'ended' }
            : row,
      ),
    {
      id: id('mo-riv'),
      parties: `${id('mo')};${id('riv')}`,
      type: 'co_selling',
      status: 'active',
      since: '2025-03-01',
    },
  ],
};

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let db: Database;
let client: ReturnType<typeof createClient>;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** The receiver answers 500 this many times before it takes a delivery. */
let failuresLeft = 1;

beforeAll(async () => {
  db = await useTestDatabase();
  client = createClient(db);
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = failuresLeft-- > 0 ? 500 : 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/partnergraph`;
  expect((await importFolder(db, writeFixtureFolder(first), { replace: true })).imported).toBe(true);
});

afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

async function ask(query: string) {
  const { data, errors } = await client.query(query);
  expect(errors).toBeUndefined();
  return data!;
}

const CHANGE = `kind sentence concerns companies { id role name company { id } } partnershipId partnershipType { id } statusBefore statusAfter before after shortlistId shortlistName importId importedAt dataset`;

/** Shared customers of a pair, at stage customer, from a fixture's rows. */
function shared(files: FixtureFiles, x: string, y: string): number {
  const customersOf = (company: string) =>
    new Set(
      files
        .accounts!.filter((a) => a.company_id === company && (a.stage ?? 'customer') === 'customer')
        .map((a) => a.customer_id),
    );
  const ofY = customersOf(y);
  return [...customersOf(x)].filter((customer) => ofY.has(customer)).length;
}

/** [affected, partner, rival] for every company whose rival has an active partner, from a fixture's rows. */
function channelTriples(files: FixtureFiles): Set<string> {
  const rivals = files.competitors!.flatMap((row) => [
    [row.company_id, row.competitor_id],
    [row.competitor_id, row.company_id],
  ]);
  const active = files.partnerships!.filter((row) => row.status === 'active').map((row) => row.parties.split(';'));
  const triples = new Set<string>();
  for (const [affected, rival] of rivals) {
    for (const parties of active) {
      if (!parties.includes(rival!)) continue;
      for (const partner of parties)
        if (partner !== rival && partner !== affected) triples.add(`${affected}|${partner}|${rival}`);
    }
  }
  return triples;
}

describe('changes', () => {
  it('records what a second import changed, as a diff of the two markets says, and sends it signed after a retry', async () => {
    const listId = (await ask(`mutation { createShortlist(name: "Watch", focal: "${id('ann')}") { id } }`))
      .createShortlist.id as string;
    for (const candidate of ['tom', 'mo', 'lee'])
      await ask(`mutation { addToShortlist(id: "${listId}", candidate: "${id(candidate)}") { id } }`);
    const scores = async () =>
      new Map(
        (
          (await ask(`{ shortlist(id: "${listId}") { entries { candidateId fit { score } } } }`)).shortlist
            .entries as any[]
        ).map((e) => [e.candidateId, e.fit?.score ?? null]),
      );
    const scoresBefore = await scores();

    const result = await importFolder(db, writeFixtureFolder(second), {
      replace: true,
      webhook: { url: receiverUrl, secret: SECRET, attempts: 3, firstDelayMs: 50 },
    });
    expect(result.imported).toBe(true);
    const scoresAfter = await scores();
    const { changes } = await ask(`{ changes { ${CHANGE} } }`);
    const of = (kind: string) => changes.filter((change: any) => change.kind === kind);

    expect(of('PARTNERSHIP_STARTED').map((c: any) => [c.partnershipId, c.statusBefore, c.statusAfter])).toEqual(
      expect.arrayContaining([
        [id('ann-yan'), 'PROPOSED', 'ACTIVE'],
        [id('mo-riv'), null, 'ACTIVE'],
      ]),
    );
    expect(of('PARTNERSHIP_STARTED')).toHaveLength(2);
    expect(
      of('PARTNERSHIP_ENDED')
        .map((c: any) => [c.partnershipId, c.statusBefore, c.statusAfter])
        .sort(),
    ).toEqual([
      [id('ann-zed'), 'ACTIVE', 'ENDED'],
      [id('xav-tom'), 'ACTIVE', null],
    ]);
    const yan = of('PARTNERSHIP_STARTED').find((c: any) => c.partnershipId === id('ann-yan'));
    expect(yan).toMatchObject({
      concerns: [id('ann'), id('yan')],
      partnershipType: { id: 'referral' },
      sentence: 'The referral partnership of Ann Inc and Yan Inc went from proposed to active (since 2025-01-01).',
    });

    const before = channelTriples(first);
    const expectedConflicts = [...channelTriples(second)].filter((triple) => !before.has(triple));
    expect(
      of('CHANNEL_CONFLICT')
        .map((c: any) => c.companies.map((company: any) => company.id).join('|'))
        .sort(),
    ).toEqual(expectedConflicts.sort());
    expect(of('CHANNEL_CONFLICT').find((c: any) => c.concerns[0] === id('ann'))).toMatchObject({
      sentence: 'Mo Inc is now an active partner of Riv Inc, a declared rival of Ann Inc.',
      companies: [{ role: 'AFFECTED' }, { role: 'PARTNER' }, { role: 'RIVAL' }],
    });

    // Watched: the shortlists' focal companies (here Ann) with every other company.
    const crossed = first.companies
      .map((company) => String(company.id))
      .filter((other) => {
        if (other === id('ann')) return false;
        const [was, now] = [shared(first, id('ann'), other), shared(second, id('ann'), other)];
        return (now >= 10 && (was < 10 || now >= 2 * was)) || (was >= 10 && (now < 10 || now * 2 <= was));
      });
    expect(crossed).toEqual([id('kim')]);
    expect(of('OVERLAP_GREW')).toEqual([
      expect.objectContaining({
        before: 1,
        after: 11,
        concerns: [id('ann'), id('kim')],
        sentence: 'Ann Inc and Kim Inc now share 11 customers (1 before).',
      }),
    ]);
    expect(of('OVERLAP_SHRANK')).toEqual([]);

    const rounded = (score: number | null | undefined) => (score == null ? null : Math.round(score * 1000) / 1000);
    const moved = [...scoresBefore.keys()].filter(
      (candidate) => rounded(scoresBefore.get(candidate)) !== rounded(scoresAfter.get(candidate)),
    );
    expect(moved.length).toBeGreaterThan(0);
    expect(of('SCORE_MOVED').map((c: any) => [c.companies[1].id, c.before, c.after])).toEqual(
      moved.map((candidate) => [candidate, rounded(scoresBefore.get(candidate)), rounded(scoresAfter.get(candidate))]),
    );
    expect(of('SCORE_MOVED')[0]).toMatchObject({ shortlistId: listId, shortlistName: 'Watch', concerns: [id('ann')] });
    expect(result.changes?.changes).toHaveLength(changes.length);

    // The receiver answered 500 once, then took the second try: the same body, signed with the secret.
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toBe(received[0]!.body);
    const body = received[1]!.body;
    expect(received[1]!.headers['x-partnergraph-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
    );
    const payload = JSON.parse(body);
    expect(payload.import).toMatchObject({ id: changes[0].importId, finishedAt: changes[0].importedAt, replace: true });
    expect(payload.changes.map((change: any) => change.sentence)).toEqual(
      changes.map((change: any) => change.sentence),
    );
  });

  it('filters by company and by time, newest import first', async () => {
    const { all, ann, mo, later } = await ask(`{
      all: changes(since: "2000-01-01") { kind importId }
      ann: changes(focal: "${id('ann')}") { kind concerns }
      mo: changes(focal: "${id('mo')}") { kind sentence }
      later: changes(since: "2999-01-01T00:00:00Z") { kind }
    }`);
    // Since 2000: every import's changes (this file's second import's at least); by company: only those naming it.
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(ann.every((change: any) => change.concerns.includes(id('ann')))).toBe(true);
    expect(ann.map((change: any) => change.kind)).toEqual(
      expect.arrayContaining([
        'PARTNERSHIP_STARTED',
        'PARTNERSHIP_ENDED',
        'CHANNEL_CONFLICT',
        'OVERLAP_GREW',
        'SCORE_MOVED',
      ]),
    );
    expect(mo).toEqual([
      {
        kind: 'PARTNERSHIP_STARTED',
        sentence: `New active co-selling partnership of Mo Inc and Riv Inc (since 2025-03-01).`,
      },
    ]);
    expect(later).toEqual([]);
    const { errors } = await client.query(`{ changes(since: "last week") { kind } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
  });

  it('never fails an import when the receiver is down, and still stores its changes', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(dead.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const steps: string[] = [];
    const result = await importFolder(db, writeFixtureFolder(first), {
      replace: true,
      webhook: { url: deadUrl, secret: SECRET, attempts: 2, firstDelayMs: 10 },
      onStep: (message) => steps.push(message),
    });
    expect(result.imported).toBe(true);
    expect(result.changes!.changes.length).toBeGreaterThan(0);
    expect(steps.some((step) => /The webhook did not take this import's changes after 2 tries/.test(step))).toBe(true);
    // Back to the first market: Xav–Tom is active again, and the last import's changes say so.
    const { changes } = await ask(`{ changes(focal: "${id('xav')}") { kind partnershipId importId } }`);
    expect(changes).toEqual([
      { kind: 'PARTNERSHIP_STARTED', partnershipId: id('xav-tom'), importId: result.changes!.id },
    ]);
  });
});
