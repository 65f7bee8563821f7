import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.ts';

/**
 * Strings a hostile client would try: Cypher and Lucene syntax, Unicode that
 * hides or reorders text, control characters, and sheer length. Every one must
 * be plain data: looked up, searched for or stored as it is, never run.
 */
export const NASTY_STRINGS: string[] = [
  // Cypher injection, in every quoting style
  '"}) DETACH DELETE n //',
  "'}) DETACH DELETE n //",
  '`}) DETACH DELETE n //',
  "x' OR 1=1 //",
  '"; MATCH (n) DETACH DELETE n; //',
  '}) WITH 1 AS x MATCH (n) SET n.pwned = true //',
  '$focal',
  '{id: $id}',
  'CALL db.labels()',
  '\\u0027) DETACH DELETE n //',
  // Lucene query syntax
  '*',
  '?',
  'name:* OR id:*',
  'a AND b OR NOT c',
  '"unterminated',
  'fo~0.1',
  'x^999',
  '[a TO z]',
  '{a TO z}',
  '/.*/',
  '\\',
  '((((((((((',
  '&& || ! + -',
  'AND',
  // Unicode tricks
  '\u202Eevil\u202C.exe', // right-to-left override
  'pay\u200Bdrift', // zero-width space
  '\uFEFFbom',
  'e\u0301\u0301\u0301\u0301', // stacked combining marks
  'Z\u0335\u0321\u0322a\u0337l\u0336g\u0334o',
  '😀👨‍👩‍👧‍👦🏳️‍🌈',
  'ＭＡＴＣＨ (n) ＤＥＬＥＴＥ n', // full-width letters fold to ASCII in NFKC
  'İstanbul ß ﬁ',
  '\uD800', // a lone surrogate
  // control characters and whitespace
  'a\u0000b',
  '\u0000',
  '\r\n\t',
  ' ',
  '',
  // markup, paths, formulas
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00%2e%2e%2f',
  '=HYPERLINK("http://evil.example","click")',
  '+cmd|" /C calc"!A0',
  // length
  'x'.repeat(201),
  '🙂'.repeat(3_000),
  'y'.repeat(20_000),
];

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let db: Database;
let app: App;

type Body = { data?: any; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] };

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  // Hundreds of expensive requests in a few seconds: the rate limit is another test's business.
  app = createApp({ db, security: { rateLimit: { perMinute: 0, burst: 1 } } });
});

async function graphql(query: string, variables: Record<string, unknown>): Promise<{ status: number; body: Body }> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/** Only the API's own codes: no "Unexpected error.", no stack, no Neo4j message. */
function expectOnlyCodes(body: Body, allowed: string[], context: string): void {
  for (const error of body.errors ?? []) {
    expect(allowed, `${context}: ${error.message}`).toContain(error.extensions?.code);
    expect(error.message, context).not.toMatch(/Neo4j|Cypher|Unexpected error|at .*\.ts:\d+/);
  }
}

/** Lone surrogates as U+FFFD, as a browser would send them (String.prototype.toWellFormed, ES2024). */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
/** encodeURIComponent throws on a lone surrogate. */
const encode = (text: string) => encodeURIComponent(wellFormed(text));

