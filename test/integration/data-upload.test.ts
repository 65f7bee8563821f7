/**
 * The explorer's "Add data" routes (api/plugins/use-data-upload.ts) against
 * the real Neo4j through app.fetch: upload a strategist's files, read the
 * detected plan, save a corrected one, dry-run, import in the background, and
 * every refusal with its status and sentence. These tests replace the graph,
 * so they run on the shared test database like the other import tests.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import type { SecurityOptions } from '../../api/security/options.ts';
import { DEFAULT_UPLOAD_SETTINGS, type UploadSettings } from '../../api/uploads/upload-settings.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { SOURCES_FIXTURES } from '../fixtures/sources/read-fixture.ts';

let db: Database;
beforeAll(async () => {
  db = await useTestDatabase();
});

const p = uniquePrefix();
const HUBSPOT = readFileSync(join(SOURCES_FIXTURES, 'hubspot-companies.csv'), 'utf8');
const INSTALL_BASE = readFileSync(join(SOURCES_FIXTURES, 'hg-insights-install-base.csv'), 'utf8');
const EDITOR = 'editor-key-0123456789abcdef';
const VIEWER = 'viewer-key-0123456789abcdef';
const EDITOR_2 = 'second-editor-key-0123456789';

function makeApp(uploads: Partial<UploadSettings> = {}, security: Partial<SecurityOptions> = {}): App {
  return createApp({
    db,
    security: {
      ...security,
      uploads: {
        ...DEFAULT_UPLOAD_SETTINGS,
        root: mkdtempSync(join(tmpdir(), 'partnergraph-uploads-test-')),
        ...uploads,
      },
    },
  });
}

function form(files: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, content] of Object.entries(files)) data.append('files', new Blob([content]), name);
  return data;
}

interface Answer {
  status: number;
  body: any;
}

async function call(
  app: App,
  method: string,
  path: string,
  options: { body?: BodyInit | object; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const json =
    options.body !== undefined &&
    !(options.body instanceof FormData) &&
    typeof options.body === 'object' &&
    !(options.body instanceof ReadableStream);
  const response = await app.fetch(`http://localhost${path}`, {
    method,
    headers: { 'x-partnergraph-csrf': '1', ...(json && { 'content-type': 'application/json' }), ...options.headers },
    body: json ? JSON.stringify(options.body) : (options.body as BodyInit | undefined),
    ...(options.body instanceof ReadableStream && { duplex: 'half' }),
  } as RequestInit);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

async function settledRun(app: App, id: string): Promise<any> {
  const deadline = Date.now() + IMPORT_TIMEOUT;
  for (;;) {
    const { body } = await call(app, 'GET', `/uploads/${id}`);
    if (body.run?.state !== 'running') return body.run;
    if (Date.now() > deadline) throw new Error('the import did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return db.write('test:read', (tx) => tx.runText(cypher, params));
}

/** The plan as the explorer saves it: detection's entries, the owner named on the CRM export. */
function withOwner(plan: any, owner: string) {
  return {
    ...plan,
    files: plan.files.map((entry: any) => (entry.role === 'crm-accounts' ? { ...entry, owner } : entry)),
  };
}

/** Each import of a few rows takes seconds (staging, switch, calibration), and more on a machine shared with other tests. */
const IMPORT_TIMEOUT = 180_000;

