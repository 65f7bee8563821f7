import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text.ts';

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
 * The longest field accepted. Real values (a description) stay far below it; a
 * longer one is nearly always an unclosed quote that swallowed the lines after
 * it, and would otherwise travel to Neo4j as one enormous property.
 */
export const MAX_FIELD_LENGTH = 10_000;

/**
 * Parses one import file (UTF-8, header row, RFC 4180 quoting) into rows keyed by
 * the header. Problems with the file as a whole (encoding, header) are reported
 * at the line they are on and leave no rows; a broken line is reported and skipped.
 */
export function readCsv(file: string, bytes: Buffer, columns: readonly string[], required: readonly string[]): ParsedCsv {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fileProblem(file, decoded.line, decoded.reason);
  // One kind of line break: the parser counts a CRLF inside a quoted field as two
  // lines, which would shift every line number after it.
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;

  const problems: RowProblem[] = [];
  const records = parseRecords(file, text, problems);
  const header = records.shift();
  if (!header) {
    if (problems.length > 0) return { rows: [], problems };
    return fileProblem(file, 1, `the file is empty; expected a header row: ${columns.join(',')}`);
  }

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
    const tooLong = record.fields.findIndex((value) => value.length > MAX_FIELD_LENGTH);
    if (tooLong !== -1) {
      const length = record.fields[tooLong]!.length;
      problems.push({
        file,
        line: record.line,
        reason: `${header.fields[tooLong]!.trim()} is ${length.toLocaleString('en-US')} characters long; at most ${MAX_FIELD_LENGTH.toLocaleString('en-US')} (is a quote left open above it?)`,
      });
      continue;
    }
    const fields = keyByHeader(header.fields, record.fields);
    rows.push({ line: record.line, fields });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}

interface RawRecord {
  line: number;
  fields: string[];
}

function parseRecords(file: string, text: string, problems: RowProblem[]): RawRecord[] {
  const seen = new Set<number>();
  let unclosedQuote = false;
  const parsed = parse(text, {
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { code?: string; lines?: number; message?: string } | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        unclosedQuote = true; // reported below, at the line the quote opens on
        return;
      }
      const line = error?.lines ?? 0;
      if (seen.has(line)) return; // the parser can report one broken line twice
      seen.add(line);
      problems.push({ file, line, reason: `broken CSV: ${firstSentence(error?.message ?? 'unreadable line')}` });
    },
  });
  // With `info: true` every record comes as { record, info }; the typings do not follow the option.
  const withInfo = parsed as unknown as { record: string[]; info: { lines: number } }[];
  const records = withInfo.map(({ record, info }) => ({ line: info.lines - newlinesIn(record), fields: record }));
  if (unclosedQuote) {
    const lastEnd = withInfo.at(-1)?.info.lines ?? 0;
    const line = firstLineWithQuote(text, lastEnd + 1);
    problems.push({ file, line, reason: 'broken CSV: the quote opened on this line is never closed, so it swallows every line after it' });
  }
  return records;
}

function checkHeader(header: string[], columns: readonly string[], required: readonly string[]): string | undefined {
  const names = header.map((name) => name.trim());
  const unknown = names.filter((name) => !columns.includes(name));
  if (unknown.length === names.length) {
    return `the first line is not a header (none of ${describeList(names, true)} is a column name); it must name the columns: ${columns.join(',')}`;
  }
  if (unknown.length > 0) return `unknown column(s) ${describeList(unknown, false)}; the columns are ${columns.join(',')}`;
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  if (duplicated.length > 0) return `column(s) ${duplicated.join(', ')} appear more than once in the header`;
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length > 0) return `missing column(s) ${missing.join(', ')}; the header must have ${columns.join(',')}`;
  return undefined;
}

/** Names shortened (and quoted, JSON-style, when asked): a header can be any text, and a message should stay one line. */
function describeList(names: string[], quote: boolean): string {
  const shown = names.slice(0, 5).map((name) => {
    const short = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    // JSON escaping keeps control characters and line breaks from splitting the message.
    return quote ? JSON.stringify(short) : JSON.stringify(short).slice(1, -1);
  });
  return names.length > 5 ? `${shown.join(', ')} and ${names.length - 5} more` : shown.join(', ');
}

function keyByHeader(header: string[], values: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  header.forEach((name, index) => {
    fields[name.trim()] = (values[index] ?? '').trim();
  });
  return fields;
}

/** A record spanning lines reports its last line; we want its first. */
function newlinesIn(record: string[]): number {
  return record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
}

/** The first line at or after `from` holding a quote: where an unclosed quoted field begins. */
function firstLineWithQuote(text: string, from: number): number {
  const lines = text.split('\n');
  for (let index = Math.max(from, 1) - 1; index < lines.length; index += 1) {
    if (lines[index]!.includes('"')) return index + 1;
  }
  return Math.max(from, 1);
}

function firstSentence(message: string): string {
  return message.split(' at line ')[0] ?? message;
}

function fileProblem(file: string, line: number, reason: string): ParsedCsv {
  return { rows: [], problems: [{ file, line, reason }] };
}
