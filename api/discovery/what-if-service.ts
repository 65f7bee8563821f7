import type { Database } from '../db/database.ts';
import { badInput, notFound } from '../errors.ts';
import { currentMarketDirectory } from '../fits/market-directory.ts';
import { whatIfFigures, type CapabilityRef, type WhatIfFigures } from './what-if.ts';

/** The most companies `add` or `drop` may name. */
const MAX_WHAT_IF_CHANGES = 100;

export interface WhatIfQuery {
  focal: string;
  add: string[];
  drop: string[];
}

export interface WhatIfAnswer extends WhatIfFigures {
  focalId: string;
  partnerIds: string[];
  addedIds: string[];
  droppedIds: string[];
}

/**
 * A hypothetical active partner set for `focal`, judged against today's
 * (api/discovery/what-if.ts). Today's set comes from the market directory;
 * the figures from cypher/discovery/what-if.cypher. NOT_FOUND for an unknown
 * id; BAD_USER_INPUT, naming the argument, for a change that changes nothing
 * or contradicts another.
 */
export async function whatIf(db: Database, query: WhatIfQuery): Promise<WhatIfAnswer> {
  const { market } = await currentMarketDirectory(db);
  const focalIndex = market.indexOf.get(query.focal);
  if (focalIndex === undefined) throw notFound('company', query.focal);
  const today = [...market.activePartners[focalIndex]!].map((index) => market.companies[index]!.id);
  const add = [...new Set(query.add)];
  const drop = [...new Set(query.drop)];
  for (const [argument, ids] of [
    ['add', add],
    ['drop', drop],
  ] as const) {
    if (ids.length > MAX_WHAT_IF_CHANGES)
      throw badInput(argument, `names ${ids.length} companies; at most ${MAX_WHAT_IF_CHANGES}`);
    for (const id of ids) if (!market.indexOf.has(id)) throw notFound('company', id);
  }
  for (const id of add) {
    if (id === query.focal) throw badInput('add', 'holds the focal company itself: a company is not its own partner');
    if (today.includes(id)) throw badInput('add', `holds "${id}", already an active partner of "${query.focal}"`);
  }
  for (const id of drop) {
    if (add.includes(id)) throw badInput('drop', `holds "${id}", which add holds too`);
    if (!today.includes(id))
      throw badInput('drop', `holds "${id}", which is not an active partner of "${query.focal}"`);
  }
  const hypothetical = [...today.filter((id) => !drop.includes(id)), ...add];
  const members = [...new Set([...today, ...add])].map((id) => [id, today.includes(id), hypothetical.includes(id)]);
  const [row] = await db.read('discovery/what-if', { focal: query.focal, members });
  if (!row) throw notFound('company', query.focal);
  const nameOf = (id: string) => market.companies[market.indexOf.get(id) ?? -1]?.name ?? id;
  const figures = whatIfFigures(
    {
      focal: query.focal,
      today,
      whatIf: hypothetical,
      marketCustomers: Number(row.marketCustomers),
      reachable: { today: Number(row.reachableToday ?? 0), whatIf: Number(row.reachableWhatIf ?? 0) },
      offers: row.offers.map(([id, name, category, partner]) => ({
        capability: { id, name, category } satisfies CapabilityRef,
        partner,
      })),
      rivals: row.rivals.map(String),
      rivalries: row.rivalries,
      partnersOfRivals: row.partnersOfRivals,
    },
    nameOf,
  );
  const byName = (ids: string[]) => [...ids].sort((x, y) => nameOf(x).localeCompare(nameOf(y)) || (x < y ? -1 : 1));
  return {
    ...figures,
    focalId: query.focal,
    partnerIds: byName(hypothetical),
    addedIds: byName(add),
    droppedIds: byName(drop),
  };
}
