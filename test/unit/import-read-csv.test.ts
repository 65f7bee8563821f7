import { describe, expect, it } from 'vitest';
import { decodeText } from '../../api/import/decode-text.ts';
import { MAX_FIELD_LENGTH, readCsv } from '../../api/import/read-csv.ts';

const COLUMNS = ['id', 'name'];
const read = (text: string | Buffer) => readCsv('x.csv', Buffer.isBuffer(text) ? text : Buffer.from(text), COLUMNS, ['id']);

describe('decodeText', () => {
  it('names UTF-16, Latin-1 and NUL bytes, with the line they show on', () => {
    expect(decodeText(Buffer.from('id\nÅ\n'))).toEqual({ ok: true, text: 'id\nÅ\n' });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0, 0x69]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^the file is UTF-16/) });
    expect(decodeText(Buffer.from('id,name\n', 'utf16le'))).toMatchObject({ ok: false, reason: expect.stringMatching(/looks like UTF-16/) });
    expect(decodeText(Buffer.from('id\r\nb\r\nCaf\xe9\n', 'latin1'))).toMatchObject({ ok: false, line: 1, reason: expect.stringMatching(/line 3 has the byte 0xE9/) });
    expect(decodeText(Buffer.from('id\nok\nn\u0000l\n'))).toMatchObject({ ok: false, line: 1, reason: 'the file is not text: line 3 has a NUL byte' });
    // A truncated multi-byte character at the very end is still found.
    expect(decodeText(Buffer.from([0x69, 0x0a, 0xe2, 0x82]))).toMatchObject({ ok: false, reason: expect.stringMatching(/line 2 has the byte 0xE2/) });
  });
});

describe('readCsv', () => {
  it('numbers lines as a person counts them, whatever the line breaks', () => {
    const text = 'id,name\r\na,"two\r\nlines"\r\nb,B\rc,C\n';
    expect(read(text).rows.map((row) => [row.line, row.fields.id])).toEqual([
      [2, 'a'],
      [4, 'b'],
      [5, 'c'],
    ]);
    expect(read(text).rows[0]!.fields.name).toBe('two\nlines');
  });

  it('reports a quote never closed where it opens', () => {
    expect(read('id,name\na,A\nb,"B\nc,C\nd,D\n').problems).toEqual([
      { file: 'x.csv', line: 3, reason: 'broken CSV: the quote opened on this line is never closed, so it swallows every line after it' },
    ]);
  });

  it('caps fields, and tells a data row from a header', () => {
    const long = read(`id,name\na,${'n'.repeat(MAX_FIELD_LENGTH + 1)}\nb,B\n`);
    expect(long.problems).toEqual([{ file: 'x.csv', line: 2, reason: expect.stringMatching(/^name is 10,001 characters long; at most 10,000/) }]);
    expect(long.rows.map((row) => row.fields.id)).toEqual(['b']);
    expect(read('a,Alpha\n').problems[0]!.reason).toMatch(/^the first line is not a header \(none of "a", "Alpha" is a column name\)/);
    expect(read('id,"col\nour"\n').problems[0]!.reason).toBe('unknown column(s) col\\nour; the columns are id,name');
  });
});
