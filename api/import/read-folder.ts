import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  accountsSpec,
  capabilitiesSpec,
  companiesSpec,
  competitorsSpec,
  customersSpec,
  partnershipsSpec,
  segmentsSpec,
  type FileSpec,
} from './file-specs.ts';
import { readCsv, type RowProblem } from './read-csv.ts';
import { validateRows, type Lined } from './validate-rows.ts';

type RowsOf<Spec> = Spec extends FileSpec<infer Schema> ? Lined<z.output<Schema>>[] : never;

/** Everything a data folder holds, validated; absent optional files are empty. */
export interface ImportPlan {
  companies: RowsOf<typeof companiesSpec>;
  customers: RowsOf<typeof customersSpec>;
  accounts: RowsOf<typeof accountsSpec>;
  capabilities: RowsOf<typeof capabilitiesSpec>;
  segments: RowsOf<typeof segmentsSpec>;
  competitors: RowsOf<typeof competitorsSpec>;
  partnerships: RowsOf<typeof partnershipsSpec>;
  /** The files that were present, in import order. */
  files: string[];
  problems: RowProblem[];
}

/** The largest import file read by default: a file is read whole, and Node holds a string of at most 512 MB. */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface ReadFolderOptions {
  /** Files larger than this are refused whole, with their size. Default: `IMPORT_MAX_FILE_MB` MB, or 256 MB. */
  maxFileBytes?: number;
}

/**
 * Reads and validates a data folder without touching the database. A row
 * naming a company that is neither in companies.csv nor in `knownCompanyIds`
 * (the database's) is a problem, and so is every row that depends on a
 * company row that was rejected.
 */
export function readDataFolder(folder: string, knownCompanyIds: ReadonlySet<string>, options: ReadFolderOptions = {}): ImportPlan {
  const maxFileBytes = options.maxFileBytes ?? maxFileBytesFromEnv();
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`${folder}: no such data folder`);
  }
  if (!existsSync(join(folder, companiesSpec.file))) {
    throw new Error(`${join(folder, companiesSpec.file)}: missing; a data folder needs at least companies.csv`);
  }
  const problems: RowProblem[] = [];
  const files: string[] = [];
  const load = <Schema extends z.ZodType>(spec: FileSpec<Schema>): Lined<z.output<Schema>>[] => {
    const path = join(folder, spec.file);
    if (!existsSync(path)) return [];
    files.push(spec.file);
    const stat = statSync(path);
    if (!stat.isFile()) {
      problems.push({ file: spec.file, line: 1, reason: 'is not a file' });
      return [];
    }
    const size = stat.size;
    if (size > maxFileBytes) {
      problems.push({
        file: spec.file,
        line: 1,
        reason: `the file is ${megabytes(size)}; files are read whole and may be at most ${megabytes(maxFileBytes)} (IMPORT_MAX_FILE_MB raises the limit, memory permitting)`,
      });
      return [];
    }
    const parsed = readCsv(spec.file, readFileSync(path), spec.columns, spec.required);
    const { valid, problems: rowProblems } = validateRows(spec, parsed.rows);
    problems.push(...parsed.problems, ...rowProblems);
    return valid;
  };

  const companies = load(companiesSpec);
  const known = new Set([...knownCompanyIds, ...companies.map((company) => company.id)]);
  const checkCompanies = referenceCheck(known, problems);

  const plan: ImportPlan = {
    companies,
    customers: load(customersSpec),
    accounts: checkCompanies(accountsSpec.file, load(accountsSpec), (row) => [row.company_id]),
    capabilities: checkCompanies(capabilitiesSpec.file, load(capabilitiesSpec), (row) => [row.company_id]),
    segments: checkCompanies(segmentsSpec.file, load(segmentsSpec), (row) => [row.company_id]),
    competitors: checkCompanies(competitorsSpec.file, load(competitorsSpec), (row) => [row.company_id, row.competitor_id]),
    partnerships: checkCompanies(partnershipsSpec.file, load(partnershipsSpec), (row) => row.parties),
    files,
    problems,
  };
  problems.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line);
  return plan;
}

function maxFileBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const megabytes = Number(env.IMPORT_MAX_FILE_MB);
  return Number.isFinite(megabytes) && megabytes > 0 ? megabytes * 1024 * 1024 : DEFAULT_MAX_FILE_BYTES;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Keeps the rows whose company ids are all known; reports the others. */
function referenceCheck(known: ReadonlySet<string>, problems: RowProblem[]) {
  return <Row extends { line: number }>(file: string, rows: Row[], companyIds: (row: Row) => string[]): Row[] =>
    rows.filter((row) => {
      const unknown = companyIds(row).filter((id) => !known.has(id));
      if (unknown.length === 0) return true;
      const list = unknown.map((id) => `"${id}"`).join(', ');
      problems.push({ file, line: row.line, reason: `unknown company ${list} (not in companies.csv nor in the database)` });
      return false;
    });
}
