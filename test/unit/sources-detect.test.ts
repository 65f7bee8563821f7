import { describe, expect, it } from 'vitest';
import { detectFile, placeColumns } from '../../api/sources/detect-file.ts';
import { LAYOUTS } from '../../api/sources/layouts.ts';
import { NATIVE_FILES } from '../../api/sources/native-files.ts';
import { readFixture } from '../fixtures/sources/read-fixture.ts';

const detectFixture = (file: string) => {
  const { headers } = readFixture(file);
  return detectFile(file, headers);
};

describe('detectFile: exports as the tools write them', () => {
  it('knows a HubSpot companies export by Record ID, Company name and Lifecycle Stage, and places its columns', () => {
    expect(detectFixture('hubspot-companies.csv')).toEqual({
      file: 'hubspot-companies.csv',
      role: 'crm-accounts',
      layout: 'hubspot-companies',
      columns: {
        sourceId: 'Record ID',
        name: 'Company name',
        domain: 'Company Domain Name',
        website: 'Website URL',
        stage: 'Lifecycle Stage',
        industry: 'Industry',
        region: 'Country/Region',
        employees: 'Number of Employees',
      },
      unplaced: [
        'Company owner',
        'Create Date',
        'Phone Number',
        'City',
        'State/Region',
        'Annual Revenue',
        'Last Activity Date',
      ],
      confidence: 'certain',
      why: 'HubSpot companies export: Record ID, Company name, Lifecycle Stage',
    });
  });

  it("takes HubSpot's default view (no Lifecycle Stage) as likely, and says every account will be a prospect", () => {
    const detection = detectFixture('hubspot-companies-default-view.csv');
    expect(detection).toMatchObject({ role: 'crm-accounts', layout: 'hubspot-companies', confidence: 'likely' });
    expect(detection.why).toBe(
      'HubSpot companies export: Company name, Record ID, Company owner; no Lifecycle Stage column, so every account is a prospect (the stage of an empty lifecycle stage) unless the plan says otherwise',
    );
  });

  it('knows a Salesforce accounts report by Account Name, Type and Account ID or Owner', () => {
    expect(detectFixture('salesforce-accounts.csv')).toMatchObject({
      role: 'crm-accounts',
      layout: 'salesforce-accounts',
      confidence: 'certain',
      columns: {
        sourceId: 'Account ID',
        name: 'Account Name',
        website: 'Website',
        stage: 'Type',
        industry: 'Industry',
        region: 'Billing Country',
        employees: 'Employees',
      },
      why: 'Salesforce accounts report: Account Name, Type, Account ID',
    });
    // The report's default columns (no Account ID): the owner stands in.
    const defaults = [
      'Account Owner',
      'Account Name',
      'Billing State/Province',
      'Type',
      'Rating',
      'Last Activity',
      'Last Modified Date',
    ];
    expect(detectFile('accounts-report.csv', defaults)).toMatchObject({
      layout: 'salesforce-accounts',
      confidence: 'certain',
      why: 'Salesforce accounts report: Account Name, Type, Account Owner',
    });
  });

  it("reads Salesforce's API names (a Data Loader export) as a Salesforce report too", () => {
    const detection = detectFile('Account.csv', [
      'Id',
      'Name',
      'Type',
      'Website',
      'Industry',
      'BillingCountry',
      'NumberOfEmployees',
      'OwnerId',
    ]);
    expect(detection).toMatchObject({
      role: 'crm-accounts',
      layout: 'salesforce-accounts',
      confidence: 'likely',
      columns: {
        sourceId: 'Id',
        name: 'Name',
        stage: 'Type',
        website: 'Website',
        region: 'BillingCountry',
        employees: 'NumberOfEmployees',
      },
    });
  });

  it('knows a BuiltWith list by its signature, and says the technology must be named in the plan', () => {
    const detection = detectFixture('builtwith-list.csv');
    expect(detection).toMatchObject({
      role: 'install-base',
      layout: 'builtwith-list',
      confidence: 'certain',
      columns: { account: 'Company', accountDomain: 'Domain', firstSeen: 'First Detected', lastSeen: 'Last Found' },
    });
    expect(detection.why).toBe(
      'BuiltWith list: Domain, Location on Site, First Detected, Last Found; the list is about one technology, which its rows do not name: write it as "vendor" in import-plan.json',
    );
  });

  it('takes an HG Insights-style export as an install base: account, vendor and product, first and last verified', () => {
    expect(detectFixture('hg-insights-install-base.csv')).toMatchObject({
      role: 'install-base',
      layout: 'install-base',
      confidence: 'likely',
      columns: {
        account: 'Company Name',
        accountDomain: 'Domain',
        vendor: 'Vendor',
        product: 'Product',
        firstSeen: 'Date First Verified',
        lastSeen: 'Date Last Verified',
      },
      unplaced: ['Product Category', 'Intensity', 'Country'],
      why: 'Install base: Company Name, Domain, Vendor, Product',
    });
  });

  it('says that a Product column alone may name a product, which the matcher resolves to its vendor', () => {
    const detection = detectFixture('slintel-technographics.csv');
    expect(detection).toMatchObject({
      role: 'install-base',
      columns: {
        account: 'Company Name',
        accountWebsite: 'Company Website',
        product: 'Product',
        stage: 'Status',
        firstSeen: 'First Seen',
        lastSeen: 'Last Seen',
      },
    });
    expect(detection.why).toBe(
      'Install base: Company Name, Company Website, Product; Product may name a product rather than its vendor ("Salesforce Sales Cloud"): the matcher resolves the vendor by that name',
    );
  });

  it('takes a partner sheet and a company directory by their columns', () => {
    expect(detectFixture('partner-sheet.csv')).toMatchObject({
      role: 'partner-sheet',
      confidence: 'likely',
      columns: {
        partner: 'Partner',
        partnerWebsite: 'Website',
        type: 'Partnership Type',
        status: 'Status',
        since: 'Start Date',
      },
      unplaced: [],
      why: 'Partner sheet: Partner, Partnership Type',
    });
    expect(detectFixture('company-directory.csv')).toMatchObject({
      role: 'company-directory',
      confidence: 'likely',
      columns: {
        name: 'Company',
        website: 'Website',
        capabilities: 'Category',
        segments: 'Segments',
        employees: 'Employees',
        description: 'Description',
        competitors: 'Competitors',
      },
    });
  });
});

