import type { Market } from '../analysis/market.ts';
import type { Database } from '../db/database.ts';
import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import { notFound } from '../errors.ts';
import { currentMarketDirectory } from '../fits/market-directory.ts';
import { joinIntroPaths, type Half, type IntroPath, type IntroStep, type PartnershipLink, type Reference } from './intro-paths.ts';
import { introSentence, type IntroNames } from './intro-sentence.ts';

/** Customers of each end looked at as references: its strongest, those with the fewest vendors. */
export const REFERENCES_PER_END = 1_000;

export interface IntroQuery {
  focal: string;
  target: string;
  first: number;
  maxHops: number;
}

/** A path as the API shows it: its steps named, and the sentence. */
export interface DescribedIntroPath {
  hops: number;
  strength: number;
  sentence: string;
  steps: (IntroStep & { party: IntroStep['party'] & { name: string }; stage: 'customer' | null })[];
}

/**
 * The best warm-intro paths from `focal` to `target` (checked arguments):
 * cypher/discovery/intro-paths.cypher walks from both ends, intro-paths.ts
 * joins and scores. NOT_FOUND when either id is unknown.
 */
export async function introPaths(db: Database, query: IntroQuery): Promise<DescribedIntroPath[]> {
  const { market } = await currentMarketDirectory(db);
  for (const id of [query.focal, query.target]) if (!market.indexOf.has(id)) throw notFound('company', id);
  // The end with fewer partnerships walks the extra hop: its walk is the smaller one.
  const longSide = Math.ceil(query.maxHops / 2);
  const focalWalksFurther = openPartnerships(market, query.focal) <= openPartnerships(market, query.target);
  const focalHops = focalWalksFurther ? longSide : query.maxHops - longSide;
  const [row] = await db.read('discovery/intro-paths', {
    focal: query.focal,
    target: query.target,
    focalHops,
    targetHops: query.maxHops - focalHops,
    maxHops: query.maxHops,
    references: REFERENCES_PER_END,
    first: query.first,
  });
  if (!row) throw notFound('company', query.focal);
  const customerNames = new Map<string, string>();
  const references = (tuples: unknown) =>
    (tuples as [string, string, number, string[]][]).map(([customer, name, vendors, met]): Reference => {
      customerNames.set(customer, name);
      return { customer, vendors, met };
    });
  const paths = joinIntroPaths(
    {
      focal: query.focal,
      target: query.target,
      maxHops: query.maxHops,
      fromFocal: halves(row.fromFocal),
      fromTarget: halves(row.fromTarget),
      focalReferences: references(row.focalReferences),
      targetReferences: references(row.targetReferences),
      shared: (row.shared as [string, string, number][]).map(([customer, name, vendors]) => {
        customerNames.set(customer, name);
        return { customer, vendors };
      }),
    },
    query.first,
  );
  const names: IntroNames = {
    party: (kind, id) => (kind === 'CUSTOMER' ? customerNames.get(id) : market.companies[market.indexOf.get(id)!]?.name) ?? id,
    type: (typeId) => PARTNERSHIP_TYPES.find((type) => type.id === typeId)?.name.toLowerCase() ?? '',
  };
  return paths.map((path) => describe(path, names));
}

function describe(path: IntroPath, names: IntroNames): DescribedIntroPath {
  return {
    hops: path.hops,
    strength: path.strength,
    sentence: introSentence(path, names),
    steps: path.steps.map((step) => ({
      ...step,
      party: { ...step.party, name: names.party(step.party.kind, step.party.id) },
      stage: step.relation === 'PARTNERSHIP' ? null : 'customer',
    })),
  };
}

/** Active and proposed partnerships a company is party to: what its walk expands. */
function openPartnerships(market: Market, id: string): number {
  return market.partnershipsOf[market.indexOf.get(id)!]!.filter((position) => market.partnerships[position]!.status !== 'ended').length;
}

function halves(tuples: unknown): Half[] {
  return (tuples as [string[], [string, string, string | null, string | null][]][]).map(([companies, links]) => ({
    companies,
    links: links.map(([partnershipId, status, since, typeId]): PartnershipLink => ({ partnershipId, status: status as PartnershipLink['status'], since, typeId })),
  }));
}
