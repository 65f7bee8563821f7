import type { DemoCustomer } from './demo-customers.ts';
import { MARKET_SLOTS, SIZE_ADOPTION, type MarketSlot, type VendorShare } from './demo-market.ts';
import type { AccountRow, CompetitorRow, Stage } from './model.ts';
import { createRandom, type Random } from './random.ts';

/** Pipeline sizes that differ from the default (a share of the customer base). */
const PIPELINE_OVERRIDES: Readonly<Record<string, number>> = {
  // A stealth start-up: prospects, but not a single paying customer yet.
  'driftwood-labs': 6,
  // Launched last week: nothing at all.
  'orbita-logistics': 0,
};

/** Share of a company's customer base that it is currently courting. */
const PIPELINE_SHARE = 0.1;

/**
 * The demo's accounts.csv rows: first every customer walks through the market
 * slots and picks its software (stage `customer`), then each company courts
 * shops that use a rival from one of its slots (stage `prospect` or
 * `opportunity`) — the warm introductions the population matrix is about.
 * Rows are grouped by company (in `companyIds` order), customers in list order.
 */
export function createDemoAccounts(
  seed: number,
  customers: readonly DemoCustomer[],
  companyIds: readonly string[],
  competitors: readonly CompetitorRow[],
): AccountRow[] {
  const random = createRandom(seed, 'demo-accounts');
  const stages = new Map<string, Map<number, Stage>>(companyIds.map((id) => [id, new Map()]));
  customers.forEach((customer, index) => {
    for (const company of chooseSoftware(random, customer)) stageOf(stages, company).set(index, 'customer');
  });
  addPipeline(createRandom(seed, 'demo-pipeline'), stages, rivalsOf(competitors), customers.length);
  return companyIds.flatMap((companyId) =>
    [...stageOf(stages, companyId)]
      .sort(([a], [b]) => a - b)
      .map(([index, stage]) => ({ company_id: companyId, customer_id: (customers[index] as DemoCustomer).id, stage })),
  );
}

function stageOf(stages: Map<string, Map<number, Stage>>, companyId: string): Map<number, Stage> {
  const byCustomer = stages.get(companyId);
  if (!byCustomer) throw new Error(`the market model names an unknown company: ${companyId}`);
  return byCustomer;
}

/** The companies one customer ends up using, slot by slot. */
function chooseSoftware(random: Random, customer: DemoCustomer): Set<string> {
  const used = new Set<string>();
  for (const slot of MARKET_SLOTS) {
    if (!random.chance(adoptionProbability(slot, customer, used))) continue;
    const first = chooseVendor(random, slot.vendors, customer, used);
    if (first) used.add(first);
    if (slot.secondVendor && random.chance(slot.secondVendor)) {
      const others = slot.vendors.filter((vendor) => vendor.company !== first);
      const second = others.length > 0 ? chooseVendor(random, others, customer, used) : null;
      if (second) used.add(second);
    }
  }
  return used;
}

function adoptionProbability(slot: MarketSlot, customer: DemoCustomer, used: Set<string>): number {
  // Slots everyone fills (a storefront, a way to take payments) ignore shop size.
  if (slot.adoption >= 1) return 1;
  const probability =
    slot.adoption *
    SIZE_ADOPTION[customer.size] *
    (slot.industries?.[customer.industry] ?? 1) *
    (slot.regions?.[customer.region] ?? 1) *
    affinity(slot.with, used);
  return Math.min(0.97, probability);
}

/** A vendor's company id, or null when the customer picks one outside the ecosystem or one it already uses. */
function chooseVendor(
  random: Random,
  vendors: readonly VendorShare[],
  customer: DemoCustomer,
  used: Set<string>,
): string | null {
  const weights = vendors.map(
    (vendor) =>
      vendor.weight *
      (vendor.industries?.[customer.industry] ?? 1) *
      (vendor.regions?.[customer.region] ?? 1) *
      affinity(vendor.with, used),
  );
  const company = random.weighted(vendors, weights).company;
  return company && !used.has(company) ? company : null;
}

function affinity(multipliers: Readonly<Record<string, number>> | undefined, used: Set<string>): number {
  if (!multipliers) return 1;
  let product = 1;
  for (const [company, multiplier] of Object.entries(multipliers)) if (used.has(company)) product *= multiplier;
  return product;
}

/** Each company courts customers of its rivals that it does not serve yet. */
function addPipeline(
  random: Random,
  stages: Map<string, Map<number, Stage>>,
  rivals: Map<string, Set<string>>,
  customerCount: number,
): void {
  const customersOf = (companyId: string): number[] =>
    [...(stages.get(companyId) ?? [])].filter(([, stage]) => stage === 'customer').map(([index]) => index);
  // Decide every pipeline from the customer bases alone, before any pipeline row exists.
  const pipelines = [...stages.keys()].map((companyId) => {
    const own = stageOf(stages, companyId);
    const size = PIPELINE_OVERRIDES[companyId] ?? Math.round(own.size * PIPELINE_SHARE) + 3;
    const pool = new Set<number>();
    for (const rival of rivals.get(companyId) ?? []) {
      for (const index of customersOf(rival)) if (!own.has(index)) pool.add(index);
    }
    // Without a rival in the ecosystem, a company prospects the whole market.
    if (pool.size === 0) for (let index = 0; index < customerCount; index++) if (!own.has(index)) pool.add(index);
    const candidates = [...pool].sort((a, b) => a - b);
    return { companyId, chosen: random.shuffled(candidates).slice(0, size) };
  });
  for (const { companyId, chosen } of pipelines) {
    const own = stageOf(stages, companyId);
    for (const index of chosen) own.set(index, random.chance(0.6) ? 'prospect' : 'opportunity');
  }
}

/** For each company, the others in one of its market slots or in a declared rivalry (either way). */
function rivalsOf(competitors: readonly CompetitorRow[]): Map<string, Set<string>> {
  const rivals = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    rivals.set(a, (rivals.get(a) ?? new Set()).add(b));
  };
  for (const slot of MARKET_SLOTS) {
    const companies = slot.vendors.flatMap((vendor) => (vendor.company ? [vendor.company] : []));
    for (const company of companies) for (const other of companies) link(company, other);
  }
  for (const { company_id, competitor_id } of competitors) {
    link(company_id, competitor_id);
    link(competitor_id, company_id);
  }
  return rivals;
}
