import type { FilePlan } from './import-plan.ts';
import { parseDate } from './parse-date.ts';
import { parseEmployees } from './parse-employees.ts';
import { acceptedStatusWords, acceptedTypeWords, partnershipStatusOf, partnershipTypeOf } from './partnership-words.ts';
import { isSourceRole } from './roles.ts';
import type { MappedRow, OrgMention, SourceRecord } from './source-record.ts';
import { PARTNERSHIP_TYPE_IDS } from '../domain/partnership-types.ts';
import { STAGE_TABLES, stageOf, type AccountStage } from './stage-tables.ts';
import { splitList } from './split-list.ts';

/**
 * One row of a strategist's file, read through its plan: the record it gives, the problem that refuses it
 * (naming our field and the file's header, and why), or why the tables leave it out. `fields` is the row
 * keyed by header as written, as the importer's CSV reader gives it. Names and domains are passed on as
 * written, trimmed: the matcher normalises and checks them.
 */
export function mapRow(plan: FilePlan, fields: Record<string, string>): MappedRow {
  if (plan.role === 'ignore') return { skipped: `${plan.file} is set to "ignore" in the import plan` };
  if (!isSourceRole(plan.role))
    throw new Error(
      `${plan.file} is PartnerGraph's own ${plan.role}: the importer reads it with its own specs, not mapRow`,
    );
  const row = new Row(plan, fields);
  try {
    switch (plan.role) {
      case 'crm-accounts':
        return crmAccount(row);
      case 'install-base':
        return install(row);
      case 'partner-sheet':
        return partnership(row);
      case 'company-directory':
        return directoryEntry(row);
      case 'crm-deals':
        // A deal is not a fact of the market: it goes to the partnership ledger, read by mapDealRow (map-deal-row.ts).
        return {
          skipped: `${plan.file} is a deals export: its rows go to the partnership ledger (mapDealRow), not the graph`,
        };
    }
  } catch (error) {
    if (error instanceof RowProblem) return { problem: error.message };
    throw error;
  }
}

/** Thrown inside this module and map-deal-row.ts, to leave a row at its first problem. */
export class RowProblem extends Error {}

/** One row read through its plan: its cells by our fields, and how messages name them. */
export class Row {
  constructor(
    readonly plan: FilePlan,
    private readonly fields: Record<string, string>,
  ) {}

  /** The cell of our field, trimmed; '' when the field has no column or the cell is empty. */
  cell(field: string): string {
    const header = this.plan.columns[field];
    return header === undefined ? '' : (this.fields[header] ?? '').trim();
  }

  /** How a message names a field: ours, and the file's header when it has one. */
  label(...fields: string[]): string {
    const headers = fields
      .map((field) => this.plan.columns[field])
      .filter((header): header is string => header !== undefined);
    return `${fields.join(' / ')}${headers.length > 0 ? ` (${headers.join(', ')})` : ''}`;
  }

  /** An organisation named by a name field and domain fields (a domain, then a website); a problem when all are empty. */
  mention(what: string, nameField: string, ...domainFields: string[]): OrgMention {
    const name = this.cell(nameField);
    const domain = domainFields.map((field) => this.cell(field)).find((value) => value !== '') ?? '';
    if (name === '' && domain === '') {
      throw new RowProblem(
        `${this.label(nameField, ...domainFields)}: empty, and a row must name its ${what} by a name or a domain`,
      );
    }
    return defined({ name: name || undefined, domain: domain || undefined });
  }

  /** The stage column's value through the plan's table (or the layout's default). */
  stage(): string {
    const table = this.plan.stages ?? STAGE_TABLES[this.plan.layout] ?? {};
    const value = this.cell('stage');
    const target = stageOf(table, value);
    if (target !== undefined) return target;
    const accepted = Object.keys(table).map((key) => (key === '' ? '(empty)' : key));
    throw new RowProblem(
      `${this.label('stage')}: ${JSON.stringify(value)} is not in the stage table, which has ${accepted.join(', ')}; add it to "stages" in import-plan.json`,
    );
  }

  employees(): number | undefined {
    const value = this.cell('employees');
    if (value === '') return undefined;
    const parsed = parseEmployees(value);
    if ('problem' in parsed) throw new RowProblem(`${this.label('employees')}: ${parsed.problem}`);
    return parsed.employees;
  }

