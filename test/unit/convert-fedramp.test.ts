import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertMarketplace } from '../../scripts/fedramp/convert.ts';
import { renderCsvFiles } from '../../scripts/fedramp/csv-files.ts';
import { renderDataFolder } from '../../scripts/fedramp/data-folder.ts';
import { domainFromWebsite } from '../../scripts/fedramp/domains.ts';
import type { MarketplaceInput, ProductInput } from '../../scripts/fedramp/marketplace-schema.ts';
import { competitorRows } from '../../scripts/fedramp/rivalries.ts';
import { firstSentence } from '../../scripts/fedramp/text.ts';
import { normaliseVendorName } from '../../scripts/fedramp/vendor-names.ts';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sourceExport = resolve(repositoryRoot, 'data/sources/fedramp-marketplace/data.json');
const committedFolder = resolve(repositoryRoot, 'data/fedramp');

/** A product with only the fields every test needs; the rest comes from `fields`. */
function product(
  fields: Partial<ProductInput> &
    Pick<ProductInput, 'Cloud_Service_Provider_Name' | 'Cloud_Service_Provider_Package' | 'Package_ID'>,
): ProductInput {
  return { Designation: 'Compliant', Service_Model: ['SaaS'], ...fields };
}

function marketplace(products: ProductInput[]): MarketplaceInput {
  return { meta: { Created_At: '2026-08-22T04:40:51.791Z' }, data: { Providers: products } };
}

/**
 * Two vendors, five products. Acme is spelled three ways ("Acme, Inc.", "ACME Inc",
 * "Acme LLC."); Beta two ("Beta Corporation", "Beta Corp.").
 */
const excerpt = marketplace([
  product({
    Cloud_Service_Provider_Name: 'Acme, Inc.',
    Cloud_Service_Provider_Package: 'Acme Identity Cloud',
    Package_ID: 'F0001',
    Service_Model: ['PaaS, SaaS'],
    Impact_Level: 'Moderate',
    Deployment_Model: 'Government Community Cloud',
    Original_Authorization_Date: '2019-03-04T05:00:00.000Z',
    Sponsoring_Agency: 'JAB Authorization',
    Authorizing_Agency: 'JAB Authorization',
    CSP_Website: 'https://www.acme.com/gov',
    CSO_Description: 'Acme Identity Cloud provides **single sign-on** for agencies. It also ships dashboards.',
    Leveraged_ATO_Letters: [
      { Authorizing_Agency: 'Department of Energy', Include_In_Marketplace: 'Y' },
      { Authorizing_Agency: 'Deparment of Commerce', Include_In_Marketplace: 'Y' },
    ],
  }),
  product({
    Cloud_Service_Provider_Name: 'ACME Inc',
    Cloud_Service_Provider_Package: 'Acme Records',
    Package_ID: 'F0002',
    Designation: 'In Process',
    Impact_Level: 'High',
    Deployment_Model: 'Government Community Cloud',
    Sponsoring_Agency: 'Department of Energy',
    Authorizing_Agency: 'Department of Energy',
    Underlying_CSP_Package_ID: ['F0001'], // Acme on Acme: no partnership
    CSO_Description: 'A records service. Nightly backups keep records safe.',
  }),
  product({
    Cloud_Service_Provider_Name: 'Acme LLC.',
    Cloud_Service_Provider_Package: 'Acme Insight',
    Package_ID: 'F0003',
    Designation: 'In Process',
    Impact_Level: 'Moderate',
    Deployment_Model: 'Hybrid Cloud',
    Sponsoring_Agency: 'Department of Labor',
    CSO_Description: 'Acme Insight is a reporting tool. Analytics dashboards for managers.',
  }),
  product({
    Cloud_Service_Provider_Name: 'Beta Corporation',
    Cloud_Service_Provider_Package: 'Beta Mail',
    Package_ID: 'FR0004',
    Impact_Level: 'LI-SaaS',
    Deployment_Model: 'Public Cloud',
    Original_Authorization_Date: '2021-06-01T04:00:00.000Z',
    Sponsoring_Agency: 'Department of Labor',
    Authorizing_Agency: 'Joint Authorization Board',
    Underlying_CSP_Package_ID: ['F0001', '0002'], // "0002" lacks its prefix: F0002
    CSP_Website: 'beta.example.co.uk/mail',
    CSO_Description: 'Beta Mail is secure email for government. It works with identity providers.',
    Leveraged_ATO_Letters: [{ Authorizing_Agency: 'Department of Energy', Include_In_Marketplace: 'Y' }],
  }),
  product({
    Cloud_Service_Provider_Name: 'Beta Corp.',
    Cloud_Service_Provider_Package: 'Beta Ready',
    Package_ID: 'F0005',
    Designation: 'FedRAMP Ready',
    Service_Model: [],
    Sponsoring_Agency: 'Department of State',
    Underlying_CSP_Package_ID: ['F9999'], // no such package
  }),
]);

