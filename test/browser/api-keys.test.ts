/**
 * The explorer with API keys on: the server puts EXPLORER_KEY into the page,
 * and the explorer sends it with every query and CSV download. Without the key
 * the same requests get 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { buildWebIfStale, WEB_BUILD_DIR } from '../../scripts/build-web.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';

const p = uniquePrefix();
const KEY = 'explorer-viewer-key-0123456789';
let server: RunningServer;

beforeAll(async () => {
  const db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  await buildWebIfStale();
  const security = { apiKeys: [{ key: KEY, role: 'viewer' as const }], explorerKey: KEY };
  server = await listen(createApp({ db, webRoot: WEB_BUILD_DIR, security }), { port: 0 });
});
afterAll(() => server?.close());

describe('the explorer behind API keys', () => {
  it('sends the page’s key with its queries and its CSV downloads', async () => {
    const plain = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ companies { id } }' }),
    });
    expect(plain.status).toBe(401);

    const browser = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(browser);
      await page.goto(`${server.url}/?focal=${p}alpha&view=shortlist`);
      await page.locator('[data-testid=ranked-table] tbody tr').first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=export-candidates-csv]').click(),
      ]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(path, 'utf8')).toMatch(/^rank,candidate_id,/);
      expect(download.suggestedFilename()).toBe(`candidates-${p}alpha.csv`);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