/** Words as the full-text index splits them: letters and digits, accents folded, lower case. */
const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const label = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…(${text.length})` : text);

describe('nasty strings as ids and search text', () => {
  let before: GraphFingerprint;
  beforeAll(async () => {
    before = await graphFingerprint(db);
  });

  it.each(NASTY_STRINGS.map((text) => [label(text), text]))('%s is only ever data', async (_, text) => {
    const focal = id('alpha');
    // Nullable fields: null for an unknown id, BAD_USER_INPUT for an empty or over-long one.
    const lookups = await graphql(
      `
        query ($x: ID!, $s: String, $focal: ID!) {
          company(id: $x) {
            id
          }
          overlap(a: $focal, b: $x) {
            sharedCount
          }
          complementarity(a: $x, b: $focal) {
            score
          }
          partnerFit(focal: $focal, candidate: $x) {
            score
          }
          shortlist(id: $x) {
            id
          }
          shortlists(focal: $x) {
            id
          }
          companies(search: $s, first: 5) {
            id
            name
            domain
          }
          filtered: candidates(focal: $focal, filter: { segment: $x, capability: $x }) {
            candidate {
              id
            }
          }
        }
      `,
      { x: text, s: text, focal },
    );
    // An id that names nothing is NOT_FOUND (beside the null of single objects); one too long or empty, BAD_USER_INPUT.
    expectOnlyCodes(lookups.body, ['BAD_USER_INPUT', 'NOT_FOUND'], 'lookups');
    const data = lookups.body.data ?? {};
    for (const field of ['company', 'overlap', 'complementarity', 'partnerFit', 'shortlist'])
      expect(data[field] ?? null, field).toBeNull();
    // An empty filter is no filter; any other matches no segment or capability.
    if (text !== '') expect(data.filtered ?? [], 'filtered').toEqual([]);
    expect(data.shortlists ?? [], 'shortlists').toEqual([]);
    // A search finds only companies with a word starting with one of the text's words: `*`, `name:*`
    // or `[a TO z]` are searched for as words, never obeyed as wildcards, fields or ranges.
    // (Blank text lists every company by name, on purpose.)
    const searched = words(text);
    for (const company of text.trim() === '' ? [] : (data.companies ?? [])) {
      const found = words(`${company.name} ${company.id} ${company.domain ?? ''}`);
      expect(
        searched.some((word) => found.some((other) => other.startsWith(word))),
        `${label(text)} found ${company.name}`,
      ).toBe(true);
    }

    // Non-null lists: NOT_FOUND or BAD_USER_INPUT, each on its own.
    for (const query of [
      'query($x: ID!) { candidates(focal: $x) { score } }',
      'query($x: ID!) { ecosystem(focal: $x) { nodes { id } } }',
      `query($x: ID!) { conflicts(a: $x, b: "${focal}") { kind } }`,
    ]) {
      const { body } = await graphql(query, { x: text });
      expectOnlyCodes(body, ['NOT_FOUND', 'BAD_USER_INPUT'], query);
      expect(body.errors?.length, query).toBeGreaterThan(0);
    }

    // Mutations with the string as an id: NOT_FOUND or BAD_USER_INPUT, nothing written.
    for (const mutation of [
      `mutation($x: ID!) { createShortlist(name: "n", focal: $x) { id } }`,
      'mutation($x: ID!) { renameShortlist(id: $x, name: "n") { id } }',
      'mutation($x: ID!) { deleteShortlist(id: $x) }',
      'mutation($x: ID!) { addToShortlist(id: $x, candidate: $x, note: "n") { id } }',
      'mutation($x: ID!) { removeFromShortlist(id: $x, candidate: $x) { id } }',
    ]) {
      const { body } = await graphql(mutation, { x: text });
      expectOnlyCodes(body, ['NOT_FOUND', 'BAD_USER_INPUT'], mutation);
    }

    // CSV parameters: 400 or 404 with a plain reason (the segment and capability filters share the
    // ranking code of `filtered` above, which is checked there).
    const params = ['focal', 'excludeSeverity', 'first', 'wS', 'minShared'];
    for (const param of params) {
      const query = new URLSearchParams({ focal, [param]: text });
      const response = await app.fetch(`http://localhost/export/candidates.csv?${query}`);
      expect([200, 400, 404], `${param}=${label(text)}`).toContain(response.status);
      expect(await response.text()).not.toMatch(/Unexpected error|Neo4j|Cypher/);
    }
    const shortlistCsv = await app.fetch(`http://localhost/export/shortlists/${encode(text)}.csv`);
    expect([400, 404]).toContain(shortlistCsv.status);
  });

  it('left the graph exactly as it was', async () => {
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('nasty strings as shortlist names and notes', () => {
  it('stores each exactly (trimmed) or refuses it as BAD_USER_INPUT, and deleting restores the graph', async () => {
    const before = await graphFingerprint(db);
    const created: string[] = [];
    for (const text of NASTY_STRINGS) {
      const { body } = await graphql(
        'mutation($name: String!, $focal: ID!) { createShortlist(name: $name, focal: $focal) { id name } }',
        {
          name: text,
          focal: id('alpha'),
        },
      );
      expectOnlyCodes(body, ['BAD_USER_INPUT'], `name ${label(text)}`);
      if (body.errors) {
        expect(text.trim() === '' || text.trim().length > 120, label(text)).toBe(true);
        continue;
      }
      created.push(body.data.createShortlist.id);
      // Neo4j stores text as UTF-8: a lone surrogate comes back as U+FFFD, like any browser would send it.
      expect(body.data.createShortlist.name).toBe(wellFormed(text.trim()));

      const pinned = await graphql(
        'mutation($id: ID!, $c: ID!, $note: String) { addToShortlist(id: $id, candidate: $c, note: $note) { entries { note } } }',
        {
          id: body.data.createShortlist.id,
          c: id('bravo'),
          note: text,
        },
      );
      expectOnlyCodes(pinned.body, ['BAD_USER_INPUT'], `note ${label(text)}`);
      if (!pinned.body.errors)
        expect(pinned.body.data.addToShortlist.entries[0].note).toBe(wellFormed(text.trim()) || null);

      // The CSV shows the note as text: a formula gets an apostrophe and runs nothing.
      const csv = await app.fetch(`http://localhost/export/shortlists/${encode(body.data.createShortlist.id)}.csv`);
      expect(csv.status).toBe(200);
      const rows = parseCsv(await csv.text(), { columns: true }) as Record<string, string>[];
      const note = rows[0]?.note ?? '';
      if (/^[=+\-@]/.test(text.trim())) expect(note).toBe(`'${text.trim()}`);
    }
    expect(created.length).toBeGreaterThan(30);
    for (const shortlist of created) {
      const { body } = await graphql('mutation($id: ID!) { deleteShortlist(id: $id) }', { id: shortlist });
      expect(body.errors).toBeUndefined();
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('nasty strings as imported data', () => {
  it('round-trips names through the API and the search, and never as a formula in CSV', async () => {
    const q = uniquePrefix();
    const names = [
      '"}) DETACH DELETE n //',
      'name:* OR id:* Zeta',
      '\u202Eevil\u202C Corp',
      '=HYPERLINK("http://evil.example") Ltd',
      '😀 Emoji Works',
    ];
    const result = await importFolder(
      db,
      writeFixtureFolder({
        companies: names.map((name, index) => ({ id: `${q}n${index}`, name, description: name })),
        accounts: names.map((_, index) => ({ company_id: `${q}n${index}`, customer_id: `${q}shared` })),
      }),
    );
    expect(result.problems).toEqual([]);
    for (const [index, name] of names.entries()) {
      const { body } = await graphql('query($id: ID!) { company(id: $id) { name description } }', {
        id: `${q}n${index}`,
      });
      expect(body.data.company).toEqual({ name, description: name });
    }
    // The words of a name find it; its operators are searched for as words, not obeyed.
    const search = await graphql('query($s: String) { companies(search: $s, first: 5) { id } }', { s: 'Zeta name id' });
    expect(search.body.data.companies.map((c: { id: string }) => c.id)).toContain(`${q}n1`);
    const csv = await (await app.fetch(`http://localhost/export/candidates.csv?focal=${q}n0&minShared=1`)).text();
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.candidate_id === `${q}n3`)?.candidate_name).toBe(`'${names[3]}`);
  });
});
