import type { z } from 'zod';
import type { FileSpec } from './file-specs.ts';
import type { CsvRow, RowProblem } from './read-csv.ts';

export type Lined<Row> = Row & { line: number };

/**
 * Checks each row against its file's schema and against earlier rows with the
 * same key: an exact repeat is dropped quietly, a repeat that disagrees is a
 * problem (which of the two would win is a guess we will not make).
 */
export function validateRows<Schema extends z.ZodType>(
  spec: FileSpec<Schema>,
  rows: CsvRow[],
): { valid: Lined<z.output<Schema>>[]; problems: RowProblem[] } {
  const valid: Lined<z.output<Schema>>[] = [];
  const problems: RowProblem[] = [];
  // The first row of each key; rows are compared (as JSON) only when a key repeats,
  // which keeps a million-row accounts.csv from being serialised row by row.
  const firstByKey = new Map<string, { line: number; data: unknown }>();

  for (const { line, fields } of rows) {
    const result = spec.schema.safeParse(fields);
    if (!result.success) {
      problems.push({ file: spec.file, line, reason: describeIssues(result.error) });
      continue;
    }
    const key = spec.key(result.data);
    const first = firstByKey.get(key);
    if (first && JSON.stringify(first.data) !== JSON.stringify(result.data)) {
      problems.push({ file: spec.file, line, reason: `repeats line ${first.line} (same ${spec.keyLabel}) with different values` });
      continue;
    }
    if (first) continue;
    firstByKey.set(key, { line, data: result.data });
    valid.push({ ...(result.data as object), line } as Lined<z.output<Schema>>);
  }
  return { valid, problems };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      const message = issue.message.startsWith(field) || field === '' ? issue.message : `${field}: ${issue.message}`;
      return message;
    })
    .join('; ');
}
