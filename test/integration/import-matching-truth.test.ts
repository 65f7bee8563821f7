import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { formatProblem, importFolder, type ImportResult } from '../../api/import/import-folder.ts';
import type { MatchListener } from '../../api/import/match-report.ts';
import type { ExportTruth } from '../../scripts/ecosystem/exports/export-truth.ts';
import { TRUTH_FILE, writeExports } from '../../scripts/ecosystem/exports/write-exports.ts';
import { useTestDatabase } from '../support/database.ts';
import { pairwiseScores } from '../support/pairwise-scores.ts';
import { truthOverlaps } from '../support/truth-overlaps.ts';

/**
 * The importer's record matching judged against a market whose truth is known. The generator
 * (scripts/ecosystem/exports/) writes, from the demo market, the files a strategist at Shopwell
 * holds: its HubSpot export, Paydrift's Salesforce report, an HG Insights install base, its partner
 * sheet and a company directory, each spelling names and domains its own way, a fifth of the records
 * without a website, a few with a gmail.com one, and planted twins (two shops of one name). It
 * writes beside them which organisation every record names. Here the folder is imported with
 * --replace, every match decision is collected (onMatched), and the decisions and the API's
 * overlaps are scored against the truth:
 *
 * - pairwise precision and recall over the customer records (targets 0.99 and 0.97);
 * - every company's records in one company, and no two companies merged;
 * - `overlap { sharedCount }` exact for every pair of companies that no ambiguous customer touches.
 *
 * The figures are printed. It replaces the graph, so it runs on the shared test database like the
 * other import tests.
 */
const PRECISION_TARGET = 0.99;
const RECALL_TARGET = 0.97;

type MatchEvent = Parameters<MatchListener>[0];

let db: Database;
let folder: string;
let truth: ExportTruth;
let result: ImportResult;
const events: MatchEvent[] = [];
/** Each record's decision beside the truth's organisation, in file and line order. */
const judged: { event: MatchEvent; key: string; naming: string }[] = [];

// Generating and importing 15,600 rows takes about 45 s on this 2-core machine under a load of 20; the bound is for busier days.
beforeAll(async () => {
  db = await useTestDatabase();
  folder = mkdtempSync(join(tmpdir(), 'partnergraph-exports-'));
  writeExports(folder);
  // Read back as a test of the file would be: the truth is what sits beside the exports.
  truth = JSON.parse(readFileSync(join(folder, TRUTH_FILE), 'utf8')) as ExportTruth;
  const started = performance.now();
  result = await importFolder(db, folder, {
    replace: true,
    owner: truth.you.name,
    onMatched: (event) => events.push(event),
  });
  console.log(
    `Imported ${Object.values(truth.files)
      .reduce((sum, file) => sum + file.rows, 0)
      .toLocaleString('en-US')} rows of exports in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  pairEventsWithTruth();
}, 300_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Events come file by file in line order, a record's organisations in the order the truth lists them. */
function pairEventsWithTruth(): void {
  const byFile = new Map<string, MatchEvent[]>();
  for (const event of events) byFile.set(event.file, [...(byFile.get(event.file) ?? []), event]);
  for (const [file, mentions] of Object.entries(truth.mentions)) {
    const fileEvents = byFile.get(file) ?? [];
    mentions.forEach(([line, role, key, naming], index) => {
      const event = fileEvents[index];
      if (event && event.line === line && event.role === role) judged.push({ event, key, naming });
    });
  }
}

describe('exports of a market with known truth', () => {
  it('are imported whole: every record is read and every organisation it names is decided', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.imported).toBe(true);
    const mentions = Object.values(truth.mentions).reduce((sum, list) => sum + list.length, 0);
    expect(events.length).toBe(mentions);
    // Paired in order, line and role agreeing for every one.
    expect(judged.length).toBe(mentions);
    const reported = Object.fromEntries(result.report.files.map((file) => [file.file, file.rows]));
    expect(reported).toEqual(
      Object.fromEntries(Object.entries(truth.files).map(([file, description]) => [file, description.rows])),
    );
  });

  it(`matches customer records with pairwise precision ≥ ${PRECISION_TARGET} and recall ≥ ${RECALL_TARGET}`, () => {
    const customers = judged.filter(({ event }) => event.mention.kind === 'customer');
    const scores = pairwiseScores(customers.map(({ event, key }) => ({ predicted: event.decision.id, truth: key })));
    const how = countBy(customers.map(({ event }) => event.decision.how));
    const withoutDomain = customers.filter(({ naming }) => naming !== 'domain');
    const lostWithoutDomain = withoutDomain.filter(
      ({ event, key }) => event.decision.id !== majorityEntity(customers, key),
    ).length;
    console.log(
      `Customer matching: ${scores.records.toLocaleString('en-US')} records of ${new Set(customers.map(({ key }) => key)).size.toLocaleString('en-US')} organisations ` +
        `(${withoutDomain.length.toLocaleString('en-US')} without a usable domain, ${truth.hazards.freeMailRecords} of them gmail.com), ` +
        `precision ${scores.precision.toFixed(4)} (${scores.correctPairs.toLocaleString('en-US')} of ${scores.predictedPairs.toLocaleString('en-US')} pairs merged), ` +
        `recall ${scores.recall.toFixed(4)} (of ${scores.truePairs.toLocaleString('en-US')} true pairs); decisions ${JSON.stringify(how)}; ` +
        `${lostWithoutDomain} domain-less records not with their organisation's main entity`,
    );
    // The planted twins make some records ambiguous: the path is exercised, not assumed.
    expect(how.ambiguous ?? 0).toBeGreaterThan(0);
    expect(scores.precision).toBeGreaterThanOrEqual(PRECISION_TARGET);
    expect(scores.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
  });

  it('puts every company’s records in one company and never two companies in one', () => {
    const companies = judged.filter(({ event }) => event.mention.kind === 'company');
    const scores = pairwiseScores(companies.map(({ event, key }) => ({ predicted: event.decision.id, truth: key })));
    console.log(
      `Company matching: ${scores.records.toLocaleString('en-US')} records (vendors, partners, rivals, directory entries) of ${new Set(companies.map(({ key }) => key)).size} companies, ` +
        `precision ${scores.precision.toFixed(4)}, recall ${scores.recall.toFixed(4)}`,
    );
    expect(entityOf(companies).size).toBe(new Set(companies.map(({ key }) => key)).size);
    expect(scores).toMatchObject({ precision: 1, recall: 1 });
  });

  it('gives exact overlap counts through the API for every pair of companies without an ambiguous customer', async () => {
    const companies = judged.filter(({ event }) => event.mention.kind === 'company');
    const idOf = entityOf(companies);
    const overlaps = truthOverlaps(truth);
    const pairs: { a: string; b: string; expected: number }[] = [];
    let ambiguous = 0;
    for (const [index, a] of overlaps.companies.entries()) {
      for (const b of overlaps.companies.slice(index + 1)) {
        if (overlaps.ambiguous(a, b)) ambiguous += 1;
        else pairs.push({ a, b, expected: overlaps.shared(a, b) });
      }
    }
    const measured = await sharedCounts(pairs.map(({ a, b }) => [idOf.get(a)!, idOf.get(b)!]));
    const wrong = pairs
      .filter((pair, index) => measured[index] !== pair.expected)
      .map((pair) => ({ ...pair, measured: measured[pairs.indexOf(pair)] }));
    const sharing = pairs.filter((pair) => pair.expected > 0).length;
    console.log(
      `Overlaps: ${overlaps.companies.length} companies with customers, ${pairs.length + ambiguous} pairs; ${pairs.length} without an ambiguous customer checked ` +
        `(${sharing} sharing customers, up to ${Math.max(...pairs.map((pair) => pair.expected))}), ${pairs.length - wrong.length} exact; ${ambiguous} pairs left out as ambiguous`,
    );
    expect(pairs.length).toBeGreaterThan(ambiguous);
    expect(wrong).toEqual([]);
  });
});

