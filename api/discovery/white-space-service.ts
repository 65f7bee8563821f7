import type { DescribedFit } from '../analysis/describe-fit.ts';
import { ratio } from '../analysis/overlap-figures.ts';
import type { Database } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { describeAll, fitsOf, wholeRanking, type CapabilityLoader } from '../fits/fit-service.ts';
import { rankingSettings } from '../fits/ranking-arguments.ts';
import type { CapabilityRef } from './what-if.ts';
import { bestFillers, segmentsWithoutPartner } from './white-space.ts';

export interface WhiteSpaceAnswer {
  focalId: string;
  customers: number;
  capabilities: {
    capability: CapabilityRef;
    customersReached: number;
    share: number;
    vendors: number;
    bestCandidate: DescribedFit | null;
  }[];
  segments: { segment: { id: string; name: string }; bestCandidate: DescribedFit | null }[];
}

/**
 * The white space around `focal`: capability gaps from
 * cypher/discovery/white-space.cypher, segment gaps from the market
 * directory, each with the best-ranked candidate that fills it (the ranking
 * `candidates` gives by default). NOT_FOUND for an unknown focal id.
 */
export async function whiteSpace(
  db: Database,
  companies: CapabilityLoader,
  query: { focal: string; first: number },
): Promise<WhiteSpaceAnswer> {
  const [[row], ranking] = await Promise.all([
    db.read('discovery/white-space', query),
    wholeRanking(db, query.focal, rankingSettings({})),
  ]);
  if (!row || !ranking) throw notFound('company', query.focal);
  const { market } = ranking.context;
  const focalIndex = market.indexOf.get(query.focal)!;
  const gaps = row.gaps.map(([id, name, category, reached, vendors, offering]) => ({
    capability: { id, name, category },
    reached,
    vendors,
    offering: new Set(offering),
  }));
  const segmentIds = segmentsWithoutPartner(
    market.companies[focalIndex]!.segments,
    [...market.activePartners[focalIndex]!].map((index) => market.companies[index]!.segments),
  ).sort((x, y) => (market.segmentNames.get(x) ?? x).localeCompare(market.segmentNames.get(y) ?? y));

  const rankedIds = ranking.ranked.map(({ facts }) => facts.candidate.id);
  const segmentsOf = (id: string) => market.companies[market.indexOf.get(id)!]!.segments;
  const capabilityFillers = bestFillers(rankedIds, gaps, (gap, id) => gap.offering.has(id));
  const segmentFillers = bestFillers(rankedIds, segmentIds, (segment, id) => segmentsOf(id).includes(segment));

  // Every filler described in one batch: a candidate filling several gaps is scored once.
  const fillerIds = new Set([...capabilityFillers, ...segmentFillers].filter((id) => id !== null));
  const entries = ranking.ranked.filter(({ facts }) => fillerIds.has(facts.candidate.id));
  const described = new Map(
    (await describeAll(fitsOf(ranking.context, entries), companies)).map((fit) => [fit.candidateId, fit]),
  );
  const fitOf = (id: string | null) => (id === null ? null : (described.get(id) ?? null));

  const customers = Number(row.customers ?? 0);
  return {
    focalId: query.focal,
    customers,
    capabilities: gaps.map((gap, index) => ({
      capability: gap.capability,
      customersReached: gap.reached,
      share: ratio(gap.reached, customers),
      vendors: gap.vendors,
      bestCandidate: fitOf(capabilityFillers[index]!),
    })),
    segments: segmentIds.map((id, index) => ({
      segment: { id, name: market.segmentNames.get(id) ?? id },
      bestCandidate: fitOf(segmentFillers[index]!),
    })),
  };
}
