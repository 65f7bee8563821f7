/**
 * A person's changes to the import plan, as pure functions of the plan: each
 * returns a new plan, which the dialog saves (PUT /uploads/<id>/plan) and the
 * server answers checked. An entry a person touches is theirs ("set by you")
 * unless it ends up as detection left it, which the server decides.
 */
import type { FilePlan, FileView, ImportPlan, RoleChoice } from './upload-types.ts';

/** The roles a file can be given, in the order the dialog offers them. */
export const ROLE_ORDER = ['crm-accounts', 'install-base', 'partner-sheet', 'company-directory', 'ignore'] as const;

function replaceEntry(plan: ImportPlan, entry: FilePlan): ImportPlan {
  const files = plan.files.some((candidate) => candidate.file === entry.file)
    ? plan.files.map((candidate) => (candidate.file === entry.file ? entry : candidate))
    : [...plan.files, entry].sort((a, b) => a.file.localeCompare(b.file));
  return { ...plan, files, unrecognised: plan.unrecognised.filter((candidate) => candidate.file !== entry.file) };
}

/**
 * Gives a file a role. Columns the new role also has are kept; the layout is
 * the role's first (a CRM export's may then be changed); stages and a vendor
 * that belonged to the old role go. PartnerGraph's own files keep their name's
 * role. `ignore` leaves the file out.
 */
export function withRole(plan: ImportPlan, view: FileView, role: string, roles: readonly RoleChoice[]): ImportPlan {
  const current = view.entry;
  if (current?.role === role) return plan;
  const choice = roles.find((candidate) => candidate.role === role);
  const columns = Object.fromEntries(
    Object.entries(current?.columns ?? {}).filter(([field]) => choice?.fields.includes(field)),
  );
  const entry: FilePlan = {
    file: view.file,
    role,
    layout: choice?.layouts[0]?.layout ?? (role === 'ignore' ? '' : 'partnergraph'),
    columns,
    ...(choice?.needsOwner && current?.owner && { owner: current.owner }),
    confidence: 'set by you',
    why:
      role === 'ignore'
        ? 'left out in the explorer'
        : `set in the explorer${current ? ` (detection said: ${current.why})` : ''}`,
    unplaced: [],
  };
  return replaceEntry(plan, entry);
}

/** Reads the file as another layout of its role (HubSpot or Salesforce, say); its stage table follows the server's. */
export function withLayout(plan: ImportPlan, file: string, layout: string): ImportPlan {
  const entry = plan.files.find((candidate) => candidate.file === file);
  if (!entry || entry.layout === layout) return plan;
  const { stages: _stages, ...rest } = entry;
  return replaceEntry(plan, { ...rest, layout, confidence: 'set by you' });
}

/**
 * Names the company whose accounts or partners the file lists, and makes it
 * the plan's owner when none is set yet, so that the other exports of the same
 * company need not be named again.
 */
export function withOwner(plan: ImportPlan, file: string, owner: string): ImportPlan {
  const entry = plan.files.find((candidate) => candidate.file === file);
  if (!entry) return plan;
  const name = owner.trim();
  const { owner: _old, ...rest } = entry;
  const next = replaceEntry(plan, name === '' ? rest : { ...rest, owner: name });
  return plan.owner === undefined && name !== '' ? { ...next, owner: name } : next;
}

/** Reads `field` from the column `header`, or from none (`null`). A header reads one field at a time. */
export function withColumn(plan: ImportPlan, file: string, field: string, header: string | null): ImportPlan {
  const entry = plan.files.find((candidate) => candidate.file === file);
  if (!entry) return plan;
  const columns = Object.fromEntries(
    Object.entries(entry.columns).filter(([name, used]) => name !== field && used !== header),
  );
  if (header !== null) columns[field] = header;
  return replaceEntry(plan, { ...entry, columns });
}

/** The owner a file's rows are read for: its own, else the plan's (as the importer reads it). */
export function ownerOfFile(
  plan: ImportPlan,
  entry: FilePlan | undefined,
  roles: readonly RoleChoice[],
): string | undefined {
  if (!entry || !roles.find((choice) => choice.role === entry.role)?.needsOwner) return undefined;
  return entry.owner ?? plan.owner;
}
