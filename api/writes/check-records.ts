import type { z } from 'zod';
import type { Mention } from '../matching/record-matcher.ts';
import {
  accountsSpec,
  capabilitiesSpec,
  companiesSpec,
  competitorsSpec,
  customersSpec,
  partnershipsSpec,
  segmentsSpec,
  type FileSpec,
} from '../import/file-specs.ts';

/**
 * A batch of records from the API (writeRecords), checked exactly as the rows
 * of PartnerGraph's own files are (api/import/file-specs.ts), with the same
 * messages, each problem at its place in the input (`companies[3].employees`).
 * Pure: no database. What the graph must say (do the companies exist? which
 * customer is "Acme, Inc."?) is the write service's (write-records.ts).
 */

/** The input as GraphQL gives it; enum values arrive in the graph's lower-case words. */
export interface RecordsInput {
  companies?: CompanyInput[] | null;
  customers?: CustomerInput[] | null;
  accounts?: { company: string; customer: CustomerRef; stage?: string | null }[] | null;
  capabilities?: { company: string; capability: string; level?: string | null; category?: string | null }[] | null;
  segments?: { company: string; segment: string }[] | null;
  rivalries?: { company: string; competitor: string }[] | null;
  partnerships?:
    { id?: string | null; parties: string[]; type: string; status: string; since?: string | null }[] | null;
}

interface CompanyInput {
  id?: string | null;
  name: string;
  domain?: string | null;
  employees?: number | null;
  description?: string | null;
}

interface CustomerInput {
  [field: string]: string | null | undefined;
  id?: string | null;
  name?: string | null;
  domain?: string | null;
  industry?: string | null;
  region?: string | null;
}

interface CustomerRef {
  id?: string | null;
  name?: string | null;
  domain?: string | null;
}

export interface WriteProblem {
  /** Where in the input: `companies[3].employees`, `accounts[0]`. */
  path: string;
  reason: string;
}

type Lined<Row> = Row & { line: number };

/** Rows of one kind, checked, each with its `line`: its place in its list, from 1. */
export interface CheckedBatch {
  companies: Lined<z.output<typeof companiesSpec.schema>>[];
  /** Customers with an id. */
  customers: Lined<z.output<typeof customersSpec.schema>>[];
  /** Customers without one: to be matched; their other fields checked. */
  unnamedCustomers: { path: string; mention: Mention; row: Omit<z.output<typeof customersSpec.schema>, 'id'> }[];
  /** Accounts; a customer without an id is a mention to be matched. */
  accounts: {
    line: number;
    company_id: string;
    customer: { id: string } | { path: string; mention: Mention };
    stage: string;
  }[];
  capabilities: Lined<z.output<typeof capabilitiesSpec.schema>>[];
  segments: Lined<z.output<typeof segmentsSpec.schema>>[];
  competitors: Lined<z.output<typeof competitorsSpec.schema>>[];
  /** Partnerships with an id. */
  partnerships: Lined<z.output<typeof partnershipsSpec.schema>>[];
  /** Two-party partnerships without one: the graph's for the pair, or the pair's id (as a partner sheet's). */
  pairPartnerships: { line: number; parties: [string, string]; type: string; status: string; since: string | null }[];
  /** Every company id the rows name, with where, for the service to check against the graph. */
  companyReferences: { path: string; id: string }[];
  rows: number;
}

/** A call's rows at most: a batch is one transaction, and a sync of a whole CRM is many calls. */
export const MAX_WRITE_ROWS = 5_000;

