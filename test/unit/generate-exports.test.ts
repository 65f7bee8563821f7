import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../scripts/ecosystem/cli-options.ts';
import { createRandom } from '../../scripts/ecosystem/random.ts';
import type { ExportTruth } from '../../scripts/ecosystem/exports/export-truth.ts';
import { writeLargeInstallBase } from '../../scripts/ecosystem/exports/large-install-base.ts';
import { looseName } from '../../scripts/ecosystem/exports/loose-name.ts';
import {
  DOMAIN_FORMS,
  LEGAL_SUFFIXES,
  NAME_VARIATIONS,
  spellDomain,
  spellName,
  type NameVariation,
} from '../../scripts/ecosystem/exports/spellings.ts';
import { EXPORT_FILES, TRUTH_FILE, writeExports } from '../../scripts/ecosystem/exports/write-exports.ts';
import { readFixture } from '../fixtures/sources/read-fixture.ts';

/**
 * The generator of exports with known truth (scripts/ecosystem/exports/): its spellings change how
 * an organisation is written and never which one it is; its files have the tools' own headers; its
 * truth says what each line of them names; its hazards are there in the shares it promises.
 */
const scratch = mkdtempSync(join(tmpdir(), 'generate-exports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const NAMES = [
  "Marta's Pantry",
  'The Copper Kettle Bakery',
  'Amber & Birch',
  'Café Crème Coffee Roasters',
  'Hartley, Moss & Co.',
  'Oak Hi-Fi',
  'Zoë’s Closet',
  'Sol y Luna Boutique',
  'Kettle and Crane',
];

describe('spellings', () => {
  it('write every variation exports show, and each keeps the organisation’s name under the generator’s loose reading', () => {
    const random = createRandom(7, 'spellings');
    const seen = new Map<NameVariation, number>();
    let unchanged = 0;
    let total = 0;
    for (let round = 0; round < 400; round += 1) {
      for (const name of NAMES) {
        const { text, variations } = spellName(random, name);
        total += 1;
        if (variations.length === 0) {
          unchanged += 1;
          expect(text).toBe(name);
        }
        expect(looseName(text), `${name} → ${text}`).toBe(looseName(name));
        for (const variation of variations) seen.set(variation, (seen.get(variation) ?? 0) + 1);
        if (variations.includes('legal-suffix'))
          expect(LEGAL_SUFFIXES.some((suffix) => text.toLowerCase().endsWith(suffix.toLowerCase()))).toBe(true);
        if (variations.includes('upper-case')) expect(text).toBe(text.toUpperCase());
        if (variations.includes('lower-case')) expect(text).toBe(text.toLowerCase());
        if (variations.includes('accents-dropped')) expect(text).not.toMatch(/[éèêëöüç]/i);
        if (variations.includes('the-dropped')) expect(text).not.toMatch(/^the /i);
        if (variations.includes('the-added')) expect(text).toMatch(/^the /i);
        if (variations.includes('and-for-ampersand')) expect(text).not.toContain('&');
        if (variations.includes('ampersand-for-and')) expect(text).toContain('&');
        if (variations.includes('curly-apostrophe')) expect(text).toContain('’');
      }
    }
    expect([...seen.keys()].sort()).toEqual([...NAME_VARIATIONS].sort());
    // Most records are written some other way, some exactly as the market names them.
    expect(unchanged / total).toBeGreaterThan(0.2);
    expect(unchanged / total).toBeLessThan(0.6);
  });

  it('never put a comma in a name meant for a list cell', () => {
    const random = createRandom(3, 'commas');
    for (let round = 0; round < 2_000; round += 1)
      expect(spellName(random, 'Paydrift', { commas: false }).text).not.toContain(',');
  });

  it('write domains in every form people type, each holding the domain', () => {
    const random = createRandom(5, 'domains');
    const seen = new Set<string>();
    for (let round = 0; round < 300; round += 1) {
      const { text, form } = spellDomain(random, 'martaspantry.co.uk');
      seen.add(form);
      expect(text.toLowerCase()).toContain('martaspantry.co.uk');
      const shapes = {
        bare: /^martaspantry\.co\.uk$/,
        'https-www': /^https:\/\/www\.martaspantry\.co\.uk\/$/,
        'http-path': /^http:\/\/martaspantry\.co\.uk\/./,
        'upper-case': /^MARTASPANTRY\.CO\.UK$/,
        www: /^www\.martaspantry\.co\.uk$/,
        email: /^[a-z]+@martaspantry\.co\.uk$/,
      };
      expect(text).toMatch(shapes[form]);
    }
    expect([...seen].sort()).toEqual([...DOMAIN_FORMS].sort());
  });
});

type Row = Record<string, string>;

describe('a folder of exports', { timeout: 60_000 }, () => {
  let folder: string;
  let truth: ExportTruth;
  const rows = new Map<string, Row[]>();
  beforeAll(() => {
    folder = join(scratch, 'exports');
    writeExports(folder);
    truth = JSON.parse(readFileSync(join(folder, TRUTH_FILE), 'utf8')) as ExportTruth;
    for (const file of Object.values(EXPORT_FILES))
      rows.set(file, parse(readFileSync(join(folder, file), 'utf8'), { columns: true }) as Row[]);
  }, 60_000);
  /** The record a truth entry is about: data rows start on line 2 (no cell breaks a line). */
  const record = (file: string, line: number): Row => rows.get(file)![line - 2]!;

  it('has each tool’s header row exactly as the tool writes it', () => {
    const fixtureOf: Record<string, string> = {
      [EXPORT_FILES.hubspot]: 'hubspot-companies.csv',
      [EXPORT_FILES.salesforce]: 'salesforce-accounts.csv',
      [EXPORT_FILES.installBase]: 'hg-insights-install-base.csv',
      [EXPORT_FILES.partners]: 'partner-sheet.csv',
      [EXPORT_FILES.directory]: 'company-directory.csv',
    };
    for (const [file, fixture] of Object.entries(fixtureOf)) {
      const [header] = parse(readFileSync(join(folder, file), 'utf8'), { to_line: 1 }) as string[][];
      expect(header, file).toEqual(readFixture(fixture).headers);
    }
    expect(readdirSync(folder).sort()).toEqual(
      [...Object.values(EXPORT_FILES), 'README.md', 'import-plan.json', TRUTH_FILE].sort(),
    );
    // The Salesforce report is another company's: the plan says whose, as a person writes it after --plan.
    const plan = JSON.parse(readFileSync(join(folder, 'import-plan.json'), 'utf8'));
    expect(plan).toMatchObject({ owner: 'Shopwell', files: [{ file: EXPORT_FILES.salesforce, owner: 'Paydrift' }] });
  });

  it('is told by its truth: each record names, by name and website, the organisation the truth says', () => {
    const nameCell: Record<string, (row: Row, role: string, nth: number) => [name: string, website: string]> = {
      [EXPORT_FILES.hubspot]: (row) => [row['Company name']!, row['Company Domain Name'] || row['Website URL']!],
      [EXPORT_FILES.salesforce]: (row) => [row['Account Name']!, row.Website!],
      [EXPORT_FILES.installBase]: (row, role) =>
        role === 'vendor' ? [row.Vendor!, ''] : [row['Company Name']!, row.Domain!],
      [EXPORT_FILES.partners]: (row) => [row.Partner!, row.Website!],
      [EXPORT_FILES.directory]: (row, role, nth) =>
        role === 'competitor' ? [row.Competitors!.split('; ')[nth]!, ''] : [row.Company!, row.Website!],
    };
    for (const [file, mentions] of Object.entries(truth.mentions)) {
      expect(truth.files[file]!.rows).toBe(rows.get(file)!.length);
      let previous = { line: 0, role: '', nth: 0 };
      for (const [line, role, key, naming] of mentions) {
        const nth = previous.line === line && previous.role === role ? previous.nth + 1 : 0;
        previous = { line, role, nth };
        const organisation = truth.organisations[key]!;
        const [name, website] = nameCell[file]!(record(file, line), role, nth);
        expect(looseName(name), `${file}:${line} ${role}`).toBe(looseName(organisation.name));
        if (naming === 'domain') expect(website.toLowerCase(), `${file}:${line}`).toContain(organisation.domain);
        if (naming === 'name-only') expect(website, `${file}:${line}`).toBe('');
        if (naming === 'free-mail') expect(website, `${file}:${line}`).toMatch(/(^|@)gmail\.com$/);
      }
    }
    // Every data row of every file is told about.
    for (const [file, fileRows] of rows)
      expect(new Set(truth.mentions[file]!.map(([line]) => line)).size, file).toBe(fileRows.length);
  });

  it('states each account once, at the stage its file means by the tool’s own words (docs/import.md)', () => {
    const accounts = new Map(truth.accounts.map(([company, customer, stage]) => [`${company}|${customer}`, stage]));
    expect(accounts.size).toBe(truth.accounts.length);
    const hubspot = (value: string) =>
      /^(customer|evangelist)$/i.test(value) ? 'customer' : /^opportunity$/i.test(value) ? 'opportunity' : 'prospect';
    const salesforce = (value: string) =>
      /^customer/i.test(value) ? 'customer' : value === 'Pending' ? 'opportunity' : 'prospect';
    const check = (file: string, cell: string, meaning: (value: string) => string) => {
      const owner = truth.files[file]!.owner!;
      for (const [line, role, key] of truth.mentions[file]!) {
        if (role === 'account')
          expect(accounts.get(`${owner}|${key}`), `${file}:${line}`).toBe(meaning(record(file, line)[cell]!));
      }
    };
    check(EXPORT_FILES.hubspot, 'Lifecycle Stage', hubspot);
    check(EXPORT_FILES.salesforce, 'Type', salesforce);
    const accountOnLine = new Map<number, string>();
    for (const [line, role, key] of truth.mentions[EXPORT_FILES.installBase]!)
      if (role === 'account') accountOnLine.set(line, key);
    for (const [line, role, key] of truth.mentions[EXPORT_FILES.installBase]!) {
      if (role === 'vendor') expect(accounts.get(`${key}|${accountOnLine.get(line)}`), `line ${line}`).toBe('customer');
    }
  });

  it('holds the hazards in the shares promised: a fifth without a domain, a few gmail.com websites, twins that are ambiguous', () => {
    const { hazards } = truth;
    expect(hazards.customerRecordsWithoutDomain / hazards.customerRecords).toBeGreaterThan(0.18);
    expect(hazards.customerRecordsWithoutDomain / hazards.customerRecords).toBeLessThan(0.24);
    expect(hazards.freeMailRecords).toBeGreaterThan(20);
    expect(hazards.freeMailRecords / hazards.customerRecords).toBeLessThan(0.02);
    expect(hazards.lookalikeGroups).toHaveLength(10);
    for (const group of hazards.lookalikeGroups) {
      const [original, twin] = group.map((key) => truth.organisations[key]!);
      expect(twin!.name).toBe(original!.name);
      expect(twin!.domain).not.toBe(original!.domain);
      expect(original!.ambiguous && twin!.ambiguous).toBe(true);
    }
    for (const form of ['bare', 'https-www', 'http-path', 'upper-case', 'www', 'email', 'free-mail'])
      expect(hazards.domainForms[form], form).toBeGreaterThan(0);
    // Every variation but one: no name of the demo market spells "and" out, so none can become "&".
    for (const variation of NAME_VARIATIONS.filter((variation) => variation !== 'ampersand-for-and'))
      expect(hazards.nameVariations[variation], variation).toBeGreaterThan(0);
  });

  it('is the same for the same seed, and another for another', () => {
    const again = join(scratch, 'again');
    const other = join(scratch, 'other');
    writeExports(again);
    writeExports(other, { seed: 7 });
    for (const file of [...Object.values(EXPORT_FILES), TRUTH_FILE]) {
      expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(folder, file), 'utf8'));
    }
    expect(readFileSync(join(other, EXPORT_FILES.installBase), 'utf8')).not.toBe(
      readFileSync(join(folder, EXPORT_FILES.installBase), 'utf8'),
    );
  });

  it('does not ask the importer: no module of the generator imports the matcher or the source readers', () => {
    const directory = join(import.meta.dirname, '../../scripts/ecosystem/exports');
    for (const file of readdirSync(directory)) {
      const imports = [...readFileSync(join(directory, file), 'utf8').matchAll(/from '([^']+)'/g)].map(
        (match) => match[1]!,
      );
      expect(
        imports.filter((path) => /api\/(matching|sources|import)\//.test(path)),
        file,
      ).toEqual([]);
    }
  });
});

