import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { formatProblem, importFolder } from '../../api/import/import-folder.ts';
import type { RowProblem } from '../../api/import/read-csv.ts';
import { listDataFiles, readValidRows } from '../../api/import/read-folder.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, writeRawFolder, type FixtureFiles } from '../support/fixture-folder.ts';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.ts';
import { createRandom } from '../../scripts/ecosystem/random.ts';

let db: Database;
beforeAll(async () => {
  db = await useTestDatabase();
});

const COMPANIES = 'id,name,domain,employees,description\n';
const ACCOUNTS = 'company_id,customer_id,stage\n';

describe('bad files: each problem as file:line: reason, and a rejected folder changes nothing', () => {
  const p = uniquePrefix();
  const good = `${COMPANIES}${p}a,Alpha,,,\n${p}b,Bravo,,,\n`;
  const utf16 = (text: string, bom: boolean) =>
    Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
  const cases: [string, Record<string, string | Buffer>, RegExp][] = [
    // headers
    [
      'a missing header row',
      { 'companies.csv': `${p}a,Alpha,,,\n${p}b,Bravo,,,\n` },
      /^companies\.csv:1: the first line is not a header \(none of "t.*a", "Alpha", "", "", "" is a column name\); it must name the columns: id,name,domain,employees,description$/m,
    ],
    [
      'an empty file',
      { 'accounts.csv': '' },
      /^accounts\.csv:1: the file is empty; expected a header row: company_id,customer_id,stage$/m,
    ],
    [
      'an unknown column',
      { 'accounts.csv': 'company_id,customer_id,stage,owner\n' },
      /^accounts\.csv:1: unknown column\(s\) owner; the columns are company_id,customer_id,stage$/m,
    ],
    [
      'a missing required column',
      { 'accounts.csv': 'company_id,stage\n' },
      /^accounts\.csv:1: missing column\(s\) customer_id/m,
    ],
    [
      'a column twice',
      { 'accounts.csv': 'company_id,customer_id,customer_id\n' },
      /^accounts\.csv:1: column\(s\) customer_id appear more than once/m,
    ],
    // columns in rows
    [
      'an extra field',
      { 'accounts.csv': `${ACCOUNTS}${p}a,c1,customer\n${p}a,c2,customer,vip\n` },
      /^accounts\.csv:3: expected 3 fields \(company_id,customer_id,stage\), found 4$/m,
    ],
    [
      'a missing field',
      { 'accounts.csv': `${ACCOUNTS}${p}a,c1\n` },
      /^accounts\.csv:2: expected 3 fields \(company_id,customer_id,stage\), found 2$/m,
    ],
    // encodings
    [
      'UTF-16 with a byte-order mark',
      { 'companies.csv': utf16(good, true) },
      /^companies\.csv:1: the file is UTF-16 \(it starts with a UTF-16 byte-order mark\), not UTF-8; save it as "CSV UTF-8"$/m,
    ],
    [
      'UTF-16 without one',
      { 'companies.csv': utf16(good, false) },
      /^companies\.csv:1: the file looks like UTF-16 \(NUL bytes between the letters\), not UTF-8/m,
    ],
    [
      'Latin-1',
      { 'companies.csv': Buffer.from(`${good}${p}c,Café Crème,,,\n`, 'latin1') },
      /^companies\.csv:1: the file is not valid UTF-8 text: line 4 has the byte 0xE9 \(Latin-1 or Windows-1252 perhaps\)/m,
    ],
    [
      'a NUL byte',
      { 'companies.csv': `${good}${p}c,Nul\u0000Co,,,\n` },
      /^companies\.csv:1: the file is not text: line 4 has a NUL byte$/m,
    ],
    // quoting
    [
      'a quote never closed',
      { 'companies.csv': `${good}${p}c,"Charlie,,,\n${p}d,Delta,,,\n` },
      /^companies\.csv:4: broken CSV: the quote opened on this line is never closed/m,
    ],
    [
      'a stray quote inside a field',
      { 'companies.csv': `${good}${p}c,Char"lie,,,\n` },
      /^companies\.csv:4: broken CSV: a quote in the middle of an unquoted field; quote the whole field and double the quotes inside it/m,
    ],
    [
      'text after a closing quote',
      { 'companies.csv': `${good}${p}c,"Charlie"x,,,\n` },
      /^companies\.csv:4: broken CSV: a quoted field is followed by "x" instead of a comma or the end of the line/m,
    ],
    [
      'a quote that closes lines later, followed by text',
      { 'companies.csv': `${good}${p}c,"Charlie,,,\n${p}d,Delta,,,\n${p}e,"Echo",,,\n` },
      /^companies\.csv:4: broken CSV: the quoted field that opens on this line closes on line 6, followed by "E" instead of a comma/m,
    ],
    // sizes
    [
      'a huge field',
      { 'companies.csv': `${good}${p}c,Charlie,,,${'d'.repeat(10_001)}\n` },
      /^companies\.csv:4: description is 10,001 characters long; at most 10,000/m,
    ],
    [
      'an id over 200 characters',
      { 'companies.csv': `${good}${'i'.repeat(201)},Long,,,\n` },
      /^companies\.csv:4: id is 201 characters long; ids are at most 200$/m,
    ],
    [
      'a name over 500 characters',
      { 'companies.csv': `${good}${p}c,${'n'.repeat(501)},,,\n` },
      /^companies\.csv:4: name is longer than 500 characters$/m,
    ],
    [
      'a line break inside an id',
      { 'accounts.csv': `${ACCOUNTS}${p}a,"c\n1",customer\n` },
      /^accounts\.csv:2: customer_id contains a control character/m,
    ],
    // duplicates, references, enums, numbers
    [
      'a duplicate id with other values',
      { 'companies.csv': `${good}${p}a,Alpha Two,,,\n` },
      /^companies\.csv:4: repeats line 2 \(same id\) with different values$/m,
    ],
    [
      'an unknown company',
      { 'accounts.csv': `${ACCOUNTS}${p}ghost,c1,customer\n` },
      /^accounts\.csv:2: unknown company "t.*ghost" \(not in companies\.csv nor in the database\)$/m,
    ],
    [
      'an unknown party',
      { 'partnerships.csv': `id,parties,type,status,since\nd1,${p}a;${p}ghost,referral,active,\n` },
      /^partnerships\.csv:2: unknown company "t.*ghost"/m,
    ],
    [
      'an unknown rival',
      { 'competitors.csv': `company_id,competitor_id\n${p}a,${p}ghost\n` },
      /^competitors\.csv:2: unknown company "t.*ghost"/m,
    ],
    [
      'an unknown stage',
      { 'accounts.csv': `${ACCOUNTS}${p}a,c1,lead\n` },
      /^accounts\.csv:2: stage must be customer, prospect or opportunity, got "lead"$/m,
    ],
    [
      'an unknown level',
      { 'capabilities.csv': `company_id,capability,level,category\n${p}a,Payments,primary,\n` },
      /^capabilities\.csv:2: level must be core or secondary, got "primary"$/m,
    ],
    [
      'an unknown status',
      { 'partnerships.csv': `id,parties,type,status,since\nd1,${p}a;${p}b,referral,signed,\n` },
      /^partnerships\.csv:2: status must be proposed, active or ended, got "signed"$/m,
    ],
    [
      'an unknown type',
      { 'partnerships.csv': `id,parties,type,status,since\nd1,${p}a;${p}b,joint_venture,active,\n` },
      /^partnerships\.csv:2: type must be referral, .* or strategic_alliance, got "joint_venture"$/m,
    ],
    [
      'a malformed number',
      { 'companies.csv': `${good}${p}c,Charlie,,1e3,\n${p}d,Delta,,-5,\n` },
      /^companies\.csv:4: employees must be a whole number, got "1e3"\ncompanies\.csv:5: employees must be a whole number, got "-5"$/m,
    ],
    // line numbers stay right after a quoted field spanning Windows line breaks
    [
      'a bad row after a multi-line field',
      { 'companies.csv': `${COMPANIES}${p}a,Alpha,,,"two\r\nlines"\r\n${p}b,,,,\r\n` },
      /^companies\.csv:4: name is empty$/m,
    ],
  ];

  let before: GraphFingerprint;
  beforeAll(async () => {
    before = await graphFingerprint(db);
  });

  it.each(cases)('%s', async (_, files, expected) => {
    const counted = await counts();
    const folder = writeRawFolder({ 'companies.csv': good, ...files });
    const result = await importFolder(db, folder);
    expect(result.imported).toBe(false);
    expect(result.problems.map(formatProblem).join('\n')).toMatch(expected);
    // Even with replace, which would empty the graph first: the check comes before any write.
    expect((await importFolder(db, folder, { replace: true })).imported).toBe(false);
    expect(await counts()).toEqual(counted);
  });

  it('left the graph exactly as it was, property for property', async () => {
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses a file over the size limit, naming its size', async () => {
    const folder = writeRawFolder({ 'companies.csv': `${good}${`${p}x,${'X'.repeat(60)},,,\n`.repeat(20_000)}` });
    const result = await importFolder(db, folder, { maxFileBytes: 1024 * 1024 });
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^companies\.csv:1: the file is 1\.\d MB; import files may be at most 1\.0 MB \(IMPORT_MAX_FILE_MB raises the limit\)$/,
      ),
    ]);
  });

  it('never skips a whole file, whatever --skip-bad-rows says: its size, encoding, header or an unreadable line refuse the folder', async () => {
    const q = uniquePrefix();
    const base = {
      'companies.csv': `${COMPANIES}${q}a,Alpha,,,\n${q}b,Bravo,,,\n`,
      'accounts.csv': `${ACCOUNTS}${q}a,${q}c1,customer\n${q}b,${q}c1,customer\n`,
    };
    expect((await importFolder(db, writeRawFolder(base))).imported).toBe(true);
    const counted = await counts();
    const wholeFileProblems: [string, Record<string, string | Buffer>, { maxFileBytes?: number }][] = [
      [
        'accounts.csv over the size limit',
        { ...base, 'accounts.csv': `${ACCOUNTS}${`${q}a,${q}c1,customer\n`.repeat(2_000)}` },
        { maxFileBytes: 1_000 },
      ],
      [
        'one Latin-1 é on line 2 of companies.csv',
        { ...base, 'companies.csv': Buffer.from(`${COMPANIES}${q}a,Alph\xe9,,,\n${q}b,Bravo,,,\n`, 'latin1') },
        {},
      ],
      ['a header that is not ours', { ...base, 'accounts.csv': `company,customer,stage\n${q}a,${q}c1,customer\n` }, {}],
      ['a quote never closed', { ...base, 'companies.csv': `${COMPANIES}${q}a,"Alpha,,,\n${q}b,Bravo,,,\n` }, {}],
      [
        'a line too long to read past',
        { ...base, 'companies.csv': `${COMPANIES}${q}a,${'A'.repeat(70_000)}\n${q}b,Bravo,,,\n` },
        {},
      ],
    ];
    for (const [what, files, limits] of wholeFileProblems) {
      const result = await importFolder(db, writeRawFolder(files), { replace: true, skipBadRows: true, ...limits });
      expect(result.imported, what).toBe(false);
      expect(
        result.problems.some((problem) => problem.wholeFile),
        what,
      ).toBe(true);
      expect(await counts(), what).toEqual(counted);
    }
    // A bad row is still skipped when asked: the rest of its file goes in.
    const skipped = await importFolder(
      db,
      writeRawFolder({ ...base, 'accounts.csv': `${ACCOUNTS}${q}a,${q}c1,customer\n${q}a,${q}c2,lead\n` }),
      { skipBadRows: true },
    );
    expect(skipped.imported).toBe(true);
    expect(skipped.problems.map(formatProblem)).toEqual([
      `accounts.csv:3: stage must be customer, prospect or opportunity, got "lead"`,
    ]);
  });

  it('accepts a UTF-8 byte-order mark and Windows line breaks', async () => {
    const q = uniquePrefix();
    const result = await importFolder(
      db,
      writeRawFolder({ 'companies.csv': `\uFEFF${COMPANIES.replace('\n', '\r\n')}${q}a,Zürich & Co,,,\r\n` }),
    );
    expect(result.problems).toEqual([]);
    const [row] = await db.read('company', { id: `${q}a` });
    expect((row!.company as { name: string }).name).toBe('Zürich & Co');
  });
});

