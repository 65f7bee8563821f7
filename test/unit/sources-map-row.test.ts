import { describe, expect, it } from 'vitest';
import { planFor, type FilePlan } from '../../api/sources/import-plan.ts';
import { mapRow } from '../../api/sources/map-row.ts';
import { readFixture } from '../fixtures/sources/read-fixture.ts';

/** The fixture's plan as detection writes it, and each of its rows mapped. */
function mapFixture(file: string, edit: Partial<FilePlan> = {}) {
  const fixture = readFixture(file);
  const plan = { ...planFor([fixture], { owner: 'Shopwell' }).files[0]!, ...edit };
  return fixture.rows.map((row) => mapRow(plan, row));
}

function planOf(file: string, headers: string[], edit: Partial<FilePlan> = {}): FilePlan {
  const [detected] = planFor([{ file, headers }]).files;
  if (!detected) throw new Error(`${file} is not recognised: the test means a file that is`);
  return { ...detected, ...edit };
}

describe('mapRow: the fixtures, row by row', () => {
  it('a HubSpot export: accounts at the stage of their lifecycle, the website for a missing domain, "Other" skipped', () => {
    expect(mapFixture('hubspot-companies.csv')).toEqual([
      {
        record: {
          role: 'crm-accounts',
          kind: 'account',
          account: {
            name: 'Acme, Inc.',
            domain: 'acme.com',
            sourceId: '5839201741',
            industry: 'Computer Software',
            region: 'United States',
            employees: 1200,
          },
          stage: 'customer',
        },
      },
      {
        record: {
          role: 'crm-accounts',
          kind: 'account',
          account: {
            name: 'Globex Corporation',
            domain: 'http://www.globex-corp.com',
            sourceId: '5839201742',
            industry: 'Machinery',
            region: 'Germany',
          },
          stage: 'opportunity',
        },
      },
      {
        record: {
          role: 'crm-accounts',
          kind: 'account',
          account: {
            name: 'Initech',
            domain: 'initech.io',
            sourceId: '5839201743',
            industry: 'Information Technology and Services',
            region: 'United Kingdom',
            employees: 51,
          },
          stage: 'prospect',
        },
      },
      { skipped: 'stage (Lifecycle Stage) is "Other", which the stage table skips' },
      {
        record: {
          role: 'crm-accounts',
          kind: 'account',
          account: {
            name: 'Hooli',
            domain: 'hooli.xyz',
            sourceId: '5839201745',
            industry: 'Internet',
            region: 'United States',
          },
          stage: 'prospect',
        },
      },
    ]);
  });

  it('a Salesforce report: customers, partners typed by the catalogue, a competitor, a prospect, "Other" skipped', () => {
    expect(mapFixture('salesforce-accounts.csv')).toEqual([
      {
        record: {
          role: 'crm-accounts',
          kind: 'account',
          account: {
            name: 'Acme, Inc.',
            domain: 'https://www.acme.com/',
            sourceId: '0015g00000AbCdEAAV',
            industry: 'Technology',
            region: 'United States',
            employees: 1200,
          },
          stage: 'customer',
        },
      },
      {
        record: {
          role: 'crm-accounts',
          kind: 'partner',
          partner: { name: 'Northwind Traders', domain: 'www.northwindtraders.com' },
          type: 'reseller',
          status: 'active',
        },
      },
      {
        record: {
          role: 'crm-accounts',
          kind: 'competitor',
          competitor: { name: 'Contoso Ltd', domain: 'contoso.com' },
        },
      },
      {
        record: {
          role: 'crm-accounts',
          kind: 'account',
          account: {
            name: 'Fabrikam GmbH',
            domain: 'http://fabrikam.de',
            sourceId: '0015g00000AbCdHAAV',
            industry: 'Manufacturing',
            region: 'Germany',
          },
          stage: 'prospect',
        },
      },
      {
        record: {
          role: 'crm-accounts',
          kind: 'partner',
          partner: { name: 'Tailspin Toys', domain: 'tailspintoys.com' },
          type: 'technology_integration',
          status: 'active',
        },
      },
      {
        record: {
          role: 'crm-accounts',
          kind: 'account',
          account: { name: 'Acme Europe', sourceId: '0015g00000AbCdJAAV', industry: 'Technology', region: 'Ireland' },
          stage: 'customer',
        },
      },
      { skipped: 'stage (Type) is "Other", which the stage table skips' },
    ]);
  });

  it('a BuiltWith list: every row a customer of the technology the plan names, with its detection dates', () => {
    expect(mapFixture('builtwith-list.csv', { vendor: 'Shopify Plus' })).toEqual([
      {
        record: {
          role: 'install-base',
          account: { name: 'Acme, Inc.', domain: 'acme.com' },
          vendor: { name: 'Shopify Plus' },
          stage: 'customer',
          firstSeen: '2019-05-01',
          lastSeen: '2024-04-28',
        },
      },
      {
        record: {
          role: 'install-base',
          account: { name: 'Initech', domain: 'shop.initech.io' },
          vendor: { name: 'Shopify Plus' },
          stage: 'customer',
          firstSeen: '2021-11-15',
          lastSeen: '2024-04-27',
        },
      },
      {
        record: {
          role: 'install-base',
          account: { domain: 'umbrella-health.com' },
          vendor: { name: 'Shopify Plus' },
          stage: 'customer',
          firstSeen: '2022-02-01',
          lastSeen: '2024-03-30',
        },
      },
    ]);
    expect(mapFixture('builtwith-list.csv')[0]).toEqual({
      problem: 'vendor: the file has no vendor column and the import plan names no "vendor" for its rows',
    });
  });

  it('an HG Insights-style export: the vendor from Vendor (not Product), first and last verified', () => {
    expect(mapFixture('hg-insights-install-base.csv')).toEqual([
      {
        record: {
          role: 'install-base',
          account: { name: 'Acme, Inc.', domain: 'acme.com' },
          vendor: { name: 'Salesforce' },
          stage: 'customer',
          firstSeen: '2018-06-01',
          lastSeen: '2024-03-31',
        },
      },
      {
        record: {
          role: 'install-base',
          account: { name: 'Acme, Inc.', domain: 'acme.com' },
          vendor: { name: 'Stripe' },
          stage: 'customer',
          firstSeen: '2020-01-15',
          lastSeen: '2024-04-02',
        },
      },
      {
        record: {
          role: 'install-base',
          account: { name: 'Globex Corporation', domain: 'globex-corp.com' },
          vendor: { name: 'HubSpot' },
          stage: 'customer',
          firstSeen: '2022-09-30',
          lastSeen: '2024-02-29',
        },
      },
    ]);
  });

  it('a Slintel-style export: the product as the vendor to match, a trial as an opportunity, a churned install skipped', () => {
    expect(mapFixture('slintel-technographics.csv')).toEqual([
      {
        record: {
          role: 'install-base',
          account: { name: 'Acme, Inc.', domain: 'https://www.acme.com/' },
          vendor: { name: 'Salesforce Sales Cloud' },
          stage: 'customer',
          firstSeen: '2023-04-01',
          lastSeen: '2024-03-31',
        },
      },
      {
        record: {
          role: 'install-base',
          account: { name: 'Initech', domain: 'http://initech.io' },
          vendor: { name: 'Zendesk Support' },
          stage: 'opportunity',
          firstSeen: '2024-02-01',
          lastSeen: '2024-04-01',
        },
      },
      { skipped: 'stage (Status) is "Churned", which the stage table skips' },
    ]);
  });

  it("a partner sheet: the owner's partnerships, typed by the catalogue, with their status and start", () => {
    expect(mapFixture('partner-sheet.csv')).toEqual([
      {
        record: {
          role: 'partner-sheet',
          partner: { name: 'Northwind Traders', domain: 'https://www.northwindtraders.com/' },
          type: 'reseller',
          status: 'active',
          since: '2021-09-01',
        },
      },
      {
        record: {
          role: 'partner-sheet',
          partner: { name: 'Tailspin Toys', domain: 'tailspintoys.com' },
          type: 'technology_integration',
          status: 'active',
          since: '2023-04-01',
        },
      },
      {
        record: {
          role: 'partner-sheet',
          partner: { name: 'Wide World Importers' },
          type: 'referral',
          status: 'proposed',
        },
      },
      {
        record: {
          role: 'partner-sheet',
          partner: { name: 'Proseware, Inc.', domain: 'proseware.com' },
          type: 'co_selling',
          status: 'ended',
          since: '2020-04-01',
        },
      },
      {
        record: {
          role: 'partner-sheet',
          partner: { name: 'Litware', domain: 'litware.io' },
          type: 'oem',
          status: 'active',
          since: '2023-04-01',
        },
      },
    ]);
  });

  it('a company directory: list cells split, employee counts read', () => {
    expect(mapFixture('company-directory.csv')).toEqual([
      {
        record: {
          role: 'company-directory',
          company: {
            name: 'Acme, Inc.',
            domain: 'https://www.acme.com/',
            employees: 1200,
            description: 'Hosted checkout for growing shops.',
          },
          capabilities: ['Checkout', 'Payments'],
          segments: ['SMB retail', 'Direct-to-consumer brands'],
          competitors: ['Globex Corporation', 'Initech'],
        },
      },
      {
        record: {
          role: 'company-directory',
          company: {
            name: 'Initech',
            domain: 'initech.io',
            employees: 126,
            description: 'Fraud screening for card payments, with chargeback handling.',
          },
          capabilities: ['Fraud screening', 'Chargebacks'],
          segments: ['Enterprise retail'],
          competitors: [],
        },
      },
      {
        record: {
          role: 'company-directory',
          company: { name: 'Hooli', domain: 'hooli.xyz', employees: 1200 },
          capabilities: ['Analytics'],
          segments: [],
          competitors: ['Acme'],
        },
      },
      {
        record: {
          role: 'company-directory',
          company: {
            name: 'Globex Corporation',
            domain: 'http://www.globex-corp.com',
            employees: 10000,
            description: 'Shipping software for marketplaces.',
          },
          capabilities: ['Shipping labels'],
          segments: ['Marketplaces', 'SMB retail'],
          competitors: [],
        },
      },
    ]);
  });
});

