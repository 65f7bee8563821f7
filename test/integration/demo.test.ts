import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import { useTestDatabase } from '../support/database.ts';
import { createClient } from '../support/graphql.ts';
import { calibratedModelOf, referenceRanking, type ReferenceModel } from '../support/reference-fit.ts';

/**
 * The demo ecosystem `npm start` loads, ranked by the engine and by the
 * independent implementation in test/support/reference-fit.ts. The demo has
 * what FedRAMP lacks: consortiums, ended and proposed deals, channel and
 * partner conflicts, and secondary capabilities on both sides.
 */
const FOLDER = resolve(import.meta.dirname, '../../data/demo');
let client: ReturnType<typeof createClient>;
let model: ReferenceModel;

beforeAll(async () => {
  const db = await useTestDatabase();
  const result = await importFolder(db, FOLDER, { replace: true });
  expect(result.problems).toEqual([]);
  client = createClient(db);
  model = await calibratedModelOf(client);
});

describe('the demo ecosystem', () => {
  it.each(['shopwell', 'paydrift', 'cartwright', 'mailorchard', 'driftwood-labs'])(
    'ranks %s’s top 10 as the definitions say',
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
        expect(fit.mutualValue).toBeCloseTo(expected[index]!.mutualValue, 12);
        // the likelihood is the market's curve at the reference's own score
        expect(fit.likelihood).toBeCloseTo(
          1 / (1 + Math.exp(-(curve.intercept + curve.slope * expected[index]!.score))),
          12,
        );
      });
    },
  );

  it('shows every kind of conflict somewhere', async () => {
    const { data } = await client.query(
      '{ candidates(focal: "shopwell", first: 100, filter: { includePartners: true, includeRuledOut: true }) { conflicts { kind } } }',
    );
    const kinds = new Set(
      (data!.candidates as { conflicts: { kind: string }[] }[]).flatMap((fit) => fit.conflicts.map((c) => c.kind)),
    );
    expect([...kinds].sort()).toEqual([
      'CAPABILITY_OVERLAP',
      'CHANNEL_CONFLICT',
      'DIRECT_COMPETITOR',
      'PARTNER_CONFLICT',
    ]);
  });
});

describe('the demo map without the links among the others', () => {
  interface Edge {
    id: string;
    kind: string;
    source: string;
    target: string;
    weight: number;
  }
  const edgesOf = async (focal: string, linksAmongOthers: boolean): Promise<Edge[]> => {
    const { data, errors } = await client.query(
      `{ ecosystem(focal: "${focal}", first: 40, linksAmongOthers: ${linksAmongOthers}) { nodes { id } edges { id kind source target weight } } }`,
    );
    expect(errors).toBeUndefined();
    return data!.ecosystem.edges as Edge[];
  };

  // The focal company's shared customers come from the ranking's counts when
  // the others' links are left out, and from a walk of every drawn company's
  // accounts when they are in: two computations that must agree.
  it.each(['shopwell', 'paydrift', 'mailorchard'])(
    'draws %s’s own links and every partnership alike, and nothing else among the others',
    async (focal) => {
      const withLinks = await edgesOf(focal, true);
      const without = await edgesOf(focal, false);
      const touchesFocal = (edge: Edge) => edge.source === focal || edge.target === focal;
      const kept = (edge: Edge) =>
        touchesFocal(edge) || !['SHARED_CUSTOMERS', 'CAPABILITY_COMPLEMENT'].includes(edge.kind);
      const byId = (a: Edge, b: Edge) => a.id.localeCompare(b.id);
      expect(withLinks.some((edge) => !kept(edge))).toBe(true);
      expect(withLinks.filter((edge) => edge.kind === 'SHARED_CUSTOMERS' && touchesFocal(edge)).length).toBeGreaterThan(
        5,
      );
      expect(without.slice().sort(byId)).toEqual(withLinks.filter(kept).sort(byId));
    },
  );
});
