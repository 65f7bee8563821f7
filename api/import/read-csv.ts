import { parse } from 'csv-parse/sync';

/** A data row with the line it starts on, fields keyed by header name. */
export interface CsvRow {
  line: number;
  fields: Record<string, string>;
}

/** Why a line of a file was rejected; printed as `file:line: reason`. */
export interface RowProblem {
  file: string;
  line: number;
  reason: string;
}

export interface ParsedCsv {
  rows: CsvRow[];
  problems: RowProblem[];
}

/**
 * Parses one import file (UTF-8, header row, RFC 4180 quoting) into rows keyed by
 * the header. Problems with the file as a whole (encoding, header) are reported
 * at line 1 and leave no rows; a broken line is reported and skipped.
 */
export function readCsv(file: string, bytes: Buffer, columns: readonly string[], required: readonly string[]): ParsedCsv {
  const text = decodeUtf8(bytes);
  if (text === undefined) return fileProblem(file, 1, 'the file is not valid UTF-8 text');

  const problems: RowProblem[] = [];
  const records = parseRecords(file, text, problems);
  const header = records.shift();
  if (!header) return fileProblem(file, 1, `the file is empty; expected a header row: ${columns.join(',')}`);

  const headerProblem = checkHeader(header.fields, columns, required);
  if (headerProblem) return fileProblem(file, header.line, headerProblem);

  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== header.fields.length) {
      problems.push({
        file,
        line: record.line,
        reason: `expected ${header.fields.length} fields (${header.fields.join(',')}), found ${record.fields.length}`,
      });
      continue;
    }
    rows.push({ line: record.line, fields: keyByHeader(header.fields, record.fields) });
  }
  return { rows, problems };
}

interface RawRecord {
  line: number;
  fields: string[];
}

function parseRecords(file: string, text: string, problems: RowProblem[]): RawRecord[] {
  const seen = new Set<number>();
  const parsed = parse(text, {
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { lines?: number; message?: string } | undefined) => {
      const line = error?.lines ?? 0;
      if (seen.has(line)) return; // the parser can report one broken line twice
      seen.add(line);
      problems.push({ file, line, reason: `broken CSV: ${firstSentence(error?.message ?? 'unreadable line')}` });
    },
  });
  // With `info: true` every record comes as { record, info }; the typings do not follow the option.
  const withInfo = parsed as unknown as { record: string[]; info: { lines: number } }[];
  return withInfo.map(({ record, info }) => ({ line: info.lines - newlinesIn(record), fields: record }));
}

function checkHeader(header: string[], columns: readonly string[], required: readonly string[]): string | undefined {
  const names = header.map((name) => name.trim());
  const unknown = names.filter((name) => !columns.includes(name));
  if (unknown.length > 0) return `unknown column(s) ${unknown.join(', ')}; the columns are ${columns.join(',')}`;
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  if (duplicated.length > 0) return `column(s) ${duplicated.join(', ')} appear more than once in the header`;
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length > 0) return `missing column(s) ${missing.join(', ')}; the header must have ${columns.join(',')}`;
  return undefined;
}

function keyByHeader(header: string[], values: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  header.forEach((name, index) => {
    fields[name.trim()] = (values[index] ?? '').trim();
  });
  return fields;
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A record spanning lines reports its last line; we want its first. */
function newlinesIn(record: string[]): number {
  return record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
}

function firstSentence(message: string): string {
  return message.split(' at line ')[0] ?? message;
}

function fileProblem(file: string, line: number, reason: string): ParsedCsv {
  return { rows: [], problems: [{ file, line, reason }] };
}
