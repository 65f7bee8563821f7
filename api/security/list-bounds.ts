import { CLOSEST_PEERS } from '../analysis/fit-evidence.ts';
import type { MarketBounds } from '../db/bookkeeping-rows.ts';
import type { ArgumentReader } from './operation-analysis.ts';

/**
 * How long each list of a response can be, as the data stands, so the cost of
 * a query is what it will really return (docs/security.md, "Cost"). Pure: the
 * figures come from api/security/data-bounds.ts.
 */

/** Shortlists are user data, read per request when a query scores their pins. */
export interface ShortlistBounds {
  shortlists: number;
  /** Distinct focal companies among them: shortlists' pins are scored in one batch per focal company. */
  focals: number;
  /** The most pins one shortlist holds. */
  pins: number;
  /** Shortlists per focal id the query names. */
  byFocal: ReadonlyMap<string, number>;
}

export interface DataBounds {
  market?: MarketBounds;
  shortlists?: ShortlistBounds;
}

/** Lists whose length is fixed by the schema or the product, whatever the data. */
const FIXED: Record<string, number> = {
  'PartnerFit.terms': 5, // one per FitTermKind
  'PartnerFit.peerPartners': CLOSEST_PEERS, // the focal company's closest peers that partner with the candidate
  'PartnerFit.peers': CLOSEST_PEERS,
  'Overlap.matrix': 9, // stage × stage
  'Query.partnershipTypes': 9,
};

/** The pins scored under these fields are scored in one batch per focal company (api/fits/shortlist-fits.ts). */
const SCORED_PINS: ReadonlySet<string> = new Set(['Shortlist.entries', 'Shortlist.entriesConnection']);

/** The most items `coordinate` can return as the data stands; undefined when the data says nothing. */
export function listBound(bounds: DataBounds, coordinate: string, argument: ArgumentReader): number | undefined {
  const fixed = FIXED[coordinate];
  if (fixed !== undefined) return fixed;
  const { market, shortlists } = bounds;
  if (coordinate === 'Query.partnerFits') {
    const pairs = argument('pairs');
    return Array.isArray(pairs) ? pairs.length : undefined;
  }
  if (market) {
    switch (coordinate) {
      case 'Query.companies':
      case 'Query.companiesConnection':
        return market.companies;
      case 'Query.candidates':
      case 'Query.candidatesConnection':
        return Math.max(0, market.companies - 1);
      case 'Query.segments':
        return market.segmentCount;
      case 'Query.capabilities':
        return market.capabilityCount;
      case 'Company.capabilities':
      case 'Complementarity.gapsFilledForA':
      case 'Complementarity.gapsFilledForB':
      case 'Complementarity.competing':
        return market.capabilities;
      case 'Company.segments':
        return market.segments;
      case 'Company.competitors':
        return market.competitors;
      case 'Company.partnerships':
        return market.partnerships;
      case 'PartnerFit.history':
        return market.pairPartnerships;
      case 'Partnership.parties':
        return market.parties;
      case 'PartnerFit.conflicts':
        // A rivalry, each capability both offer, and a channel (or partner) conflict per partner of one side
        // that is a rival of the other: no more than either side's partners or rivals.
        return 1 + market.capabilities + 2 * Math.min(market.partnerships, market.competitors);
    }
  }
  if (shortlists) {
    switch (coordinate) {
      case 'Query.shortlists':
      case 'Query.shortlistsConnection': {
        const focal = argument('focal');
        // A focal id the request did not name where data-bounds.ts looked (a variable's default): all shortlists, an upper bound.
        return typeof focal === 'string'
          ? (shortlists.byFocal.get(focal) ?? shortlists.shortlists)
          : shortlists.shortlists;
      }
      case 'Shortlist.entries':
      case 'Shortlist.entriesConnection':
        return shortlists.pins;
    }
  }
  return undefined;
}

/**
 * Scorings of shortlists' pins come to one walk per focal company: one for a
 * shortlist, one for a focal company's shortlists, and for all shortlists at
 * most as many as there are focal companies among them (and `first` of them).
 */
export function pinBatches(
  bounds: DataBounds,
  coordinate: string,
  argument: ArgumentReader,
  size: number,
): { watched: ReadonlySet<string>; most: number } | undefined {
  if (coordinate === 'Query.shortlist') return { watched: SCORED_PINS, most: 1 };
  if (coordinate !== 'Query.shortlists' && coordinate !== 'Query.shortlistsConnection') return undefined;
  if (typeof argument('focal') === 'string') return { watched: SCORED_PINS, most: 1 };
  return { watched: SCORED_PINS, most: Math.min(size, bounds.shortlists?.focals ?? size) };
}

/** A bulk request walks once per distinct focal company among its pairs (api/fits/bulk-fits.ts). */
export function bulkWalks(coordinate: string, argument: ArgumentReader): number | undefined {
  if (coordinate !== 'Query.partnerFits') return undefined;
  const pairs = argument('pairs');
  if (!Array.isArray(pairs)) return undefined;
  return new Set(pairs.map((pair) => (pair as { focal?: unknown } | null)?.focal)).size;
}