function baseFolder(q: string): FixtureFiles {
  const company = (name: string, employees: number | string = '') => ({
    id: `${q}${name}`,
    name: `${name} ${q}`,
    domain: `${name}.example`,
    employees,
    description: `About ${name}`,
  });
  return {
    companies: [
      company('alpha', 120),
      company('bravo', 40),
      company('charlie'),
      company('delta', 7),
      company('echo', 3000),
    ],
    customers: ['c1', 'c2', 'c3', 'c4'].map((c) => ({
      id: `${q}${c}`,
      name: `Shop ${c}`,
      industry: 'Retail',
      region: 'EMEA',
    })),
    accounts: [
      { company_id: `${q}alpha`, customer_id: `${q}c1` },
      { company_id: `${q}alpha`, customer_id: `${q}c2`, stage: 'prospect' },
      { company_id: `${q}bravo`, customer_id: `${q}c1`, stage: 'customer' },
      { company_id: `${q}charlie`, customer_id: `${q}c3`, stage: 'opportunity' },
      { company_id: `${q}echo`, customer_id: `${q}c4` },
    ],
    capabilities: [
      { company_id: `${q}alpha`, capability: `Payments ${q}`, level: 'core', category: 'money' },
      { company_id: `${q}bravo`, capability: `Email ${q}`, level: 'secondary' },
      { company_id: `${q}charlie`, capability: `Tax ${q}` },
    ],
    segments: [{ company_id: `${q}alpha`, segment: `Fashion ${q}` }],
    competitors: [{ company_id: `${q}alpha`, competitor_id: `${q}bravo` }],
    partnerships: [
      { id: `${q}p1`, parties: `${q}alpha;${q}charlie`, type: 'referral', status: 'active', since: '2024-01-31' },
      { id: `${q}p2`, parties: `${q}bravo;${q}delta;${q}echo`, type: 'consortium', status: 'proposed' },
    ],
  };
}

