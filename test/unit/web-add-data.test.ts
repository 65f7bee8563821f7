/**
 * The "Add data" dialog's pure parts (web/src/adddata/): a person's changes
 * to the import plan, the dry run's figures, the progress bar, which dropped
 * files are sent, and the plan's names in plain words.
 */
import { describe, expect, it } from 'vitest';
import { pickFiles } from '../../web/src/adddata/file-picks.ts';
import { importProgress } from '../../web/src/adddata/import-progress.ts';
import { ownerOfFile, withColumn, withLayout, withOwner, withRole } from '../../web/src/adddata/plan-edit.ts';
import {
  confidenceWords,
  fieldWords,
  fileWords,
  roleWords,
  sizeWords,
  stageWords,
} from '../../web/src/adddata/plan-words.ts';
import { matchLines, previewFigures, rowsLine, totalOf } from '../../web/src/adddata/run-summary.ts';
import type {
  FileReport,
  FileView,
  ImportPlan,
  ImportPreview,
  RoleChoice,
} from '../../web/src/adddata/upload-types.ts';

const ROLES: RoleChoice[] = [
  {
    role: 'crm-accounts',
    noun: 'a CRM accounts export',
    fields: ['sourceId', 'name', 'domain', 'website', 'stage'],
    layouts: [
      { layout: 'hubspot-companies', title: 'HubSpot companies export' },
      { layout: 'salesforce-accounts', title: 'Salesforce accounts report' },
    ],
    stageTargets: ['customer', 'skip'],
    needsOwner: true,
  },
  {
    role: 'install-base',
    noun: 'an install base',
    fields: ['account', 'accountDomain', 'vendor'],
    layouts: [{ layout: 'install-base', title: 'Install base' }],
    stageTargets: ['customer'],
    needsOwner: false,
  },
];

const hubspot = {
  file: 'hubspot.csv',
  role: 'crm-accounts',
  layout: 'hubspot-companies',
  columns: { name: 'Company name', domain: 'Company Domain Name', stage: 'Lifecycle Stage' },
  stages: { Customer: 'customer' },
  confidence: 'certain' as const,
  why: 'HubSpot’s own headers',
  unplaced: ['Phone'],
};
const plan: ImportPlan = {
  version: 1,
  files: [hubspot],
  unrecognised: [{ file: 'notes.csv', why: 'Not recognised: no column names an account' }],
};
const viewOf = (file: string, entry = plan.files.find((candidate) => candidate.file === file)): FileView => ({
  file,
  bytes: 10,
  headers: ['Company', 'Domain', 'Vendor'],
  problems: [],
  ...(entry && { entry }),
});

describe('changes to the plan', () => {
  it('gives an unrecognised file a role: it leaves the unrecognised list, with the role’s layout, set by the person', () => {
    const next = withRole(plan, viewOf('notes.csv'), 'install-base', ROLES);
    expect(next.unrecognised).toEqual([]);
    expect(next.files.map((entry) => entry.file)).toEqual(['hubspot.csv', 'notes.csv']);
    expect(next.files[1]).toMatchObject({
      role: 'install-base',
      layout: 'install-base',
      columns: {},
      confidence: 'set by you',
    });
    expect(plan.unrecognised).toHaveLength(1); // the plan given is left as it was
  });

  it('keeps the columns the new role also has, and drops the rest with the old stages', () => {
    const next = withRole(plan, viewOf('hubspot.csv'), 'install-base', ROLES);
    expect(next.files[0]!.columns).toEqual({});
    expect(next.files[0]!.stages).toBeUndefined();
    const ignored = withRole(plan, viewOf('hubspot.csv'), 'ignore', ROLES);
    expect(ignored.files[0]).toMatchObject({ role: 'ignore', layout: '', why: 'left out in the explorer' });
    expect(withRole(plan, viewOf('hubspot.csv'), 'crm-accounts', ROLES)).toBe(plan);
  });

  it('reads a field from one column, and a column for one field at a time', () => {
    const moved = withColumn(plan, 'hubspot.csv', 'website', 'Company Domain Name');
    expect(moved.files[0]!.columns).toEqual({
      name: 'Company name',
      stage: 'Lifecycle Stage',
      website: 'Company Domain Name',
    });
    expect(withColumn(plan, 'hubspot.csv', 'stage', null).files[0]!.columns).toEqual({
      name: 'Company name',
      domain: 'Company Domain Name',
    });
  });

  it('names the owner on the file and, when the plan has none, on the plan', () => {
    const owned = withOwner(plan, 'hubspot.csv', '  Brightcart ');
    expect(owned.owner).toBe('Brightcart');
    expect(owned.files[0]!.owner).toBe('Brightcart');
    expect(ownerOfFile(owned, owned.files[0], ROLES)).toBe('Brightcart');
    const renamed = withOwner(owned, 'hubspot.csv', 'Shopwell');
    expect(renamed).toMatchObject({ owner: 'Brightcart', files: [{ owner: 'Shopwell' }] });
    expect(withOwner(renamed, 'hubspot.csv', '').files[0]!.owner).toBeUndefined();
    expect(ownerOfFile(owned, { ...hubspot, role: 'install-base' }, ROLES)).toBeUndefined();
  });

  it('changes a CRM export’s layout and lets the server give its stage table', () => {
    const next = withLayout(plan, 'hubspot.csv', 'salesforce-accounts');
    expect(next.files[0]).toMatchObject({ layout: 'salesforce-accounts', confidence: 'set by you' });
    expect(next.files[0]!.stages).toBeUndefined();
  });
});

