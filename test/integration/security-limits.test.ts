import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import { createDatabase, type Database } from '../../api/db/database.ts';
import { loadQueries } from '../../api/db/queries.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { listen } from '../../api/server.ts';
import { DEFAULT_QUERY_LIMITS } from '../../api/security/options.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { seedAmplifyingShortlists } from '../support/amplifying-shortlists.ts';

const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
const KEY_A = 'key-a-0123456789abcdef';
const KEY_B = 'key-b-0123456789abcdef';

let db: Database;
let app: App;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  // Lists are costed as long as the data makes them: the amplifying queries below need the shortlists they amplify over.
  await seedAmplifyingShortlists(db, p);
  app = createApp({ db });
}, 120_000);

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

async function post(
  target: App,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await target.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

const nest = (levels: number) =>
  `{ company(id: "${id('alpha')}") { ${'competitors { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('operation limits (QUERY_TOO_COMPLEX, HTTP 400, before any Cypher runs)', () => {
  it('depth: 10 levels pass, 11 do not', async () => {
    // Nested lists also cost 10× a level (10 levels: about 10^8): lift the cost limit to see depth alone.
    const deepOnly = createApp({ db, security: { queryLimits: { ...DEFAULT_QUERY_LIMITS, maxCost: 1e12 } } });
    expect((await post(deepOnly, nest(10))).body.errors).toBeUndefined();
    expect((await post(app, nest(10))).body.errors![0]!.extensions).toMatchObject({ limit: 'cost' });
    const deep = await post(deepOnly, nest(11));
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: 10,
      found: 11,
    });
    expect(deep.body.data).toBeUndefined();
  });

  it('cost: nested lists multiply, as long as the data makes them, with first from literals or variables', async () => {
    // Each list is as long as the data makes it: competitors, the most rivals any company has (ten or more here).
    const [bounds] = await db.read('market-bounds');
    const rivals = Number(bounds!.competitors);
    expect(rivals).toBeGreaterThanOrEqual(10);
    const perCompany = 1 + rivals * (1 + rivals);
    // 100 × (1 + rivals × (1 + rivals)) > 10,000
    const costly = await post(app, '{ companies(first: 100) { competitors { competitors { id } } } }');
    expect(costly.status).toBe(400);
    expect(costly.body.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      max: 10_000,
      found: 100 * perCompany,
    });
    // The most companies that fit: passes; one more, through a variable, does not.
    const most = Math.floor(10_000 / perCompany);
    expect(
      (await post(app, 'query($n: Int) { companies(first: $n) { competitors { competitors { id } } } }', { n: most }))
        .body.errors,
    ).toBeUndefined();
    const viaVariable = await post(
      app,
      'query($n: Int) { companies(first: $n) { competitors { competitors { id } } } }',
      { n: most + 1 },
    );
    expect(viaVariable.body.errors![0]!.extensions).toMatchObject({ limit: 'cost', found: (most + 1) * perCompany });
  });

  it('cost: variables cost what the query runs with, their defaults when not sent, the field default for null', async () => {
    const FITS = 'fit { score conflicts { kind } }';
    const literal = await post(app, `{ shortlists(first: 100) { entries(first: 100) { ${FITS} } } }`);
    expect(literal.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    // The probe's query, sent without variables: the defaults run, so the same cost and the same refusal.
    const viaDefaults = await post(
      app,
      `query($a:Int=100,$b:Int=100){ shortlists(first:$a){ entries(first:$b){ ${FITS} } } }`,
    );
    expect(viaDefaults.status).toBe(400);
    expect(viaDefaults.body.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      found: literal.body.errors![0]!.extensions!.found,
    });
    // null: the resolvers use the field's default (shortlists 20, entries 100), and so does the cost.
    const viaNull = await post(app, `{ shortlists(first: null) { entries(first: null) { ${FITS} } } }`);
    expect(viaNull.status).toBe(400);
    expect(viaNull.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    const viaNullVariables = await post(
      app,
      `query($a:Int=100,$b:Int=100){ shortlists(first:$a){ entries(first:$b){ ${FITS} } } }`,
      { a: null, b: null },
    );
    expect(viaNullVariables.body.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      found: viaNull.body.errors![0]!.extensions!.found,
    });
    // Values sent in place of the defaults are what count: small ones pass.
    expect(
      (
        await post(app, `query($a:Int=100,$b:Int=100){ shortlists(first:$a){ entries(first:$b){ ${FITS} } } }`, {
          a: 2,
          b: 2,
        })
      ).body.errors,
    ).toBeUndefined();
  });

  it('aliases: 15 pass, 16 do not', async () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: company(id: "${id('alpha')}") { id }`).join(' ')} }`;
    expect((await post(app, aliased(15))).body.errors).toBeUndefined();
    const many = await post(app, aliased(16));
    expect(many.status).toBe(400);
    expect(many.body.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      max: 15,
      found: 16,
    });
  });

  it('tokens: a document over 1,000 tokens is refused before it is parsed', async () => {
    const huge = await post(app, `{ ${'partnershipTypes { id } '.repeat(300)} }`); // 5 tokens each
    expect(huge.status).toBe(400);
    expect(huge.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 1_000 });
    expect((await post(app, `{ ${'partnershipTypes { id } '.repeat(150)} }`)).body.errors).toBeUndefined();
  });

  it('first: 1 to 100 (ecosystem 300), else BAD_USER_INPUT naming the argument', async () => {
    const tooMany = await post(app, '{ companies(first: 101) { id } }');
    expect(tooMany.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const ecosystem = await post(app, `{ ecosystem(focal: "${id('alpha')}", first: 301) { nodes { id } } }`);
    expect(ecosystem.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('honours limits set in the options', async () => {
    const strict = createApp({
      db,
      security: { queryLimits: { maxDepth: 3, maxCost: 50, maxAliases: 0, maxTokens: 20 } },
    });
    expect((await post(strict, nest(4))).body.errors![0]!.extensions).toMatchObject({ limit: 'depth', max: 3 });
    expect((await post(strict, '{ companies(first: 51) { id } }')).body.errors![0]!.extensions).toMatchObject({
      limit: 'cost',
      max: 50,
    });
    expect((await post(strict, '{ x: partnershipTypes { id } }')).body.errors![0]!.extensions).toMatchObject({
      limit: 'aliases',
      max: 0,
    });
  });
});

describe('request body size (413 REQUEST_ENTITY_TOO_LARGE)', () => {
  const padded = (bytes: number) =>
    JSON.stringify({ query: '{ partnershipTypes { id } }', variables: { pad: 'x'.repeat(bytes) } });

  it('refuses a body over 100,000 bytes at once when Content-Length says so', async () => {
    const body = padded(100_001);
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Body).errors![0]!.extensions!.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect((await post(app, '{ partnershipTypes { id } }', { pad: 'x'.repeat(90_000) })).status).toBe(200);
  });

  it('stops reading a chunked body (no Content-Length) once it passes the limit', async () => {
    const server = await listen(app, { port: 0 });
    try {
      const port = Number(new URL(server.url).port);
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest({
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', connection: 'close' },
        });
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        // 2 MB in 64 kB chunks; the server answers long before the end.
        const chunk = 'x'.repeat(64 * 1024);
        request.write('{"query":"{ partnershipTypes { id } }","variables":{"pad":"');
        for (let sent = 0; sent < 2_000_000; sent += chunk.length) request.write(chunk);
        request.end('"}}');
      });
      expect(status).toBe(413);
    } finally {
      await server.close();
    }
  });
});

describe('rate limit on expensive requests (RATE_LIMITED, HTTP 429)', () => {
  const CANDIDATES = `{ candidates(focal: "${id('alpha')}", first: 3) { score } }`;

  it('allows a burst per key, then 429 with Retry-After; cheap queries and other keys go on', async () => {
    const limited = createApp({
      db,
      security: {
        apiKeys: [
          { key: KEY_A, role: 'viewer' },
          { key: KEY_B, role: 'viewer' },
        ],
        rateLimit: { perMinute: 6, burst: 3 },
      },
      // A kept answer walks nothing and takes no token (docs/security.md): these tests count walks, so every answer is computed.
      responseCache: { enabled: false },
    });
    const asA = { authorization: `Bearer ${KEY_A}` };
    for (let i = 0; i < 3; i += 1) expect((await post(limited, CANDIDATES, {}, asA)).status).toBe(200);
    const refused = await post(limited, CANDIDATES, {}, asA);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.data).toBeUndefined();
    // Cheap queries are not limited; another key has its own bucket.
    expect((await post(limited, '{ companies(first: 3) { id } }', {}, asA)).status).toBe(200);
    expect((await post(limited, CANDIDATES, {}, { authorization: `Bearer ${KEY_B}` })).status).toBe(200);
    // CSV downloads share the bucket, answered in plain text.
    const csv = await limited.fetch(`http://localhost/export/candidates.csv?focal=${id('alpha')}`, { headers: asA });
    expect(csv.status).toBe(429);
    expect(csv.headers.get('retry-after')).toBeTruthy();
    expect(await csv.text()).toMatch(/Too many expensive requests/);
  });

  it('counts every aliased expensive field', async () => {
    const limited = createApp({
      db,
      security: { rateLimit: { perMinute: 6, burst: 3 } },
      responseCache: { enabled: false },
    });
    const four = `{ a: candidates(focal: "${id('alpha')}", first: 1) { score } b: ecosystem(focal: "${id('alpha')}", first: 1) { nodes { id } } c: partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}") { score } d: partnerFit(focal: "${id('alpha')}", candidate: "${id('charlie')}") { score } }`;
    const first = await post(limited, four);
    expect(first.status).toBe(200); // 4 > burst 3: a full bucket lets it through once
    expect((await post(limited, four)).status).toBe(429);
  });

  it('counts what an operation asks for: every scoring of nested shortlists, and overlaps', async () => {
    const limited = createApp({
      db,
      security: { rateLimit: { perMinute: 6, burst: 20 } },
      responseCache: { enabled: false },
    });
    // entries is resolved for each of up to 10 shortlists: 10 tokens a request, so the third finds 0 left.
    const scored = '{ shortlists(first: 10) { entries(first: 1) { fit { score } } } }';
    expect((await post(limited, scored)).status).toBe(200);
    expect((await post(limited, scored)).status).toBe(200);
    const third = await post(limited, scored);
    expect(third.status).toBe(429);
    expect(third.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // Pins and notes without their fit score nothing, and take no token.
    expect((await post(limited, '{ shortlists(first: 50) { entries { candidateId note } } }')).status).toBe(200);
    // overlap reads two companies' accounts (a hub's are hundreds of thousands): limited like a ranking.
    const overlaps = createApp({
      db,
      security: { rateLimit: { perMinute: 6, burst: 2 } },
      responseCache: { enabled: false },
    });
    const two = `{ a: overlap(a: "${id('alpha')}", b: "${id('bravo')}") { jaccard } b: overlap(a: "${id('alpha')}", b: "${id('charlie')}") { jaccard } }`;
    expect((await post(overlaps, two)).status).toBe(200);
    expect((await post(overlaps, two)).status).toBe(429);
  });

  it('limits by client address when there are no keys', async () => {
    const server = await listen(
      createApp({ db, security: { rateLimit: { perMinute: 6, burst: 2 } }, responseCache: { enabled: false } }),
      { port: 0 },
    );
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: CANDIDATES }),
        });
        statuses.push(response.status);
        await response.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await server.close();
    }
  });
});