const SPICE = [
  '"',
  ',',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\uFEFF',
  ';',
  'é',
  '\u202E',
  '😀',
  ' ',
  '""',
  '"a,b"',
  '-',
  '9'.repeat(20),
];

/** One random change to a file's bytes, and its description for the failure message. */
function mutate(bytes: Buffer, next: () => number): [Buffer, string] {
  const at = Math.floor(next() * (bytes.length + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines = bytes.toString('utf8').split('\n');
  const line = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 12)) {
    case 0:
      return [
        Buffer.concat([bytes.subarray(0, at), Buffer.from([Math.floor(next() * 256)]), bytes.subarray(at + 1)]),
        `byte at ${at} replaced`,
      ];
    case 1: {
      const spice = pick(SPICE);
      return [
        Buffer.concat([bytes.subarray(0, at), Buffer.from(spice), bytes.subarray(at)]),
        `${JSON.stringify(spice)} inserted at ${at}`,
      ];
    }
    case 2: {
      const length = Math.floor(next() * 40);
      return [Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]), `${length} bytes cut at ${at}`];
    }
    case 3:
      return [bytes.subarray(0, at), `truncated at ${at}`];
    case 4:
      lines.splice(line, 0, lines[line] ?? '');
      return [Buffer.from(lines.join('\n')), `line ${line + 1} doubled`];
    case 5: {
      const other = Math.floor(next() * lines.length);
      [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
      return [Buffer.from(lines.join('\n')), `lines ${line + 1} and ${other + 1} swapped`];
    }
    case 6:
      return [
        Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from('z'.repeat(10_000 + Math.floor(next() * 3))),
          bytes.subarray(at),
        ]),
        `10,000+ characters at ${at}`,
      ];
    case 7:
      return [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]), 'as UTF-16'];
    case 8:
      return [Buffer.from(bytes.toString('utf8').replace(/a/g, 'á'), 'latin1'), 'as Latin-1'];
    case 9: {
      const fields = (lines[line] ?? '').split(',');
      fields[Math.floor(next() * fields.length)] = pick([
        '',
        'lead',
        'primary',
        '12k',
        '2024-02-30',
        'ghost',
        'x'.repeat(201),
        '"}) DETACH DELETE n //',
        '=1+1',
      ]);
      lines[line] = fields.join(',');
      return [Buffer.from(lines.join('\n')), `a field of line ${line + 1} replaced`];
    }
    case 10:
      return [
        Buffer.from(Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256))),
        'random bytes',
      ];
    default:
      return [Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n')), 'Windows line breaks'];
  }
}

