import type { MatchDecision } from '../matching/record-matcher.ts';
import type { RowProblem } from './read-csv.ts';
import type { MentionRole } from './source-rows.ts';

/** How the records of a file found their organisation. */
interface DecisionCounts {
  /** Matched a customer or company the graph (or PartnerGraph's own files in the folder) already had. */
  existing: number;
  /** Joined records of other rows or files with the same registrable domain. */
  byDomain: number;
  /** Joined by normalised name, having no domain of their own. */
  byName: number;
  /** Placed by overrides.csv. */
  byOverride: number;
  /** An organisation no other record names. */
  new: number;
  /** Their name fits several organisations with different domains: merged with none. */
  ambiguous: number;
}

export interface FileReport {
  file: string;
  role: string;
  layout: string;
  owner?: string;
  /** The company the owner was matched to (its id in the graph). */
  ownerId?: string;
  /** Data rows read. */
  rows: number;
  /** Rows refused, each in `refused` as file:line: reason. */
  refused: number;
  /** Rows the tables leave out on purpose (a CRM's "Other"), by reason. */
  skipped: { reason: string; rows: number }[];
  customers: DecisionCounts;
  companies: DecisionCounts;
}

export interface CompanyAccounts {
  id: string;
  /** Account rows the files list for the company (a CRM's owner, an install base's vendor). */
  accounts: number;
  /** Of those, the ones whose customer the graph already had. */
  existingCustomers: number;
}

export interface AmbiguousRecord {
  file: string;
  line: number;
  role: MentionRole;
  name?: string;
  domain?: string;
  /** Where it was placed instead: an organisation of its own. */
  id: string;
  candidates: { id: string; name: string; domain?: string }[];
}

/** What an import (or a dry run) did with each file and each record: the match report (docs/import.md). */
export interface MatchReport {
  dryRun: boolean;
  replace: boolean;
  files: FileReport[];
  /** Companies whose accounts the files list, most accounts first. */
  companies: CompanyAccounts[];
  /** The first MAX_LISTED ambiguous records, and how many there were. */
  ambiguous: AmbiguousRecord[];
  ambiguousTotal: number;
  /** What the matcher noticed: shared domains, values that are not domains, overrides it ignored. */
  notes: string[];
  /** The first MAX_LISTED refused rows, and how many there were. */
  refused: RowProblem[];
  refusedTotal: number;
}

const MAX_LISTED = 200;

/** One organisation of a record placed: where the record is, what it named, the entity it went to and by which rule. */
export type MatchListener = (event: {
  file: string;
  line: number;
  role: MentionRole;
  mention: { kind: 'customer' | 'company'; name?: string; domain?: string };
  decision: MatchDecision;
}) => void;

const noDecisions = (): DecisionCounts => ({
  existing: 0,
  byDomain: 0,
  byName: 0,
  byOverride: 0,
  new: 0,
  ambiguous: 0,
});

/** Builds a match report as the import reads its files; memory grows with files, companies and the listed few, not with rows. */
export class MatchReportBuilder {
  private readonly files = new Map<string, FileReport>();
  private readonly companies = new Map<string, CompanyAccounts>();
  private readonly ambiguous: AmbiguousRecord[] = [];
  private ambiguousTotal = 0;
  private readonly notes: string[] = [];

  constructor(
    private readonly flags: { dryRun: boolean; replace: boolean },
    /** Whether an entity id names a customer or company that existed before this import. */
    private readonly existing: (kind: 'customer' | 'company', id: string) => boolean = () => false,
    private readonly listener?: MatchListener,
  ) {}

  file(file: string, role: string, layout: string, owner?: string, ownerId?: string): FileReport {
    let report = this.files.get(file);
    if (!report) {
      report = {
        file,
        role,
        layout,
        ...(owner !== undefined && { owner }),
        ...(ownerId !== undefined && { ownerId }),
        rows: 0,
        refused: 0,
        skipped: [],
        customers: noDecisions(),
        companies: noDecisions(),
      };
      this.files.set(file, report);
    }
    return report;
  }

  row(file: string): void {
    this.files.get(file)!.rows += 1;
  }

