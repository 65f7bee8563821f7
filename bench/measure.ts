import type { ApiProcess, QueryCall } from './api-process.ts';
import type { FocalCompany, Tier } from './focal.ts';
import { TIERS } from './focal.ts';
import type { Floor } from './floor.ts';
import { round, summarize, timed, type LatencySummary } from './latency.ts';
import { ALL_OPERATIONS, TOP_CANDIDATE, type OperationName, type TopCandidateData } from './operations.ts';

/** A focal company ready to be timed: its partner for pair questions and the Cypher each operation runs. */
export interface FocalCase extends FocalCompany {
  partner: string;
  calls: Record<OperationName, QueryCall[]>;
}

export interface Sample {
  focal: string;
  tier: Tier;
  api: number;
  floor: number;
}

export interface OperationFigures {
  api: LatencySummary;
  floor: LatencySummary;
  /** API latency ÷ floor latency, at the median and at p95. */
  apiOverheadRatio: { p50: number; p95: number };
  byTier: Record<Tier, { api: LatencySummary; floor: LatencySummary }>;
}

/**
 * Asks each operation once per focal company through the API (a warm-up that
 * also records the named queries it runs, for the floor), after finding each
 * focal company's best-ranked candidate.
 */
export async function prepareCases(
  api: ApiProcess,
  focals: FocalCompany[],
  operations: OperationName[],
): Promise<FocalCase[]> {
  const cases: FocalCase[] = [];
  for (const focal of focals) {
    const top = await api.graphql<TopCandidateData>(TOP_CANDIDATE, { focal: focal.id });
    const partner = top.candidates[0]?.candidate.id;
    if (!partner) throw new Error(`${focal.id} has no candidate at all`);
    const calls = {} as Record<OperationName, QueryCall[]>;
    for (const name of operations) {
      const operation = ALL_OPERATIONS[name];
      calls[name] = await api.trace(() => api.graphql(operation.query, operation.variables(focal.id, partner)));
    }
    cases.push({ ...focal, partner, calls });
  }
  return cases;
}

/**
 * Times one operation over every focal company, `rounds` times, through the
 * API and on the floor side by side: each sample pair runs back to back, in
 * alternating order, so a busy moment of the machine weighs on both alike.
 */
export async function measureOperation(
  api: ApiProcess,
  floor: Floor,
  cases: FocalCase[],
  name: OperationName,
  rounds: number,
): Promise<Sample[]> {
  const operation = ALL_OPERATIONS[name];
  const samples: Sample[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [index, focalCase] of cases.entries()) {
      const viaApi = () =>
        timed(() => api.graphql(operation.query, operation.variables(focalCase.id, focalCase.partner)));
      const onFloor = () => timed(() => floor.replay(focalCase.calls[name]));
      const apiFirst = (round + index) % 2 === 0;
      const first = await (apiFirst ? viaApi() : onFloor());
      const second = await (apiFirst ? onFloor() : viaApi());
      samples.push({
        focal: focalCase.id,
        tier: focalCase.tier,
        api: apiFirst ? first : second,
        floor: apiFirst ? second : first,
      });
    }
  }
  return samples;
}

export function operationFigures(samples: Sample[]): OperationFigures {
  const api = summarize(samples.map((sample) => sample.api));
  const floor = summarize(samples.map((sample) => sample.floor));
  const byTier = Object.fromEntries(
    TIERS.map((tier) => {
      const inTier = samples.filter((sample) => sample.tier === tier);
      return [
        tier,
        { api: summarize(inTier.map((sample) => sample.api)), floor: summarize(inTier.map((sample) => sample.floor)) },
      ];
    }),
  ) as OperationFigures['byTier'];
  return {
    api,
    floor,
    apiOverheadRatio: { p50: round(api.p50 / floor.p50, 2), p95: round(api.p95 / floor.p95, 2) },
    byTier,
  };
}