export function checkRecords(input: RecordsInput): { batch: CheckedBatch; problems: WriteProblem[] } {
  const problems: WriteProblem[] = [];
  const batch: CheckedBatch = {
    companies: [],
    customers: [],
    unnamedCustomers: [],
    accounts: [],
    capabilities: [],
    segments: [],
    competitors: [],
    partnerships: [],
    pairPartnerships: [],
    companyReferences: [],
    rows: 0,
  };
  const lists = [
    input.companies,
    input.customers,
    input.accounts,
    input.capabilities,
    input.segments,
    input.rivalries,
    input.partnerships,
  ];
  batch.rows = lists.reduce((sum, list) => sum + (list?.length ?? 0), 0);
  if (batch.rows > MAX_WRITE_ROWS) {
    problems.push({
      path: 'input',
      reason: `holds ${batch.rows.toLocaleString('en-US')} rows; a call takes at most ${MAX_WRITE_ROWS.toLocaleString('en-US')} (send several)`,
    });
    return { batch, problems };
  }
  if (batch.rows === 0) problems.push({ path: 'input', reason: 'holds no records' });

  (input.companies ?? []).forEach((company, index) => {
    const row = parse(
      companiesSpec,
      `companies[${index}]`,
      COMPANY_FIELDS,
      fieldsOf({ ...company, employees: company.employees == null ? company.employees : String(company.employees) }),
      problems,
    );
    if (row) batch.companies.push({ ...row, line: index + 1 });
  });
  (input.customers ?? []).forEach((customer, index) => {
    const path = `customers[${index}]`;
    if (customer.id != null) {
      const row = parse(customersSpec, path, {}, fieldsOf(customer), problems);
      if (row) batch.customers.push({ ...row, line: index + 1 });
      return;
    }
    const mention = mentionOf(customer);
    if (!mention)
      return problems.push({ path, reason: 'names no customer: give its id, or its name or domain to match it' });
    // Checked as a row of the customers file with a stand-in id, which the matching replaces.
    const row = parse(customersSpec, path, {}, fieldsOf({ ...customer, id: 'pending' }), problems);
    if (row) {
      const { id: _pending, ...rest } = row;
      batch.unnamedCustomers.push({ path, mention, row: rest });
    }
  });
  (input.accounts ?? []).forEach((account, index) => {
    const path = `accounts[${index}]`;
    const { customer } = account;
    const mention = customer.id == null ? mentionOf(customer) : undefined;
    if (customer.id == null && !mention)
      return problems.push({
        path: `${path}.customer`,
        reason: 'names no customer: give its id, or its name or domain',
      });
    const row = parse(
      accountsSpec,
      path,
      ACCOUNT_FIELDS,
      {
        company_id: account.company,
        customer_id: customer.id ?? 'pending',
        ...(account.stage != null && { stage: account.stage }),
      },
      problems,
    );
    if (!row) return;
    batch.companyReferences.push({ path: `${path}.company`, id: row.company_id });
    batch.accounts.push({
      line: index + 1,
      company_id: row.company_id,
      stage: row.stage,
      customer: mention ? { path: `${path}.customer`, mention } : { id: row.customer_id },
    });
  });
  (input.capabilities ?? []).forEach((offer, index) => {
    const row = parse(
      capabilitiesSpec,
      `capabilities[${index}]`,
      COMPANY_ID_FIELD,
      {
        company_id: offer.company,
        capability: offer.capability,
        ...optional({ level: offer.level, category: offer.category }),
      },
      problems,
    );
    if (!row) return;
    batch.companyReferences.push({ path: `capabilities[${index}].company`, id: row.company_id });
    batch.capabilities.push({ ...row, line: index + 1 });
  });
  (input.segments ?? []).forEach((target, index) => {
    const row = parse(
      segmentsSpec,
      `segments[${index}]`,
      COMPANY_ID_FIELD,
      { company_id: target.company, segment: target.segment },
      problems,
    );
    if (!row) return;
    batch.companyReferences.push({ path: `segments[${index}].company`, id: row.company_id });
    batch.segments.push({ ...row, line: index + 1 });
  });
  (input.rivalries ?? []).forEach((rivalry, index) => {
    const row = parse(
      competitorsSpec,
      `rivalries[${index}]`,
      RIVALRY_FIELDS,
      { company_id: rivalry.company, competitor_id: rivalry.competitor },
      problems,
    );
    if (!row) return;
    batch.companyReferences.push(
      { path: `rivalries[${index}].company`, id: row.company_id },
      { path: `rivalries[${index}].competitor`, id: row.competitor_id },
    );
    batch.competitors.push({ ...row, line: index + 1 });
  });
  (input.partnerships ?? []).forEach((partnership, index) => {
    const path = `partnerships[${index}]`;
    const row = parse(
      partnershipsSpec,
      path,
      {},
      {
        id: partnership.id ?? 'pending',
        parties: partnership.parties.join(';'),
        type: partnership.type,
        status: partnership.status,
        ...optional({ since: partnership.since }),
      },
      problems,
    );
    if (!row) return;
    row.parties.forEach((party, at) => batch.companyReferences.push({ path: `${path}.parties[${at}]`, id: party }));
    if (partnership.id != null) batch.partnerships.push({ ...row, line: index + 1 });
    else if (row.parties.length === 2)
      batch.pairPartnerships.push({
        line: index + 1,
        parties: [...row.parties].sort() as [string, string],
        type: row.type,
        status: row.status,
        since: row.since ?? null,
      });
    else
      problems.push({
        path: `${path}.id`,
        reason: `a partnership of ${row.parties.length} parties needs an id (one of two parties takes the pair's)`,
      });
  });
  return { batch, problems };
}

/** Our input's field names where they differ from the file's columns, for paths. */
const COMPANY_FIELDS = {};
const COMPANY_ID_FIELD = { company_id: 'company' };
const ACCOUNT_FIELDS = { company_id: 'company', customer_id: 'customer' };
const RIVALRY_FIELDS = { company_id: 'company', competitor_id: 'competitor' };

/** Parses one row as its file's spec does; each issue becomes a problem at its field. */
function parse<Schema extends z.ZodType>(
  spec: FileSpec<Schema>,
  path: string,
  fieldNames: Record<string, string>,
  fields: Record<string, string>,
  problems: WriteProblem[],
): z.output<Schema> | undefined {
  const result = spec.schema.safeParse(fields);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const column = issue.path.map(String).join('.');
    const field = fieldNames[column] ?? column;
    problems.push({ path: field ? `${path}.${field}` : path, reason: issue.message });
  }
  return undefined;
}

/**
 * An input object as a file row: every given field as text, a null as an empty
 * cell (which clears the property), a field left out as no column (which leaves it alone).
 */
function fieldsOf(values: { [field: string]: string | null | undefined }): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) fields[key] = (value ?? '').trim();
  return fields;
}

function optional(values: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] != null));
}

function mentionOf(ref: { name?: string | null; domain?: string | null }): Mention | undefined {
  const name = ref.name?.trim();
  const domain = ref.domain?.trim();
  if (!name && !domain) return undefined;
  return { kind: 'customer', ...(name && { name }), ...(domain && { domain }) };
}