describe('an upload, from files to an import', { timeout: IMPORT_TIMEOUT }, () => {
  it('detects each file, takes a corrected plan, dry-runs without writing, and imports in the background', async () => {
    const app = makeApp();
    const created = await call(app, 'POST', '/uploads', {
      body: form({ 'hubspot-companies.csv': HUBSPOT, 'hg-insights-install-base.csv': INSTALL_BASE }),
    });
    expect(created.status).toBe(201);
    const { id } = created.body;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(created.body.files).toEqual([
      { name: 'hg-insights-install-base.csv', bytes: Buffer.byteLength(INSTALL_BASE) },
      { name: 'hubspot-companies.csv', bytes: Buffer.byteLength(HUBSPOT) },
    ]);
    const files = Object.fromEntries(created.body.plan.files.map((file: any) => [file.file, file]));
    expect(files['hubspot-companies.csv'].entry).toMatchObject({
      role: 'crm-accounts',
      layout: 'hubspot-companies',
      confidence: 'certain',
      columns: { name: 'Company name', stage: 'Lifecycle Stage' },
    });
    expect(files['hubspot-companies.csv'].entry.unplaced).toContain('Company owner');
    expect(files['hubspot-companies.csv'].headers[0]).toBe('Record ID');
    expect(files['hg-insights-install-base.csv'].entry).toMatchObject({
      role: 'install-base',
      layout: 'install-base',
      columns: { account: 'Company Name', vendor: 'Vendor' },
    });
    // Whose accounts are these? The explorer asks in its own words.
    expect(files['hubspot-companies.csv'].problems).toEqual([
      'hubspot-companies.csv:1: whose accounts are these? Name the company in the field above.',
    ]);
    expect(created.body.plan.ready).toBe(false);
    expect(created.body.plan.roles.map((role: any) => role.role)).toEqual([
      'crm-accounts',
      'install-base',
      'partner-sheet',
      'company-directory',
      'crm-deals',
    ]);

    const saved = await call(app, 'PUT', `/uploads/${id}/plan`, {
      body: withOwner(created.body.plan.plan, 'Shopwell'),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.plan.ready).toBe(true);
    expect(saved.body.plan.files.flatMap((file: any) => file.problems)).toEqual([]);

    const before = await graphFingerprint(db);
    const dry = await call(app, 'POST', `/uploads/${id}/dry-run`, {
      body: { replace: true, name: 'Shopwell’s market' },
    });
    expect(dry.status).toBe(200);
    expect(dry.body.run).toMatchObject({ kind: 'dry-run', state: 'done', replace: true });
    const report = Object.fromEntries(dry.body.run.report.files.map((file: any) => [file.file, file]));
    expect(report['hubspot-companies.csv']).toMatchObject({
      rows: 5,
      refused: 0,
      owner: 'Shopwell',
      skipped: [{ rows: 1, reason: expect.stringContaining('"Other"') }],
    });
    expect(report['hg-insights-install-base.csv'].customers).toMatchObject({ byDomain: 3, new: 0 });
    expect(dry.body.run.preview).toMatchObject({ stagedCustomers: 4, stagedAccounts: 7 });
    expect(await graphFingerprint(db)).toEqual(before);

    const started = await call(app, 'POST', `/uploads/${id}/import`, {
      body: { replace: true, name: 'Shopwell’s market' },
    });
    expect([200, 202]).toContain(started.status);
    expect(started.body.run.kind).toBe('import');
    const run = await settledRun(app, id);
    expect(run).toMatchObject({ kind: 'import', state: 'done', owner: { id: 'shopwell', name: 'Shopwell' } });
    expect(run.report.files.map((file: any) => file.file).sort()).toEqual([
      'hg-insights-install-base.csv',
      'hubspot-companies.csv',
    ]);
    expect(
      await rows(
        "MATCH (:Company {id: 'shopwell'})-[s:SERVES]->(c:Customer) RETURN c.id AS customer, s.stage AS stage ORDER BY customer",
      ),
    ).toEqual([
      { customer: 'acme-com', stage: 'customer' },
      { customer: 'globex-corp-com', stage: 'opportunity' },
      { customer: 'hooli-xyz', stage: 'prospect' },
      { customer: 'initech-io', stage: 'prospect' },
    ]);
    expect(await rows("MATCH (d:Dataset {id: 'loaded'}) RETURN d.name AS name")).toEqual([
      { name: 'Shopwell’s market' },
    ]);
    // Imported: the files are gone from the server, the outcome stays.
    const after = await call(app, 'GET', `/uploads/${id}`);
    expect(after.body.files).toEqual([]);
    expect(after.body.run.state).toBe('done');
  });

  it('lists refused rows as file:line: reason and writes nothing; a saved plan that does not parse is refused at its JSON path', async () => {
    const app = makeApp();
    const bad = `"Record ID","Company name","Company Domain Name","Lifecycle Stage","Number of Employees"\n"1","Acme","acme.com","Customer","many"\n"2","Hooli","hooli.xyz","Lead","12"\n`;
    const created = await call(app, 'POST', '/uploads', { body: form({ 'hubspot.csv': bad }) });
    const { id } = created.body;
    const refusedPlan = await call(app, 'PUT', `/uploads/${id}/plan`, {
      body: { version: 1, files: [{ file: 'hubspot.csv', role: 'crm-account' }] },
    });
    expect(refusedPlan.status).toBe(400);
    expect(refusedPlan.body.error.code).toBe('BAD_USER_INPUT');
    expect(refusedPlan.body.error.problems).toEqual([
      expect.stringMatching(/^import-plan\.json files\[0\]\.role \(hubspot\.csv\): "crm-account" is not a role/),
    ]);
    // A plan naming a column the file lacks parses, is saved, and comes back with the problem.
    const wrongColumn = withOwner(structuredClone(created.body.plan.plan), 'Shopwell');
    wrongColumn.files[0].columns.domain = 'Domain!';
    const checked = await call(app, 'PUT', `/uploads/${id}/plan`, { body: wrongColumn });
    expect(checked.status).toBe(200);
    expect(checked.body.plan.ready).toBe(false);
    expect(checked.body.plan.files[0].problems).toEqual([
      expect.stringMatching(
        /^hubspot\.csv:1: import-plan\.json files\[0\]\.columns\.domain \(hubspot\.csv\): hubspot\.csv has no column "Domain!"/,
      ),
    ]);
    expect(checked.body.plan.files[0].entry.confidence).toBe('set by you');

    await call(app, 'PUT', `/uploads/${id}/plan`, { body: withOwner(created.body.plan.plan, 'Shopwell') });
    const before = await graphFingerprint(db);
    const dry = await call(app, 'POST', `/uploads/${id}/dry-run`, { body: { replace: false } });
    expect(dry.body.run.state).toBe('refused');
    expect(dry.body.run.problems).toEqual([expect.stringMatching(/^hubspot\.csv:2: .*many/)]);
    const started = await call(app, 'POST', `/uploads/${id}/import`, { body: { replace: false } });
    expect([200, 202]).toContain(started.status);
    const run = await settledRun(app, id);
    expect(run).toMatchObject({ state: 'refused', problemsTotal: 1 });
    expect(await graphFingerprint(db)).toEqual(before);
    // Refused: the files stay, for the plan to be corrected and the import tried again.
    expect((await call(app, 'GET', `/uploads/${id}`)).body.files.map((file: any) => file.name)).toEqual([
      'hubspot.csv',
    ]);
  });

  it('keeps shortlists through an import that replaces the graph', async () => {
    const app = makeApp();
    const first = await call(app, 'POST', '/uploads', {
      body: form({ 'hubspot-companies.csv': HUBSPOT, 'hg-insights-install-base.csv': INSTALL_BASE }),
    });
    await call(app, 'PUT', `/uploads/${first.body.id}/plan`, { body: withOwner(first.body.plan.plan, 'Shopwell') });
    await call(app, 'POST', `/uploads/${first.body.id}/import`, { body: { replace: true } });
    expect((await settledRun(app, first.body.id)).state).toBe('done');
    const graphql = (query: string) => call(app, 'POST', '/graphql', { body: { query } });
    const list = await graphql(`mutation { createShortlist(name: "${p}Keepers", focal: "shopwell") { id } }`);
    const listId = list.body.data.createShortlist.id;
    await graphql(
      `mutation { addToShortlist(id: "${listId}", candidate: "stripe", note: "ask about checkout") { id } }`,
    );

    const second = await call(app, 'POST', '/uploads', { body: form({ 'hubspot-companies.csv': HUBSPOT }) });
    await call(app, 'PUT', `/uploads/${second.body.id}/plan`, { body: withOwner(second.body.plan.plan, 'Shopwell') });
    await call(app, 'POST', `/uploads/${second.body.id}/import`, { body: { replace: true } });
    expect((await settledRun(app, second.body.id)).state).toBe('done');
    const kept = await graphql(`{ shortlist(id: "${listId}") { name entries { candidateId note inGraph } } }`);
    expect(kept.body.data.shortlist).toEqual({
      name: `${p}Keepers`,
      entries: [{ candidateId: 'stripe', note: 'ask about checkout', inGraph: false }],
    });
  });
});

describe('refusals, each a status and a sentence', { timeout: IMPORT_TIMEOUT }, () => {
  let lockRun: string | undefined;
  afterEach(async () => {
    if (lockRun)
      await db.write('test:unlock', (tx) =>
        tx.runText("MATCH (l:ImportLock {id: 'import', run: $run}) DELETE l", { run: lockRun }),
      );
    lockRun = undefined;
  });

  it('refuses a file that is not CSV, one over the size limit, too many files, none, and a body that is not multipart', async () => {
    const app = makeApp({ maxFileBytes: 1024, maxFiles: 3 });
    const notCsv = await call(app, 'POST', '/uploads', { body: form({ 'notes.txt': 'hello', 'a.csv': 'x\n1\n' }) });
    expect(notCsv).toEqual({
      status: 400,
      body: {
        error: {
          code: 'BAD_USER_INPUT',
          message: '"notes.txt" is not a CSV file: only .csv files (and import-plan.json) can be added',
        },
      },
    });
    const big = await call(app, 'POST', '/uploads', { body: form({ 'big.csv': `a,b\n${'1,2\n'.repeat(400)}` }) });
    expect(big).toEqual({
      status: 413,
      body: {
        error: {
          code: 'REQUEST_ENTITY_TOO_LARGE',
          message: 'big.csv is over 0.0 MB, the largest file an import takes (IMPORT_MAX_FILE_MB).',
        },
      },
    });
    const many = await call(app, 'POST', '/uploads', {
      body: form({ 'a.csv': 'x\n', 'b.csv': 'x\n', 'c.csv': 'x\n', 'd.csv': 'x\n' }),
    });
    expect(many.status).toBe(400);
    expect(many.body.error.message).toBe('An upload holds at most 3 files; send fewer.');
    const none = await call(app, 'POST', '/uploads', { body: new FormData() });
    expect(none.status).toBe(400);
    const json = await call(app, 'POST', '/uploads', { body: { files: [] } });
    expect(json.status).toBe(415);
    expect(json.body.error.message).toMatch(/multipart\/form-data/);
    // Folders' names from the client never reach the disk: `../../x.csv` is x.csv in the upload.
    const sneaky = await call(app, 'POST', '/uploads', { body: form({ '../../escape.csv': 'a\n1\n' }) });
    expect(sneaky.status).toBe(201);
    expect(sneaky.body.files).toEqual([{ name: 'escape.csv', bytes: 4 }]);
  });

  it('says who may not: no key 401, a viewer 403, a write without the CSRF header 403, another key’s upload 404', async () => {
    const app = makeApp(
      {},
      {
        apiKeys: [
          { key: EDITOR, role: 'editor' },
          { key: VIEWER, role: 'viewer' },
          { key: EDITOR_2, role: 'editor' },
        ],
      },
    );
    const editor = { authorization: `Bearer ${EDITOR}` };
    const upload = () => form({ 'hubspot.csv': HUBSPOT });
    expect((await call(app, 'POST', '/uploads', { body: upload() })).status).toBe(401);
    const viewer = await call(app, 'POST', '/uploads', {
      body: upload(),
      headers: { authorization: `Bearer ${VIEWER}` },
    });
    expect(viewer).toEqual({
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: 'Adding data needs an editor key; key 2 is a viewer.' } },
    });
    expect(
      (await call(app, 'GET', '/uploads/access', { headers: { authorization: `Bearer ${VIEWER}` } })).body,
    ).toMatchObject({ role: 'viewer', canUpload: false });
    expect((await call(app, 'GET', '/uploads/access', { headers: editor })).body).toMatchObject({
      role: 'editor',
      canUpload: true,
    });

    const noCsrf = await app.fetch('http://localhost/uploads', { method: 'POST', body: upload() });
    expect(noCsrf.status).toBe(401); // keys on: the key is asked for first
    const openApp = makeApp();
    const forged = await openApp.fetch('http://localhost/uploads', { method: 'POST', body: upload() });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as any).error.code).toBe('CSRF_HEADER_REQUIRED');

    const mine = await call(app, 'POST', '/uploads', { body: upload(), headers: editor });
    expect(mine.status).toBe(201);
    const otherEditor = await call(app, 'GET', `/uploads/${mine.body.id}`, {
      headers: { authorization: `Bearer ${EDITOR_2}` },
    });
    expect(otherEditor.status).toBe(404);
    expect(otherEditor.body.error.message).toMatch(
      /^No upload "[0-9a-f]{32}": it was never made, was removed after a day, or is another key’s\.$/,
    );
    expect((await call(app, 'GET', `/uploads/${mine.body.id}`, { headers: editor })).status).toBe(200);
  });

  it('answers 409 with the running import’s own message when an import runs elsewhere, and keeps the upload', async () => {
    const app = makeApp();
    const created = await call(app, 'POST', '/uploads', { body: form({ 'hubspot.csv': HUBSPOT }) });
    await call(app, 'PUT', `/uploads/${created.body.id}/plan`, { body: withOwner(created.body.plan.plan, 'Shopwell') });
    lockRun = `${p}elsewhere`;
    await db.write('test:lock', (tx) =>
      tx.runText(
        `CREATE (:ImportLock {id: 'import', run: $run, dataset: 'FedRAMP marketplace', folder: '/data/fedramp', replace: true, pid: 1,
           host: 'another-machine', phase: 'staging', file: 'accounts.csv', rows: 150000,
           startedAt: datetime() - duration('PT2M'), heartbeatAt: datetime()})`,
        { run: lockRun },
      ),
    );
    const refused = await call(app, 'POST', `/uploads/${created.body.id}/import`, { body: { replace: true } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('IMPORT_RUNNING');
    expect(refused.body.error.message).toMatch(
      /^Another import is running on this database: "FedRAMP marketplace" from \/data\/fedramp \(--replace\), started .* on another-machine/,
    );
    const dry = await call(app, 'POST', `/uploads/${created.body.id}/dry-run`, { body: { replace: true } });
    expect(dry.status).toBe(409);
    const kept = await call(app, 'GET', `/uploads/${created.body.id}`);
    expect(kept.body).toMatchObject({
      busy: false,
      run: null,
      files: [{ name: 'hubspot.csv', bytes: Buffer.byteLength(HUBSPOT) }],
    });
  });

  it('streams a large file to disk: memory stays flat while 100 MB arrive', async () => {
    const root = mkdtempSync(join(tmpdir(), 'partnergraph-uploads-big-'));
    const app = makeApp({ root });
    const boundary = 'partnergraph-test-boundary';
    const row = '"5839201741","Acme, Inc.","acme.com","https://www.acme.com/","Customer","Computer Software"\n';
    const chunk = Buffer.from(row.repeat(Math.ceil((1024 * 1024) / row.length)));
    const chunks = 100;
    const head = Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="big.csv"\r\ncontent-type: text/csv\r\n\r\n"Record ID","Company name","Company Domain Name","Website URL","Lifecycle Stage","Industry"\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent === chunks) {
          controller.enqueue(tail);
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    global.gc?.();
    const baseline = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed + now.arrayBuffers - baseline.heapUsed - baseline.arrayBuffers);
    }, 5);
    const answer = await call(app, 'POST', '/uploads', {
      body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    clearInterval(sampler);
    expect(answer.status).toBe(201);
    const size = head.length - head.indexOf('"Record ID"') + chunks * chunk.length;
    expect(answer.body.files).toEqual([{ name: 'big.csv', bytes: size }]);
    expect(answer.body.plan.files[0].entry.role).toBe('crm-accounts');
    console.log(
      `upload of ${(size / 1024 / 1024).toFixed(0)} MB: heap + buffers grew by at most ${(peak / 1024 / 1024).toFixed(1)} MB`,
    );
    // Gathering the file in memory (as request.formData() does) would grow by all of it: flat means well under half.
    expect(peak).toBeLessThan(50 * 1024 * 1024);
    expect(readdirSync(root)).toHaveLength(1);
    expect(existsSync(join(root, answer.body.id, 'files', 'big.csv'))).toBe(true);
  });
});

