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
  for await (const row of readCsvRows(fileWith(content), 'x.csv', COLUMNS, ['id'], (problem) => problems.push(problem))) rows.push(row);
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
    expect(await decode(Buffer.from([0xfe, 0xff, 0, 0x69]))).toEqual({ reason: expect.stringMatching(/^the file is UTF-16/) });
    expect(await decode(Buffer.from('id,name\n', 'utf16le'))).toEqual({ reason: expect.stringMatching(/looks like UTF-16/) });
    expect(await decode(Buffer.from('id\r\nb\r\nCaf\xe9\n', 'latin1'))).toEqual({ reason: expect.stringMatching(/line 3 has the byte 0xE9/) });
    expect(await decode(Buffer.from('id\nok\nn\u0000l\n'))).toEqual({ reason: 'the file is not text: line 3 has a NUL byte' });
    // A truncated multi-byte character at the very end is still found.
    expect(await decode(Buffer.from([0x69, 0x0a, 0xe2, 0x82]))).toEqual({ reason: expect.stringMatching(/line 2 has the byte 0xE2/) });
  });

  it('reads a file in chunks as it reads it whole, even when a chunk ends inside a character or a CRLF', async () => {
    const text = 'id,name\r\nzü,Zürich\r\n€,"a\r\nb"\rlast,😀\n';
    for (const chunk of [1, 2, 3, 5, 7]) expect(await decode(Buffer.from(text), chunk)).toEqual({ text: text.replace(/\r\n?/g, '\n') });
    expect(await decode(Buffer.from(`id\n${'a\n'.repeat(10)}Caf\xe9\n`, 'latin1'), 4)).toEqual({ reason: expect.stringMatching(/line 12 has the byte 0xE9/) });
    expect(await decode(Buffer.from(`id\n${'a\r\n'.repeat(10)}x\u0000\n`), 3)).toEqual({ reason: 'the file is not text: line 12 has a NUL byte' });
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
      { file: 'x.csv', line: 3, reason: 'broken CSV: the quote opened on this line is never closed, so it swallows every line after it' },
    ]);
    const long = await read(`id,name\na,A\nb,"B\n${'c,C\n'.repeat(50_000)}`);
    expect(long.rows.map((row) => row.fields.id)).toEqual(['a']);
    expect(long.problems).toEqual([{ file: 'x.csv', line: 3, reason: expect.stringMatching(/^broken CSV: the quote opened on this line is never closed/) }]);
  });

  it('caps fields, and tells a data row from a header', async () => {
    const long = await read(`id,name\na,${'n'.repeat(MAX_FIELD_LENGTH + 1)}\nb,B\n`);
    expect(long.problems).toEqual([{ file: 'x.csv', line: 2, reason: expect.stringMatching(/^name is 10,001 characters long; at most 10,000/) }]);
    expect(long.rows.map((row) => row.fields.id)).toEqual(['b']);
    expect((await read('a,Alpha\n')).problems[0]!.reason).toMatch(/^the first line is not a header \(none of "a", "Alpha" is a column name\)/);
    expect((await read('id,"col\nour"\n')).problems[0]!.reason).toBe('unknown column(s) col\\nour; the columns are id,name');
    expect((await read('')).problems[0]!.reason).toBe('the file is empty; expected a header row: id,name');
  });

  it('says how far through the file each row ends', async () => {
    const { rows } = await read('id,name\na,A\nb,B\n');
    expect(rows.map((row) => row.position)).toEqual([12, 16]);
  });
});