  date(field: string): string | undefined {
    const value = this.cell(field);
    if (value === '') return undefined;
    const parsed = parseDate(value);
    if ('problem' in parsed) throw new RowProblem(`${this.label(field)}: ${parsed.problem}`);
    return parsed.date;
  }

  optional(field: string): string | undefined {
    return this.cell(field) || undefined;
  }
}

function crmAccount(row: Row): MappedRow {
  const target = row.stage();
  if (target === 'skip')
    return { skipped: `${row.label('stage')} is ${JSON.stringify(row.cell('stage'))}, which the stage table skips` };
  if (target === 'competitor')
    return record({
      role: 'crm-accounts',
      kind: 'competitor',
      competitor: row.mention('competitor', 'name', 'domain', 'website'),
    });
  if (target === 'partner' || target.startsWith('partner:')) {
    const type = target.slice('partner:'.length) || undefined;
    return record(
      defined({
        role: 'crm-accounts',
        kind: 'partner',
        partner: row.mention('partner', 'name', 'domain', 'website'),
        type,
        status: 'active',
      }),
    );
  }
  const account = row.mention('account', 'name', 'domain', 'website');
  const details = defined({
    sourceId: row.optional('sourceId'),
    industry: row.optional('industry'),
    region: row.optional('region'),
    employees: row.employees(),
  });
  return record({
    role: 'crm-accounts',
    kind: 'account',
    account: { ...account, ...details },
    stage: target as AccountStage,
  });
}

function install(row: Row): MappedRow {
  const target = row.stage();
  if (target === 'skip')
    return { skipped: `${row.label('stage')} is ${JSON.stringify(row.cell('stage'))}, which the stage table skips` };
  const account = row.mention('account', 'account', 'accountDomain', 'accountWebsite');
  const name = row.cell('vendor') || row.cell('product') || row.plan.vendor || '';
  const domain = row.cell('vendorDomain');
  if (name === '' && domain === '') {
    const hasColumn = ['vendor', 'product', 'vendorDomain'].some((field) => row.plan.columns[field] !== undefined);
    return {
      problem: hasColumn
        ? `${row.label('vendor', 'product', 'vendorDomain')}: empty, and a row must name its vendor by a name or a domain`
        : 'vendor: the file has no vendor column and the import plan names no "vendor" for its rows',
    };
  }
  return record(
    defined({
      role: 'install-base',
      account,
      vendor: defined({ name: name || undefined, domain: domain || undefined }),
      stage: target as AccountStage,
      firstSeen: row.date('firstSeen'),
      lastSeen: row.date('lastSeen'),
    }),
  );
}

function partnership(row: Row): MappedRow {
  const partner = row.mention('partner', 'partner', 'partnerDomain', 'partnerWebsite');
  const typeCell = row.cell('type');
  const type = partnershipTypeOf(typeCell);
  if (type === undefined) {
    const said = typeCell === '' ? 'empty' : `${JSON.stringify(typeCell)} is not a partnership type PartnerGraph knows`;
    return {
      problem: `${row.label('type')}: ${said}; write one of ${acceptedTypeWords().join(', ')}, or a catalogue id (${PARTNERSHIP_TYPE_IDS.join(', ')})`,
    };
  }
  const statusCell = row.cell('status');
  const status = partnershipStatusOf(statusCell);
  if (status === undefined) {
    return {
      problem: `${row.label('status')}: ${JSON.stringify(statusCell)} is not a status PartnerGraph knows; write one of ${acceptedStatusWords().join(', ')} (empty is active)`,
    };
  }
  return record(defined({ role: 'partner-sheet', partner, type, status, since: row.date('since') }));
}

function directoryEntry(row: Row): MappedRow {
  const company = row.mention('company', 'name', 'domain', 'website');
  const details = defined({ employees: row.employees(), description: row.optional('description') });
  return record({
    role: 'company-directory',
    company: { ...company, ...details },
    capabilities: splitList(row.cell('capabilities')),
    segments: splitList(row.cell('segments')),
    competitors: splitList(row.cell('competitors')),
  });
}

function record(value: SourceRecord): MappedRow {
  return { record: value };
}

/** The object without its undefined keys, so that a record holds only what the row said. */
export function defined<Value extends object>(value: Value): Value {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Value;
}
