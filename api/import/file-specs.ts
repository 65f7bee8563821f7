import { z } from 'zod';
import { PARTNERSHIP_TYPE_IDS } from '../domain/partnership-types.ts';
import { slugify } from '../domain/slug.ts';

/**
 * The import format (README, "Loading your own data"), one spec per file: its columns, the ones the
 * header must have, and the zod schema a row must pass. Empty optional fields
 * become `null`, which clears the property on re-import.
 */
export interface FileSpec<Schema extends z.ZodType = z.ZodType> {
  file: string;
  columns: readonly string[];
  required: readonly string[];
  schema: Schema;
  /** Rows with the same key describe the same thing; they must agree. */
  key: (row: z.output<Schema>) => string;
  /** The key's columns, for messages. */
  keyLabel: string;
}

/** Ties `key` to the schema's output type. */
const defineSpec = <Schema extends z.ZodType>(spec: FileSpec<Schema>): FileSpec<Schema> => spec;

/**
 * Ids are at most 200 characters, as the API accepts (api/fits/request-arguments.ts);
 * names at most 500: both are indexed, and Neo4j refuses index keys over 8 kB
 * (500 four-byte characters stay well below). Other text is capped by
 * read-csv.ts at 10,000 characters.
 */
const MAX_ID_LENGTH = 200;
const MAX_NAME_LENGTH = 500;

const text = z.string();
const requiredText = (what: string) => z.string().min(1, `${what} is empty`);
const optionalText = text.transform((value) => (value === '' ? null : value)).optional();
const shortOptionalText = (what: string) =>
  text
    .max(MAX_NAME_LENGTH, `${what} is longer than ${MAX_NAME_LENGTH} characters`)
    .transform((value) => (value === '' ? null : value))
    .optional();

/** Why an id is refused, or undefined: ids travel into URLs, CSV files and logs, so no line breaks or other control characters. */
function idProblem(what: string, id: string): string | undefined {
  if (id.length > MAX_ID_LENGTH) return `${what} is ${id.length} characters long; ids are at most ${MAX_ID_LENGTH}`;
  for (let index = 0; index < id.length; index += 1) {
    const code = id.charCodeAt(index);
    if (code <= 0x1f || code === 0x7f) return `${what} contains a control character (a line break or tab?)`;
  }
  return undefined;
}

/** partnerships.csv separates parties with `;`, so a company whose id has one could never be named there. */
function partySeparatorProblem(id: string): string | undefined {
  return id.includes(';')
    ? 'id contains ";", which separates the parties in partnerships.csv: the company could never be named in a partnership'
    : undefined;
}

const idText = (what: string) =>
  requiredText(what).superRefine((value, context) => {
    const problem = idProblem(what, value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
const nameText = (what: string) =>
  requiredText(what).max(MAX_NAME_LENGTH, `${what} is longer than ${MAX_NAME_LENGTH} characters`);

/** One of `values`; a refusal echoes what the file said ('stage must be customer, prospect or opportunity, got "client"'). */
const oneOf = <Values extends readonly [string, ...string[]]>(what: string, values: Values) =>
  z.enum(values, {
    error: (issue) =>
      `${what} must be ${values.slice(0, -1).join(', ')} or ${values.at(-1)}, got "${String(issue.input)}"`,
  });

const stage = z
  .string()
  .transform((value) => value.toLowerCase() || 'customer')
  .pipe(oneOf('stage', ['customer', 'prospect', 'opportunity']));

const level = z
  .string()
  .transform((value) => value.toLowerCase() || 'core')
  .pipe(oneOf('level', ['core', 'secondary']));

const employees = z
  .string()
  .optional()
  .transform((value, context) => {
    // An absent column leaves the property alone (undefined is not sent); an empty cell clears it.
    if (value === undefined) return undefined;
    if (value === '') return null;
    if (!/^\d+$/.test(value)) {
      context.addIssue({ code: 'custom', message: `employees must be a whole number, got "${value}"` });
      return z.NEVER;
    }
    return Number(value);
  });

const isoDate = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value === '') return null;
    const date = new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) {
      context.addIssue({ code: 'custom', message: `since must be a date YYYY-MM-DD, got "${value}"` });
      return z.NEVER;
    }
    return value;
  });