describe('detectFile: header spellings', () => {
  it('compares headers whatever their case, spaces, underscores and punctuation, and keeps them as written', () => {
    for (const headers of [
      ['record_id', 'company_name', 'lifecycle_stage'],
      ['RECORD ID', 'COMPANY NAME', 'LIFECYCLE STAGE'],
      [' Record Id ', 'Company Name', 'Lifecycle-Stage'],
    ]) {
      const detection = detectFile('export.csv', headers);
      expect(detection).toMatchObject({ layout: 'hubspot-companies', confidence: 'certain' });
      expect(detection.role && (detection as { columns: Record<string, string> }).columns).toEqual({
        sourceId: headers[0]!.trim(),
        name: headers[1],
        stage: headers[2],
      });
    }
  });

  it('places every spelling of every table on its field, whatever its case and separators', () => {
    for (const definition of LAYOUTS) {
      for (const [field, spellings] of Object.entries(definition.synonyms as Record<string, string[]>)) {
        for (const spelling of spellings) {
          expect(placeColumns(definition, [spelling]), `${definition.layout}: ${spelling}`).toEqual({
            [field]: spelling,
          });
          const shouted = spelling.toUpperCase().replace(/ /g, '_');
          expect(placeColumns(definition, [shouted]), `${definition.layout}: ${shouted}`).toEqual({ [field]: shouted });
        }
      }
    }
  });

  it('prefers the first spelling a field lists, and gives a header to one field only', () => {
    // Both a domain and a website: each goes to its own field; the website fills in for an empty domain (map-row).
    expect(
      placeColumns(
        LAYOUTS.find((l) => l.layout === 'install-base')!,
        ['Website', 'Domain', 'Company'],
      ),
    ).toEqual({
      account: 'Company',
      accountDomain: 'Domain',
      accountWebsite: 'Website',
    });
    // `Company` and `Company Name` both name the company: the first listed spelling wins, the other is left.
    expect(
      placeColumns(
        LAYOUTS.find((l) => l.layout === 'company-directory')!,
        ['Company Name', 'Company'],
      ),
    ).toEqual({ name: 'Company' });
  });
});