describe('the dry run in figures', () => {
  const counts = { existing: 3, byDomain: 200, byName: 0, byOverride: 0, new: 100, ambiguous: 2 };
  it('lists only the ways records were matched, and the rows of a file in one line', () => {
    expect(matchLines(counts)).toEqual([
      { label: 'already known', count: 3 },
      { label: 'matched by domain', count: 200 },
      { label: 'new', count: 100 },
      { label: 'ambiguous (kept apart)', count: 2 },
    ]);
    expect(totalOf(counts)).toBe(305);
    const file: FileReport = {
      file: 'a.csv',
      role: 'crm-accounts',
      layout: 'hubspot-companies',
      rows: 1234,
      refused: 2,
      skipped: [
        { reason: 'x', rows: 5 },
        { reason: 'y', rows: 1 },
      ],
      customers: counts,
      companies: counts,
    };
    expect(rowsLine(file)).toBe('1,234 rows read · 2 refused · 6 skipped');
    expect(rowsLine({ ...file, rows: 1, refused: 0, skipped: [] })).toBe('1 row read');
  });

  const preview: ImportPreview = {
    newCompanies: 2,
    updatedCompanies: 1,
    newCustomers: 40,
    updatedCustomers: 3,
    newAccounts: 90,
    changedAccounts: 4,
    newPartnerships: 0,
    changedPartnerships: 0,
    newCapabilities: 0,
    newRivalries: 0,
    liveCompanies: 60,
    liveCustomers: 3000,
    liveAccounts: 9000,
    livePartnerships: 80,
    stagedCompanies: 9,
    stagedCustomers: 400,
    stagedAccounts: 800,
    stagedPartnerships: 0,
  };
  it('says what a merge adds, and what a replaced market will hold against today', () => {
    expect(previewFigures(preview, false).sentence).toBe(
      'Would add 2 companies, 40 customers, 90 account links; the rest of the market stays as it is.',
    );
    expect(previewFigures(preview, false).figures[0]).toEqual({ label: 'companies', added: 2, changed: 1 });
    expect(previewFigures(preview, true).sentence).toBe(
      'The market would hold 9 companies and 400 customers, in place of 60 and 3,000 today. Shortlists stay.',
    );
    expect(previewFigures({ ...preview, liveCompanies: 0, liveCustomers: 0 }, true).sentence).toBe(
      'The market would hold 9 companies and 400 customers. Shortlists stay.',
    );
    expect(previewFigures({ ...preview, newCompanies: 0, newCustomers: 0, newAccounts: 0 }, false).sentence).toBe(
      'Would add nothing new; only what is listed as changed would change.',
    );
  });
});

describe('the progress bar', () => {
  const expected = { 'hubspot.csv': 300, 'install.csv': 500 };
  it('fills with the rows staged against the dry run’s count, then applying and tidying up', () => {
    expect(importProgress(null, expected, false)).toEqual({ fraction: 0, label: 'Starting…' });
    expect(
      importProgress({ state: 'RUNNING', phase: 'STAGING', file: 'companies (matched)', rows: 9 }, expected, false)
        .fraction,
    ).toBe(0.02);
    const halfway = importProgress(
      { state: 'RUNNING', phase: 'STAGING', file: 'install.csv', rows: 100 },
      expected,
      false,
    );
    expect(halfway.fraction).toBeCloseTo((400 / 800) * 0.9);
    expect(halfway.label).toBe('Reading install.csv: 100 rows');
    expect(
      importProgress({ state: 'RUNNING', phase: 'STAGING', file: 'install.csv', rows: 9999 }, expected, false).fraction,
    ).toBeCloseTo(0.9);
    expect(
      importProgress({ state: 'RUNNING', phase: 'APPLYING', file: null, rows: null }, expected, false).fraction,
    ).toBeCloseTo(0.95);
    expect(
      importProgress({ state: 'RUNNING', phase: 'CLEANING', file: null, rows: null }, expected, false).fraction,
    ).toBe(0.98);
    expect(importProgress(null, expected, true)).toEqual({ fraction: 1, label: 'Done' });
  });
});

describe('files dropped and words shown', () => {
  it('sends CSV files and the plan under the limit, and says why the rest stay', () => {
    const { taken, refused } = pickFiles(
      [
        { name: 'Accounts.CSV', size: 10 },
        { name: 'import-plan.json', size: 10 },
        { name: 'deck.pdf', size: 10 },
        { name: 'huge.csv', size: 3 * 1024 * 1024 },
        { name: 'empty.csv', size: 0 },
      ],
      2 * 1024 * 1024,
    );
    expect(taken.map((file) => file.name)).toEqual(['Accounts.CSV', 'import-plan.json']);
    expect(refused).toEqual([
      'deck.pdf: not a CSV file. Export it as CSV (comma-separated) first.',
      'huge.csv: larger than 2 MB, the largest file the server takes.',
      'empty.csv: empty.',
    ]);
  });

  it('says roles, confidence, fields, stages and sizes in plain words', () => {
    expect(roleWords('crm-accounts')).toBe('Your CRM’s accounts');
    expect(fileWords('crm-accounts', 'Brightcart')).toBe('Brightcart’s CRM accounts');
    expect(fileWords('partner-sheet', 'Brightcart')).toBe('Brightcart’s partners');
    expect(fileWords('install-base', undefined)).toBe('Who uses which vendor (install base)');
    expect(roleWords('companies.csv')).toBe('PartnerGraph’s own companies.csv');
    expect(confidenceWords('certain')).toBe('Sure');
    expect(confidenceWords(undefined)).toBe('Not recognised');
    expect(fieldWords('accountDomain')).toBe('Account domain');
    expect(stageWords('partner:co_selling')).toBe('partner (co selling)');
    expect(stageWords('skip')).toBe('leave the row out');
    expect(sizeWords(840 * 1024)).toBe('840 KB');
    expect(sizeWords(12.4 * 1024 * 1024)).toBe('12 MB');
    expect(sizeWords(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });
});
