import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_TYPES } from '../../api/domain/partnership-types.ts';
import { IMPORT_FILES } from '../../api/import/import-files.ts';
import { comparable } from '../../api/sources/comparable.ts';
import { LAYOUTS } from '../../api/sources/layouts.ts';
import { planFor, type FilePlan } from '../../api/sources/import-plan.ts';
import { mapRow } from '../../api/sources/map-row.ts';
import { NATIVE_FILES } from '../../api/sources/native-files.ts';
import {
  PARTNER_STATUS_WORDS,
  PARTNER_TYPE_WORDS,
  partnershipStatusOf,
  partnershipTypeOf,
} from '../../api/sources/partnership-words.ts';
import {
  HUBSPOT_LIFECYCLE_STAGES,
  INSTALL_STATUSES,
  SALESFORCE_ACCOUNT_TYPES,
  type StageTable,
} from '../../api/sources/stage-tables.ts';

/**
 * Every entry of every table is exercised by at least one example written here by hand, as a person or
 * an export would write the value, with what it must become. The last test of each group fails when a
 * table gains an entry no example covers.
 */
function covers(table: Readonly<Record<string, unknown>> | readonly string[], examples: readonly string[]): string[] {
  const written = new Set(examples.map(comparable));
  const entries = Array.isArray(table) ? table : Object.keys(table);
  return entries.filter((entry) => !written.has(comparable(entry)));
}

function plan(file: string, headers: string[]): FilePlan {
  return planFor([{ file, headers }]).files[0]!;
}

/** What a stage value makes of a row: the record's stage or kind (and partner type), or `skip`. */
function outcome(filePlan: FilePlan, row: Record<string, string>): string {
  const mapped = mapRow(filePlan, row);
  if ('skipped' in mapped) return 'skip';
  if ('problem' in mapped) return `problem: ${mapped.problem}`;
  const record = mapped.record as { kind?: string; stage?: string; type?: string };
  if (record.kind === 'partner') return record.type ? `partner:${record.type}` : 'partner';
  return record.kind === 'competitor' ? 'competitor' : record.stage!;
}

