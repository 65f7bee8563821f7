import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { MAX_PINS } from '../../api/shortlists/shortlist-store.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/**
 * Shortlist writes racing each other, as many clients at once send them: each
 * mutation is its own request, all in flight together, spread over ten apps
 * (on three drivers), as ten API processes behind a load balancer would take
 * them. Within one app, pins of a shortlist queue; across apps only Neo4j's
 * lock orders them. The limit and a delete must hold whatever order Neo4j runs
 * them in, not only when requests come one by one.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
/** 150 companies besides the fixture's: more than one shortlist may hold. */
const EXTRA = Array.from({ length: 150 }, (_, index) => id(`extra${String(index).padStart(3, '0')}`));
let db: Database;
let clients: ReturnType<typeof createClient>[];
/** The client of request `n`: requests take turns over the ten. */
const clientOf = (n: number) => clients[n % clients.length]!;

beforeAll(async () => {
  db = await useTestDatabase();
  const fixture = analysisFixture(p);
  fixture.companies.push(...EXTRA.map((extra) => ({ id: extra, name: `Extra ${extra}`, employees: 10 })));
  expect((await importFolder(db, writeFixtureFolder(fixture))).problems).toEqual([]);
  const drivers = [db, await useTestDatabase(), await useTestDatabase()];
  clients = Array.from({ length: 10 }, (_, n) => createClient(drivers[n % drivers.length]!));
});

async function newShortlist(name: string): Promise<string> {
  const { data, errors } = await clientOf(0).query(
    `mutation { createShortlist(name: "${name}", focal: "${id('alpha')}") { id } }`,
  );
  expect(errors).toBeUndefined();
  return data!.createShortlist.id as string;
}

function pin(listId: string, candidate: string, n: number) {
  return clientOf(n).query(
    `mutation { addToShortlist(id: "${listId}", candidate: "${candidate}", note: "why ${candidate}") { id } }`,
  );
}

describe('concurrent shortlist writes', () => {
  it(`pin at most ${MAX_PINS} candidates, however many requests race: the rest are refused, and the count and the CSV agree`, async () => {
    const listId = await newShortlist('Racing pins');
    const answers = await Promise.all(EXTRA.map((candidate, n) => pin(listId, candidate, n)));

    const pinned = EXTRA.filter((_, index) => answers[index]!.errors === undefined);
    const refused = answers.flatMap((answer) => answer.errors ?? []);
    expect(pinned).toHaveLength(MAX_PINS);
    expect(refused).toHaveLength(EXTRA.length - MAX_PINS);
    for (const error of refused) {
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(`already holds ${MAX_PINS} candidates`);
    }

    const { data } = await clientOf(0).query(`{ shortlist(id: "${listId}") { entryCount candidateIds } }`);
    expect(data!.shortlist.entryCount).toBe(MAX_PINS);
    expect([...data!.shortlist.candidateIds].sort()).toEqual(pinned);

    const csv = await clientOf(1).app.fetch(`http://test/export/shortlists/${listId}.csv`);
    expect(csv.status).toBe(200);
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(data!.shortlist.entryCount);
    expect(rows.map((row) => row.candidate_id).sort()).toEqual(pinned);
    expect(rows.every((row) => row.note === `why ${row.candidate_id}`)).toBe(true);

    // Pinning again one already pinned only updates its note, even on a full shortlist.
    const again = await clientOf(2).query(
      `mutation { addToShortlist(id: "${listId}", candidate: "${pinned[0]}", note: "again") { entryCount } }`,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.addToShortlist.entryCount).toBe(MAX_PINS);
  });

  it('leave no pin behind a shortlist deleted while pins race it; a pin that lost the race is told the shortlist is gone', async () => {
    const rounds = 10;
    const pinsPerRound = 59;
    const half = Math.floor(pinsPerRound / 2);
    const codes = new Map<string, number>();
    for (let round = 0; round < rounds; round += 1) {
      const listId = await newShortlist(`Doomed ${round}`);
      const candidates = EXTRA.slice(0, pinsPerRound);
      // The delete goes out mid-way through the pins, so some run before it and some after.
      const pins = candidates.slice(0, half).map((candidate, n) => pin(listId, candidate, n));
      const deleted = clientOf(round).query(`mutation { deleteShortlist(id: "${listId}") }`);
      pins.push(...candidates.slice(half).map((candidate, n) => pin(listId, candidate, half + n)));

      const deleteAnswer = await deleted;
      expect(deleteAnswer.errors).toBeUndefined();
      expect(deleteAnswer.data!.deleteShortlist).toBe(listId);
      for (const answer of await Promise.all(pins)) {
        const code = answer.errors ? String(answer.errors[0]!.extensions?.code) : 'OK';
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (answer.errors) expect(answer.errors[0]!.message).toContain(`No shortlist with id "${listId}"`);
      }
    }
    // Both sides of the race happened: pins before the delete, and pins after it.
    expect([...codes.keys()].sort()).toEqual(['NOT_FOUND', 'OK']);

    const [row] = await db.write('test:orphan-pins', (tx) =>
      tx.runText(
        'RETURN COUNT { MATCH (pin:Pin) WHERE pin.candidateId STARTS WITH $p AND NOT EXISTS { (:Shortlist)-[:HAS_PIN]->(pin) } } AS orphans',
        { p },
      ),
    );
    expect(row!.orphans).toBe(0);
  });
});