describe('detectFile: ambiguous and unrecognised files', () => {
  it('reports a file that fits two layouts as unrecognised, naming both and what made each fit', () => {
    expect(detectFixture('ambiguous-crm-or-install-base.csv')).toEqual({
      file: 'ambiguous-crm-or-install-base.csv',
      role: undefined,
      confidence: undefined,
      why: 'Not recognised: it fits two kinds of file, a Salesforce accounts report (Account Name, Account Owner) and an install base (Account Name, Technology); write its role in import-plan.json',
    });
  });

  it('does not take Company, Website, Partner for a partner sheet: a Company column names another company, and there is no type', () => {
    expect(detectFixture('unrecognised-company-partner.csv').why).toBe(
      "Not recognised: as a partner sheet, no column names the partnership type (Partnership Type, Partner Type, Type), and it has Company, yet a partner sheet lists the partners of the folder's owner, one a row, and names no other company",
    );
    // With a type, the Company column alone still rules it out.
    expect(detectFile('p.csv', ['Company', 'Website', 'Partner', 'Partnership Type']).why).toBe(
      "Not recognised: as a partner sheet, it has Company, yet a partner sheet lists the partners of the folder's owner, one a row, and names no other company",
    );
  });

  it('takes a vendor column over directory attributes: a technographic export with a Category is an install base', () => {
    expect(detectFile('bw.csv', ['Company', 'Domain', 'Technology', 'Category', 'Employees'])).toMatchObject({
      role: 'install-base',
      layout: 'install-base',
    });
  });

  it('says what is missing: a vendor for an install base', () => {
    expect(detectFile('tech.csv', ['Company', 'Domain', 'Status', 'First Seen']).why).toBe(
      'Not recognised: it names organisations (Company, Domain), but no column says what kind of file this is: a HubSpot column (Record ID, Lifecycle Stage, Company Domain Name, …) for a HubSpot companies export; a Salesforce column (Account ID, Account Owner, Account Type, …) for a Salesforce accounts report; a vendor (Vendor, Product, Technology, …) for an install base; a partner (Partner, Partner Name, Partner Account, …) for a partner sheet; something about the companies (Capabilities, Segments, Competitors, …) for a company directory',
    );
    expect(detectFile('vendors.csv', ['Vendor', 'First Seen']).why).toBe(
      'Not recognised: as an install base, no column names an account (Company, Domain, Website, …)',
    );
  });

  it('says when no column names an organisation, and when there is no header at all', () => {
    expect(detectFile('notes.csv', ['Date', 'Note']).why).toBe(
      'Not recognised: no column names an organisation: an account or company (Company, Account, Company name, Account Name, …) or a partner (Partner, Partner Name, …)',
    );
    expect(detectFile('empty.csv', ['', ' ']).why).toBe(
      'Not recognised: its first line is empty: the file has no header row',
    );
    expect(detectFile('bw.csv', ['Domain', 'Location on Site', 'Company']).why).toBe(
      'Not recognised: as a BuiltWith list, it lacks First Detected, Last Found',
    );
  });
});

describe("detectFile: PartnerGraph's own files", () => {
  it('recognises each of the seven by its name and its exact header, as the importer does', () => {
    for (const native of NATIVE_FILES) {
      expect(detectFile(`data/demo/${native.file}`, native.columns)).toMatchObject({
        role: native.file,
        layout: 'partnergraph',
        confidence: 'certain',
      });
      expect(detectFile(native.file, native.required)).toMatchObject({ role: native.file });
    }
    expect(detectFile('customers.csv', ['id', 'name', 'domain', 'industry', 'region'])).toMatchObject({
      role: 'customers.csv',
      columns: { domain: 'domain' },
    });
  });

  it('reads a file with its name but another header by its header, and says why when that fails too', () => {
    expect(detectFile('companies.csv', ['Company', 'Website', 'Employees'])).toMatchObject({
      role: 'company-directory',
    });
    expect(detectFile('companies.csv', ['name', 'name']).why).toMatch(
      /^Not recognised: named like PartnerGraph's own companies\.csv, but column\(s\) name appear more than once; /,
    );
    expect(detectFile('accounts.csv', ['company_id', 'customer']).why).toMatch(
      /^Not recognised: named like PartnerGraph's own accounts\.csv, but unknown column\(s\) customer; its columns are company_id,customer_id,stage; /,
    );
    // The header alone, under another name, is not the native file.
    expect(detectFile('my-companies.csv', ['id', 'name', 'domain', 'employees', 'description'])).toMatchObject({
      role: 'company-directory',
    });
  });
});
