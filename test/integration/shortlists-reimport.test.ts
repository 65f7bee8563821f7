import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { seedAmplifyingShortlists } from '../support/amplifying-shortlists.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient } from '../support/graphql.ts';

/**
 * Shortlists are the strategists' own work: they, their pins and their notes
 * outlive every import, --replace included, and a pin whose company the new
 * data lacks is kept and said to be missing, in the API and in the CSV.
 */
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let db: Database;
let client: ReturnType<typeof createClient>;

const full = analysisFixture(p);
/** The same ecosystem without bravo and everything naming it. */
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

async function mutate(mutation: string) {
  const { data, errors } = await client.query(`mutation { result: ${mutation} }`);
  expect(errors).toBeUndefined();
  return data!.result;
}

const SHORTLIST = `id focalId focal { id } entryCount candidateIds
  entries { candidateId inGraph candidate { id } note fit { score } }`;

describe('shortlists across --replace', () => {
  it('keep every pin and note; a pin whose company is gone is marked, in the API and the CSV, and comes back with it', async () => {
    const listId = (await mutate(`createShortlist(name: "Keepers", focal: "${id('alpha')}") { id }`)).id as string;
    await mutate(`addToShortlist(id: "${listId}", candidate: "${id('bravo')}", note: "warm intro via c1") { id }`);
    await mutate(`addToShortlist(id: "${listId}", candidate: "${id('charlie')}", note: "ask about SMS") { id }`);

    expect((await importFolder(db, writeFixtureFolder(withoutBravo), { replace: true })).imported).toBe(true);
    const after = (await client.query(`{ shortlist(id: "${listId}") { ${SHORTLIST} } }`)).data!.shortlist;
    expect(after).toMatchObject({
      focalId: id('alpha'),
      focal: { id: id('alpha') },
      entryCount: 2,
      candidateIds: [id('bravo'), id('charlie')],
    });
    expect(after.entries[0]).toEqual({
      candidateId: id('bravo'),
      inGraph: false,
      candidate: null,
      note: 'warm intro via c1',
      fit: null,
    });
    expect(after.entries[1]).toMatchObject({
      candidateId: id('charlie'),
      inGraph: true,
      candidate: { id: id('charlie') },
      note: 'ask about SMS',
    });
    expect(after.entries[1].fit).toEqual({ score: expect.any(Number) }); // scored, though charlie's evidence for alpha is nil

    const csv = await client.app.fetch(`http://test/export/shortlists/${listId}.csv`);
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(
      rows.map((row) => [row.candidate_id, row.in_graph, row.note, row.score === '' ? 'no score' : 'scored']),
    ).toEqual([
      [id('bravo'), 'no', 'warm intro via c1', 'no score'],
      [id('charlie'), 'yes', 'ask about SMS', 'scored'],
    ]);

    expect((await importFolder(db, writeFixtureFolder(full), { replace: true })).imported).toBe(true);
    const back = (await client.query(`{ shortlist(id: "${listId}") { ${SHORTLIST} } }`)).data!.shortlist;
    expect(back.entries[0]).toMatchObject({
      candidateId: id('bravo'),
      inGraph: true,
      candidate: { id: id('bravo') },
      note: 'warm intro via c1',
    });
    expect(back.entries[0].fit.score).toBeGreaterThan(0);
  });

  it('keeps a shortlist whose focal company is gone, with a null focal and no fits', async () => {
    const listId = (await mutate(`createShortlist(name: "Orphan", focal: "${id('bravo')}") { id }`)).id as string;
    await mutate(`addToShortlist(id: "${listId}", candidate: "${id('charlie')}", note: "n") { id }`);
    expect((await importFolder(db, writeFixtureFolder(withoutBravo), { replace: true })).imported).toBe(true);
    const { data, errors } = await client.query(`{ shortlists(focal: "${id('bravo')}") { ${SHORTLIST} } }`);
    expect(errors).toBeUndefined();
    expect(data!.shortlists).toEqual([
      {
        id: listId,
        focalId: id('bravo'),
        focal: null,
        entryCount: 1,
        candidateIds: [id('charlie')],
        entries: [
          { candidateId: id('charlie'), inGraph: true, candidate: { id: id('charlie') }, note: 'n', fit: null },
        ],
      },
    ]);
    expect((await importFolder(db, writeFixtureFolder(full), { replace: true })).imported).toBe(true);
  });
});

