import type { CompetitorRow, PartnershipRow, PartnershipStatus, PartnershipType } from './model.ts';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from './model.ts';
import { createPowerLawSampler } from './power-law.ts';
import { createRandom, type Random } from './random.ts';
import type { SyntheticCompanies, SyntheticCompany } from './synthetic-companies.ts';

/** How many rivals a company declares: 0 to 4. */
const RIVAL_COUNT_WEIGHTS = [30, 30, 20, 12, 8];
/** Share of rivals found among companies with the same main capability. */
const SAME_MARKET_RIVALS = 0.85;

/** Declared rivalries, mostly within a main capability; some end up declared both ways by chance. */
export function createSyntheticCompetitors(seed: number, { companies }: SyntheticCompanies): CompetitorRow[] {
  const random = createRandom(seed, 'synthetic-competitors');
  const byMarket = new Map<string, number[]>();
  companies.forEach((company, index) => {
    byMarket.set(company.mainCapability, [...(byMarket.get(company.mainCapability) ?? []), index]);
  });
  const rows: CompetitorRow[] = [];
  companies.forEach((company, index) => {
    const market = byMarket.get(company.mainCapability) ?? [];
    const wanted = Math.min(random.weighted([0, 1, 2, 3, 4], RIVAL_COUNT_WEIGHTS), companies.length - 1);
    const rivals = new Set<number>();
    for (let attempt = 0; rivals.size < wanted && attempt < wanted * 10; attempt++) {
      const pool = market.length > 1 && random.chance(SAME_MARKET_RIVALS) ? market : null;
      const rival = pool ? random.pick(pool) : random.int(0, companies.length - 1);
      if (rival !== index) rivals.add(rival);
    }
    for (const rival of rivals) rows.push({ company_id: company.row.id, competitor_id: idOf(companies, rival) });
  });
  return rows;
}

const TYPE_WEIGHTS: Record<PartnershipType, number> = {
  referral: 18,
  affiliate: 12,
  reseller: 10,
  technology_integration: 30,
  co_marketing: 12,
  co_selling: 8,
  oem: 4,
  consortium: 2,
  strategic_alliance: 4,
};
const STATUS_WEIGHTS: Record<PartnershipStatus, number> = { proposed: 22, active: 62, ended: 16 };
/** Partnerships per company. */
const PARTNERSHIPS_PER_COMPANY = 1.5;

/** Partnerships of varied types and statuses; popular companies are in more of them. */
export function createSyntheticPartnerships(
  seed: number,
  { companies, byPopularity }: SyntheticCompanies,
): PartnershipRow[] {
  const random = createRandom(seed, 'synthetic-partnerships');
  if (companies.length < 2) return [];
  const popularity = createPowerLawSampler(companies.length, 0.7, 3);
  const drawCompany = (): number => byPopularity[popularity.draw(random)] ?? 0;
  const count = Math.round(companies.length * PARTNERSHIPS_PER_COMPANY);
  const width = Math.max(5, String(count).length);
  const rows: PartnershipRow[] = [];
  for (let index = 0; index < count; index++) {
    const type = random.weighted(
      PARTNERSHIP_TYPES,
      PARTNERSHIP_TYPES.map((t) => TYPE_WEIGHTS[t]),
    );
    const status = random.weighted(
      PARTNERSHIP_STATUSES,
      PARTNERSHIP_STATUSES.map((s) => STATUS_WEIGHTS[s]),
    );
    const size = type === 'consortium' ? Math.min(random.int(3, 5), companies.length) : 2;
    const parties = pickParties(random, companies, drawCompany, size);
    rows.push({
      id: `p-${String(index + 1).padStart(width, '0')}`,
      parties: parties.map((party) => idOf(companies, party)).join(';'),
      type,
      status,
      since: sinceDate(random, status),
    });
  }
  return rows;
}

/** Distinct parties; most partners bring a different main capability (complements, not rivals). */
function pickParties(
  random: Random,
  companies: readonly SyntheticCompany[],
  drawCompany: () => number,
  size: number,
): number[] {
  const parties = [drawCompany()];
  for (let attempt = 0; parties.length < size; attempt++) {
    // Past a few tries (tiny ecosystems) any other company will do.
    const candidate = attempt < 20 ? drawCompany() : random.int(0, companies.length - 1);
    if (parties.includes(candidate)) continue;
    const sameMarket = parties.some(
      (party) => companies[party]?.mainCapability === companies[candidate]?.mainCapability,
    );
    if (sameMarket && attempt < 20 && random.chance(0.7)) continue;
    parties.push(candidate);
  }
  return parties;
}

const DAY_MS = 86_400_000;
const SINCE_RANGES: Record<PartnershipStatus, readonly [string, string]> = {
  proposed: ['2024-01-01', '2025-06-30'],
  active: ['2010-01-01', '2025-06-30'],
  ended: ['2010-01-01', '2023-12-31'],
};

/** Proposed deals are recent; the others started any time since 2010, ended ones before 2024. */
function sinceDate(random: Random, status: PartnershipStatus): string {
  const [from, to] = SINCE_RANGES[status];
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS);
  return new Date(start + random.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

function idOf(companies: readonly SyntheticCompany[], index: number): string {
  const company = companies[index];
  if (!company) throw new Error(`no company at index ${index}`);
  return company.row.id;
}
