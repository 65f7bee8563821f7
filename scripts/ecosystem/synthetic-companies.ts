import { CAPABILITY_NAMES, categoryOf, type CapabilityName } from './capability-catalogue.ts';
import { SEGMENTS } from './markets.ts';
import type { CapabilityLevel, CapabilityRow, CompanyRow, SegmentRow } from './model.ts';
import { createPowerLawSampler } from './power-law.ts';
import { createRandom, type Random } from './random.ts';
import { brandName, companyName } from './synthetic-names.ts';

/** A synthetic company as the rest of the generator needs it. */
export interface SyntheticCompany {
  row: CompanyRow;
  /** Its first, core capability: rivals are mostly found among companies sharing it. */
  mainCapability: CapabilityName;
  capabilities: ReadonlyArray<{ name: CapabilityName; level: CapabilityLevel }>;
  segments: readonly string[];
}

/** The companies and the order of their popularity (index 0 = the biggest hub). */
export interface SyntheticCompanies {
  companies: SyntheticCompany[];
  /** Company indexes from most to least popular (bigger firms win more customers and deals). */
  byPopularity: Int32Array;
}

/** How many capabilities a company offers: 1 to 6, mostly few. */
const CAPABILITY_COUNT_WEIGHTS = [28, 26, 20, 13, 8, 5];

export function createSyntheticCompanies(seed: number, count: number): SyntheticCompanies {
  const random = createRandom(seed, 'synthetic-companies');
  // Some capabilities are crowded markets, others niches: main capabilities follow a power law.
  const crowdedFirst = random.shuffled(CAPABILITY_NAMES);
  const mainSampler = createPowerLawSampler(crowdedFirst.length, 0.9, 2);
  const width = Math.max(5, String(count).length);
  const companies: SyntheticCompany[] = [];
  for (let index = 0; index < count; index++) {
    const mainCapability = crowdedFirst[mainSampler.draw(random)] as CapabilityName;
    const id = `co-${String(index + 1).padStart(width, '0')}`;
    companies.push(createCompany(random, id, mainCapability));
  }
  return { companies, byPopularity: popularityOrder(random, companies) };
}

function createCompany(random: Random, id: string, mainCapability: CapabilityName): SyntheticCompany {
  const brand = brandName(random);
  const name = companyName(random, brand, categoryOf(mainCapability));
  const segments = pickDistinct(random, SEGMENTS, random.int(1, 3));
  const capabilities = pickCapabilities(random, mainCapability);
  const row: CompanyRow = {
    id,
    name,
    domain: `${brand.toLowerCase()}.${random.pick(['com', 'io', 'co', 'net', 'app'])}`,
    employees: random.chance(0.05) ? undefined : employeeCount(random),
    description: describe(random, name, mainCapability, segments[0] ?? 'online merchants'),
  };
  return { row, mainCapability, capabilities, segments };
}

/** Log-normal head counts: median ~120, a few firms in the tens of thousands. */
function employeeCount(random: Random): number {
  const gaussian = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.min(50_000, Math.max(3, Math.round(Math.exp(Math.log(120) + 1.5 * gaussian))));
}

function describe(random: Random, name: string, capability: CapabilityName, segment: string): string {
  // A few descriptions carry quotes and commas so importers meet RFC 4180 quoting at scale too.
  if (random.chance(0.03)) return `"${capability}, simplified", by ${name}. Focus: ${segment}.`;
  return `${name} offers ${inSentence(capability)}. Focus: ${segment}.`;
}

/** Lower-cases words mid-sentence but keeps acronyms ("SMS Marketing" → "SMS marketing"). */
function inSentence(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => (/^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

function pickCapabilities(random: Random, main: CapabilityName): SyntheticCompany['capabilities'] {
  const total = random.weighted([1, 2, 3, 4, 5, 6], CAPABILITY_COUNT_WEIGHTS);
  const chosen = new Set<CapabilityName>([main]);
  const sameCategory = CAPABILITY_NAMES.filter((name) => categoryOf(name) === categoryOf(main));
  while (chosen.size < total) {
    // Half of the extras stay near the main business (a payments firm adds payouts, not payroll).
    const pool = random.chance(0.5) ? sameCategory : CAPABILITY_NAMES;
    chosen.add(random.pick(pool));
  }
  return [...chosen].map((name, index) => ({
    name,
    level: index === 0 || random.chance(0.15) ? 'core' : 'secondary',
  }));
}

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  return random.shuffled(items).slice(0, count);
}

/** Bigger companies tend to be more popular, with enough noise that size is not destiny. */
function popularityOrder(random: Random, companies: readonly SyntheticCompany[]): Int32Array {
  const keys = companies.map((company) => Math.log(company.row.employees ?? 50) + 5 * random.next());
  const order = [...keys.keys()].sort((a, b) => (keys[b] ?? 0) - (keys[a] ?? 0) || a - b);
  return Int32Array.from(order);
}

export function capabilityRows(companies: readonly SyntheticCompany[]): CapabilityRow[] {
  return companies.flatMap((company) =>
    company.capabilities.map(({ name, level }) => ({
      company_id: company.row.id,
      capability: name,
      level,
      category: categoryOf(name),
    })),
  );
}

export function segmentRows(companies: readonly SyntheticCompany[]): SegmentRow[] {
  return companies.flatMap((company) => company.segments.map((segment) => ({ company_id: company.row.id, segment })));
}