/** A named thing (capability, segment) whose id is the slug of its name. */
const sluggedName = (what: string) =>
  nameText(what).refine((name) => slugify(name) !== '', `${what} has no letters or digits to make an id from`);

export const companiesSpec = defineSpec({
  file: 'companies.csv',
  columns: ['id', 'name', 'domain', 'employees', 'description'],
  required: ['name'],
  schema: z
    .object({
      id: text.optional(),
      name: nameText('name'),
      domain: shortOptionalText('domain'),
      employees,
      description: optionalText,
    })
    .transform(({ id, ...rest }) => ({ ...rest, id: id || slugify(rest.name) }))
    .refine((row) => row.id !== '', 'id is empty and the name has no letters or digits to make one from')
    .superRefine((row, context) => {
      const problem = idProblem('id', row.id) ?? partySeparatorProblem(row.id);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  keyLabel: 'id',
  key: (row) => row.id,
});

export const customersSpec = defineSpec({
  file: 'customers.csv',
  columns: ['id', 'name', 'domain', 'industry', 'region'],
  required: ['id'],
  schema: z
    .object({
      id: idText('id'),
      name: shortOptionalText('name'),
      domain: shortOptionalText('domain'),
      industry: shortOptionalText('industry'),
      region: shortOptionalText('region'),
    })
    // An empty name is the id; an absent name column leaves a known customer's name alone (a new one is named by its id when staged).
    .transform((row) => ({ ...row, name: row.name === undefined ? undefined : row.name || row.id })),
  keyLabel: 'id',
  key: (row) => row.id,
});

export const accountsSpec = defineSpec({
  file: 'accounts.csv',
  columns: ['company_id', 'customer_id', 'stage'],
  required: ['company_id', 'customer_id'],
  schema: z.object({
    company_id: idText('company_id'),
    customer_id: idText('customer_id'),
    stage: stage.default('customer'),
  }),
  keyLabel: 'company_id and customer_id',
  key: (row) => `${row.company_id}\u0000${row.customer_id}`,
});

export const capabilitiesSpec = defineSpec({
  file: 'capabilities.csv',
  columns: ['company_id', 'capability', 'level', 'category'],
  required: ['company_id', 'capability'],
  schema: z
    .object({
      company_id: idText('company_id'),
      capability: sluggedName('capability'),
      level: level.default('core'),
      category: shortOptionalText('category'),
    })
    .transform((row) => ({ ...row, capability_id: slugify(row.capability) })),
  keyLabel: 'company_id and capability',
  key: (row) => `${row.company_id}\u0000${row.capability_id}`,
});

export const segmentsSpec = defineSpec({
  file: 'segments.csv',
  columns: ['company_id', 'segment'],
  required: ['company_id', 'segment'],
  schema: z
    .object({ company_id: idText('company_id'), segment: sluggedName('segment') })
    .transform((row) => ({ ...row, segment_id: slugify(row.segment) })),
  keyLabel: 'company_id and segment',
  key: (row) => `${row.company_id}\u0000${row.segment_id}`,
});

export const competitorsSpec = defineSpec({
  file: 'competitors.csv',
  columns: ['company_id', 'competitor_id'],
  required: ['company_id', 'competitor_id'],
  schema: z
    .object({ company_id: idText('company_id'), competitor_id: idText('competitor_id') })
    .refine((row) => row.company_id !== row.competitor_id, 'a company cannot compete with itself'),
  keyLabel: 'company_id and competitor_id',
  key: (row) => `${row.company_id}\u0000${row.competitor_id}`,
});

export const partnershipsSpec = defineSpec({
  file: 'partnerships.csv',
  columns: ['id', 'parties', 'type', 'status', 'since'],
  required: ['id', 'parties', 'type', 'status'],
  schema: z.object({
    id: idText('id'),
    parties: text
      .transform((value) => [
        ...new Set(
          value
            .split(';')
            .map((party) => party.trim())
            .filter(Boolean),
        ),
      ])
      .refine((parties) => parties.length >= 2, 'parties must name two or more different company ids separated by ";"')
      .refine((parties) => parties.length <= 100, 'parties names more than 100 companies'),
    type: z.string().pipe(oneOf('type', PARTNERSHIP_TYPE_IDS as [string, ...string[]])),
    status: z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(oneOf('status', ['proposed', 'active', 'ended'])),
    since: isoDate,
  }),
  keyLabel: 'id',
  key: (row) => row.id,
});