describe('the pure parts', () => {
  it('keeps a safe base name of what the browser sent, and refuses what is not CSV', async () => {
    const { safeUploadName } = await import('../../api/uploads/upload-names.ts');
    expect(safeUploadName('C:\\exports\\HubSpot Companies.CSV')).toEqual({
      name: 'HubSpot Companies.csv',
      kind: 'csv',
    });
    expect(safeUploadName('../../etc/passwd.csv')).toEqual({ name: 'passwd.csv', kind: 'csv' });
    expect(safeUploadName('Import-Plan.JSON')).toEqual({ name: 'import-plan.json', kind: 'plan' });
    expect(safeUploadName('a\u0000b<script>.csv')).toEqual({ name: 'ab-script-.csv', kind: 'csv' });
    expect(safeUploadName('.hidden.csv')).toHaveProperty('reason');
    expect(safeUploadName('report.xlsx')).toEqual({
      reason: '"report.xlsx" is not a CSV file: only .csv files (and import-plan.json) can be added',
    });
  });

  it('matches routes by method and path, and says which methods an address takes', async () => {
    const { matchUploadRoute } = await import('../../api/uploads/upload-routes.ts');
    expect(matchUploadRoute('POST', '/uploads')).toEqual({ route: 'create' });
    expect(matchUploadRoute('GET', '/uploads/abc')).toEqual({ route: 'read', id: 'abc' });
    expect(matchUploadRoute('DELETE', '/uploads/abc/files/x.csv')).toEqual({
      route: 'remove-file',
      id: 'abc',
      file: 'x.csv',
    });
    expect(matchUploadRoute('GET', '/uploads/abc/import')).toEqual({ route: 'method-not-allowed', allowed: 'POST' });
    expect(matchUploadRoute('GET', '/graphql')).toBeUndefined();
  });

  it('removes a file, and the whole upload', async () => {
    const app = makeApp();
    const created = await call(app, 'POST', '/uploads', {
      body: form({ 'hubspot.csv': HUBSPOT, 'install-base.csv': INSTALL_BASE }),
    });
    const removed = await call(app, 'DELETE', `/uploads/${created.body.id}/files/install-base.csv`);
    expect(removed.body.files.map((file: any) => file.name)).toEqual(['hubspot.csv']);
    expect((await call(app, 'DELETE', `/uploads/${created.body.id}/files/nope.csv`)).status).toBe(404);
    expect((await call(app, 'DELETE', `/uploads/${created.body.id}`)).status).toBe(200);
    expect((await call(app, 'GET', `/uploads/${created.body.id}`)).status).toBe(404);
  });
});
