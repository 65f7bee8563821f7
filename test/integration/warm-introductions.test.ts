import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import {
  strengthBasis,
  strengthFactors,
  strengthLabel,
  warmIntroductions,
} from '../../web/src/detail/intro-path-words.ts';
import type { IntroPath, StageCount } from '../../web/src/client/types.ts';
import { useTestDatabase } from '../support/database.ts';
import { createClient } from '../support/graphql.ts';

/**
 * Warm introductions under one definition (docs/analyses.md, "Overlap"): the
 * focal company's prospects and open deals (opportunities) that the
 * candidate serves as customers. The API's `warmIntroductions` (which the
 * reasons count), the account mapping's two cells the explorer adds up
 * (detail/intro-path-words.ts) and a count made here straight from the
 * demo's accounts.csv must agree, pair by pair. And a path's strength is the
 * product of the factors the explorer says it rests on.
 */
const FOLDER = resolve(import.meta.dirname, '../../data/demo');
let client: ReturnType<typeof createClient>;

interface AccountRow {
  company_id: string;
  customer_id: string;
  stage: string;
}
const accounts = parse(readFileSync(resolve(FOLDER, 'accounts.csv')), { columns: true }) as AccountRow[];
/** The import's rule: an empty stage is a customer. */
const stageOf = (row: AccountRow): string => row.stage || 'customer';

/** Independently of Cypher: A's prospects and opportunities that B has at stage customer, by the CSV. */
function warmFromCsv(a: string, b: string): { prospects: number; openDeals: number } {
  const theirCustomers = new Set(
    accounts.filter((row) => row.company_id === b && stageOf(row) === 'customer').map((row) => row.customer_id),
  );
  const ours = (stage: string) =>
    new Set(
      accounts
        .filter((row) => row.company_id === a && stageOf(row) === stage && theirCustomers.has(row.customer_id))
        .map((row) => row.customer_id),
    ).size;
  return { prospects: ours('prospect'), openDeals: ours('opportunity') };
}

beforeAll(async () => {
  const db = await useTestDatabase();
  const result = await importFolder(db, FOLDER, { replace: true });
  expect(result.problems).toEqual([]);
  // Nearly a hundred walks of the market from one address in a few seconds: this file checks counts, not the rate limit
  // (security-limits.test.ts does), so its budget is not the default's burst of 60.
  client = createClient(db, { security: { rateLimit: { perMinute: 6_000, burst: 1_000 } } });
  // a whole market imported on a shared, loaded machine
}, 300_000);

describe('warm introductions, one count', () => {
  it('is 3 for Shopwell and Kudoswell: 2 prospects and 1 open deal, as the CSV says', async () => {
    expect(warmFromCsv('shopwell', 'kudoswell')).toEqual({ prospects: 2, openDeals: 1 });
    const { data, errors } = await client.query(
      '{ partnerFit(focal: "shopwell", candidate: "kudoswell") { warmIntroductions reasons } overlap(a: "shopwell", b: "kudoswell") { matrix { stageA stageB count } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.partnerFit.warmIntroductions).toBe(3);
    expect(warmIntroductions(data!.overlap.matrix as StageCount[])).toEqual({ prospects: 2, openDeals: 1, total: 3 });
    // the reasons count the same 3
    expect(data!.partnerFit.reasons.join(' ')).toMatch(/\b3 prospects\b/);
  });

  it('agrees with the CSV and the account mapping for every pair among Shopwell and its candidates', async () => {
    const { data } = await client.query('{ candidates(focal: "shopwell", first: 12) { candidate { id } } }');
    const ids = ['shopwell', ...(data!.candidates as { candidate: { id: string } }[]).map((fit) => fit.candidate.id)];
    let withWarm = 0;
    for (const a of ids.slice(0, 4)) {
      for (const b of ids) {
        if (a === b) continue;
        const answer = await client.query(
          `{ partnerFit(focal: "${a}", candidate: "${b}") { warmIntroductions } overlap(a: "${a}", b: "${b}") { matrix { stageA stageB count } } }`,
        );
        expect(answer.errors, `${a} × ${b}`).toBeUndefined();
        const csv = warmFromCsv(a, b);
        const mapped = warmIntroductions(answer.data!.overlap.matrix as StageCount[]);
        expect(mapped, `${a} × ${b}`).toEqual({ ...csv, total: csv.prospects + csv.openDeals });
        expect(answer.data!.partnerFit.warmIntroductions, `${a} × ${b}`).toBe(mapped.total);
        if (mapped.total > 0) withWarm++;
      }
    }
    // the comparison is not all zeros
    expect(withWarm).toBeGreaterThan(5);
  });
});

describe('what a path’s strength rests on', () => {
  it('calls Bluebell Hi-Fi, bought from by Shopwell and Kudoswell alone, strong through a customer, not a partner both have', async () => {
    const vendors = new Set(
      accounts.filter((row) => row.customer_id === 'bluebell-hi-fi').map((row) => row.company_id),
    );
    expect([...vendors].sort()).toEqual(['kudoswell', 'shopwell']);
    const { data } = await client.query(
      '{ introPaths(focal: "shopwell", target: "kudoswell") { hops strength sentence steps { party { kind id name } relation status vendors weight } } }',
    );
    const paths = data!.introPaths as IntroPath[];
    const bluebell = paths.find((path) => path.steps[0]!.party.id === 'bluebell-hi-fi')!;
    expect(bluebell.strength).toBe(0.5);
    expect(bluebell.steps[0]!.vendors).toBe(vendors.size);
    expect(strengthLabel(bluebell)).toBe('Strong, through a customer');
    expect(strengthBasis(bluebell)).toMatch(
      /^Bluebell Hi-Fi, a customer no other vendor serves \(×1\), 1 hop after the first \(×½\)/,
    );
  });

  it('multiplies to the API’s strength on every path to Shopwell’s top candidates', async () => {
    const { data } = await client.query('{ candidates(focal: "shopwell", first: 8) { candidate { id } } }');
    let checked = 0;
    for (const { candidate } of data!.candidates as { candidate: { id: string } }[]) {
      const answer = await client.query(
        `{ introPaths(focal: "shopwell", target: "${candidate.id}", first: 5, maxHops: 4) { hops strength steps { party { kind id name } relation status vendors weight } } }`,
      );
      for (const path of answer.data!.introPaths as IntroPath[]) {
        const product = strengthFactors(path).reduce((value, factor) => value * factor.times, 1);
        expect(product, `${candidate.id}: ${strengthBasis(path)}`).toBeCloseTo(path.strength, 12);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
