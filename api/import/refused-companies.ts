import type { RowProblem } from './read-csv.ts';
import { slugify } from '../domain/slug.ts';

/**
 * Companies whose own row in companies.csv was refused, and the rows of other
 * files that name them. Those rows cannot be imported either, but reporting
 * each as an "unknown company" hides the cause; they are reported once, at
 * the company's own row.
 */
export class RefusedCompanies {
  /** Company id → the companies.csv line that was refused. */
  private readonly lineOf = new Map<string, number>();
  /** Company id → file → lines naming it. */
  private readonly dependents = new Map<string, Map<string, number[]>>();

  /** Notes a refused companies.csv row by the id it would have had (its id, or its name's slug). */
  refuse(fields: Record<string, string | undefined>, line: number): void {
    const id = fields.id?.trim() || slugify(fields.name ?? '');
    if (id && !this.lineOf.has(id)) this.lineOf.set(id, line);
  }

  has(id: string): boolean {
    return this.lineOf.has(id);
  }

  /** Notes a row of `file` left out because it names a refused company. */
  leaveOut(id: string, file: string, line: number): void {
    const byFile = this.dependents.get(id) ?? new Map<string, number[]>();
    byFile.set(file, [...(byFile.get(file) ?? []), line]);
    this.dependents.set(id, byFile);
  }

  /** One problem per refused company that other rows named, at its own row. */
  problems(): RowProblem[] {
    return [...this.dependents].map(([id, byFile]) => {
      const rows = [...byFile.values()].reduce((sum, lines) => sum + lines.length, 0);
      const where = [...byFile]
        .map(([file, lines]) => `${file} ${lines.length === 1 ? 'line' : 'lines'} ${listLines(lines)}`)
        .join('; ');
      return {
        file: 'companies.csv',
        line: this.lineOf.get(id)!,
        reason: `because this row was refused, ${rows} ${rows === 1 ? 'row' : 'rows'} naming "${id}" ${rows === 1 ? 'was' : 'were'} left out with it (${where})`,
      };
    });
  }
}

/** "2, 3, 7" or, past ten, "2, 3, … and 40 more". */
function listLines(lines: number[]): string {
  return lines.length <= 10 ? lines.join(', ') : `${lines.slice(0, 10).join(', ')} and ${lines.length - 10} more`;
}