describe('stage tables', () => {
  const hubspot = plan('hubspot.csv', ['Record ID', 'Company name', 'Lifecycle Stage']);
  const hubspotExamples: [string, string][] = [
    ['', 'prospect'],
    ['subscriber', 'prospect'],
    ['Lead', 'prospect'],
    ['marketingqualifiedlead', 'prospect'], // HubSpot's internal value
    ['Marketing Qualified Lead', 'prospect'], // its label
    ['Sales Qualified Lead', 'prospect'],
    ['salesqualifiedlead', 'prospect'],
    ['opportunity', 'opportunity'],
    ['CUSTOMER', 'customer'],
    ['evangelist', 'customer'],
    ['Other', 'skip'],
  ];
  it('HubSpot lifecycle stages, internal values and labels', () => {
    for (const [value, expected] of hubspotExamples) {
      expect(outcome(hubspot, { 'Company name': 'Acme', 'Lifecycle Stage': value }), value).toBe(expected);
    }
    expect(
      covers(
        HUBSPOT_LIFECYCLE_STAGES,
        hubspotExamples.map(([value]) => value),
      ),
    ).toEqual([]);
  });

  const salesforce = plan('salesforce.csv', ['Account ID', 'Account Name', 'Type']);
  const salesforceExamples: [string, string][] = [
    ['', 'prospect'],
    ['Prospect', 'prospect'],
    ['Pending', 'opportunity'],
    ['Customer - Direct', 'customer'],
    ['Customer - Channel', 'customer'],
    ['Customer', 'customer'],
    ['Channel Partner / Reseller', 'partner:reseller'],
    ['Reseller', 'partner:reseller'],
    ['Distributor', 'partner:reseller'],
    ['Technology Partner', 'partner:technology_integration'],
    ['Installation Partner', 'partner'],
    ['Integrator', 'partner'],
    ['Partner', 'partner'],
    ['Competitor', 'competitor'],
    ['Analyst', 'skip'],
    ['Investor', 'skip'],
    ['Press', 'skip'],
    ['Other', 'skip'],
  ];
  it('Salesforce account types: customers, partners typed by the catalogue, competitors, the rest skipped', () => {
    for (const [value, expected] of salesforceExamples) {
      expect(outcome(salesforce, { 'Account Name': 'Acme', Type: value }), value).toBe(expected);
    }
    expect(
      covers(
        SALESFORCE_ACCOUNT_TYPES,
        salesforceExamples.map(([value]) => value),
      ),
    ).toEqual([]);
  });

  const installs = plan('installs.csv', ['Company', 'Vendor', 'Status']);
  const installExamples: [string, string][] = [
    ['', 'customer'],
    ['current', 'customer'],
    ['Customer', 'customer'],
    ['Active', 'customer'],
    ['installed', 'customer'],
    ['Live', 'customer'],
    ['Evaluating', 'opportunity'],
    ['evaluation', 'opportunity'],
    ['Trial', 'opportunity'],
    ['POC', 'opportunity'],
    ['Pilot', 'opportunity'],
    ['Prospect', 'prospect'],
    ['Churned', 'skip'],
    ['former', 'skip'],
    ['Removed', 'skip'],
    ['Inactive', 'skip'],
  ];
  it('install-base statuses: current installs are customers, trials opportunities, former installs skipped', () => {
    for (const [value, expected] of installExamples)
      expect(outcome(installs, { Company: 'Acme', Vendor: 'Stripe', Status: value }), value).toBe(expected);
    expect(
      covers(
        INSTALL_STATUSES,
        installExamples.map(([value]) => value),
      ),
    ).toEqual([]);
  });

  it('no table has two entries that compare equal', () => {
    for (const table of [HUBSPOT_LIFECYCLE_STAGES, SALESFORCE_ACCOUNT_TYPES, INSTALL_STATUSES] as StageTable[]) {
      const keys = Object.keys(table).map(comparable);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('partner sheet words', () => {
  const typeExamples: [string, string][] = [
    ['Technology Partner', 'technology_integration'],
    ['technology', 'technology_integration'],
    ['Tech partner', 'technology_integration'],
    ['Integration', 'technology_integration'],
    ['integration partner', 'technology_integration'],
    ['ISV', 'technology_integration'],
    ['Tech alliance', 'technology_integration'],
    ['Technology Alliance', 'technology_integration'],
    ['Reseller', 'reseller'],
    ['VAR', 'reseller'],
    ['Value-added reseller', 'reseller'],
    ['Distributor', 'reseller'],
    ['Channel', 'reseller'],
    ['Channel partner', 'reseller'],
    ['Referral', 'referral'],
    ['Referral partner', 'referral'],
    ['Co-marketing', 'co_marketing'],
    ['co marketing', 'co_marketing'],
    ['Marketing', 'co_marketing'],
    ['Marketing partner', 'co_marketing'],
    ['Co-sell', 'co_selling'],
    ['Co-selling', 'co_selling'],
    ['Co-sell partner', 'co_selling'],
    ['OEM', 'oem'],
    ['White label', 'oem'],
    ['white-label partner', 'oem'],
    ['Strategic', 'strategic_alliance'],
    ['Alliance', 'strategic_alliance'],
    ['Strategic alliance', 'strategic_alliance'],
    ['Strategic partner', 'strategic_alliance'],
    ['Affiliate', 'affiliate'],
    ['Affiliate partner', 'affiliate'],
    ['Consortium', 'consortium'],
    ['Joint bid', 'consortium'],
  ];

  it('maps free-text partnership types to catalogue ids', () => {
    for (const [word, id] of typeExamples) expect(partnershipTypeOf(word), word).toBe(id);
    expect(
      covers(
        Object.values(PARTNER_TYPE_WORDS).flat(),
        typeExamples.map(([word]) => word),
      ),
    ).toEqual([]);
  });

  it("also takes the catalogue's own ids and names, and nothing else", () => {
    for (const type of PARTNERSHIP_TYPES) {
      expect(partnershipTypeOf(type.id)).toBe(type.id);
      expect(partnershipTypeOf(type.name)).toBe(type.id);
    }
    expect(partnershipTypeOf('Gold partner')).toBeUndefined();
    expect(partnershipTypeOf('')).toBeUndefined();
  });

  it('no word means two types', () => {
    const meaning = new Map<string, string>();
    for (const [id, words] of Object.entries(PARTNER_TYPE_WORDS)) {
      for (const word of words) {
        expect(meaning.get(comparable(word)) ?? id, word).toBe(id);
        meaning.set(comparable(word), id);
      }
    }
  });

  const statusExamples: [string, string][] = [
    ['', 'active'],
    ['Active', 'active'],
    ['live', 'active'],
    ['Signed', 'active'],
    ['Current', 'active'],
    ['Proposed', 'proposed'],
    ['prospect', 'proposed'],
    ['Pending', 'proposed'],
    ['In discussion', 'proposed'],
    ['Negotiating', 'proposed'],
    ['planned', 'proposed'],
    ['Ended', 'ended'],
    ['Inactive', 'ended'],
    ['Terminated', 'ended'],
    ['churned', 'ended'],
    ['Former', 'ended'],
    ['Expired', 'ended'],
  ];
  it('maps statuses to active, proposed and ended; an empty status is active', () => {
    for (const [word, status] of statusExamples) expect(partnershipStatusOf(word), word).toBe(status);
    expect(
      covers(
        Object.values(PARTNER_STATUS_WORDS).flat(),
        statusExamples.map(([word]) => word),
      ),
    ).toEqual([]);
    expect(partnershipStatusOf('Paused')).toBeUndefined();
  });
});

describe("PartnerGraph's own files", () => {
  it("are the importer's files, with the importer's columns and required columns (customers.csv may add domain)", () => {
    expect(NATIVE_FILES.map((native) => native.file)).toEqual(IMPORT_FILES.map(({ spec }) => spec.file));
    for (const { spec } of IMPORT_FILES) {
      const native = NATIVE_FILES.find((candidate) => candidate.file === spec.file)!;
      expect(native.required, spec.file).toEqual(spec.required);
      expect(
        spec.columns.filter((column) => !native.columns.includes(column)),
        spec.file,
      ).toEqual([]);
      // Until the importer reads customers.csv's domain, this module is one column ahead of it.
      const ahead = spec.file === 'customers.csv' && !spec.columns.includes('domain') ? ['domain'] : [];
      expect(
        native.columns.filter((column) => !spec.columns.includes(column)),
        spec.file,
      ).toEqual(ahead);
    }
  });
});

describe('docs/import.md', () => {
  const docs = readFileSync(new URL('../../docs/import.md', import.meta.url), 'utf8');

  it('lists every header spelling of every layout, and every value of every table', () => {
    const missing: string[] = [];
    for (const definition of LAYOUTS) {
      for (const spellings of Object.values(definition.synonyms as Record<string, string[]>)) {
        for (const spelling of spellings)
          if (!docs.includes(`\`${spelling}\``)) missing.push(`${definition.layout}: \`${spelling}\``);
      }
      for (const alternatives of definition.signature)
        for (const header of alternatives)
          if (!docs.includes(`\`${header}\``)) missing.push(`${definition.layout} signature: ${header}`);
    }
    const words = [
      ...[HUBSPOT_LIFECYCLE_STAGES, SALESFORCE_ACCOUNT_TYPES, INSTALL_STATUSES].flatMap((table) => Object.keys(table)),
      ...Object.values(PARTNER_TYPE_WORDS).flat(),
      ...Object.values(PARTNER_STATUS_WORDS).flat(),
    ].filter((word) => word !== '');
    for (const word of words) if (!docs.includes(word)) missing.push(word);
    expect(missing).toEqual([]);
  });
});
