import { z } from 'zod';
import { detectFile, NATIVE_LAYOUT, type Detection } from './detect-file.ts';
import { comparable } from './comparable.ts';
import { layoutNamed, layoutsOf } from './layouts.ts';
import { fileNameOf, NATIVE_ROLES, nativeFileNamed, nativeHeaderProblem, type NativeRole } from './native-files.ts';
import { isFieldOf, isSourceRole, ROLE_FIELDS, SOURCE_ROLES, type SourceRole } from './roles.ts';
import { rolesWithStages, STAGE_TABLES, stageTargetsOf } from './stage-tables.ts';

/**
 * The import plan: what the importer will do with each file of a folder, written to `import-plan.json`
 * beside the files so that a person can read and correct it, and read back by the next import. Detection
 * (detect-file.ts) writes an entry for each file it recognises; an entry a person edited wins over
 * detection, once every field of it is checked against the roles, the tables and the file's header.
 */
export const PLAN_FILE = 'import-plan.json';

type PlanRole = SourceRole | NativeRole | 'ignore';
type PlanConfidence = 'certain' | 'likely' | 'set by you';

export interface FilePlan {
  file: string;
  /** `ignore` leaves the file out of the import. */
  role: PlanRole;
  layout: string;
  /**
   * Whose accounts or partners these are (the CRM's company, the partner sheet's "you"), when not the plan's
   * owner; read it with ownerOf.
   */
  owner?: string;
  /** Our field → the file's header, as written. */
  columns: Record<string, string>;
  /** The stage column's value → what the row becomes (stage-tables.ts); replaces the layout's table when present. */
  stages?: Record<string, string>;
  /** The technology every row is about, for a list of one technology's users (a BuiltWith list). */
  vendor?: string;
  confidence: PlanConfidence;
  why: string;
  /** Headers no field takes: read by nothing. */
  unplaced: string[];
}

export interface ImportPlan {
  version: 1;
  owner?: string;
  files: FilePlan[];
  unrecognised: { file: string; why: string }[];
}

/** A problem with the plan: the plan file, the JSON path in it (`files[2].columns.name`), the data file the entry is about, and why. */
export interface PlanProblem {
  planFile: string;
  path: string;
  file?: string;
  reason: string;
}

export function describePlanProblem(problem: PlanProblem): string {
  const where = [problem.path, problem.file && `(${problem.file})`].filter(Boolean).join(' ');
  return `${problem.planFile}${where ? ` ${where}` : ''}: ${problem.reason}`;
}

const PLAN_ROLES = [...SOURCE_ROLES, ...NATIVE_ROLES, 'ignore'] as const;
const ROLES_WITH_OWNER: readonly PlanRole[] = ['crm-accounts', 'partner-sheet', 'crm-deals'];

/** What every row of a role must be able to read; the plan is refused when a file's columns cannot give it. */
const NEEDS: Record<SourceRole, readonly { fields: readonly string[]; what: string }[]> = {
  'crm-accounts': [{ fields: ['name', 'domain', 'website'], what: 'the account: name, domain or website' }],
  'install-base': [
    {
      fields: ['account', 'accountDomain', 'accountWebsite'],
      what: 'the account: account, accountDomain or accountWebsite',
    },
    {
      fields: ['vendor', 'product'],
      what: 'the vendor: vendor or product (or "vendor" naming the technology of every row)',
    },
  ],
  'partner-sheet': [
    {
      fields: ['partner', 'partnerDomain', 'partnerWebsite'],
      what: 'the partner: partner, partnerDomain or partnerWebsite',
    },
    { fields: ['type'], what: 'the partnership type: type' },
  ],
  'company-directory': [{ fields: ['name', 'domain', 'website'], what: 'the company: name, domain or website' }],
  'crm-deals': [
    {
      fields: ['sourceId', 'name', 'account', 'accountDomain'],
      what: 'the deal: sourceId, name, account or accountDomain',
    },
  ],
};

/**
 * The layout an entry written by hand gets without one: its role's only layout known by synonyms (a BuiltWith
 * list is known by its signature). A CRM export must say which CRM, whose stage table differs.
 */
function defaultLayout(role: SourceRole): string | undefined {
  const layouts = layoutsOf(role).filter((definition) => !definition.onlyBySignature);
  return layouts.length === 1 ? layouts[0]!.layout : undefined;
}

const list = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(', ');