  skip(file: string, reason: string): void {
    const skipped = this.files.get(file)!.skipped;
    const known = skipped.find((entry) => entry.reason === reason);
    if (known) known.rows += 1;
    else skipped.push({ reason, rows: 1 });
  }

  /** One organisation of a record found its entity. */
  decided(
    file: string,
    line: number,
    role: MentionRole,
    mention: { kind: 'customer' | 'company'; name?: string; domain?: string },
    decision: MatchDecision,
  ): void {
    this.listener?.({ file, line, role, mention, decision });
    const counts = this.files.get(file)![mention.kind === 'customer' ? 'customers' : 'companies'];
    if (decision.how === 'ambiguous') {
      counts.ambiguous += 1;
      this.ambiguousTotal += 1;
      if (this.ambiguous.length < MAX_LISTED) {
        this.ambiguous.push({
          file,
          line,
          role,
          ...(mention.name && { name: mention.name }),
          ...(mention.domain && { domain: mention.domain }),
          id: decision.id,
          candidates: decision.candidates ?? [],
        });
      }
    } else if (this.existing(mention.kind, decision.id)) counts.existing += 1;
    else if (decision.how === 'domain') counts.byDomain += 1;
    else if (decision.how === 'name') counts.byName += 1;
    else if (decision.how === 'override') counts.byOverride += 1;
    else counts.new += 1;
  }

  /** An account row staged for `company`. */
  account(company: string, customer: string): void {
    let entry = this.companies.get(company);
    if (!entry) {
      entry = { id: company, accounts: 0, existingCustomers: 0 };
      this.companies.set(company, entry);
    }
    entry.accounts += 1;
    if (this.existing('customer', customer)) entry.existingCustomers += 1;
  }

  note(text: string): void {
    this.notes.push(text);
  }

  build(problems: readonly RowProblem[]): MatchReport {
    for (const problem of problems) {
      const file = this.files.get(problem.file);
      if (file) file.refused += 1;
    }
    return {
      ...this.flags,
      files: [...this.files.values()],
      companies: [...this.companies.values()].sort((a, b) => b.accounts - a.accounts || (a.id < b.id ? -1 : 1)),
      ambiguous: this.ambiguous,
      ambiguousTotal: this.ambiguousTotal,
      notes: this.notes,
      refused: problems.slice(0, MAX_LISTED),
      refusedTotal: problems.length,
    };
  }
}

/** The report in a few lines for a terminal. */
export function describeReport(report: MatchReport): string {
  const lines = [report.dryRun ? 'Match report (dry run: nothing was written)' : 'Match report'];
  for (const file of report.files) {
    const skipped = file.skipped.reduce((sum, entry) => sum + entry.rows, 0);
    lines.push(
      `  ${file.file} (${file.role}${file.owner ? ` of ${file.owner}` : ''}): ${file.rows.toLocaleString('en-US')} rows, ${file.refused} refused${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    );
    for (const [what, counts] of [
      ['customers', file.customers],
      ['companies', file.companies],
    ] as const) {
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      if (total === 0) continue;
      lines.push(
        `    ${what}: ${counts.existing} already known, ${counts.byDomain} matched by domain, ${counts.byName} by name, ${counts.byOverride} by override, ${counts.new} new, ${counts.ambiguous} ambiguous`,
      );
    }
    for (const { reason, rows } of file.skipped) lines.push(`    skipped ${rows}: ${reason}`);
  }
  for (const company of report.companies.slice(0, 10)) {
    lines.push(
      `  ${company.id}: ${company.accounts.toLocaleString('en-US')} accounts, ${company.existingCustomers.toLocaleString('en-US')} of them customers already known`,
    );
  }
  if (report.ambiguousTotal > 0) {
    lines.push(`  ${report.ambiguousTotal} ambiguous record(s), kept apart (overrides.csv decides them):`);
    for (const record of report.ambiguous.slice(0, 10)) {
      const candidates = record.candidates
        .map((candidate) => `${candidate.name}${candidate.domain ? ` (${candidate.domain})` : ''}`)
        .join(' or ');
      lines.push(`    ${record.file}:${record.line}: "${record.name ?? record.domain}" could be ${candidates}`);
    }
  }
  for (const note of report.notes.slice(0, 10)) lines.push(`  note: ${note}`);
  return lines.join('\n');
}
