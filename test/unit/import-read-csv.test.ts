import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../api/import/decode-text.ts';
import { MAX_FIELD_LENGTH, readCsvRows, type CsvRow, type RowProblem } from '../../api/import/read-csv.ts';

const COLUMNS = ['id', 'name'];
const folder = mkdtempSync(join(tmpdir(), 'partnergraph-read-csv-'));
let files = 0;

function fileWith(content: string | Buffer): string {
  files += 1;
  const path = join(folder, `x${files}.csv`);
  writeFileSync(path, content);
  return path;
}

async function read(content: string | Buffer): Promise<{ rows: CsvRow[]; problems: RowProblem[] }> {
  const problems: RowProblem[] = [];
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(fileWith(content), 'x.csv', COLUMNS, ['id'], (problem) => problems.push(problem)))
    rows.push(row);
  return { rows, problems };
}

/** The decoded text, or the reason it is not UTF-8 text; `chunk` makes the reader stop inside characters and line breaks. */
async function decode(content: Buffer, chunk?: number): Promise<{ text: string } | { reason: string }> {
  let text = '';
  try {
    for await (const part of decodeFile(fileWith(content), chunk)) text += part;
    return { text };
  } catch (error) {
    return { reason: (error as Error).message };
  }
}

describe('decodeFile', () => {
  it('names UTF-16, Latin-1 and NUL bytes, with the line they show on', async () => {
    expect(await decode(Buffer.from('id\nÅ\n'))).toEqual({ text: 'id\nÅ\n' });
    expect(await decode(Buffer.from([0xfe, 0xff, 0, 0x69]))).toEqual({
      reason: expect.stringMatching(/^the file is UTF-16/),
    });
    expect(await decode(Buffer.from('id,name\n', 'utf16le'))).toEqual({
      reason: expect.stringMatching(/looks like UTF-16/),
    });
    expect(await decode(Buffer.from('id\r\nb\r\nCaf\xe9\n', 'latin1'))).toEqual({
      reason: expect.stringMatching(/line 3 has the byte 0xE9/),
    });
    expect(await decode(Buffer.from('id\nok\nn\u0000l\n'))).toEqual({
      reason: 'the file is not text: line 3 has a NUL byte',
    });
    // A truncated multi-byte character at the very end is still found.
    expect(await decode(Buffer.from([0x69, 0x0a, 0xe2, 0x82]))).toEqual({
      reason: expect.stringMatching(/line 2 has the byte 0xE2/),
    });
  });

  it('reads a file in chunks as it reads it whole, even when a chunk ends inside a character or a CRLF', async () => {
    const text = 'id,name\r\nzü,Zürich\r\n€,"a\r\nb"\rlast,😀\n';
    for (const chunk of [1, 2, 3, 5, 7])
      expect(await decode(Buffer.from(text), chunk)).toEqual({ text: text.replace(/\r\n?/g, '\n') });
    expect(await decode(Buffer.from(`id\n${'a\n'.repeat(10)}Caf\xe9\n`, 'latin1'), 4)).toEqual({
      reason: expect.stringMatching(/line 12 has the byte 0xE9/),
    });
    expect(await decode(Buffer.from(`id\n${'a\r\n'.repeat(10)}x\u0000\n`), 3)).toEqual({
      reason: 'the file is not text: line 12 has a NUL byte',
    });
  });
});