describe('convertMarketplace on a hand-written excerpt', () => {
  const { tables, report } = convertMarketplace(excerpt);

  it('merges vendor spellings that differ by suffix or case into one company', () => {
    // Acme: normalised spellings "Acme" ×2, "ACME" ×1 → "Acme"; Beta: "Beta" ×2.
    expect(tables.companies).toEqual([
      {
        id: 'acme',
        name: 'Acme',
        domain: 'acme.com',
        employees: '',
        description:
          'FedRAMP products: Acme Identity Cloud; Acme Insight; Acme Records. ' +
          'Acme Identity Cloud provides single sign-on for agencies.',
      },
      {
        id: 'beta',
        name: 'Beta',
        domain: 'example.co.uk',
        employees: '',
        description: 'FedRAMP products: Beta Mail; Beta Ready. Beta Mail is secure email for government.',
      },
    ]);
    expect([...report.mergedVendorNames.keys()]).toEqual(['acme', 'beta']);
  });

  it('turns agencies into customers, skipping the JAB and fixing typos', () => {
    expect(tables.customers.map((customer) => customer.id)).toEqual([
      'department-of-commerce', // from "Deparment of Commerce"
      'department-of-energy',
      'department-of-labor',
      'department-of-state',
    ]);
    expect(tables.customers[0]).toEqual({
      id: 'department-of-commerce',
      name: 'Department of Commerce',
      industry: 'Federal government',
      region: 'United States',
    });
  });

  it('keeps the strongest stage per vendor and agency', () => {
    expect(tables.accounts).toEqual([
      { company_id: 'acme', customer_id: 'department-of-commerce', stage: 'customer' }, // letter of a Compliant product
      { company_id: 'acme', customer_id: 'department-of-energy', stage: 'customer' }, // customer (F0001) beats opportunity (F0002)
      { company_id: 'acme', customer_id: 'department-of-labor', stage: 'opportunity' }, // In Process only
      { company_id: 'beta', customer_id: 'department-of-energy', stage: 'customer' },
      { company_id: 'beta', customer_id: 'department-of-labor', stage: 'customer' },
      { company_id: 'beta', customer_id: 'department-of-state', stage: 'prospect' }, // FedRAMP Ready
    ]);
  });

  it('levels capabilities: name or first sentence (or the only match) is core, the rest secondary', () => {
    expect(tables.capabilities).toEqual([
      // Analytics: secondary in F0001 (second sentence) but core in F0003 (its only match) → core.
      { company_id: 'acme', capability: 'Analytics', level: 'core', category: 'data' },
      // Identity: in F0001's name and first sentence.
      { company_id: 'acme', capability: 'Identity', level: 'core', category: 'security' },
      { company_id: 'acme', capability: 'PaaS', level: 'secondary', category: 'service model' },
      { company_id: 'acme', capability: 'SaaS', level: 'secondary', category: 'service model' },
      // Storage: "backups", second sentence of F0002, but its only match.
      { company_id: 'acme', capability: 'Storage', level: 'core', category: 'infrastructure' },
      { company_id: 'beta', capability: 'Communications', level: 'core', category: 'productivity' },
      // Identity: only in Beta Mail's second sentence, next to a central Communications.
      { company_id: 'beta', capability: 'Identity', level: 'secondary', category: 'security' },
      { company_id: 'beta', capability: 'SaaS', level: 'secondary', category: 'service model' },
    ]);
  });

  it('derives segments from impact level and deployment model', () => {
    expect(tables.segments).toEqual([
      { company_id: 'acme', segment: 'FedRAMP High' },
      { company_id: 'acme', segment: 'FedRAMP Moderate' },
      { company_id: 'acme', segment: 'Government community cloud' },
      { company_id: 'acme', segment: 'Hybrid cloud' },
      { company_id: 'beta', segment: 'FedRAMP LI-SaaS' },
      { company_id: 'beta', segment: 'Public cloud' },
    ]);
  });

  it('links vendors that run on each other once per pair, never to themselves', () => {
    // Beta Mail runs on F0001 and (repaired) F0002, both Acme's: one partnership, dated by
    // Beta Mail's authorisation. Acme Records on Acme Identity Cloud is a self-pair.
    expect(tables.partnerships).toEqual([
      {
        id: 'runs-on-acme--beta',
        parties: 'acme;beta',
        type: 'technology_integration',
        status: 'active',
        since: '2021-06-01',
      },
    ]);
    expect(report.repairedReferences).toEqual(['FR0004 → 0002']);
    expect(report.unresolvedReferences).toEqual(['F0005 → F9999']);
  });

  it('writes exactly the columns of the import format, header first', () => {
    const files = renderCsvFiles(tables);
    const headers = [...files].map(([file, text]) => `${file}: ${text.split('\n')[0]}`);
    expect(headers).toEqual([
      'companies.csv: id,name,domain,employees,description',
      'customers.csv: id,name,industry,region',
      'accounts.csv: company_id,customer_id,stage',
      'capabilities.csv: company_id,capability,level,category',
      'segments.csv: company_id,segment',
      'competitors.csv: company_id,competitor_id',
      'partnerships.csv: id,parties,type,status,since',
    ]);
    expect(files.get('competitors.csv')).toBe('company_id,competitor_id\n'); // no hyperscalers here
    expect(files.get('partnerships.csv')).toBe(
      'id,parties,type,status,since\nruns-on-acme--beta,acme;beta,technology_integration,active,2021-06-01\n',
    );
  });

  it('rejects an export that is not one, naming the field', () => {
    expect(() => convertMarketplace({ meta: { Created_At: 'x' }, data: { Providers: [{ Package_ID: 1 }] } })).toThrow(
      /Package_ID/,
    );
  });
});

