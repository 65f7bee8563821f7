import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { decodeFile, EncodingProblem } from './decode-text.ts';
import { locateUnreadable } from './locate-unreadable.ts';

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
  /**
   * The whole file cannot be read as it is (its size, encoding or header, or a
   * line the parser cannot get past): no --skip-bad-rows can import "the rest".
   */
  wholeFile?: true;
}

/** A problem no skipping of rows gets past. */
export function isWholeFile(problem: RowProblem): boolean {
  return problem.wholeFile === true;
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
 * Problems with the file as a whole (encoding, header, a line the parser
 * cannot get past) are reported through `onProblem` at the line they start on,
 * marked `wholeFile`, and end the file; a broken line is reported and skipped.
 */
export async function* readCsvRows(
  path: string,
  file: string,
  columns: readonly string[],
  required: readonly string[],
  onProblem: (problem: RowProblem) => void,
): AsyncGenerator<CsvRow> {
  const seen = new Set<number>();
  /** The last line of the last record read or skipped: the next record starts on the line after it. */
  let lastEnd = 0;
  /** Where the record the parser could not get past starts. */
  let stoppedAt: number | undefined;
  const parser = parse({
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARACTERS,
    on_record: (record: string[], context: { lines: number }) => {
      lastEnd = context.lines;
      return record;
    },
    on_skip: (error: { code?: string; lines?: number; message?: string } | undefined) => {
      const start = lastEnd + 1;
      lastEnd = Math.max(error?.lines ?? start, start);
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED' || error?.code === 'CSV_MAX_RECORD_SIZE') {
        stoppedAt ??= start; // the parser reads no further: located below, by reading the file again
        return;
      }
      if (seen.has(start)) return; // the parser can report one broken line twice
      seen.add(start);
      onProblem({ file, line: start, reason: `broken CSV: ${describeSkip(error, start)}` });
    },
  });
  const text = Readable.from(decodeFile(path));
  text.once('error', (error) => parser.destroy(error));
  text.pipe(parser);

  let header: string[] | undefined;
  try {
    // With `info: true` every record comes as { record, info }; the typings do not follow the option.
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>) {
      const line = info.lines - newlinesIn(record);
      if (!header) {
        const problem = checkHeader(record, columns, required);
        if (problem) {
          onProblem({ file, line, reason: problem, wholeFile: true });
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
      onProblem({ file, line: error.line, reason: error.message, wholeFile: true });
      return;
    }
    throw error;
  } finally {
    text.destroy();
  }
  if (stoppedAt !== undefined) {
    onProblem({ file, ...(await locateUnreadable(path, stoppedAt, MAX_RECORD_CHARACTERS)), wholeFile: true });
  } else if (!header && seen.size === 0) {
    onProblem({
      file,
      line: 1,
      reason: `the file is empty; expected a header row: ${columns.join(',')}`,
      wholeFile: true,
    });
  }
}

/**
 * A broken record in words, at the line it starts on (`start`); the parser
 * names the line it had reached, which for a quoted field running over
 * several lines is a later one.
 */
function describeSkip(error: { code?: string; lines?: number; message?: string } | undefined, start: number): string {
  const reached = error?.lines ?? start;
  const got = /got "(.*?)" at line/.exec(error?.message ?? '')?.[1];
  if (error?.code === 'CSV_INVALID_CLOSING_QUOTE') {
    const after = got === undefined ? 'by something other than' : `by "${got}" instead of`;
    return reached > start
      ? `the quoted field that opens on this line closes on line ${reached}, followed ${after} a comma or the end of the line (a quote inside a field must be doubled: "")`
      : `a quoted field is followed ${after} a comma or the end of the line (a quote inside a field must be doubled: "")`;
  }
  if (error?.code === 'INVALID_OPENING_QUOTE') {
    return 'a quote in the middle of an unquoted field; quote the whole field and double the quotes inside it ("say ""hi""")';
  }
  return firstSentence(error?.message ?? 'unreadable line');
}

function recordProblem(header: string[], record: string[]): string | undefined {
  if (record.length !== header.length)
    return `expected ${header.length} fields (${header.join(',')}), found ${record.length}`;
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
  if (unknown.length > 0)
    return `unknown column(s) ${describeList(unknown, false)}; the columns are ${columns.join(',')}`;
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

function firstSentence(message: string): string {
  return message.split(' at line ')[0] ?? message;
}