type AcceptedRows = Record<
  'companies' | 'customers' | 'accounts' | 'capabilities' | 'segments' | 'competitors' | 'partnerships',
  any[]
>;

/** The rows of a folder the import accepted: every valid row naming known companies, less the ones it reported. */
async function acceptedRows(
  folder: string,
  knownIds: ReadonlySet<string>,
  problems: RowProblem[],
): Promise<AcceptedRows> {
  const accepted: AcceptedRows = {
    companies: [],
    customers: [],
    accounts: [],
    capabilities: [],
    segments: [],
    competitors: [],
    partnerships: [],
  };
  const known = new Set(knownIds);
  const reported = new Set(problems.map((problem) => `${problem.file}:${problem.line}`));
  for (const file of listDataFiles(folder, Number.MAX_SAFE_INTEGER, [])) {
    const key = file.spec.file.replace('.csv', '') as keyof AcceptedRows;
    for await (const row of readValidRows(file, known, () => {})) {
      if (key === 'companies') known.add(String((row as any).id));
      if (!reported.has(`${file.spec.file}:${row.line}`)) accepted[key].push(row);
    }
  }
  return accepted;
}

/** Accepted rows missing from the graph, per file: all zero when every accepted row is in. */
async function missingRows(plan: AcceptedRows): Promise<Record<string, number>> {
  const [row] = await db.write('test:fuzz-check', (tx) =>
    tx.runText(
      `RETURN
        size([c IN $companies WHERE NOT EXISTS { MATCH (:Company {id: c}) }]) AS companies,
        size([c IN $customers WHERE NOT EXISTS { MATCH (:Customer {id: c}) }]) AS customers,
        size([a IN $accounts WHERE NOT EXISTS { MATCH (:Company {id: a[0]})-[:SERVES {stage: a[2]}]->(:Customer {id: a[1]}) }]) AS accounts,
        size([k IN $capabilities WHERE NOT EXISTS { MATCH (:Company {id: k[0]})-[:OFFERS {level: k[2]}]->(:Capability {id: k[1]}) }]) AS capabilities,
        size([s IN $segments WHERE NOT EXISTS { MATCH (:Company {id: s[0]})-[:TARGETS]->(:Segment {id: s[1]}) }]) AS segments,
        size([r IN $competitors WHERE NOT EXISTS { MATCH (:Company {id: r[0]})-[:COMPETES_WITH]->(:Company {id: r[1]}) }]) AS competitors,
        size([d IN $partnerships WHERE NOT EXISTS { MATCH (:Partnership {id: d[0], status: d[1]}) }]) AS partnerships`,
      {
        companies: plan.companies.map((c) => c.id),
        customers: plan.customers.map((c) => c.id),
        accounts: plan.accounts.map((a) => [a.company_id, a.customer_id, a.stage]),
        capabilities: plan.capabilities.map((k) => [k.company_id, k.capability_id, k.level]),
        segments: plan.segments.map((s) => [s.company_id, s.segment_id]),
        competitors: plan.competitors.map((r) => [r.company_id, r.competitor_id]),
        partnerships: plan.partnerships.map((d) => [d.id, d.status]),
      },
    ),
  );
  return row as Record<string, number>;
}