describe('readCsvRows', () => {
  it('numbers lines as a person counts them, whatever the line breaks', async () => {
    const { rows } = await read('id,name\r\na,"two\r\nlines"\r\nb,B\rc,C\n');
    expect(rows.map((row) => [row.line, row.fields.id])).toEqual([
      [2, 'a'],
      [4, 'b'],
      [5, 'c'],
    ]);
    expect(rows[0]!.fields.name).toBe('two\nlines');
  });

  it('reports a quote never closed where it opens, even past the longest record', async () => {
    expect((await read('id,name\na,A\nb,"B\nc,C\nd,D\n')).problems).toEqual([
      {
        file: 'x.csv',
        line: 3,
        reason: 'broken CSV: the quote opened on this line is never closed, so it swallows every line after it',
        wholeFile: true,
      },
    ]);
    const long = await read(`id,name\na,A\nb,"B\n${'c,C\n'.repeat(50_000)}`);
    expect(long.rows.map((row) => row.fields.id)).toEqual(['a']);
    expect(long.problems).toEqual([
      {
        file: 'x.csv',
        line: 3,
        reason: expect.stringMatching(/^broken CSV: the quote opened on this line is never closed/),
        wholeFile: true,
      },
    ]);
  });

  it('names the line a broken record starts on, not the one the parser had reached', async () => {
    // The quote opened on line 6 closes on line 8 ("…g,") and "G" follows it: the record starts on line 6.
    const closedLate = await read('id,name\na,A\nb,B\nc,C\nd,D\ne,"E\nf,F\ng,"G"\nh,H\n');
    expect(closedLate.problems).toEqual([
      {
        file: 'x.csv',
        line: 6,
        reason: expect.stringMatching(
          /^broken CSV: the quoted field that opens on this line closes on line 8, followed by "G" instead of a comma/,
        ),
      },
    ]);
    expect(closedLate.rows.map((row) => [row.line, row.fields.id])).toEqual([
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
      [5, 'd'],
      [9, 'h'],
    ]);
    // Never closed, with lines after it that hold no quote: still line 6.
    expect((await read('id,name\na,A\nb,B\nc,C\nd,D\ne,"E\nf,F\ng,G\n')).problems).toEqual([
      {
        file: 'x.csv',
        line: 6,
        reason: 'broken CSV: the quote opened on this line is never closed, so it swallows every line after it',
        wholeFile: true,
      },
    ]);
  });

  it('tells a huge unquoted line from a quote left open, at its own line', async () => {
    // A 10 MB cell without quotes on line 4: too long, not an unclosed quote, and not line 5.
    const cell = await read(`id,name\na,A\nb,B\nc,${'x'.repeat(10_000_000)}\nd,D\n`);
    expect(cell.problems).toEqual([
      {
        file: 'x.csv',
        line: 4,
        reason: expect.stringMatching(
          /^broken CSV: the line is 10,000,002 characters long, over 60,000, and a field may hold at most 10,000/,
        ),
        wholeFile: true,
      },
    ]);
    // 30 MB on one line with no quote and no comma at all.
    const line = await read(`id,name\na,A\n${'y'.repeat(30_000_000)}\nd,D\n`);
    expect(line.problems).toEqual([
      {
        file: 'x.csv',
        line: 3,
        reason: expect.stringMatching(/^broken CSV: the line is 30,000,000 characters long/),
        wholeFile: true,
      },
    ]);
    // A quoted field that does close, but only after 70,000 characters over many lines.
    const quoted = await read(`id,name\na,A\nb,"${'z,\n'.repeat(35_000)}"\nc,C\n`);
    expect(quoted.problems).toEqual([
      {
        file: 'x.csv',
        line: 3,
        reason: expect.stringMatching(
          /^broken CSV: the quoted field that opens on this line runs to line 35003, over 60,000 characters/,
        ),
        wholeFile: true,
      },
    ]);
  });

  it('caps fields, and tells a data row from a header', async () => {
    const long = await read(`id,name\na,${'n'.repeat(MAX_FIELD_LENGTH + 1)}\nb,B\n`);
    expect(long.problems).toEqual([
      { file: 'x.csv', line: 2, reason: expect.stringMatching(/^name is 10,001 characters long; at most 10,000/) },
    ]);
    expect(long.rows.map((row) => row.fields.id)).toEqual(['b']);
    expect((await read('a,Alpha\n')).problems[0]!.wholeFile).toBe(true);
    expect((await read('a,Alpha\n')).problems[0]!.reason).toMatch(
      /^the first line is not a header \(none of "a", "Alpha" is a column name\)/,
    );
    expect((await read('id,"col\nour"\n')).problems[0]!.reason).toBe(
      'unknown column(s) col\\nour; the columns are id,name',
    );
    expect((await read('')).problems[0]!.reason).toBe('the file is empty; expected a header row: id,name');
  });

  it('says how far through the file each row ends', async () => {
    const { rows } = await read('id,name\na,A\nb,B\n');
    expect(rows.map((row) => row.position)).toEqual([12, 16]);
  });
});