describe('a large install-base list', { timeout: 60_000 }, () => {
  it('has the rows and accounts asked for, vendor counts that add up, a fifth of accounts (and rows) without a domain, and one spelling per account', () => {
    const folder = join(scratch, 'large');
    const truth = writeLargeInstallBase(folder, { seed: 3, accounts: 3_000, rows: 20_000, vendors: 20 });
    const rows = parse(readFileSync(join(folder, truth.file), 'utf8'), { columns: true }) as Row[];
    expect(rows).toHaveLength(20_000);
    expect(truth).toMatchObject({ rows: 20_000, accounts: 3_000 });
    expect(JSON.parse(readFileSync(join(folder, TRUTH_FILE), 'utf8'))).toEqual(truth);
    expect(truth.vendors.reduce((sum, vendor) => sum + vendor.customers, 0)).toBe(20_000);
    const perVendor = new Map<string, number>();
    for (const row of rows) perVendor.set(row.Vendor!, (perVendor.get(row.Vendor!) ?? 0) + 1);
    expect(Object.fromEntries(perVendor)).toEqual(
      Object.fromEntries(truth.vendors.map((vendor) => [vendor.name, vendor.customers])),
    );
    // Popularity: a few vendors hold most accounts.
    expect(Math.max(...perVendor.values())).toBeGreaterThan(3 * Math.min(...perVendor.values()));
    const withoutDomain = rows.filter((row) => row.Domain === '').length;
    expect(withoutDomain).toBe(truth.rowsWithoutDomain);
    expect(withoutDomain / rows.length).toBeGreaterThan(0.17);
    expect(withoutDomain / rows.length).toBeLessThan(0.23);
    // An account has its domain in all its rows or in none: one matching key, however many rows.
    const domainsOf = new Map<string, Set<string>>();
    for (const row of rows)
      domainsOf.set(row['Company Name']!, (domainsOf.get(row['Company Name']!) ?? new Set()).add(row.Domain!));
    expect([...domainsOf.values()].every((domains) => domains.size === 1)).toBe(true);
    // Accounts: distinct names, each written one way, each with one domain; no account twice with a vendor.
    const names = new Set(rows.map((row) => row['Company Name']!));
    expect(names.size).toBe(3_000);
    expect(new Set([...names].map(looseName)).size).toBe(3_000);
    expect(new Set(rows.map((row) => `${row['Company Name']}|${row.Vendor}`)).size).toBe(20_000);
    expect(() => writeLargeInstallBase(folder, { seed: 3, accounts: 10, rows: 1_000, vendors: 20 })).toThrow(
      /vendors an account/,
    );
  });
});

