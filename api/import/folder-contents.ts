import { join } from 'node:path';
import type { Override } from '../matching/record-matcher.ts';
import type { FilePlan, ImportPlan } from '../sources/import-plan.ts';
import type { SourceRole } from '../sources/roles.ts';
import { companiesSpec } from './file-specs.ts';
import { readFolderFiles, type FolderFile } from './folder-files.ts';
import { readOverrides } from './overrides-file.ts';
import { planFolder, splitPlan, writePlan } from './plan-folder.ts';
import type { RowProblem } from './read-csv.ts';
import { FILE_SPECS, type DataFile } from './read-folder.ts';

/** PartnerGraph's own file, as read: its spec (by role), and the file's own name (its label in messages). */
export type NativeFile = DataFile & { label: string; file: FolderFile };

/** What an import reads from a folder before it writes anything. */
export interface FolderContents {
  plan: ImportPlan;
  /** Whether the folder's import-plan.json was read. */
  planFromFile: boolean;
  /** PartnerGraph's own files, in import order (companies first: the rest name them). */
  natives: NativeFile[];
  /** A strategist's files with their plan entries, partner sheets and directories first: they describe companies the others name. */
  sources: { entry: FilePlan; file: FolderFile }[];
  overrides: Override[];
}

const SOURCE_ORDER: readonly SourceRole[] = ['partner-sheet', 'company-directory', 'crm-accounts', 'install-base'];

/**
 * Reads a data folder's files (headers only), its plan and its overrides. What
 * stops the import before any row is read (a file too big or not text, one
 * nobody recognises, a plan that does not fit) goes to `problems` as a
 * whole-file problem. Throws when the folder has nothing to import.
 */
export async function readFolderContents(
  folder: string,
  options: { owner?: string; maxFileBytes: number },
  problems: RowProblem[],
): Promise<FolderContents> {
  const files = await readFolderFiles(folder, options.maxFileBytes, problems);
  const { plan, fromFile } = planFolder(folder, files, { owner: options.owner }, problems);
  const byName = new Map(files.map((file) => [file.file, file]));
  const { sources, natives } = splitPlan(plan);
  const nativeFiles = FILE_SPECS.flatMap((spec) =>
    natives
      .filter((entry) => entry.role === spec.file)
      .map((entry): NativeFile => {
        const file = byName.get(entry.file)!;
        return { spec, path: file.path, bytes: file.bytes, label: entry.file, file };
      }),
  );
  // A file the plan cannot read as it stands is reported (above), not read row by row.
  const unreadable = new Set(problems.filter((problem) => problem.wholeFile).map((problem) => problem.file));
  const sourceFiles = sources
    .filter((entry) => !unreadable.has(entry.file))
    .map((entry) => ({ entry, file: byName.get(entry.file)! }))
    .sort(
      (a, b) =>
        SOURCE_ORDER.indexOf(a.entry.role as SourceRole) - SOURCE_ORDER.indexOf(b.entry.role as SourceRole) ||
        a.entry.file.localeCompare(b.entry.file),
    );
  if (sourceFiles.length === 0 && !nativeFiles.some((file) => file.spec === companiesSpec) && problems.length === 0) {
    throw new Error(
      `${join(folder, companiesSpec.file)}: missing; a data folder needs at least companies.csv, or a strategist's export such as a HubSpot companies export (docs/import.md)`,
    );
  }
  return {
    plan,
    planFromFile: fromFile,
    natives: nativeFiles,
    sources: sourceFiles,
    overrides: await readOverrides(folder, problems),
  };
}

/**
 * `--plan`: detects what each of the folder's files is (import-plan.json's
 * entries a person edited win), writes the plan beside them for a person to
 * correct, and returns it with what would stop an import. Reads headers only;
 * no database.
 */
export async function writeImportPlan(
  folder: string,
  options: { owner?: string; maxFileBytes: number },
): Promise<{ plan: ImportPlan; path: string; problems: RowProblem[] }> {
  const problems: RowProblem[] = [];
  const files = await readFolderFiles(folder, options.maxFileBytes, problems);
  const { plan } = planFolder(folder, files, { owner: options.owner }, problems);
  return { plan, path: writePlan(folder, plan), problems };
}
