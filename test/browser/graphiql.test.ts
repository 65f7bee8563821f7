/**
 * GraphiQL with the network cut: every request that does not go to this
 * machine is aborted, and GraphiQL still loads and runs a query, because its
 * page and scripts come from the project's own dependencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { launchChromium, openWatchedPage, saveScreenshot } from '../support/browser.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';

let server: RunningServer;

beforeAll(async () => {
  const db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(uniquePrefix())))).problems).toEqual([]);
  server = await listen(createApp({ db }), { port: 0 });
});
afterAll(() => server?.close());

describe('GraphiQL offline', () => {
  it('loads from the server alone and runs its first query', async () => {
    const browser = await launchChromium();
    try {
      const { page } = await openWatchedPage(browser);
      const elsewhere: string[] = [];
      await page.route('**/*', (route) => {
        const host = new URL(route.request().url()).hostname;
        if (host === '127.0.0.1' || host === 'localhost') return route.continue();
        elsewhere.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await page.goto(`${server.url}/graphql`);
      await expect(page.title()).resolves.toBe('PartnerGraph GraphQL');
      const run = page.locator('button.graphiql-execute-button');
      await run.waitFor({ timeout: 30_000 });
      await run.click();
      // The result pane shows the answer to the default query.
      await page.locator('.result-window').getByText('"companies"').waitFor({ timeout: 30_000 });
      await saveScreenshot(page, 'graphiql-offline');
      expect(elsewhere).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