const filePlanSchema = z
  .strictObject(
    {
      file: z.string().min(1, 'the file name is empty'),
      role: z.enum(PLAN_ROLES, {
        error: (issue) => `${JSON.stringify(issue.input)} is not a role; the roles are ${list(PLAN_ROLES)}`,
      }),
      layout: z.string().optional(),
      owner: z.string().min(1, "the owner is empty; remove the key to use the plan's owner").optional(),
      columns: z.record(z.string(), z.string().min(1, 'the header is empty')).default({}),
      stages: z.record(z.string(), z.string()).optional(),
      vendor: z.string().min(1, 'the vendor is empty').optional(),
      confidence: z.enum(['certain', 'likely', 'set by you']).default('set by you'),
      why: z.string().default(''),
      unplaced: z.array(z.string()).default([]),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown key(s) ${list(issue.keys)}; a file's keys are file, role, layout, owner, columns, stages, vendor, confidence, why, unplaced`
          : undefined,
    },
  )
  .superRefine((entry, context) => {
    const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const { role } = entry;
    if (role === 'ignore') return;
    if (!isSourceRole(role)) {
      if (fileNameOf(entry.file) !== role)
        problem(
          ['role'],
          `${role} is PartnerGraph's own file, which the importer reads by its name; this file is ${JSON.stringify(entry.file)}`,
        );
      if (entry.layout !== undefined && entry.layout !== NATIVE_LAYOUT)
        problem(['layout'], `PartnerGraph's own files have the layout "${NATIVE_LAYOUT}"`);
      return;
    }
    const layouts = layoutsOf(role).map((definition) => definition.layout);
    if (entry.layout === undefined ? defaultLayout(role) === undefined : !layouts.includes(entry.layout)) {
      problem(
        ['layout'],
        `${entry.layout === undefined ? 'missing' : `${JSON.stringify(entry.layout)} is not a layout of ${role}`}; the layouts of ${role} are ${list(layouts)}`,
      );
    }
    for (const field of Object.keys(entry.columns)) {
      if (!isFieldOf(role, field))
        problem(
          ['columns', field],
          `${JSON.stringify(field)} is not a field of ${role}; its fields are ${list(ROLE_FIELDS[role])}`,
        );
    }
    if (entry.stages) {
      const targets = stageTargetsOf(role);
      if (targets.length === 0) problem(['stages'], `${role} has no stage column; remove "stages"`);
      const seen = new Map<string, string>();
      for (const [value, target] of Object.entries(entry.stages)) {
        if (targets.length > 0 && !targets.includes(target))
          problem(
            ['stages', value],
            `${JSON.stringify(target)} is not a stage; a value of ${role} becomes one of ${list(targets)}`,
          );
        const same = seen.get(comparable(value));
        if (same !== undefined)
          problem(
            ['stages', value],
            `${JSON.stringify(value)} and ${JSON.stringify(same)} are one value (case, spaces and punctuation are ignored); keep one`,
          );
        seen.set(comparable(value), value);
      }
    }
    if (entry.owner !== undefined && !ROLES_WITH_OWNER.includes(role))
      problem(['owner'], `only CRM exports and partner sheets have an owner; remove "owner" from this ${role} file`);
    if (entry.vendor !== undefined && role !== 'install-base')
      problem(
        ['vendor'],
        `only an install base names one vendor for all its rows; remove "vendor" from this ${role} file`,
      );
  })
  .transform((entry): FilePlan => ({
    ...entry,
    layout:
      entry.layout ??
      (isSourceRole(entry.role) ? defaultLayout(entry.role)! : entry.role === 'ignore' ? '' : NATIVE_LAYOUT),
  }));

const importPlanSchema = z
  .strictObject(
    {
      version: z.literal(1, { error: 'the plan version must be 1' }),
      owner: z.string().min(1, 'the owner is empty; remove the key if there is none').optional(),
      files: z.array(filePlanSchema).default([]),
      unrecognised: z.array(z.strictObject({ file: z.string(), why: z.string().default('') })).default([]),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown key(s) ${list(issue.keys)}; the plan's keys are version, owner, files, unrecognised`
          : undefined,
    },
  )
  .superRefine((plan, context) => {
    const seen = new Set<string>();
    plan.files.forEach((entry, index) => {
      if (seen.has(entry.file))
        context.addIssue({
          code: 'custom',
          path: ['files', index, 'file'],
          message: `${JSON.stringify(entry.file)} has two entries; keep one`,
        });
      seen.add(entry.file);
    });
    plan.unrecognised.forEach((entry, index) => {
      if (seen.has(entry.file)) {
        context.addIssue({
          code: 'custom',
          path: ['unrecognised', index, 'file'],
          message: `${JSON.stringify(entry.file)} is also under "files"; remove it here`,
        });
      }
    });
  });

