/**
 * The explorer's header says when an import is running or was interrupted,
 * from ecosystemSummary.import, and says nothing once it is gone. The lock is
 * made by hand here (an import that died on another machine a minute ago), so
 * the test needs no import to catch in the act: import-kill.test.ts does that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import type { RunningServer } from '../../api/server.ts';
import { analysisFixture } from '../support/analysis-fixture.ts';
import { launchChromium, openWatchedPage, startExplorer } from '../support/browser.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';

const p = uniquePrefix();
let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(analysisFixture(p)))).problems).toEqual([]);
  server = await startExplorer(db);
});
afterAll(async () => {
  await db.write('test:unlock', (tx) =>
    tx.runText("MATCH (l:ImportLock {id: 'import', run: $run}) DELETE l", { run: `${p}run` }),
  );
  await server?.close();
});

describe('the explorer header', () => {
  it('says an import was interrupted, and nothing once it is cleaned up', async () => {
    await db.write('test:lock', (tx) =>
      tx.runText(
        `CREATE (:ImportLock {id: 'import', run: $run, dataset: 'FedRAMP marketplace', folder: '/data/fedramp', replace: true, pid: 1,
           host: 'another-machine', phase: 'staging', file: 'accounts.csv', rows: 150000,
           startedAt: datetime() - duration('PT2M'), heartbeatAt: datetime() - duration('PT1M')})`,
        { run: `${p}run` },
      ),
    );
    const browser = await launchChromium();
    try {
      const { page, problems } = await openWatchedPage(browser);
      await page.goto(`${server.url}/`);
      const notice = page.getByTestId('import-notice');
      await expect
        .poll(() => notice.textContent())
        .toBe('An import of “FedRAMP marketplace” was interrupted. The data shown is the data before it.');

      await db.write('test:unlock', (tx) =>
        tx.runText("MATCH (l:ImportLock {id: 'import', run: $run}) DELETE l", { run: `${p}run` }),
      );
      await page.reload();
      await expect.poll(() => page.getByTestId('ecosystem-badge').textContent()).toMatch(/companies/);
      expect(await notice.count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