describe('mapRow: problems name our field, the header, and why', () => {
  const hubspot = planOf('hubspot.csv', [
    'Record ID',
    'Company name',
    'Company Domain Name',
    'Website URL',
    'Lifecycle Stage',
    'Number of Employees',
  ]);

  it('a row naming no organisation', () => {
    expect(
      mapRow(hubspot, {
        'Record ID': '1',
        'Company name': '',
        'Company Domain Name': ' ',
        'Website URL': '',
        'Lifecycle Stage': 'Customer',
      }),
    ).toEqual({
      problem:
        'name / domain / website (Company name, Company Domain Name, Website URL): empty, and a row must name its account by a name or a domain',
    });
    const partners = planOf('partners.csv', ['Partner', 'Partnership Type']);
    expect(mapRow(partners, { Partner: '', 'Partnership Type': 'Reseller' })).toEqual({
      problem:
        'partner / partnerDomain / partnerWebsite (Partner): empty, and a row must name its partner by a name or a domain',
    });
    const installs = planOf('installs.csv', ['Company', 'Technology']);
    expect(mapRow(installs, { Company: 'Acme', Technology: '' })).toEqual({
      problem:
        'vendor / product / vendorDomain (Technology): empty, and a row must name its vendor by a name or a domain',
    });
  });

  it('a stage the table does not have, with the values it has and where to add it', () => {
    expect(mapRow(hubspot, { 'Company name': 'Acme', 'Lifecycle Stage': 'Partner' })).toEqual({
      problem:
        'stage (Lifecycle Stage): "Partner" is not in the stage table, which has (empty), Subscriber, Lead, Marketing Qualified Lead, Sales Qualified Lead, Opportunity, Customer, Evangelist, Other; add it to "stages" in import-plan.json',
    });
  });

  it('an employee count, a date, a type or a status it cannot read', () => {
    expect(
      mapRow(hubspot, { 'Company name': 'Acme', 'Lifecycle Stage': 'customer', 'Number of Employees': 'about 50' }),
    ).toEqual({
      problem:
        'employees (Number of Employees): "about 50" is not a number of employees; write 1200, 1,200, 1.2k, 51-200 or 10000+',
    });
    const partners = planOf('partners.csv', ['Partner', 'Partnership Type', 'Status', 'Since']);
    const row = (type: string, status: string, since: string) =>
      mapRow(partners, { Partner: 'Litware', 'Partnership Type': type, Status: status, Since: since });
    expect(row('Gold', 'Active', '')).toEqual({
      problem: expect.stringMatching(
        /^type \(Partnership Type\): "Gold" is not a partnership type PartnerGraph knows; write one of Technology Partner, .*, Joint Bid, or a catalogue id \(referral, affiliate, .*strategic_alliance\)$/,
      ),
    });
    expect(row('', 'Active', '')).toEqual({
      problem: expect.stringMatching(/^type \(Partnership Type\): empty; write one of /),
    });
    expect(row('Reseller', 'Paused', '')).toEqual({
      problem:
        'status (Status): "Paused" is not a status PartnerGraph knows; write one of Active, Live, Signed, Current, Proposed, Prospect, Pending, In Discussion, Negotiating, Planned, Ended, Inactive, Terminated, Churned, Former, Expired (empty is active)',
    });
    expect(row('Reseller', 'Active', 'Q2 2023')).toEqual({
      problem:
        'since (Since): "Q2 2023" is not a date PartnerGraph reads; write 2023-04-01, 2023-04, 2023, 4/1/2023 (month first), 1.4.2023 (day first) or Apr 1, 2023',
    });
  });
});