describe('the scores themselves', () => {
  it('fall when records are merged or split wrongly', () => {
    const records = [
      { truth: 'a', predicted: 'x' },
      { truth: 'a', predicted: 'x' },
      { truth: 'a', predicted: 'y' },
      { truth: 'b', predicted: 'y' },
    ];
    // True pairs: 3 (a,a,a); predicted pairs: 1 (x) + 1 (y); right: 1.
    expect(pairwiseScores(records)).toMatchObject({
      truePairs: 3,
      predictedPairs: 2,
      correctPairs: 1,
      precision: 0.5,
      recall: 1 / 3,
    });
    expect(pairwiseScores(records.map((record) => ({ ...record, predicted: record.truth })))).toMatchObject({
      precision: 1,
      recall: 1,
    });
  });
});

/** Each true organisation's entity, when all its records went to one; throws naming those that did not. */
function entityOf(records: typeof judged): Map<string, string> {
  const ids = new Map<string, Set<string>>();
  for (const { event, key } of records) ids.set(key, (ids.get(key) ?? new Set()).add(event.decision.id));
  const split = [...ids].filter(([, set]) => set.size > 1).map(([key, set]) => `${key} → ${[...set].join(', ')}`);
  expect(split).toEqual([]);
  return new Map([...ids].map(([key, set]) => [key, [...set][0]!]));
}

/** The entity most of an organisation's records went to. */
function majorityEntity(records: typeof judged, key: string): string | undefined {
  const counts = countBy(records.filter((record) => record.key === key).map(({ event }) => event.decision.id));
  return Object.entries(counts).sort(([, a], [, b]) => b - a)[0]?.[0];
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * `overlap(a, b) { sharedCount }` for each pair through the GraphQL API, fifteen aliases a request
 * (the alias limit), with the rate limit off: a thousand overlaps is this test's load, not a client's.
 */
async function sharedCounts(pairs: [string, string][]): Promise<number[]> {
  const app = createApp({ db, security: { rateLimit: { perMinute: 0, burst: 1 } } });
  const counts: number[] = [];
  for (let start = 0; start < pairs.length; start += 15) {
    const batch = pairs.slice(start, start + 15);
    const query = `{ ${batch.map(([a, b], index) => `p${index}: overlap(a: ${JSON.stringify(a)}, b: ${JSON.stringify(b)}) { sharedCount }`).join(' ')} }`;
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { sharedCount: number } | null>;
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    batch.forEach((_, index) => counts.push(body.data![`p${index}`]!.sharedCount));
  }
  return counts;
}
