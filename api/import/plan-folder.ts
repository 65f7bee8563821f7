import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkPlan,
  describePlanProblem,
  ownerOf,
  PLAN_FILE,
  planFor,
  planText,
  readPlan,
  type FilePlan,
  type ImportPlan,
} from '../sources/import-plan.ts';
import { NATIVE_LAYOUT } from '../sources/detect-file.ts';
import { nativeFileNamed, type NativeRole } from '../sources/native-files.ts';
import { isSourceRole } from '../sources/roles.ts';
import type { FolderFile } from './folder-files.ts';
import type { RowProblem } from './read-csv.ts';

/** What the import does with each of a folder's files, and the problems that stop it before a row is read. */
export interface FolderPlan {
  plan: ImportPlan;
  /** The folder's own import-plan.json was read (else the plan is detection's alone). */
  fromFile: boolean;
}

/**
 * The plan for a folder's files: import-plan.json when the folder has one (a
 * person's entries win over detection, each checked), else detection alone,
 * with the owner named on this import (`--as`) winning over the plan's. Every
 * reason the import cannot go ahead is added to `problems` as a whole-file
 * problem: a plan that does not parse or does not fit the files, a file nobody
 * recognises, a CRM export or partner sheet whose owner nobody named. A file
 * named as one of PartnerGraph's own that detection does not recognise stays
 * that file: the CSV reader then says exactly what is wrong with its header.
 */
export function planFolder(
  folder: string,
  files: readonly FolderFile[],
  options: { owner?: string },
  problems: RowProblem[],
): FolderPlan {
  const planPath = join(folder, PLAN_FILE);
  let edited: ImportPlan | undefined;
  if (existsSync(planPath)) {
    const read = readPlan(readFileSync(planPath, 'utf8'));
    if ('problems' in read) {
      for (const problem of read.problems)
        problems.push({
          file: PLAN_FILE,
          line: 1,
          reason: describePlanProblem(problem).replace(`${PLAN_FILE} `, ''),
          wholeFile: true,
        });
    } else {
      edited = read.plan;
    }
  }
  const detected = planFor(files, { owner: options.owner, edited });
  const plan: ImportPlan = { ...detected, unrecognised: [] };
  for (const entry of detected.unrecognised) {
    const native = nativeFileNamed(entry.file);
    if (native) {
      plan.files.push({
        file: entry.file,
        role: native.file as NativeRole,
        layout: NATIVE_LAYOUT,
        columns: {},
        confidence: 'likely',
        why: 'named as PartnerGraph’s own file',
        unplaced: [],
      });
      continue;
    }
    plan.unrecognised.push(entry);
    problems.push({
      file: entry.file,
      line: 1,
      reason: `${entry.why.charAt(0).toLowerCase()}${entry.why.slice(1).replace(/\.$/, '')}. Run the import with --plan to write ${PLAN_FILE}, then give the file its role and columns there (or "role": "ignore" to leave it out)`,
      wholeFile: true,
    });
  }
  plan.files.sort((a, b) => a.file.localeCompare(b.file));
  for (const problem of checkPlan(plan, files).filter((problem) => !isNativeFallback(plan, problem.file))) {
    problems.push({ file: problem.file ?? PLAN_FILE, line: 1, reason: describePlanProblem(problem), wholeFile: true });
  }
  for (const entry of plan.files) {
    if (!ownerOf(plan, entry) && (entry.role === 'crm-accounts' || entry.role === 'partner-sheet')) {
      const what = entry.role === 'crm-accounts' ? 'whose accounts are these' : 'whose partners are these';
      problems.push({
        file: entry.file,
        line: 1,
        reason: `${what}? Name the company with --as <company> (its id or name), or set "owner" in ${PLAN_FILE}`,
        wholeFile: true,
      });
    }
  }
  return { plan, fromFile: edited !== undefined };
}

/** Writes the plan beside the files for a person to read and edit; returns where. */
export function writePlan(folder: string, plan: ImportPlan): string {
  const path = join(folder, PLAN_FILE);
  writeFileSync(path, planText(plan));
  return path;
}

/** The entries that are source files (a strategist's exports), and those that are PartnerGraph's own, by role. */
export function splitPlan(plan: ImportPlan): { sources: FilePlan[]; natives: (FilePlan & { role: NativeRole })[] } {
  const sources = plan.files.filter((entry) => isSourceRole(entry.role));
  const natives = plan.files.filter(
    (entry): entry is FilePlan & { role: NativeRole } => entry.role !== 'ignore' && !isSourceRole(entry.role),
  );
  return { sources, natives };
}

/** A file that stayed PartnerGraph's own by its name alone: its header is the CSV reader's to judge. */
function isNativeFallback(plan: ImportPlan, file: string | undefined): boolean {
  const entry = plan.files.find((candidate) => candidate.file === file);
  return entry?.why === 'named as PartnerGraph’s own file';
}