describe('mapRow: the plan decides', () => {
  it("a person's stages replace the layout's table: a custom lifecycle stage becomes a referral partner", () => {
    const plan = planOf('hubspot.csv', ['Company name', 'Lifecycle Stage'], {
      stages: { Partner: 'partner:referral', Customer: 'customer' },
    });
    expect(mapRow(plan, { 'Company name': 'Litware', 'Lifecycle Stage': 'partner' })).toEqual({
      record: {
        role: 'crm-accounts',
        kind: 'partner',
        partner: { name: 'Litware' },
        type: 'referral',
        status: 'active',
      },
    });
    // The default table is gone: a lead is no longer known.
    expect(mapRow(plan, { 'Company name': 'Litware', 'Lifecycle Stage': 'Lead' })).toEqual({
      problem: expect.stringMatching(
        /^stage \(Lifecycle Stage\): "Lead" is not in the stage table, which has Partner, Customer;/,
      ),
    });
  });

  it('a CRM partner typed "Partner" or "Installation Partner" carries no catalogue type', () => {
    const plan = planOf('sf.csv', ['Account Name', 'Account Owner', 'Type']);
    for (const type of ['Partner', 'Installation Partner', 'Integrator']) {
      expect(mapRow(plan, { 'Account Name': 'Proseware', 'Account Owner': 'Sam', Type: type }), type).toEqual({
        record: { role: 'crm-accounts', kind: 'partner', partner: { name: 'Proseware' }, status: 'active' },
      });
    }
  });

  it('a file set to "ignore" skips every row; PartnerGraph\'s own files are not mapped here', () => {
    const ignored = planOf('hubspot.csv', ['Record ID', 'Company name'], { role: 'ignore' });
    expect(mapRow(ignored, { 'Company name': 'Acme' })).toEqual({
      skipped: 'hubspot.csv is set to "ignore" in the import plan',
    });
    const native = planOf('companies.csv', ['id', 'name']);
    expect(() => mapRow(native, { id: 'acme', name: 'Acme' })).toThrow(
      "companies.csv is PartnerGraph's own companies.csv: the importer reads it with its own specs, not mapRow",
    );
  });

  it('reads cells by the header as written, trims them, and leaves names and domains as written', () => {
    const plan = planOf('dir.csv', ['Company', 'Domain', 'Category']);
    expect(
      mapRow(plan, { Company: '  Acme, Inc.  ', Domain: ' HTTPS://WWW.ACME.COM/ ', Category: ' Checkout ' }),
    ).toEqual({
      record: {
        role: 'company-directory',
        company: { name: 'Acme, Inc.', domain: 'HTTPS://WWW.ACME.COM/' },
        capabilities: ['Checkout'],
        segments: [],
        competitors: [],
      },
    });
  });
});
