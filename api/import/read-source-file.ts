import type { FilePlan } from '../sources/import-plan.ts';
import { mapRow } from '../sources/map-row.ts';
import type { FolderFile } from './folder-files.ts';
import type { MatchReportBuilder } from './match-report.ts';
import type { SourceMatching } from './match-sources.ts';
import { readCsvRows, type RowProblem } from './read-csv.ts';
import { rowsOf, type SourceRow } from './source-rows.ts';

/**
 * Pass 2 over a strategist's file: each row read through its plan, its
 * organisations looked up in the matching, and turned into staging rows,
 * streamed (memory stays flat). A row that does not map, or names an
 * organisation by nothing usable, is a problem at its line; one the tables
 * leave out on purpose is counted as skipped. Every decision goes to the
 * match report.
 */
export async function* readSourceFile(
  entry: FilePlan,
  file: FolderFile,
  matching: SourceMatching,
  report: MatchReportBuilder,
  onProblem: (problem: RowProblem) => void,
): AsyncGenerator<SourceRow & { line: number; position: number }> {
  const owner = matching.ownerOf(entry);
  const lookup = matching.resolution.lookup.bind(matching.resolution);
  for await (const { line, position, fields } of readCsvRows(file.path, file.file, file.headers, [], onProblem)) {
    report.row(file.file);
    const mapped = mapRow(entry, fields);
    if ('skipped' in mapped) {
      report.skip(file.file, mapped.skipped);
      continue;
    }
    if ('problem' in mapped) {
      onProblem({ file: file.file, line, reason: mapped.problem });
      continue;
    }
    const { rows, decisions, problem } = rowsOf(mapped.record, owner, lookup);
    for (const { role, mention, decision } of decisions) report.decided(file.file, line, role, mention, decision);
    if (problem) {
      onProblem({ file: file.file, line, reason: problem });
      continue;
    }
    for (const row of rows) {
      if (row.kind === 'source-accounts') report.account(row.company_id, row.customer_id);
      yield { ...row, line, position };
    }
  }
}
