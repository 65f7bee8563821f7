import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { decodeFile, EncodingProblem } from './decode-text.ts';

/** A data row with the line it starts on, fields keyed by header name. */
export interface CsvRow {
  line: number;
  /** Characters of the file read up to this row's end: how far along the file is. */
  position: number;
  fields: Record<string, string>;
}

/** Why a line of a file was rejected; printed as `file:line: reason`. */
export interface RowProblem {
  file: string;
  line: number;
  reason: string;
}

/**
 * The longest field accepted. Real values (a description) stay far below it; a
 * longer one is nearly always an unclosed quote that swallowed the lines after
 * it, and would otherwise travel to Neo4j as one enormous property.
 */
export const MAX_FIELD_LENGTH = 10_000;

/** csv-parse's longest record: five fields at the longest, with room for quotes. Beyond it a quote was left open. */
const MAX_RECORD_CHARACTERS = 6 * MAX_FIELD_LENGTH;

/**
 * Streams one import file (UTF-8, header row, RFC 4180 quoting) as rows keyed
 * by the header, a record at a time, so memory does not grow with the file.
 * Problems with the file as a whole (encoding, header) are reported through
 * `onProblem` at the line they are on and end the file; a broken line is
 * reported and skipped.
 */
export async function* readCsvRows(
  path: string,
  file: string,
  columns: readonly string[],
  required: readonly string[],
  onProblem: (problem: RowProblem) => void,
): AsyncGenerator<CsvRow> {
  const seen = new Set<number>();
  let unclosedQuote = false;
  const parser = parse({
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARACTERS,
    on_skip: (error: { code?: string; lines?: number; message?: string } | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED' || error?.code === 'CSV_MAX_RECORD_SIZE') {
        unclosedQuote = true; // reported below, at the line the quote opens on
        return;
      }
      const line = error?.lines ?? 0;
      if (seen.has(line)) return; // the parser can report one broken line twice
      seen.add(line);
      onProblem({ file, line, reason: `broken CSV: ${firstSentence(error?.message ?? 'unreadable line')}` });
    },
  });
  const text = Readable.from(decodeFile(path));
  text.once('error', (error) => parser.destroy(error));
  text.pipe(parser);

  let header: string[] | undefined;
  let lastLine = 0;
  try {
    // With `info: true` every record comes as { record, info }; the typings do not follow the option.
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      const line = info.lines - newlinesIn(record);
      lastLine = info.lines;
      if (!header) {
        const problem = checkHeader(record, columns, required);
        if (problem) {
          onProblem({ file, line, reason: problem });
          return;
        }
        header = record;
        continue;
      }
      const problem = recordProblem(header, record);
      if (problem) onProblem({ file, line, reason: problem });
      else yield { line, position: info.bytes, fields: keyByHeader(header, record) };
    }
  } catch (error) {
    if (error instanceof EncodingProblem) {
      onProblem({ file, line: error.line, reason: error.message });
      return;
    }
    throw error;
  } finally {
    text.destroy();
  }
  if (unclosedQuote) {
    onProblem({ file, line: await firstLineWithQuote(path, lastLine + 1), reason: 'broken CSV: the quote opened on this line is never closed, so it swallows every line after it' });
  } else if (!header && seen.size === 0) {
    onProblem({ file, line: 1, reason: `the file is empty; expected a header row: ${columns.join(',')}` });
  }
}

function recordProblem(header: string[], record: string[]): string | undefined {
  if (record.length !== header.length) return `expected ${header.length} fields (${header.join(',')}), found ${record.length}`;
  const tooLong = record.findIndex((value) => value.length > MAX_FIELD_LENGTH);
  if (tooLong === -1) return undefined;
  const length = record[tooLong]!.length;
  return `${header[tooLong]!.trim()} is ${length.toLocaleString('en-US')} characters long; at most ${MAX_FIELD_LENGTH.toLocaleString('en-US')} (is a quote left open above it?)`;
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

/** The first line at or after `from` holding a quote: where an unclosed quoted field begins. Read again, which only a broken file pays for. */
async function firstLineWithQuote(path: string, from: number): Promise<number> {
  let line = 0;
  let partial = '';
  for await (const text of decodeFile(path)) {
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const content of lines) {
      line += 1;
      if (line >= from && content.includes('"')) return line;
    }
  }
  return partial.includes('"') ? line + 1 : Math.max(from, 1);
}

function firstSentence(message: string): string {
  return message.split(' at line ')[0] ?? message;
}

