import type { z } from 'zod';
import type { FileSpec } from './file-specs.ts';
import type { CsvRow, RowProblem } from './read-csv.ts';

/** A checked row with where it came from: its line, and how far into the file it ends (for progress). */
export type Lined<Row> = Row & { line: number; position: number };

/**
 * Checks each row against its file's schema, keeping the good ones with their
 * line. Rows repeating a key are left to the staging queries
 * (cypher/import/stage/*.cypher), which find them in the database: keeping
 * every key here would make the importer's memory grow with the file.
 */
export async function* validateRows<Schema extends z.ZodType>(
  spec: FileSpec<Schema>,
  rows: AsyncIterable<CsvRow>,
  onProblem: (problem: RowProblem) => void,
  onRefused?: (fields: CsvRow['fields'], line: number) => void,
): AsyncGenerator<Lined<z.output<Schema>>> {
  for await (const { line, position, fields } of rows) {
    const result = spec.schema.safeParse(fields);
    if (result.success) {
      yield { ...(result.data as object), line, position } as Lined<z.output<Schema>>;
    } else {
      onProblem({ file: spec.file, line, reason: describeIssues(result.error) });
      onRefused?.(fields, line);
    }
  }
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