async function counts(): Promise<unknown> {
  const [row] = await db.write('test:counts', (tx) =>
    tx.runText('RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships'),
  );
  return row;
}

describe('fuzzed CSV folders', () => {
  it('never crash and never leave part of a file: 200 seeded cases', { timeout: 120_000 }, async () => {
    const SEED = 20_240_601;
    const next = createRandom(SEED, 'import-fuzz').next; // seeded: a failing case replays
    const q = uniquePrefix();
    const base = writeFixtureFolder(baseFolder(q));
    const files = readdirSync(base);
    const baseBytes = Object.fromEntries(files.map((file) => [file, readFileSync(join(base, file))]));
    // The base folder goes in first: later cases then also update and re-reference existing rows.
    expect((await importFolder(db, base)).problems).toEqual([]);
    const known = async () => new Set((await db.read('import/company-ids')).map((row) => String(row.id)));

    const tally = { rejected: 0, accepted: 0, acceptedWithSkips: 0 };
    for (let index = 0; index < 200; index += 1) {
      const changes: string[] = [];
      const folderFiles: Record<string, Buffer> = {};
      for (const file of files) {
        // Each file is left out, kept, or mutated one to three times.
        const roll = next();
        if (roll < 0.1 && file !== 'companies.csv') continue;
        let bytes: Buffer = baseBytes[file]!;
        if (roll > 0.55) {
          for (let count = 1 + Math.floor(next() * 3); count > 0; count -= 1) {
            const [mutated, what] = mutate(bytes, next);
            bytes = mutated;
            changes.push(`${file}: ${what}`);
          }
        }
        folderFiles[file] = bytes;
      }
      const folder = writeRawFolder(folderFiles);
      const skipBadRows = next() < 0.3;
      const context = `case ${index} (seed ${SEED}; skipBadRows ${skipBadRows}): ${changes.join('; ') || 'unchanged'}`;

      const before = await counts();
      const knownBefore = await known();
      const result = await importFolder(db, folder, { skipBadRows }).catch((error: unknown) => {
        throw new Error(`${context}: the import threw ${String(error)}`);
      });
      // Only reported problems, each a well-formed file:line: reason.
      for (const problem of result.problems) {
        expect(Object.keys(folderFiles), context).toContain(problem.file);
        expect(Number.isInteger(problem.line) && problem.line >= 1, `${context}: ${formatProblem(problem)}`).toBe(true);
        expect(problem.reason, context).toMatch(/^\S[^\n]*$/);
        expect(problem.reason, context).not.toMatch(/undefined|\[object Object\]/);
      }
      if (!result.imported) {
        tally.rejected += 1;
        // Skipping bad rows refuses only a file that cannot be read as it is.
        if (skipBadRows)
          expect(
            result.problems.some((problem) => problem.wholeFile),
            context,
          ).toBe(true);
        expect(await counts(), context).toEqual(before);
      } else {
        tally[result.problems.length > 0 ? 'acceptedWithSkips' : 'accepted'] += 1;
        expect(result.problems.length === 0 || skipBadRows, context).toBe(true);
        const missing = await missingRows(await acceptedRows(folder, knownBefore, result.problems));
        expect(
          Object.values(missing).every((count) => count === 0),
          `${context}: missing ${JSON.stringify(missing)}`,
        ).toBe(true);
      }
    }
    // Every outcome happened (timings belong to the benchmark, not here).
    expect(tally.rejected, JSON.stringify(tally)).toBeGreaterThan(20);
    expect(tally.accepted, JSON.stringify(tally)).toBeGreaterThan(2);
    // Most mutations break a file as a whole (an encoding, a quote, a header), which no skipping gets past.
    expect(tally.acceptedWithSkips, JSON.stringify(tally)).toBeGreaterThan(0);
  });
});
