import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePlanProblem, PLAN_FILE, planText, readPlan } from '../sources/import-plan.ts';
import { explorerWording } from './explorer-wording.ts';
import { badUpload } from './upload-refusal.ts';

/**
 * Saves a plan a person edited as the folder's import-plan.json, where the
 * next read of the plan, a dry run and the import find it (their entries
 * win over detection). A plan that does not parse against the plan's schema
 * is refused (400) with each problem at its JSON path, and nothing is saved;
 * one that parses is saved, and checked against the files when read back.
 */
export function savePlan(folder: string, body: unknown): void {
  const read = readPlan(JSON.stringify(body));
  if ('problems' in read) {
    const problems = read.problems.map((problem) => explorerWording(describePlanProblem(problem)));
    throw badUpload(
      `The plan was not saved: ${problems.length === 1 ? problems[0] : `${problems.length} problems, listed`}.`,
      problems,
    );
  }
  writeFileSync(join(folder, PLAN_FILE), planText(read.plan), { mode: 0o600 });
}
