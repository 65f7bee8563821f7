import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  describePlan,
  describePlanProblem,
  planFor,
  ownerOf,
  planText,
  readPlan,
  type ImportPlan,
  type PlanProblem,
} from '../../api/sources/import-plan.ts';
import {
  HUBSPOT_LIFECYCLE_STAGES,
  INSTALL_STATUSES,
  SALESFORCE_ACCOUNT_TYPES,
} from '../../api/sources/stage-tables.ts';
import { readFixtureFolder } from '../fixtures/sources/read-fixture.ts';

const folder = readFixtureFolder().map(({ file, headers }) => ({ file, headers }));

/** The plan read back, or the test fails with its problems. */
function read(json: unknown): ImportPlan {
  const result = readPlan(JSON.stringify(json));
  if ('problems' in result) throw new Error(result.problems.map(describePlanProblem).join('\n'));
  return result.plan;
}

function problemsOf(json: unknown): PlanProblem[] {
  const result = readPlan(typeof json === 'string' ? json : JSON.stringify(json));
  return 'problems' in result ? result.problems : [];
}

const partnerEntry = { file: 'partners.csv', role: 'partner-sheet', columns: { partner: 'Partner', type: 'Type' } };

describe('planFor', () => {
  it("plans the fixture folder: each file's role, layout, confidence and owner, and the files it cannot tell", () => {
    const plan = planFor(folder, { owner: 'Shopwell' });
    expect(plan.owner).toBe('Shopwell');
    expect(
      plan.files.map((entry) => [entry.file, entry.role, entry.layout, entry.confidence, ownerOf(plan, entry)]),
    ).toEqual([
      ['builtwith-list.csv', 'install-base', 'builtwith-list', 'certain', undefined],
      ['company-directory.csv', 'company-directory', 'company-directory', 'likely', undefined],
      ['hg-insights-install-base.csv', 'install-base', 'install-base', 'likely', undefined],
      ['hubspot-companies-default-view.csv', 'crm-accounts', 'hubspot-companies', 'likely', 'Shopwell'],
      ['hubspot-companies.csv', 'crm-accounts', 'hubspot-companies', 'certain', 'Shopwell'],
      ['partner-sheet.csv', 'partner-sheet', 'partner-sheet', 'likely', 'Shopwell'],
      ['salesforce-accounts.csv', 'crm-accounts', 'salesforce-accounts', 'certain', 'Shopwell'],
      ['slintel-technographics.csv', 'install-base', 'install-base', 'likely', undefined],
    ]);
    expect(plan.unrecognised.map(({ file }) => file)).toEqual([
      'ambiguous-crm-or-install-base.csv',
      'unrecognised-company-partner.csv',
    ]);
    // The stage tables are written out, for a person to read and change.
    const stages = Object.fromEntries(plan.files.map(({ file, stages }) => [file, stages]));
    expect(stages['hubspot-companies.csv']).toEqual(HUBSPOT_LIFECYCLE_STAGES);
    expect(stages['salesforce-accounts.csv']).toEqual(SALESFORCE_ACCOUNT_TYPES);
    expect(stages['slintel-technographics.csv']).toEqual(INSTALL_STATUSES);
    expect(stages['partner-sheet.csv']).toBeUndefined();
  });

  it("classifies PartnerGraph's own files and writes no owner without one", () => {
    const plan = planFor([
      { file: 'companies.csv', headers: ['id', 'name', 'domain', 'employees', 'description'] },
      { file: 'partner-sheet.csv', headers: ['Partner', 'Type'] },
    ]);
    expect(plan).toEqual({
      version: 1,
      files: [
        {
          file: 'companies.csv',
          role: 'companies.csv',
          layout: 'partnergraph',
          columns: { id: 'id', name: 'name', domain: 'domain', employees: 'employees', description: 'description' },
          confidence: 'certain',
          why: "PartnerGraph's own companies.csv: id, name, domain, employees, description",
          unplaced: [],
        },
        {
          file: 'partner-sheet.csv',
          role: 'partner-sheet',
          layout: 'partner-sheet',
          columns: { partner: 'Partner', type: 'Type' },
          confidence: 'likely',
          why: 'Partner sheet: Partner, Type',
          unplaced: [],
        },
      ],
      unrecognised: [],
    });
  });

  it('round-trips through import-plan.json', () => {
    const plan = planFor(folder, { owner: 'Shopwell' });
    expect(read(JSON.parse(planText(plan)))).toEqual(plan);
  });
});