/** Reads a plan file's text: the plan, or every problem with it, each naming its JSON path. */
export function readPlan(
  text: string,
  planFile: string = PLAN_FILE,
): { plan: ImportPlan } | { problems: PlanProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ planFile, path: '', reason: `not JSON: ${(error as Error).message}` }] };
  }
  const result = importPlanSchema.safeParse(json);
  if (result.success) return { plan: result.data as ImportPlan };
  return {
    problems: result.error.issues.map((issue) => ({
      planFile,
      path: jsonPath(issue.path),
      file: fileAt(json, issue.path),
      reason: issue.message,
    })),
  };
}

/**
 * Checks a plan against the folder's files: each entry's file is there, its columns are headers the file
 * has, and they give what every row of its role must read. PartnerGraph's own files must pass the
 * importer's header check.
 */
export function checkPlan(
  plan: ImportPlan,
  files: readonly { file: string; headers: readonly string[] }[],
  planFile: string = PLAN_FILE,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const headersOf = new Map(files.map(({ file, headers }) => [file, headers.map((header) => header.trim())]));
  plan.files.forEach((entry, index) => {
    const problem = (path: string, reason: string) =>
      problems.push({ planFile, path: `files[${index}]${path}`, file: entry.file, reason });
    const headers = headersOf.get(entry.file);
    if (!headers) return problem('.file', `the folder has no file ${JSON.stringify(entry.file)}`);
    if (entry.role === 'ignore') return;
    if (!isSourceRole(entry.role)) {
      const nativeProblem = nativeHeaderProblem(nativeFileNamed(entry.role)!, headers);
      if (nativeProblem)
        problem('.role', `its header is not that of PartnerGraph's own ${entry.role}: ${nativeProblem}`);
      return;
    }
    for (const [field, header] of Object.entries(entry.columns)) {
      if (headers.includes(header)) continue;
      const near = headers.find((candidate) => comparable(candidate) === comparable(header));
      problem(
        `.columns.${field}`,
        `${entry.file} has no column ${JSON.stringify(header)}${near ? ` (it has ${JSON.stringify(near)})` : ''}; its columns are ${list(headers)}`,
      );
    }
    for (const need of NEEDS[entry.role]) {
      const given =
        need.fields.some((field) => entry.columns[field] !== undefined) ||
        (need.fields.includes('vendor') && entry.vendor !== undefined);
      if (!given)
        problem(
          need.fields.includes('vendor') ? '.vendor' : '.columns',
          `as ${entry.role}, the file needs a column for ${need.what}`,
        );
    }
  });
  return problems;
}

/**
 * The plan for a folder's files: each file as detection sees it, unless `edited` (the plan read from
 * import-plan.json) has an entry for it, which wins. An edited entry that differs from detection is marked
 * `set by you`, with what detection said; the owner given on this import (`--as`) wins over the plan's.
 * Entries for files no longer in the folder are dropped. Check the result with checkPlan.
 */
export function planFor(
  files: readonly { file: string; headers: readonly string[] }[],
  options: { owner?: string; edited?: ImportPlan } = {},
): ImportPlan {
  const owner = options.owner ?? options.edited?.owner;
  const editedEntries = new Map((options.edited?.files ?? []).map((entry) => [entry.file, entry]));
  const plan: ImportPlan = { version: 1, ...(owner !== undefined && { owner }), files: [], unrecognised: [] };
  for (const { file, headers } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const detection = detectFile(file, headers);
    const detected = detection.role === undefined ? undefined : fromDetection(detection);
    const edited = editedEntries.get(file);
    if (edited) plan.files.push(mergeEdited(edited, detected, detection, headers, options.edited?.owner));
    else if (detected) plan.files.push(detected);
    else plan.unrecognised.push({ file, why: detection.why });
  }
  return plan;
}

