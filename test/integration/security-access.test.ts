import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { LOOPBACK_HOSTS } from '../../api/security/options.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const VIEWER = 'viewer-key-0123456789abcdef';
const EDITOR = 'editor-key-0123456789abcdef';

let db: Database;
let app: App;

/** A built explorer in miniature: index.html and one fingerprinted asset. */
function webRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'partnergraph-web-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><header>h</header></body></html>',
  );
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  return root;
}

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  app = createApp({
    db,
    webRoot: webRoot(),
    security: {
      apiKeys: [
        { key: VIEWER, role: 'viewer' },
        { key: EDITOR, role: 'editor' },
      ],
      explorerKey: VIEWER,
    },
  });
});

const auth = (key: string | undefined): Record<string, string> =>
  key === undefined ? {} : { authorization: `Bearer ${key}` };

async function graphql(query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: any }[] },
  };
}

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

describe('with API keys configured', () => {
  const READ = `{ company(id: "${id('alpha')}") { id name } }`;
  const BAD_HEADERS: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['a wrong key', auth('wrong-key-0123456789abcdef')],
    ['a key one character short', auth(VIEWER.slice(0, -1))],
    ['a key with a character more', auth(`${VIEWER}x`)],
    ['the key in a Basic header', { authorization: `Basic ${VIEWER}` }],
    ['the bare key', { authorization: VIEWER }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ];

  it.each(BAD_HEADERS)('answers %s with 401 UNAUTHENTICATED and no data', async (_, headers) => {
    for (const query of [
      READ,
      '{ __typename }',
      '{ __schema { types { name } } }',
      `mutation { deleteShortlist(id: "x") }`,
    ]) {
      const { status, body, headers: responseHeaders, text } = await graphql(query, headers);
      expect(status).toBe(401);
      expect(codeOf(body)).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
      expect(text).not.toContain(p); // nothing from the graph
      expect(responseHeaders.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('refuses GET queries without a key too', async () => {
    const response = await app.fetch(`http://localhost/graphql?query=${encodeURIComponent(READ)}`, {
      headers: { 'x-partnergraph-csrf': '1' },
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(p);
  });

  it('lets a viewer read and refuses its mutations with 403 FORBIDDEN, changing nothing', async () => {
    const read = await graphql(READ, auth(VIEWER));
    expect(read.status).toBe(200);
    expect(read.body.data.company).toEqual({ id: id('alpha'), name: 'Alpha Co' });

    const before = await graphFingerprint(db);
    for (const mutation of [
      `mutation { createShortlist(name: "x", focal: "${id('alpha')}") { id } }`,
      'mutation { deleteShortlist(id: "any") }',
      // A query and a mutation in one document: the mutation is what runs when named.
      `query Q { company(id: "${id('alpha')}") { id } } mutation M { createShortlist(name: "y", focal: "${id('alpha')}") { id } }`,
    ]) {
      const operationName = mutation.includes('mutation M') ? 'M' : undefined;
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth(VIEWER) },
        body: JSON.stringify({ query: mutation, operationName }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(response.status).toBe(403);
      expect(codeOf(body)).toBe('FORBIDDEN');
      expect(body.data).toBeUndefined();
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('lets an editor change shortlists', async () => {
    const created = await graphql(
      `mutation { createShortlist(name: "keys", focal: "${id('alpha')}") { id name } }`,
      auth(EDITOR),
    );
    expect(created.status).toBe(200);
    expect(created.body.data.createShortlist.name).toBe('keys');
    const deleted = await graphql(
      `mutation { deleteShortlist(id: "${created.body.data.createShortlist.id}") }`,
      auth(EDITOR),
    );
    expect(deleted.body.errors).toBeUndefined();
  });

  it('guards the CSV downloads with the same keys, in plain text', async () => {
    for (const path of [`/export/candidates.csv?focal=${id('alpha')}`, '/export/shortlists/anything.csv']) {
      for (const [, headers] of BAD_HEADERS) {
        const response = await app.fetch(`http://localhost${path}`, { headers });
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(await response.text()).not.toContain(p);
      }
    }
    // bravo is the one company sharing customers with alpha, whatever else earlier files left in the graph.
    const csv = await app.fetch(`http://localhost/export/candidates.csv?focal=${id('alpha')}&minShared=1`, {
      headers: auth(VIEWER),
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(id('bravo'));
  });

  it('keeps /health open, saying only up or down', async () => {
    const response = await app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves GraphiQL and the explorer without a key; the page carries EXPLORER_KEY', async () => {
    const graphiql = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).not.toContain(p);

    for (const path of ['/', `/?focal=${id('alpha')}`, '/shortlist']) {
      const page = await app.fetch(`http://localhost${path}`);
      const html = await page.text();
      expect(html).toContain(`<head>\n    <meta name="partnergraph-key" content="${VIEWER}">`);
      expect(html).toContain('<header>h</header>'); // <header> is not <head>
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const asset = await app.fetch('http://localhost/assets/app-1234.js');
    expect(await asset.text()).toBe('console.log(1)');
  });

  it('never serves files outside the explorer build', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../package.json', '/%E0%A4%A']) {
      const response = await app.fetch(`http://localhost${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/^<!doctype html>/); // the explorer's page, not the file
    }
  });
});

describe('CSRF prevention', () => {
  let open: App;
  beforeAll(() => {
    open = createApp({ db });
  });
  const QUERY = '{ partnershipTypes { id } }';

  it('accepts JSON posts (the explorer, GraphiQL) and refuses what a foreign page could send unasked', async () => {
    const json = await open.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(json.status).toBe(200);

    const forged: RequestInit[] = [
      { method: 'GET' },
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: QUERY }) },
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${encodeURIComponent(QUERY)}`,
      },
      { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' },
    ];
    for (const init of forged) {
      const url =
        init.method === 'GET'
          ? `http://localhost/graphql?query=${encodeURIComponent(QUERY)}`
          : 'http://localhost/graphql';
      const response = await open.fetch(url, init);
      expect(response.status, JSON.stringify(init)).toBe(403);
      expect(codeOf((await response.json()) as never)).toBe('CSRF_HEADER_REQUIRED');
    }
  });

  it('accepts a GET query that carries a header no foreign page can add unasked', async () => {
    for (const header of ['x-partnergraph-csrf', 'graphql-preflight', 'apollo-require-preflight']) {
      const response = await open.fetch(`http://localhost/graphql?query=${encodeURIComponent(QUERY)}`, {
        headers: { [header]: '1' },
      });
      expect(response.status, header).toBe(200);
    }
  });
});

describe('CORS', () => {
  const preflight = (target: App, origin: string) =>
    target.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });

  it('is closed by default: no page on another origin may read the API', async () => {
    const closed = createApp({ db });
    const response = await preflight(closed, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await closed.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ partnershipTypes { id } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens to the listed origins only, with the Authorization header allowed', async () => {
    const listed = createApp({ db, security: { corsOrigins: ['https://crm.example.com', 'https://bi.example.com'] } });
    const allowed = await preflight(listed, 'https://bi.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://bi.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight(listed, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('Host check (DNS rebinding)', () => {
  it('answers local host names only when listening on loopback', async () => {
    const local = createApp({ db, security: { allowedHosts: LOOPBACK_HOSTS } });
    for (const host of ['localhost:4000', '127.0.0.1:4000', '[::1]:4000']) {
      const response = await local.fetch(`http://${host}/health`);
      expect(response.status, host).toBe(200);
    }
    for (const host of ['evil.example', 'evil.example:4000', '127.0.0.1.nip.io']) {
      const response = await local.fetch(`http://${host}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ partnershipTypes { id } }' }),
      });
      expect(response.status, host).toBe(403);
      expect(await response.text()).toMatch(/is not served here/);
    }
  });
});
