import type { NamedRef } from './conflicts.ts';
import type { SizeFacts } from './power-balance.ts';

/** A company as the market directory lists it. */
export interface CompanySummary extends NamedRef, SizeFacts {
  capabilities: number;
  /** Segment ids it targets. */
  segments: string[];
}

type PartnershipStatusValue = 'proposed' | 'active' | 'ended';

/** A partnership as the market directory lists it. */
export interface MarketPartnership {
  id: string;
  status: PartnershipStatusValue;
  since: string | null;
  typeId: string | null;
  parties: string[];
}

/**
 * The whole market, indexed for rankings: companies by position, partnerships,
 * and the active partner sets without any hidden partnership (the common case,
 * computed once per directory version).
 */
export interface Market {
  companies: CompanySummary[];
  indexOf: Map<string, number>;
  partnerships: MarketPartnership[];
  /** Customers in the market (every Customer node). */
  customerCount: number;
  /** Segment names by id. */
  segmentNames: Map<string, string>;
  /** Companies per segment id, as positions. */
  bySegment: Map<string, number[]>;
  /** Partnerships each company is party to, as positions in `partnerships`. */
  partnershipsOf: number[][];
  activePartners: Set<number>[];
}

export function createMarket(
  companies: CompanySummary[],
  partnerships: MarketPartnership[],
  customerCount: number,
  segmentNames: Map<string, string> = new Map(),
): Market {
  const indexOf = new Map(companies.map((company, index) => [company.id, index]));
  const bySegment = new Map<string, number[]>();
  companies.forEach((company, index) => {
    for (const segment of company.segments) {
      const list = bySegment.get(segment);
      if (list) list.push(index);
      else bySegment.set(segment, [index]);
    }
  });
  const partnershipsOf = companies.map((): number[] => []);
  partnerships.forEach((partnership, position) => {
    for (const party of partnership.parties) {
      const index = indexOf.get(party);
      if (index !== undefined) partnershipsOf[index]!.push(position);
    }
  });
  const market = {
    companies,
    indexOf,
    partnerships,
    customerCount,
    segmentNames,
    bySegment,
    partnershipsOf,
    activePartners: [] as Set<number>[],
  };
  market.activePartners = partnerSets(market, NO_HIDDEN);
  return market;
}

export const NO_HIDDEN: ReadonlySet<string> = new Set();

/**
 * Every company's active partners (positions), leaving out the partnerships in
 * `hidden`: the backtest and the calibration ask "what if these were not known".
 * A consortium makes every party a partner of every other.
 */
export function partnerSets(
  market: Pick<Market, 'companies' | 'indexOf' | 'partnerships'>,
  hidden: ReadonlySet<string>,
): Set<number>[] {
  const sets = market.companies.map(() => new Set<number>());
  for (const partnership of market.partnerships) {
    if (partnership.status !== 'active' || hidden.has(partnership.id)) continue;
    const parties = partnership.parties.map((id) => market.indexOf.get(id)).filter((index) => index !== undefined);
    for (const x of parties) for (const y of parties) if (x !== y) sets[x]!.add(y);
  }
  return sets;
}

/** Active partner sets with `hidden` left out; the market's own sets when nothing is hidden. */
export function activePartnersWithout(market: Market, hidden: ReadonlySet<string>): Set<number>[] {
  return hidden.size === 0 ? market.activePartners : partnerSets(market, hidden);
}

/** Every partnership two companies are parties to, whatever its status, newest first. */
export function pairHistory(market: Market, a: string, b: string): MarketPartnership[] {
  const ia = market.indexOf.get(a);
  const ib = market.indexOf.get(b);
  if (ia === undefined || ib === undefined) return [];
  const ofB = new Set(market.partnershipsOf[ib]);
  return market.partnershipsOf[ia]!.filter((position) => ofB.has(position))
    .map((position) => market.partnerships[position]!)
    .sort((x, y) => (y.since ?? '').localeCompare(x.since ?? '') || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
