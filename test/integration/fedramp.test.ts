import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import { useTestDatabase } from '../support/database.ts';
import { createClient } from '../support/graphql.ts';
import { calibratedModelOf, referenceRanking, type ReferenceModel } from '../support/reference-fit.ts';

/**
 * The real FedRAMP marketplace (data/fedramp), imported whole. Counts come from
 * the converter's independent check (a Python script over the CSVs); the
 * ranking is compared with test/support/reference-fit.ts, a second
 * implementation of the definitions over the same CSVs.
 */
const FOLDER = resolve(import.meta.dirname, '../../data/fedramp');
let client: ReturnType<typeof createClient>;
let model: ReferenceModel;

beforeAll(async () => {
  const db = await useTestDatabase();
  const result = await importFolder(db, FOLDER, { replace: true });
  expect(result.problems).toEqual([]);
  client = createClient(db);
  model = await calibratedModelOf(client);
});

describe('the FedRAMP marketplace', () => {
  it('imports every vendor, agency and authorisation', async () => {
    const { data } = await client.query('{ ecosystemSummary { name companies customers accounts partnerships } }');
    expect(data!.ecosystemSummary).toMatchObject({ companies: 342, customers: 82, accounts: 1471, partnerships: 731 });
    expect(data!.ecosystemSummary.name).toMatch(/FedRAMP/);
  });

  it('measures Microsoft’s overlap with ServiceNow as counted independently', async () => {
    const { data } = await client.query(
      '{ overlap(a: "microsoft", b: "servicenow") { sharedCount jaccard shareOfA shareOfB a { customerCount } } }',
    );
    // |C(microsoft)| = 53, |C(servicenow)| = 39, shared 35 → union 57
    expect(data!.overlap).toEqual({
      sharedCount: 35,
      jaccard: 35 / 57,
      shareOfA: 35 / 53,
      shareOfB: 35 / 39,
      a: { customerCount: 53 },
    });
  });

  it('flags the hyperscaler rivalry', async () => {
    const { data } = await client.query('{ conflicts(a: "microsoft", b: "amazon") { kind severity } }');
    expect(data!.conflicts).toContainEqual({ kind: 'DIRECT_COMPETITOR', severity: 'HIGH' });
  });

  it.each(['microsoft', 'servicenow', 'zoom-video-communications'])(
    'ranks %s’s top 10 candidates as the definitions say',
    async (focal) => {
      const expected = referenceRanking(FOLDER, focal, model).slice(0, 10);
      const { data, errors } = await client.query(
        `{ candidates(focal: "${focal}", first: 10) { candidate { id } score likelihood mutualValue sharedCustomers } marketModel { likelihood { intercept slope } } }`,
      );
      expect(errors).toBeUndefined();
      const actual = data!.candidates as {
        candidate: { id: string };
        score: number;
        likelihood: number;
        mutualValue: number;
        sharedCustomers: number;
      }[];
      const curve = data!.marketModel.likelihood as { intercept: number; slope: number };
      expect(actual.map((fit) => fit.candidate.id)).toEqual(expected.map((fit) => fit.id));
      actual.forEach((fit, index) => {
        expect(fit.score).toBeCloseTo(expected[index]!.score, 12);
        expect(fit.likelihood).toBeCloseTo(
          1 / (1 + Math.exp(-(curve.intercept + curve.slope * expected[index]!.score))),
          12,
        );
        expect(fit.mutualValue).toBeCloseTo(expected[index]!.mutualValue, 12);
        expect(fit.sharedCustomers).toBe(expected[index]!.shared);
      });
    },
  );
});
