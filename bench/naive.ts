import neo4j from 'neo4j-driver';
import { loadQueries } from '../api/db/queries.ts';
import { DEFAULT_VALUE_WEIGHTS } from '../api/contract/ranking-parameters.ts';
import { fitScore, fitTerms, valueOf } from '../api/analysis/fit-terms.ts';
import { overlapFigures, type StageCount } from '../api/analysis/overlap-figures.ts';
import type { FocalCompany } from './focal.ts';
import type { Floor } from './floor.ts';
import { percentile, round } from './latency.ts';

/**
 * The naive way to rank: ask the overlap of the focal company with every
 * other company, one query at a time (cypher/overlap.cypher, as a client
 * of the overlap API would), score each pair, sort. It even leaves out the
 * capabilities and conflicts the real ranking weighs, so it is a lower bound
 * of what the naive way costs. Running it whole would take minutes per focal
 * company at M, so a fixed sample of candidates is timed and the total is
 * extrapolated to all of them (said so in the report).
 */
export interface NaiveFigures {
  focalCompanies: string[];
  /** Candidates whose overlap was actually queried, per focal company. */
  sampledCandidates: number;
  /** Candidates a full naive ranking would query, per focal company. */
  candidatesPerRanking: number;
  extrapolated: boolean;
  overlapQueryMs: { p50: number; mean: number };
  /** Estimated time of one whole naive ranking, per focal company, in ms. */
  rankingMs: Record<string, number>;
  rankingMsP50: number;
}

export async function measureNaive(floor: Floor, focals: FocalCompany[], sample: number): Promise<NaiveFigures> {
  const queries = loadQueries();
  const overlapCypher = queries.get('overlap')!;
  const idsCypher = queries.get('import/company-ids')!;
  const read = async (cypher: string, params: Record<string, unknown>) => {
    const session = floor.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => tx.run(cypher, params))).records;
    } finally {
      await session.close();
    }
  };

  const perQuery: number[] = [];
  const rankingMs: Record<string, number> = {};
  let candidatesPerRanking = 0;
  let sampled = 0;
  for (const focal of focals) {
    const started = performance.now();
    const ids = (await read(idsCypher, {})).map((record) => String(record.get('id'))).filter((id) => id !== focal.id);
    const listMs = performance.now() - started;
    const chosen = sampleOf(ids, sample, hash(focal.id));
    const times: number[] = [];
    const scores: { id: string; score: number }[] = [];
    for (const candidate of chosen) {
      const queryStarted = performance.now();
      const [record] = await read(overlapCypher, { a: focal.id, b: candidate });
      if (record) scores.push({ id: candidate, score: naiveScore(record.toObject()) });
      times.push(performance.now() - queryStarted);
    }
    const sortStarted = performance.now();
    scores.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
    const sortMs = ((performance.now() - sortStarted) * ids.length) / Math.max(1, chosen.length);
    const mean = times.reduce((sum, ms) => sum + ms, 0) / Math.max(1, times.length);
    rankingMs[focal.id] = round(listMs + mean * ids.length + sortMs, 0);
    perQuery.push(...times);
    candidatesPerRanking = ids.length;
    sampled = chosen.length;
  }
  return {
    focalCompanies: focals.map((focal) => focal.id),
    sampledCandidates: sampled,
    candidatesPerRanking,
    extrapolated: sampled < candidatesPerRanking,
    overlapQueryMs: {
      p50: round(percentile(perQuery, 50), 2),
      mean: round(perQuery.reduce((s, ms) => s + ms, 0) / perQuery.length, 2),
    },
    rankingMs,
    rankingMsP50: round(percentile(Object.values(rankingMs), 50), 0),
  };
}

/** The fit score from one overlap answer: customers only (no capabilities, no conflicts). */
function naiveScore(row: Record<string, unknown>): number {
  const a = row.a as Record<string, unknown>;
  const b = row.b as Record<string, unknown>;
  const customersA = Number(a.customerCount ?? 0);
  const customersB = Number(b.customerCount ?? 0);
  const { sharedCount } = overlapFigures(row.matrix as StageCount[], customersA, customersB);
  const terms = fitTerms({
    customersA,
    customersB,
    shared: sharedCount,
    capabilitiesA: Number(a.capabilityCount ?? 0),
    capabilitiesB: Number(b.capabilityCount ?? 0),
    commonCapabilities: 0,
  });
  return fitScore(valueOf(terms.focal, DEFAULT_VALUE_WEIGHTS), valueOf(terms.candidate, DEFAULT_VALUE_WEIGHTS), 0);
}

/** Up to `size` items chosen by a seeded shuffle: the same focal company always gets the same sample. */
function sampleOf<T>(items: T[], size: number, seed: number): T[] {
  const copy = items.slice();
  let state = seed || 1;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, size);
}

function hash(text: string): number {
  let value = 2_166_136_261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16_777_619) >>> 0;
  return value;
}
