import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Override } from '../matching/record-matcher.ts';
import { OVERRIDES_FILE } from './folder-files.ts';
import { readCsvRows, type RowProblem } from './read-csv.ts';

const COLUMNS = ['left', 'right', 'decision', 'kind'] as const;

/**
 * The folder's overrides.csv, where a person decides what the matching rules
 * cannot (docs/matching.md): `left,right,decision[,kind]`, each side a record's
 * id, domain or name as written, the decision `same` (merge them) or
 * `different` (keep them apart), the kind `customer` or `company` (default:
 * wherever both sides name a record). A bad row is a problem at its line.
 */
export async function readOverrides(folder: string, problems: RowProblem[]): Promise<Override[]> {
  const path = join(folder, OVERRIDES_FILE);
  if (!existsSync(path) || !statSync(path).isFile()) return [];
  const overrides: Override[] = [];
  for await (const { line, fields } of readCsvRows(
    path,
    OVERRIDES_FILE,
    COLUMNS,
    ['left', 'right', 'decision'],
    (problem) => problems.push(problem),
  )) {
    const problem = (reason: string) => problems.push({ file: OVERRIDES_FILE, line, reason });
    const decision = (fields.decision ?? '').toLowerCase();
    const kind = (fields.kind ?? '').toLowerCase();
    if (!fields.left || !fields.right) problem('left and right must each name a record (an id, a domain or a name)');
    else if (decision !== 'same' && decision !== 'different')
      problem(`decision must be same or different, got "${fields.decision}"`);
    else if (kind !== '' && kind !== 'customer' && kind !== 'company')
      problem(`kind must be customer, company or empty, got "${fields.kind}"`);
    else
      overrides.push({
        left: fields.left,
        right: fields.right,
        decision,
        line,
        ...(kind !== '' && { kind: kind as Override['kind'] }),
      });
  }
  return overrides;
}