describe('helpers', () => {
  it.each([
    ['Zoom Video Communications, LLC', 'Zoom Video Communications'],
    ['Xtec, Incorporated', 'Xtec'],
    ['SRR International,Inc.', 'SRR International'],
    ['Foo L.L.C.', 'Foo'],
    ['Acme Co., Ltd.', 'Acme'],
    ['Bizagi Corp.', 'Bizagi'],
    ['Absolute Software ', 'Absolute Software'],
    ['Sirsi Corporation (SirsiDynix)', 'Sirsi Corporation (SirsiDynix)'], // suffix not trailing
    ['Cisco', 'Cisco'], // "co" inside a word is not a suffix
    ['Co.', 'Co'], // a name that is only a suffix keeps it; only the trailing dot goes
  ])('normaliseVendorName(%j) is %j', (raw, expected) => {
    expect(normaliseVendorName(raw)).toBe(expected);
  });

  it.each([
    ['https://www.cisco.com/go/fedramp', 'cisco.com'],
    ['cloud.oracle.com/public-sector-cloud', 'oracle.com'],
    [' www.getwellnetwork.com', 'getwellnetwork.com'],
    ['beta.example.co.uk', 'example.co.uk'],
    ['See Service Description', undefined],
    [undefined, undefined],
  ])('domainFromWebsite(%j) is %j', (website, expected) => {
    expect(domainFromWebsite(website)).toBe(expected);
  });

  it('finds the first sentence past initials and abbreviations', () => {
    expect(firstSentence('Built for U.S. agencies by M.C. Dean, Inc. in 2020. More text.')).toBe(
      'Built for U.S. agencies by M.C. Dean, Inc. in 2020.',
    );
    expect(firstSentence('**Citrix for Government** is comprised of:\r**Citrix Cloud**')).toBe(
      'Citrix for Government is comprised of:',
    );
  });

  it('declares rivalries only among companies present, once per pair', () => {
    expect(competitorRows(new Set(['microsoft', 'amazon', 'acme']))).toEqual([
      { company_id: 'amazon', competitor_id: 'microsoft' },
    ]);
  });
});

describe('the committed data/fedramp folder', () => {
  it('is what the converter produces from the export kept in data/sources', () => {
    const conversion = convertMarketplace(JSON.parse(readFileSync(sourceExport, 'utf8')));
    const licence = readFileSync(join(dirname(sourceExport), 'LICENSE.md'), 'utf8');
    const expected = renderDataFolder(conversion, licence);
    expect(readdirSync(committedFolder).sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) {
      // One file at a time, so a failure names the stale file.
      expect({ file, content: readFileSync(join(committedFolder, file), 'utf8') }).toEqual({
        file,
        content,
      });
    }
  });
});
