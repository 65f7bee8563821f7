import { existsSync } from 'node:fs';
import { readFolderFiles, type FolderFile } from '../import/folder-files.ts';
import { formatProblem } from '../import/import-folder.ts';
import { planFolder } from '../import/plan-folder.ts';
import type { RowProblem } from '../import/read-csv.ts';
import type { FilePlan, ImportPlan } from '../sources/import-plan.ts';
import { layoutsOf } from '../sources/layouts.ts';
import { NATIVE_ROLES } from '../sources/native-files.ts';
import { ROLE_FIELDS, ROLE_NOUNS, SOURCE_ROLES } from '../sources/roles.ts';
import { stageTargetsOf } from '../sources/stage-tables.ts';
import { explorerWording } from './explorer-wording.ts';

/** One file of an upload as the explorer shows it: what it is, how sure, why, and its header to map columns from. */
interface FileView {
  file: string;
  bytes: number;
  /** The header row as written; empty when the file could not be read. */
  headers: string[];
  /** The plan's entry: detection's, or the one a person saved. Absent when nobody recognises the file yet. */
  entry?: FilePlan;
  /** Why detection recognised no role (an unrecognised file). */
  unrecognisedWhy?: string;
  /** What stops the import for this file, each a sentence (`file:line: reason`). */
  problems: string[];
}

/** What each role can be, for the explorer's choices: its fields, its layouts and what its stage column's values can become. */
interface RoleChoice {
  role: string;
  noun: string;
  fields: string[];
  layouts: { layout: string; title: string }[];
  stageTargets: string[];
  /** A CRM export lists its owner's accounts, a partner sheet its owner's partners: both need an owner. */
  needsOwner: boolean;
}

export interface PlanView {
  plan: ImportPlan;
  files: FileView[];
  /** Problems that belong to no file (the plan file itself), as sentences. */
  problems: string[];
  /** True when nothing stops an import: every file placed, every owner named, the plan checked. */
  ready: boolean;
  roles: RoleChoice[];
  /** PartnerGraph's own files, which the importer knows by name. */
  nativeRoles: string[];
}

/**
 * Reads an upload's files (headers only) and its plan, as an import would:
 * detection, with import-plan.json's entries winning, each checked against
 * the files (api/import/plan-folder.ts). No database.
 */
export async function readPlanView(folder: string, maxFileBytes: number): Promise<PlanView> {
  const problems: RowProblem[] = [];
  let files: FolderFile[] = [];
  let plan: ImportPlan = { version: 1, files: [], unrecognised: [] };
  try {
    // An imported upload has no folder left: nothing to plan.
    if (existsSync(folder)) {
      files = await readFolderFiles(folder, maxFileBytes, problems);
      plan = planFolder(folder, files, {}, problems).plan;
    }
  } catch (error) {
    // A folder with no CSV file yet has nothing to plan, which the view says plainly; one removed
    // while it was read (its import just finished) has nothing either.
    if (!/no CSV files/.test((error as Error).message) && (error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw error;
    files = [];
    problems.length = 0;
  }
  const sentences = (file: string) =>
    problems.filter((problem) => problem.file === file).map((problem) => explorerWording(formatProblem(problem)));
  const fileNames = new Set([
    ...files.map((file) => file.file),
    ...problems.map((problem) => problem.file).filter((file) => file.endsWith('.csv')),
  ]);
  const views: FileView[] = [...fileNames].sort().map((name) => {
    const file = files.find((candidate) => candidate.file === name);
    const entry = plan.files.find((candidate) => candidate.file === name);
    const unrecognised = plan.unrecognised.find((candidate) => candidate.file === name);
    return {
      file: name,
      bytes: file?.bytes ?? 0,
      headers: file?.headers ?? [],
      ...(entry && { entry }),
      ...(unrecognised && { unrecognisedWhy: unrecognised.why }),
      problems: sentences(name),
    };
  });
  const general = problems
    .filter((problem) => !fileNames.has(problem.file))
    .map((problem) => explorerWording(formatProblem(problem)));
  if (files.length === 0 && problems.length === 0)
    general.push('No CSV file yet: add a CRM export, an install-base list, a partner sheet or a company directory.');
  return {
    plan,
    files: views,
    problems: general,
    ready: problems.length === 0 && files.length > 0,
    roles: ROLE_CHOICES,
    nativeRoles: [...NATIVE_ROLES],
  };
}

const ROLE_CHOICES: RoleChoice[] = SOURCE_ROLES.map((role) => ({
  role,
  noun: ROLE_NOUNS[role],
  fields: [...ROLE_FIELDS[role]],
  layouts: layoutsOf(role).map((definition) => ({ layout: definition.layout, title: definition.title })),
  stageTargets: [...stageTargetsOf(role)],
  needsOwner: role === 'crm-accounts' || role === 'partner-sheet',
}));
