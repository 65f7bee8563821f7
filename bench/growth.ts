import type { ApiProcess } from './api-process.ts';
import { matchSizes, TIERS, type FocalCompany, type Tier } from './focal.ts';
import type { Floor } from './floor.ts';
import { percentile, round } from './latency.ts';
import { measureOperation, prepareCases, type Sample } from './measure.ts';
import type { OperationName } from './operations.ts';

/** What growth needs from the smaller scale's run (kept in bench/results/S.json). */
export interface GrowthReference {
  scale: string;
  date: string;
  focal: FocalCompany[];
  /** API p50 per operation, overall and per tier. */
  p50: Partial<Record<OperationName, { all: number; byTier: Record<Tier, number> }>>;
}

export interface GrowthFigures {
  /** Which run the smaller scale's figures come from. */
  reference: { scale: string; date: string };
  /** Customer bases of the matched focal companies: the reference's and this scale's, by tier (median). */
  focalCustomers: Record<Tier, { reference: number; matched: number }>;
  /** This scale's API p50 ÷ the reference's, for focal companies of the same size. */
  ratio: Partial<Record<OperationName, { all: number; byTier: Record<Tier, number> }>>;
}

const GROWTH_OPERATIONS: OperationName[] = ['candidates', 'overlap'];

/**
 * Growth: how latency changes from the reference scale to this one for focal
 * companies of the same size. Each reference focal company gets the company
 * here with the nearest customer base; those are timed like the main set.
 */
export async function measureGrowth(
  api: ApiProcess,
  floor: Floor,
  sizes: { id: string; customers: number }[],
  reference: GrowthReference,
  rounds: number,
): Promise<GrowthFigures> {
  const matched = matchSizes(sizes, reference.focal);
  const cases = await prepareCases(api, matched, GROWTH_OPERATIONS);
  const ratio: GrowthFigures['ratio'] = {};
  for (const name of GROWTH_OPERATIONS) {
    const base = reference.p50[name];
    if (!base) continue;
    const samples = await measureOperation(api, floor, cases, name, rounds);
    const p50 = apiP50(samples);
    ratio[name] = {
      all: round(p50.all / base.all, 2),
      byTier: Object.fromEntries(TIERS.map((tier) => [tier, round(p50.byTier[tier] / base.byTier[tier], 2)])) as Record<
        Tier,
        number
      >,
    };
  }
  const medianOf = (focals: FocalCompany[], tier: Tier) =>
    percentile(
      focals.filter((f) => f.tier === tier).map((f) => f.customers),
      50,
    );
  return {
    reference: { scale: reference.scale, date: reference.date },
    focalCustomers: Object.fromEntries(
      TIERS.map((tier) => [tier, { reference: medianOf(reference.focal, tier), matched: medianOf(matched, tier) }]),
    ) as GrowthFigures['focalCustomers'],
    ratio,
  };
}

/** API p50 overall and per tier. */
export function apiP50(samples: Sample[]): { all: number; byTier: Record<Tier, number> } {
  const p50 = (list: Sample[]) =>
    round(
      percentile(
        list.map((sample) => sample.api),
        50,
      ),
    );
  return {
    all: p50(samples),
    byTier: Object.fromEntries(
      TIERS.map((tier) => [tier, p50(samples.filter((sample) => sample.tier === tier))]),
    ) as Record<Tier, number>,
  };
}
