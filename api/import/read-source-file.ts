import type { FilePlan } from '../sources/import-plan.ts';
import type { MatchDecision, Mention } from '../matching/record-matcher.ts';
import { ledgerEntryFromDeal, type DealOrigin } from '../ledger/ledger-from-deal.ts';
import { mapDealRow, type MappedDeal } from '../sources/map-deal-row.ts';
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
  const origin = { file: file.file, now: new Date().toISOString(), actor: 'import' };
  for await (const { line, position, fields } of readCsvRows(file.path, file.file, file.headers, [], onProblem)) {
    report.row(file.file);
    if (entry.role === 'crm-deals') {
      const deal = dealRow(
        mapDealRow(entry, fields),
        owner,
        lookup,
        (mention, decision) => report.decided(file.file, line, 'partner', mention, decision),
        origin,
      );
      if ('skipped' in deal) report.skip(file.file, deal.skipped);
      else if ('problem' in deal) onProblem({ file: file.file, line, reason: deal.problem });
      else yield { ...deal.row, line, position };
      continue;
    }
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

/**
 * A deals export's row: its deal, with its partner matched to a company as a
 * partner sheet's partners are, as the ledger entry it becomes (a deal without
 * a partner is one of the owner's own, which partner impact compares against).
 */
function dealRow(
  mapped: MappedDeal,
  owner: string | undefined,
  lookup: (mention: Mention) => MatchDecision | undefined,
  decided: (mention: Mention, decision: MatchDecision) => void,
  origin: DealOrigin,
): { row: SourceRow } | { problem: string } | { skipped: string } {
  if (!('deal' in mapped)) return mapped;
  if (!owner) return { problem: 'the export names no owner (whose deals these are)' };
  const { partner } = mapped.deal;
  let partnerId: string | null = null;
  if (partner) {
    const mention: Mention = { kind: 'company', ...partner };
    const decision = lookup(mention);
    if (!decision)
      return {
        problem: `the partner has neither a usable name nor a domain (${partner.name ?? ''} ${partner.domain ?? ''})`,
      };
    decided(mention, decision);
    partnerId = decision.id;
  }
  return {
    row: { kind: 'source-deals', entry: ledgerEntryFromDeal(mapped.deal, { owner, partner: partnerId }, origin) },
  };
}