describe('planFor with an edited plan', () => {
  const detected = planFor(folder, { owner: 'Shopwell' });
  const entry = (plan: ImportPlan, file: string) => plan.files.find((candidate) => candidate.file === file);

  it('keeps an entry left as detection wrote it, with its confidence', () => {
    expect(planFor(folder, { edited: read(detected) })).toEqual(detected);
  });

  it('lets an edited entry win, marked "set by you" with what detection said, its unused headers following its columns', () => {
    const edited = read({
      ...detected,
      files: detected.files.map((file) =>
        file.file === 'hubspot-companies.csv'
          ? { ...file, columns: { name: 'Company name', stage: 'Lifecycle Stage' } }
          : file.file === 'partner-sheet.csv'
            ? { ...file, role: 'ignore' }
            : file,
      ),
    });
    const plan = planFor(folder, { edited });
    expect(entry(plan, 'hubspot-companies.csv')).toMatchObject({
      confidence: 'set by you',
      why: 'Set in import-plan.json (detection said: HubSpot companies export: Record ID, Company name, Lifecycle Stage)',
      columns: { name: 'Company name', stage: 'Lifecycle Stage' },
    });
    expect(entry(plan, 'hubspot-companies.csv')!.unplaced).toContain('Company Domain Name');
    expect(entry(plan, 'partner-sheet.csv')).toMatchObject({ role: 'ignore', confidence: 'set by you' });
    // Edited again later: the person's own sentence stays.
    expect(entry(planFor(folder, { edited: plan }), 'partner-sheet.csv')!.why).toBe(
      entry(plan, 'partner-sheet.csv')!.why,
    );
  });

  it('takes a role a person gives an unrecognised file, and drops entries for files no longer in the folder', () => {
    const edited = read({
      ...detected,
      files: [
        ...detected.files,
        {
          file: 'ambiguous-crm-or-install-base.csv',
          role: 'install-base',
          columns: { account: 'Account Name', vendor: 'Technology' },
        },
        { file: 'gone.csv', role: 'ignore' },
      ],
      unrecognised: detected.unrecognised.filter(({ file }) => file !== 'ambiguous-crm-or-install-base.csv'),
    });
    const plan = planFor(folder, { edited });
    expect(entry(plan, 'ambiguous-crm-or-install-base.csv')).toMatchObject({
      role: 'install-base',
      layout: 'install-base',
      confidence: 'set by you',
      unplaced: ['Account Owner'],
      why: expect.stringMatching(
        /^Set in import-plan\.json \(detection said: Not recognised: it fits two kinds of file/,
      ),
    });
    expect(entry(plan, 'gone.csv')).toBeUndefined();
    expect(plan.unrecognised.map(({ file }) => file)).toEqual(['unrecognised-company-partner.csv']);
    expect(checkPlan(plan, folder).map((problem) => problem.file)).toEqual(['builtwith-list.csv']);
  });

  it("takes this import's owner (--as) over the plan's, and keeps an owner a person wrote on a file", () => {
    const edited = read({
      ...detected,
      files: detected.files.map((file) =>
        file.file === 'salesforce-accounts.csv'
          ? { ...file, owner: 'Cartwright' }
          : file.file === 'partner-sheet.csv'
            ? { ...file, owner: 'Shopwell' } // the plan's own owner, written again: nothing of its own
            : file,
      ),
    });
    const plan = planFor(folder, { edited, owner: 'Tillwise' });
    expect(plan.owner).toBe('Tillwise');
    expect(entry(plan, 'salesforce-accounts.csv')).toMatchObject({ owner: 'Cartwright', confidence: 'set by you' });
    expect(ownerOf(plan, entry(plan, 'salesforce-accounts.csv')!)).toBe('Cartwright');
    expect(ownerOf(plan, entry(plan, 'hubspot-companies.csv')!)).toBe('Tillwise');
    expect(entry(plan, 'partner-sheet.csv')).toMatchObject({ confidence: 'likely' });
    expect(ownerOf(plan, entry(plan, 'partner-sheet.csv')!)).toBe('Tillwise');
    expect(ownerOf(plan, entry(plan, 'company-directory.csv')!)).toBeUndefined();
    expect(planFor(folder, { edited }).owner).toBe('Shopwell');
  });
});

describe('readPlan: every field checked, each problem with its JSON path and file', () => {
  const plan = (files: unknown[], rest: object = {}) => ({ version: 1, files, unrecognised: [], ...rest });

  it('fills in what a person may leave out of an entry written by hand', () => {
    expect(read(plan([partnerEntry])).files).toEqual([
      {
        file: 'partners.csv',
        role: 'partner-sheet',
        layout: 'partner-sheet',
        columns: { partner: 'Partner', type: 'Type' },
        confidence: 'set by you',
        why: '',
        unplaced: [],
      },
    ]);
  });

  it('refuses text that is not JSON, and a plan of another version', () => {
    expect(problemsOf('{ "version": 1,')).toEqual([
      { planFile: 'import-plan.json', path: '', reason: expect.stringMatching(/^not JSON: /) },
    ]);
    expect(problemsOf(plan([], { version: 2 }))).toEqual([
      { planFile: 'import-plan.json', path: 'version', reason: 'the plan version must be 1' },
    ]);
  });

  it('names a role that does not exist, a field its role lacks, a layout of another role, an unknown key', () => {
    expect(
      problemsOf(
        plan([
          { ...partnerEntry, role: 'crm' },
          { ...partnerEntry, file: 'b.csv', columns: { partner: 'Partner', type: 'Type', company: 'Company' } },
          { ...partnerEntry, file: 'c.csv', layout: 'hubspot-companies' },
          { ...partnerEntry, file: 'd.csv', colums: {} },
        ]),
      ).map(describePlanProblem),
    ).toEqual([
      'import-plan.json files[0].role (partners.csv): "crm" is not a role; the roles are "crm-accounts", "install-base", "partner-sheet", "company-directory", "crm-deals", "companies.csv", "customers.csv", "accounts.csv", "capabilities.csv", "segments.csv", "competitors.csv", "partnerships.csv", "ignore"',
      'import-plan.json files[1].columns.company (b.csv): "company" is not a field of partner-sheet; its fields are "partner", "partnerDomain", "partnerWebsite", "type", "status", "since"',
      'import-plan.json files[2].layout (c.csv): "hubspot-companies" is not a layout of partner-sheet; the layouts of partner-sheet are "partner-sheet"',
      'import-plan.json files[3] (d.csv): unknown key(s) "colums"; a file\'s keys are file, role, layout, owner, columns, stages, vendor, confidence, why, unplaced',
    ]);
  });

  it('names a stage value that is not a stage, two spellings of one value, and stages or a vendor where the role has none', () => {
    const crm = {
      file: 'sf.csv',
      role: 'crm-accounts',
      layout: 'salesforce-accounts',
      columns: { name: 'Account Name' },
    };
    expect(
      problemsOf(
        plan([
          {
            ...crm,
            stages: { 'Customer - Direct': 'custumer', 'customer direct': 'customer', Reseller: 'partner:var' },
          },
          { ...partnerEntry, stages: { Active: 'customer' }, vendor: 'Stripe' },
          { file: 'dir.csv', role: 'company-directory', columns: { name: 'Company' }, owner: 'Shopwell' },
          { ...crm, file: 'hs.csv', layout: undefined },
        ]),
      ).map(describePlanProblem),
    ).toEqual([
      'import-plan.json files[0].stages["Customer - Direct"] (sf.csv): "custumer" is not a stage; a value of crm-accounts becomes one of "customer", "prospect", "opportunity", "partner", "partner:referral", "partner:affiliate", "partner:reseller", "partner:technology_integration", "partner:co_marketing", "partner:co_selling", "partner:oem", "partner:consortium", "partner:strategic_alliance", "competitor", "skip"',
      'import-plan.json files[0].stages["customer direct"] (sf.csv): "customer direct" and "Customer - Direct" are one value (case, spaces and punctuation are ignored); keep one',
      'import-plan.json files[0].stages.Reseller (sf.csv): "partner:var" is not a stage; a value of crm-accounts becomes one of "customer", "prospect", "opportunity", "partner", "partner:referral", "partner:affiliate", "partner:reseller", "partner:technology_integration", "partner:co_marketing", "partner:co_selling", "partner:oem", "partner:consortium", "partner:strategic_alliance", "competitor", "skip"',
      'import-plan.json files[1].stages (partners.csv): partner-sheet has no stage column; remove "stages"',
      'import-plan.json files[1].vendor (partners.csv): only an install base names one vendor for all its rows; remove "vendor" from this partner-sheet file',
      'import-plan.json files[2].owner (dir.csv): only CRM exports and partner sheets have an owner; remove "owner" from this company-directory file',
      'import-plan.json files[3].layout (hs.csv): missing; the layouts of crm-accounts are "hubspot-companies", "salesforce-accounts"',
    ]);
  });

  it('names a file listed twice, a native role on another file, and a file both planned and unrecognised', () => {
    expect(
      problemsOf(
        plan([partnerEntry, partnerEntry, { file: 'my-companies.csv', role: 'companies.csv' }], {
          unrecognised: [{ file: 'partners.csv', why: '' }],
        }),
      ).map(describePlanProblem),
    ).toEqual([
      'import-plan.json files[2].role (my-companies.csv): companies.csv is PartnerGraph\'s own file, which the importer reads by its name; this file is "my-companies.csv"',
      'import-plan.json files[1].file (partners.csv): "partners.csv" has two entries; keep one',
      'import-plan.json unrecognised[0].file (partners.csv): "partners.csv" is also under "files"; remove it here',
    ]);
  });
});

describe('checkPlan: the plan against the files', () => {
  it("finds the fixture folder's plan sound but for the BuiltWith list, whose technology only a person can name", () => {
    const plan = planFor(folder, { owner: 'Shopwell' });
    expect(checkPlan(plan, folder).map(describePlanProblem)).toEqual([
      'import-plan.json files[0].vendor (builtwith-list.csv): as install-base, the file needs a column for the vendor: vendor or product (or "vendor" naming the technology of every row)',
    ]);
    const named = {
      ...plan,
      files: plan.files.map((file) =>
        file.file === 'builtwith-list.csv' ? { ...file, vendor: 'Shopify Plus' } : file,
      ),
    };
    expect(checkPlan(named, folder)).toEqual([]);
  });

  it('names a header the file does not have (and the one it has), a file not in the folder, and a column a role needs', () => {
    const plan = read({
      version: 1,
      files: [
        { file: 'partner-sheet.csv', role: 'partner-sheet', columns: { partner: 'partner', since: 'Start' } },
        { file: 'missing.csv', role: 'ignore' },
        { file: 'company-directory.csv', role: 'company-directory', columns: { capabilities: 'Category' } },
        { file: 'accounts.csv', role: 'accounts.csv' },
      ],
      unrecognised: [],
    });
    expect(
      checkPlan(plan, [...folder, { file: 'accounts.csv', headers: ['company_id', 'stage'] }]).map(describePlanProblem),
    ).toEqual([
      'import-plan.json files[0].columns.partner (partner-sheet.csv): partner-sheet.csv has no column "partner" (it has "Partner"); its columns are "Partner", "Website", "Partnership Type", "Status", "Start Date"',
      'import-plan.json files[0].columns.since (partner-sheet.csv): partner-sheet.csv has no column "Start"; its columns are "Partner", "Website", "Partnership Type", "Status", "Start Date"',
      'import-plan.json files[0].columns (partner-sheet.csv): as partner-sheet, the file needs a column for the partnership type: type',
      'import-plan.json files[1].file (missing.csv): the folder has no file "missing.csv"',
      'import-plan.json files[2].columns (company-directory.csv): as company-directory, the file needs a column for the company: name, domain or website',
      "import-plan.json files[3].role (accounts.csv): its header is not that of PartnerGraph's own accounts.csv: missing column(s) customer_id",
    ]);
  });
});

describe('describePlan', () => {
  it('says in a few lines a file what the import will read, from which columns, and what it leaves', () => {
    const plan = planFor(
      [
        { file: 'partners.csv', headers: ['Partner', 'Partnership Type', 'Notes'] },
        { file: 'companies.csv', headers: ['id', 'name'] },
        { file: 'notes.csv', headers: ['Date', 'Note'] },
      ],
      { owner: 'Shopwell' },
    );
    expect(describePlan(plan)).toBe(
      [
        'Import plan for Shopwell: 2 file(s) to read, 1 not recognised',
        "  companies.csv: companies.csv (certain) — PartnerGraph's own companies.csv: id, name",
        '  partners.csv: partner-sheet as Partner sheet, of Shopwell (likely) — Partner sheet: Partner, Partnership Type',
        '    reads partner ← Partner, type ← Partnership Type',
        '    leaves Notes',
        '  notes.csv: Not recognised: no column names an organisation: an account or company (Company, Account, Company name, Account Name, …) or a partner (Partner, Partner Name, …)',
      ].join('\n'),
    );
  });
});