describe('command line', () => {
  it('asks for exports of the demo market with --exports, and for a large install base with --customers and --links', () => {
    expect(parseGenerateArgs(['--out', 'x', '--exports'])).toEqual({ mode: 'exports', out: 'x', seed: undefined });
    expect(
      parseGenerateArgs(['--out', 'x', '--exports', '--customers', '100,000', '--links', '1_000_000', '--seed', '2']),
    ).toEqual({
      mode: 'install-base',
      out: 'x',
      accounts: 100_000,
      rows: 1_000_000,
      vendors: 40,
      seed: 2,
    });
    expect(
      parseGenerateArgs(['--out', 'x', '--exports', '--customers', '10', '--links', '50', '--companies', '8']),
    ).toMatchObject({ vendors: 8 });
    expect(() => parseGenerateArgs(['--out', 'x', '--exports', '--customers', '10'])).toThrow(/--links/);
    expect(() => parseGenerateArgs(['--out', 'x', '--exports', '--companies', '10'])).toThrow(/--customers/);
    expect(() => parseGenerateArgs(['--out', 'x', '--exports', '--demo'])).toThrow(/--demo/);
    // The ecosystem's own options are as they were.
    expect(parseGenerateArgs(['--out', 'x'])).toEqual({ mode: 'demo', out: 'x', seed: undefined });
  });
});
