import type { Market } from '../analysis/market.ts';
import type { Database, RowOf } from '../db/database.ts';
import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import { notFound } from '../errors.ts';
import { currentMarketDirectory } from '../fits/market-directory.ts';
import {
  joinIntroPaths,
  type Half,
  type IntroPath,
  type IntroStep,
  type PartnershipLink,
  type Reference,
} from './intro-paths.ts';
import { introSentence, type IntroNames } from './intro-sentence.ts';

/** Customers of each end looked at as references: its strongest, those with the fewest vendors. */
const REFERENCES_PER_END = 1_000;

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
 * cypher/discovery/intro-walk.cypher walks from both ends,
 * intro-references.cypher and intro-shared-customers.cypher find the
 * customers that can refer, intro-paths.ts joins and scores. Five small
 * reads rather than one: planned as one query, the pieces needed more than
 * the transaction memory allows around a hub at the bench's M scale.
 * NOT_FOUND when either id is unknown.
 */
export async function introPaths(db: Database, query: IntroQuery): Promise<DescribedIntroPath[]> {
  const { market } = await currentMarketDirectory(db);
  for (const id of [query.focal, query.target]) if (!market.indexOf.has(id)) throw notFound('company', id);
  const { focal, target, maxHops, first } = query;
  // The end with fewer partnerships walks the extra hop: its walk is the smaller one.
  const longSide = Math.ceil(maxHops / 2);
  const focalWalksFurther = openPartnerships(market, focal) <= openPartnerships(market, target);
  const focalHops = focalWalksFurther ? longSide : maxHops - longSide;
  const walk = async (start: string, other: string, hops: number): Promise<Half[]> =>
    hops === 0 ? [] : halves(await db.read('discovery/intro-walk', { focal, target, start, other, hops }));
  const [fromFocal, fromTarget] = await Promise.all([
    walk(focal, target, focalHops),
    walk(target, focal, maxHops - focalHops),
  ]);
  // A reference only helps where its other vendor meets the other side's walk (or is the other end).
  const reach = (chains: Half[], end: string) => [
    ...chains.filter((half) => half.companies.length <= maxHops - 2).map((half) => half.companies.at(-1)!),
    end,
  ];
  const customerNames = new Map<string, string>();
  const named = <Customer extends { customer: string; name: string }>(row: Customer) => {
    customerNames.set(row.customer, row.name);
    return row;
  };
  const referencesFrom = async (start: string, otherReach: string[]): Promise<Reference[]> =>
    (
      await db.read('discovery/intro-references', {
        focal,
        target,
        start,
        reach: otherReach,
        references: REFERENCES_PER_END,
      })
    )
      .map(named)
      .map((row) => ({ customer: row.customer, vendors: row.vendors, met: row.met }));
  const [focalReferences, targetReferences, shared] = await Promise.all([
    referencesFrom(focal, reach(fromTarget, target)),
    referencesFrom(target, reach(fromFocal, focal)),
    db.read('discovery/intro-shared-customers', { ...smallerFirst(market, focal, target), first }),
  ]);
  const paths = joinIntroPaths(
    {
      focal,
      target,
      maxHops,
      fromFocal,
      fromTarget,
      focalReferences,
      targetReferences,
      shared: shared.map(named).map((row) => ({ customer: row.customer, vendors: row.vendors })),
    },
    first,
  );
  const names: IntroNames = {
    party: (kind, id) =>
      (kind === 'CUSTOMER' ? customerNames.get(id) : market.companies[market.indexOf.get(id)!]?.name) ?? id,
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

/** The two companies as `from` (the one with fewer customers: its accounts are walked) and `to`. */
function smallerFirst(market: Market, x: string, y: string): { from: string; to: string } {
  const customers = (id: string) => market.companies[market.indexOf.get(id)!]!.customers;
  return customers(x) <= customers(y) ? { from: x, to: y } : { from: y, to: x };
}

/** Active and proposed partnerships a company is party to: what its walk expands. */
function openPartnerships(market: Market, id: string): number {
  return market.partnershipsOf[market.indexOf.get(id)!]!.filter(
    (position) => market.partnerships[position]!.status !== 'ended',
  ).length;
}

function halves(rows: RowOf<'discovery/intro-walk'>[]): Half[] {
  return rows.map((row) => ({
    companies: row.companies,
    links: row.links.map(([partnershipId, status, since, typeId]): PartnershipLink => ({
      partnershipId,
      status,
      since,
      typeId,
    })),
  }));
}