describe('Cypher transaction timeout (QUERY_TIMEOUT)', () => {
  // A read and a write that would run for minutes, in place of two named queries.
  const SLOW_READ =
    'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 1000003 = 1000002 RETURN x AS company LIMIT 1000000';
  const SLOW_WRITE =
    'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 1000003 = -1 CREATE (:TimeoutProbe) RETURN x AS id';
  let slow: Database;
  beforeAll(() => {
    const queries = new Map(loadQueries());
    queries.set('companies-list', SLOW_READ);
    queries.set('shortlist/create', SLOW_WRITE);
    slow = createDatabase(
      {
        uri: inject('neo4jUri'),
        username: inject('neo4jUsername'),
        password: inject('neo4jPassword'),
        queryTimeoutMs: 1_000,
      },
      queries,
    );
  });
  afterAll(() => slow?.close());

  it('stops a runaway read and a runaway write, and the write leaves nothing behind', async () => {
    const timedApp = createApp({ db: slow });
    const before = await graphFingerprint(db);
    for (const query of [
      '{ companies { id } }',
      `mutation { createShortlist(name: "slow", focal: "${id('alpha')}") { id } }`,
    ]) {
      const started = Date.now();
      const { body } = await post(timedApp, query);
      expect(body.errors![0]!.extensions!.code, query).toBe('QUERY_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(15_000);
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