function fromDetection(detection: Detection & { role: NonNullable<Detection['role']> }): FilePlan {
  const stages =
    isSourceRole(detection.role) && rolesWithStages().includes(detection.role)
      ? STAGE_TABLES[detection.layout]
      : undefined;
  return {
    file: detection.file,
    role: detection.role,
    layout: detection.layout,
    columns: detection.columns,
    ...(stages && { stages: { ...stages } }),
    confidence: detection.confidence,
    why: detection.why,
    unplaced: detection.unplaced,
  };
}

function mergeEdited(
  edited: FilePlan,
  detected: FilePlan | undefined,
  detection: Detection,
  headers: readonly string[],
  editedOwner: string | undefined,
): FilePlan {
  const { owner, ...rest } = edited;
  const entry: FilePlan = {
    ...rest,
    // An owner equal to the plan's says nothing of its own: the file follows the plan's (and --as).
    ...(owner !== undefined && owner !== editedOwner && { owner }),
    // What is read by nothing follows the edited columns, not the ones detection placed.
    unplaced: isSourceRole(edited.role) ? unplacedBy(edited.columns, headers) : [],
  };
  if (detected && sameDecision(entry, detected))
    return { ...entry, confidence: detected.confidence, why: detected.why };
  const why =
    edited.confidence === 'set by you' && edited.why !== ''
      ? edited.why
      : `Set in ${PLAN_FILE} (detection said: ${detection.why})`;
  return { ...entry, confidence: 'set by you', why };
}

function sameDecision(a: FilePlan, b: FilePlan): boolean {
  return (
    a.role === b.role &&
    a.layout === b.layout &&
    a.owner === b.owner &&
    a.vendor === b.vendor &&
    sameRecord(a.columns, b.columns) &&
    sameRecord(a.stages ?? {}, b.stages ?? {})
  );
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function unplacedBy(columns: Record<string, string>, headers: readonly string[]): string[] {
  const placed = new Set(Object.values(columns));
  return headers.map((header) => header.trim()).filter((header) => header !== '' && !placed.has(header));
}

/** The company whose accounts or partners a CRM export or partner sheet lists: its own owner, else the plan's. */
export function ownerOf(plan: ImportPlan, entry: FilePlan): string | undefined {
  return ROLES_WITH_OWNER.includes(entry.role) ? (entry.owner ?? plan.owner) : undefined;
}

/** The plan as import-plan.json holds it. */
export function planText(plan: ImportPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** The plan for a person, a few lines a file: what each file is, how sure, why, and which columns go where. */
export function describePlan(plan: ImportPlan): string {
  const lines = [
    `Import plan${plan.owner ? ` for ${plan.owner}` : ''}: ${plan.files.length} file(s) to read, ${plan.unrecognised.length} not recognised`,
  ];
  for (const entry of plan.files) {
    if (entry.role === 'ignore') {
      lines.push(`  ${entry.file}: ignored (${entry.confidence})`);
      continue;
    }
    const layout = isSourceRole(entry.role) ? ` as ${layoutNamed(entry.layout)?.title ?? entry.layout}` : '';
    const owner = ownerOf(plan, entry) ? `, of ${ownerOf(plan, entry)}` : '';
    lines.push(`  ${entry.file}: ${entry.role}${layout}${owner} (${entry.confidence}) — ${entry.why}`);
    if (isSourceRole(entry.role)) {
      const columns = Object.entries(entry.columns).map(([field, header]) => `${field} ← ${header}`);
      if (entry.vendor) columns.push(`vendor = ${entry.vendor}`);
      if (columns.length > 0) lines.push(`    reads ${columns.join(', ')}`);
      if (entry.unplaced.length > 0) lines.push(`    leaves ${entry.unplaced.join(', ')}`);
    }
  }
  for (const { file, why } of plan.unrecognised) lines.push(`  ${file}: ${why}`);
  return lines.join('\n');
}

/** `files[2].columns.name`, or `files[0].stages["Customer - Direct"]` for a key that is not a plain name. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/** The data file an issue's path is about (`files[2]` → that entry's `file`), for the message. */
function fileAt(json: unknown, path: readonly PropertyKey[]): string | undefined {
  if ((path[0] !== 'files' && path[0] !== 'unrecognised') || typeof path[1] !== 'number') return undefined;
  const entries = (json as Record<string, unknown> | null)?.[path[0]];
  const entry = Array.isArray(entries) ? (entries[path[1]] as { file?: unknown } | undefined) : undefined;
  return typeof entry?.file === 'string' ? entry.file : undefined;
}
