import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { MAX_PAIRS } from '../../api/fits/bulk-fits.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { createClient, type GraphqlResponse } from '../support/graphql.ts';

/** partnerFits: many pairs in one request, each the fit partnerFit gives, one pool per focal company. */

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const NAMES = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
  'zulu',
];

let db: Database;
const reads = new Map<string, number>();

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
}, 300_000);

/** A client whose database counts the reads it is asked for, by query name. */
function countingClient() {
  const counting: Database = {
    ...db,
    read: (name, params) => {
      reads.set(name, (reads.get(name) ?? 0) + 1);
      return db.read(name, params);
    },
  };
  return createClient(counting);
}

const FITS = `query($pairs: [FitPair!]!, $weights: FitWeights) { partnerFits(pairs: $pairs, weights: $weights) {
  focalId candidateId fit { score mutualValue quadrant terms { kind value } candidate { id } } } }`;
const SINGLE = `query($focal: ID!, $candidate: ID!, $weights: FitWeights) { partnerFit(focal: $focal, candidate: $candidate, weights: $weights) {
  score mutualValue quadrant terms { kind value } candidate { id } } }`;

describe('partnerFits', () => {
  it('answers every pair as partnerFit does, with one candidate pool per focal company', async () => {
    const pairs = NAMES.slice(0, 4).flatMap((focal) =>
      NAMES.filter((candidate) => candidate !== focal).map((candidate) => ({
        focal: id(focal),
        candidate: id(candidate),
      })),
    );
    const { query } = countingClient();
    reads.clear();
    const weights = { peers: 2, overlap: 1 };
    const bulk: GraphqlResponse = await query(FITS, { pairs, weights });
    expect(bulk.errors).toBeUndefined();
    expect(reads.get('candidate-pool')).toBe(4);
    const answers = bulk.data!.partnerFits as { focalId: string; candidateId: string; fit: Record<string, unknown> }[];
    expect(answers.map((answer) => [answer.focalId, answer.candidateId])).toEqual(
      pairs.map((pair) => [pair.focal, pair.candidate]),
    );
    for (const [index, pair] of pairs.entries()) {
      const single = await query(SINGLE, { ...pair, weights });
      expect(answers[index]!.fit, `${pair.focal} → ${pair.candidate}`).toEqual(single.data!.partnerFit);
    }
  });

  it('answers an unknown id or a pair with itself at its own place, and the other pairs as usual', async () => {
    const { query } = countingClient();
    const pairs = [
      { focal: id('alpha'), candidate: id('bravo') },
      { focal: id('alpha'), candidate: id('nobody') },
      { focal: id('ghost'), candidate: id('bravo') },
      { focal: id('charlie'), candidate: id('charlie') },
    ];
    const { data, errors } = await query(FITS, { pairs });
    expect(data!.partnerFits[0].fit.candidate.id).toBe(id('bravo'));
    expect(data!.partnerFits.slice(1).map((answer: { fit: unknown }) => answer.fit)).toEqual([null, null, null]);
    const byPath = new Map(errors!.map((error) => [JSON.stringify(error.path), error.extensions]));
    expect(byPath.get(JSON.stringify(['partnerFits', 1, 'fit']))).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'pairs[1].candidate',
      id: id('nobody'),
    });
    expect(byPath.get(JSON.stringify(['partnerFits', 2, 'fit']))).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'pairs[2].focal',
      id: id('ghost'),
    });
    expect(byPath.get(JSON.stringify(['partnerFits', 3, 'fit']))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'pairs[3].candidate',
    });
  });

  it(`takes 1 to ${MAX_PAIRS.toLocaleString('en-US')} pairs`, async () => {
    // This file's ids are long: 2,001 of its pairs pass the default 100 kB body only with a larger limit.
    const { query } = createClient(db, { security: { maxBodyBytes: 1_000_000 } });
    const none = await query(FITS, { pairs: [] });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'pairs' });
    // Few fields a pair, so the cost (2 a pair, 100 for the one focal company) lets the resolver see them all.
    const SCORES = `query($pairs: [FitPair!]!) { partnerFits(pairs: $pairs) { fit { score } } }`;
    const tooMany = await query(SCORES, {
      pairs: Array.from({ length: MAX_PAIRS + 1 }, () => ({ focal: id('alpha'), candidate: id('bravo') })),
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'pairs' });
    expect(tooMany.errors?.[0]?.message).toContain('2,000');
  });
});