describe('bounded shortlist lists', () => {
  it('refuses the amplification query by its cost, and pages shortlists and entries', async () => {
    // Lists are costed as long as the data makes them (docs/security.md, "Cost"): on twenty full shortlists of
    // twenty focal companies, the query amplifies, and is refused.
    await seedAmplifyingShortlists(db, uniquePrefix(), 20, 60);
    const amplified = await client.query(`{ shortlists { entries { fit { score conflicts { kind } } } } }`);
    expect(amplified.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(amplified.data ?? null).toBeNull();

    const listId = (await mutate(`createShortlist(name: "Paged", focal: "${id('alpha')}") { id }`)).id as string;
    for (const name of ['bravo', 'charlie', 'delta'])
      await mutate(`addToShortlist(id: "${listId}", candidate: "${id(name)}") { id }`);
    const page = (
      await client.query(`{ shortlist(id: "${listId}") { entryCount entries(first: 2, offset: 1) { candidateId } } }`)
    ).data!.shortlist;
    expect(page).toEqual({ entryCount: 3, entries: [{ candidateId: id('charlie') }, { candidateId: id('delta') }] });
    expect((await client.query(`{ shortlists(first: 1) { id } }`)).data!.shortlists).toHaveLength(1);
    const tooMany = await client.query(`{ shortlists(first: 101) { id } }`);
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'Argument "first" must be between 1 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('holds at most 100 pins, and says so', async () => {
    const q = uniquePrefix();
    const many = Array.from({ length: 102 }, (_, index) => ({ id: `${q}c${index}`, name: `Many ${index}` }));
    expect((await importFolder(db, writeFixtureFolder({ companies: many }))).imported).toBe(true);
    const listId = (await mutate(`createShortlist(name: "Long", focal: "${q}c0") { id }`)).id as string;
    for (let index = 1; index <= 100; index += 1)
      await mutate(`addToShortlist(id: "${listId}", candidate: "${q}c${index}") { id }`);
    const refused = await client.query(`mutation { addToShortlist(id: "${listId}", candidate: "${q}c101") { id } }`);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Argument "candidate" cannot be pinned: the shortlist already holds 100 candidates/,
      ),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // Pinning one already there only changes its note.
    expect(
      (
        await client.query(
          `mutation { addToShortlist(id: "${listId}", candidate: "${q}c5", note: "x") { entryCount } }`,
        )
      ).data!.addToShortlist.entryCount,
    ).toBe(100);
  });

  it('answers NOT_FOUND, never an unexpected error, when a shortlist is deleted while it is being pinned to', async () => {
    const codes = new Set<unknown>();
    for (let round = 0; round < 8; round += 1) {
      const listId = (await mutate(`createShortlist(name: "Race ${round}", focal: "${id('alpha')}") { id }`))
        .id as string;
      const answers = await Promise.all([
        client.query(`mutation { addToShortlist(id: "${listId}", candidate: "${id('bravo')}") { id } }`),
        client.query(`mutation { deleteShortlist(id: "${listId}") }`),
        client.query(`mutation { addToShortlist(id: "${listId}", candidate: "${id('charlie')}") { id } }`),
        client.query(`mutation { removeFromShortlist(id: "${listId}", candidate: "${id('bravo')}") { id } }`),
        client.query(`mutation { deleteShortlist(id: "${listId}") }`),
      ]);
      for (const answer of answers) for (const error of answer.errors ?? []) codes.add(error.extensions?.code);
    }
    expect([...codes].filter((code) => code !== 'NOT_FOUND')).toEqual([]);
    expect(codes.has('NOT_FOUND')).toBe(true); // the second delete, at least
  });
});
