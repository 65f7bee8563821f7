import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../scripts/ecosystem/cli-options.ts';
import { FOCAL_COMPANY_ID } from '../../scripts/ecosystem/demo-catalogue.ts';
import { writeDemoEcosystem } from '../../scripts/ecosystem/demo.ts';
import {
  CAPABILITY_LEVELS,
  CSV_FILES,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  STAGES,
  type CsvTable,
} from '../../scripts/ecosystem/model.ts';
import { writeSyntheticEcosystem, type SyntheticOptions } from '../../scripts/ecosystem/synthetic.ts';

const DEMO_FOLDER = join(import.meta.dirname, '../../data/demo');
const scratch = mkdtempSync(join(tmpdir(), 'generate-ecosystem-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folderCount = 0;
function freshFolder(): string {
  return join(scratch, String(folderCount++));
}

type Row = Record<string, string>;
type Tables = Record<CsvTable, Row[]>;

/** Parses every file of a data folder, checking each header row against the import format's columns. */
function readTables(folder: string): Tables {
  const tables = {} as Tables;
  for (const table of Object.keys(CSV_FILES) as CsvTable[]) {
    const { file, columns } = CSV_FILES[table];
    const text = readFileSync(join(folder, file), 'utf8');
    const [header] = parse(text, { to_line: 1 }) as string[][];
    expect(header, file).toEqual([...columns]);
    tables[table] = parse(text, { columns: true }) as Row[];
  }
  return tables;
}

function readCsvFiles(folder: string): Record<string, string> {
  const files = readdirSync(folder).filter((file) => file.endsWith('.csv'));
  return Object.fromEntries(files.sort().map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
}

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/**
 * Every rule the importer enforces (known ids, valid enums and dates, no
 * duplicate accounts), as a list of problems so a failure names the rows.
 */
function importProblems(tables: Tables): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string): void => void (ok || problems.push(problem));
  const companyIds = new Set(tables.companies.map((row) => row.id ?? ''));
  const customerIds = new Set(tables.customers.map((row) => row.id ?? ''));
  check(companyIds.size === tables.companies.length, 'duplicate company ids');
  check(customerIds.size === tables.customers.length, 'duplicate customer ids');
  for (const { id, employees } of tables.companies) check(/^(\d+)?$/.test(employees ?? ''), `employees of ${id}`);

  const accountKeys = new Set<string>();
  for (const { company_id = '', customer_id = '', stage = '' } of tables.accounts) {
    check(companyIds.has(company_id) && customerIds.has(customer_id), `account ${company_id} → ${customer_id}`);
    check((STAGES as readonly string[]).includes(stage), `stage ${stage}`);
    accountKeys.add(`${company_id}|${customer_id}`);
  }
  check(accountKeys.size === tables.accounts.length, 'duplicate (company, customer) rows');

  // One capability name, one category: the importer keys capabilities by the name's slug.
  const categoryOf = new Map<string, string>();
  for (const { company_id = '', capability = '', level = '', category = '' } of tables.capabilities) {
    check(companyIds.has(company_id), `capability of unknown ${company_id}`);
    check((CAPABILITY_LEVELS as readonly string[]).includes(level), `level ${level}`);
    check((categoryOf.get(capability) ?? category) === category, `two categories for ${capability}`);
    categoryOf.set(capability, category);
  }
  for (const { company_id = '' } of tables.segments)
    check(companyIds.has(company_id), `segment of unknown ${company_id}`);
  for (const { company_id = '', competitor_id = '' } of tables.competitors) {
    check(companyIds.has(company_id) && companyIds.has(competitor_id), `rivalry ${company_id} → ${competitor_id}`);
    check(company_id !== competitor_id, `${company_id} competes with itself`);
  }
  check(
    new Set(tables.partnerships.map((row) => row.id)).size === tables.partnerships.length,
    'duplicate partnership ids',
  );
  for (const { id, parties = '', type = '', status = '', since = '' } of tables.partnerships) {
    const members = parties.split(';');
    check(members.length >= 2 && new Set(members).size === members.length, `parties of ${id}`);
    check(
      members.every((party) => companyIds.has(party)),
      `unknown party in ${id}`,
    );
    check((PARTNERSHIP_TYPES as readonly string[]).includes(type), `type ${type}`);
    check((PARTNERSHIP_STATUSES as readonly string[]).includes(status), `status ${status}`);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(since) && new Date(`${since}T00:00:00Z`).toISOString().startsWith(since);
    check(valid, `since ${since} of ${id}`);
  }
  return problems;
}

describe('command line', () => {
  it('writes the demo by default and a synthetic ecosystem with --companies', () => {
    expect(parseGenerateArgs(['--out', 'x'])).toEqual({ mode: 'demo', out: 'x', seed: undefined });
    expect(parseGenerateArgs(['--out', 'x', '--companies', '10_000', '--customers', '200,000', '--seed', '3'])).toEqual(
      {
        mode: 'synthetic',
        out: 'x',
        companies: 10_000,
        customers: 200_000,
        links: undefined,
        seed: 3,
      },
    );
  });

  it('rejects a missing folder, bad numbers and mixed modes', () => {
    expect(() => parseGenerateArgs([])).toThrow(/--out/);
    expect(() => parseGenerateArgs(['--out', 'x', '--companies', 'many'])).toThrow(/--companies/);
    expect(() => parseGenerateArgs(['--out', 'x', '--companies', '0'])).toThrow(/--companies/);
    expect(() => parseGenerateArgs(['--out', 'x', '--demo', '--companies', '5'])).toThrow(/--demo/);
  });
});

describe('synthetic ecosystem', () => {
  // Small enough for a unit test, big enough for the power law to show.
  const options: SyntheticOptions = { companies: 200, customers: 2_000, links: 10_000, seed: 7 };
  const folder = freshFolder();
  let summary: ReturnType<typeof writeSyntheticEcosystem>;
  let tables: Tables;
  beforeAll(() => {
    summary = writeSyntheticEcosystem(folder, options);
    tables = readTables(folder);
  });

  it('writes exactly the requested sizes', () => {
    expect(summary).toMatchObject({ companies: 200, customers: 2_000, accounts: 10_000 });
    expect(tables.companies).toHaveLength(200);
    expect(tables.customers).toHaveLength(2_000);
    expect(tables.accounts).toHaveLength(10_000);
  });

  it('is importable: known ids, valid enums and dates, no duplicate accounts', () => {
    expect(importProblems(tables)).toEqual([]);
  });

  it('gives byte-identical files for the same arguments and different ones for another seed', () => {
    const again = freshFolder();
    writeSyntheticEcosystem(again, options);
    expect(readCsvFiles(again)).toEqual(readCsvFiles(folder));

    const otherSeed = freshFolder();
    writeSyntheticEcosystem(otherSeed, { ...options, seed: 8 });
    const [other, original] = [readCsvFiles(otherSeed), readCsvFiles(folder)];
    expect(other['accounts.csv']).not.toBe(original['accounts.csv']);
    expect(other['companies.csv']).not.toBe(original['companies.csv']);
  });

  it('is skewed: the top company has many times the median company’s links, and some customers are hubs', () => {
    const perCompany = countBy(tables.accounts.map((row) => row.company_id ?? ''));
    const companyLinks = tables.companies.map((row) => perCompany.get(row.id ?? '') ?? 0);
    expect(Math.max(...companyLinks)).toBeGreaterThan(10 * Math.max(median(companyLinks), 1));

    const customerLinks = [...countBy(tables.accounts.map((row) => row.customer_id ?? '')).values()];
    expect(Math.max(...customerLinks)).toBeGreaterThan(8 * median(customerLinks));
  });

  it('gives each company 1–6 capabilities, one core at least, and a segment', () => {
    const capabilities = countBy(tables.capabilities.map((row) => row.company_id ?? ''));
    const withCore = new Set(tables.capabilities.filter((row) => row.level === 'core').map((row) => row.company_id));
    for (const { id = '' } of tables.companies) {
      expect(capabilities.get(id)).toBeGreaterThanOrEqual(1);
      expect(capabilities.get(id)).toBeLessThanOrEqual(6);
      expect(withCore.has(id)).toBe(true);
    }
    expect(new Set(tables.segments.map((row) => row.company_id)).size).toBe(200);
  });

  it('declares rivals mostly among companies sharing a core capability, and uses every partnership type', () => {
    const core = new Map<string, Set<string>>();
    for (const { company_id = '', capability = '', level } of tables.capabilities) {
      if (level === 'core') core.set(company_id, (core.get(company_id) ?? new Set()).add(capability));
    }
    const sameMarket = tables.competitors.filter(({ company_id = '', competitor_id = '' }) =>
      [...(core.get(company_id) ?? [])].some((capability) => core.get(competitor_id)?.has(capability)),
    );
    expect(sameMarket.length / tables.competitors.length).toBeGreaterThan(0.7);
    expect(new Set(tables.partnerships.map((row) => row.type))).toEqual(new Set(PARTNERSHIP_TYPES));
    expect(new Set(tables.partnerships.map((row) => row.status))).toEqual(new Set(PARTNERSHIP_STATUSES));
  });
});

describe('committed demo ecosystem (data/demo)', () => {
  let tables: Tables;
  let customersOf: Map<string, Set<string>>;
  beforeAll(() => {
    tables = readTables(DEMO_FOLDER);
    // C(X): the customers X serves with stage `customer`.
    customersOf = new Map(tables.companies.map((row) => [row.id ?? '', new Set<string>()]));
    for (const { company_id = '', customer_id = '', stage } of tables.accounts) {
      if (stage === 'customer') customersOf.get(company_id)?.add(customer_id);
    }
  });

  const paying = (company: string): Set<string> => customersOf.get(company) ?? new Set();
  const shared = (a: string, b: string): number => [...paying(a)].filter((customer) => paying(b).has(customer)).length;
  const competes = (a: string, b: string): boolean =>
    tables.competitors.some(
      (row) => (row.company_id === a && row.competitor_id === b) || (row.company_id === b && row.competitor_id === a),
    );
  const activePartnersOf = (company: string): string[] =>
    tables.partnerships
      .filter((row) => row.status === 'active')
      .map((row) => (row.parties ?? '').split(';'))
      .filter((parties) => parties.includes(company))
      .flat()
      .filter((party) => party !== company);
  const coreOf = (company: string): string[] =>
    tables.capabilities
      .filter((row) => row.company_id === company && row.level === 'core')
      .map((row) => row.capability ?? '');
  const candidates = (): string[] =>
    tables.companies.map((row) => row.id ?? '').filter((id) => id !== FOCAL_COMPANY_ID);

  it('is what the generator writes today (regenerate: npx tsx scripts/generate-ecosystem.ts --out data/demo)', () => {
    const regenerated = freshFolder();
    writeDemoEcosystem(regenerated);
    expect(readCsvFiles(regenerated)).toEqual(readCsvFiles(DEMO_FOLDER));
  });

  it('is importable: known ids, valid enums and dates, no duplicate accounts', () => {
    expect(importProblems(tables)).toEqual([]);
  });

  it('has about 60 companies of realistic size, with names that need care', () => {
    expect(tables.companies.length).toBeGreaterThanOrEqual(55);
    expect(tables.companies.length).toBeLessThanOrEqual(65);
    expect(tables.companies.map((row) => row.id)).toContain(FOCAL_COMPANY_ID);
    const employees = tables.companies.flatMap((row) => (row.employees ? [Number(row.employees)] : []));
    expect(Math.min(...employees)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...employees)).toBeGreaterThanOrEqual(10_000);
    expect(Math.max(...employees)).toBeLessThanOrEqual(20_000);
    expect(tables.companies.length - employees.length, 'companies of unknown size').toBeGreaterThanOrEqual(2);
    expect(tables.companies.some((row) => /\P{ASCII}/u.test(row.name ?? ''))).toBe(true);
    expect(tables.companies.some((row) => /[",]/.test(row.description ?? ''))).toBe(true);
  });

  it('has thousands of customers across industries and regions, mostly paying', () => {
    expect(tables.customers.length).toBeGreaterThanOrEqual(2_500);
    expect(new Set(tables.customers.map((row) => row.industry)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(tables.customers.map((row) => row.region))).toEqual(
      new Set(['North America', 'EMEA', 'APAC', 'LATAM']),
    );
    const stages = countBy(tables.accounts.map((row) => row.stage ?? ''));
    expect((stages.get('customer') ?? 0) / tables.accounts.length).toBeGreaterThan(0.8);
    expect(stages.get('prospect')).toBeGreaterThan(0);
    expect(stages.get('opportunity')).toBeGreaterThan(0);
  });

  it('is skewed: hubs with 800+ customers, a long tail, companies without customers, shops with many vendors', () => {
    const sizes = candidates()
      .concat(FOCAL_COMPANY_ID)
      .map((id) => paying(id).size);
    expect(sizes.filter((size) => size >= 800).length).toBeGreaterThanOrEqual(3);
    expect(sizes.filter((size) => size > 0 && size < 60).length).toBeGreaterThanOrEqual(5);
    expect(sizes.filter((size) => size === 0).length).toBeGreaterThanOrEqual(2);
    const vendorsPerCustomer = [...countBy(tables.accounts.map((row) => row.customer_id ?? '')).values()];
    expect(Math.max(...vendorsPerCustomer)).toBeGreaterThanOrEqual(12);
  });

  it('has every partnership type and status, and a consortium of three', () => {
    expect(new Set(tables.partnerships.map((row) => row.type))).toEqual(new Set(PARTNERSHIP_TYPES));
    expect(new Set(tables.partnerships.map((row) => row.status))).toEqual(new Set(PARTNERSHIP_STATUSES));
    const consortia = tables.partnerships.filter((row) => row.type === 'consortium');
    expect(consortia.some((row) => (row.parties ?? '').split(';').length === 3)).toBe(true);
  });

  it('declares some rivalries both ways and some one way only', () => {
    const declared = new Set(tables.competitors.map((row) => `${row.company_id}|${row.competitor_id}`));
    const mutual = tables.competitors.filter((row) => declared.has(`${row.competitor_id}|${row.company_id}`));
    expect(mutual.length).toBeGreaterThan(0);
    expect(mutual.length).toBeLessThan(tables.competitors.length);
  });

  it('gives the focal company a complementary candidate with many shared customers', () => {
    // Kudoswell (reviews) shares no core capability with Shopwell (storefront) but over 100 customers.
    expect(coreOf('kudoswell').some((capability) => coreOf(FOCAL_COMPANY_ID).includes(capability))).toBe(false);
    expect(shared(FOCAL_COMPANY_ID, 'kudoswell')).toBeGreaterThanOrEqual(100);
  });

  it('has declared rivals with a high customer overlap', () => {
    // Funnelcraft's automation sits on top of Mailorchard's email, yet Mailorchard names it a rival.
    expect(competes('mailorchard', 'funnelcraft')).toBe(true);
    expect(shared('mailorchard', 'funnelcraft') / paying('funnelcraft').size).toBeGreaterThan(0.4);
  });

  it('has a channel conflict: a candidate actively partnered with a competitor of the focal company', () => {
    const conflicts = candidates().flatMap((candidate) =>
      activePartnersOf(candidate)
        .filter((partner) => competes(FOCAL_COMPANY_ID, partner))
        .map((partner) => `${candidate} via ${partner}`),
    );
    expect(conflicts).toContain('mailorchard via cartwright');
  });

  it('has a partner conflict: an active partner of the focal company competes with a candidate', () => {
    const conflicts = activePartnersOf(FOCAL_COMPANY_ID).flatMap((partner) =>
      candidates()
        .filter((candidate) => competes(candidate, partner))
        .map((candidate) => `${candidate} via ${partner}`),
    );
    expect(conflicts).toContain('paydrift via tillwise');
  });
});
