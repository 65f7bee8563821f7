/**
 * "Since your last visit" in chromium against the real server: a first visit
 * shows what the latest import changed for the focal company (or says it
 * changed nothing), an import between two visits shows up on the next one in
 * the API's sentences, the notice can be dismissed, and a visit with nothing
 * new shows nothing. Fixture: explorer-fixture.ts; the second import makes
 * alpha's proposed referral with golf active and ends its integration with echo.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { formatDate, formatDateTime } from '../../web/src/format/numbers.ts';
import { saveScreenshot } from '../support/browser.ts';
import { useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { explorerFixture, type FixtureNames } from './explorer-fixture.ts';
import { eventually, useExplorerSession } from './explorer-session.ts';

const GROVE_NAMES: FixtureNames = {
  alpha: 'Grove Provisions',
  bravo: 'Hazel Pay',
  charlie: 'Ivy Dispatch',
  delta: 'Juniper Commerce',
  echo: 'Kelp Couriers',
  foxtrot: 'Lichen Returns',
  golf: 'Moss Reviews',
  hotel: 'Nettle Rewards',
};

let fixturePrefix = '';
const session = useExplorerSession(GROVE_NAMES, (prefix, names) => {
  fixturePrefix = prefix;
  return explorerFixture(prefix, names);
});
const { id, focal } = session;
let db: Database;
beforeAll(async () => {
  db = await useTestDatabase();
});

interface ApiChange {
  kind: string;
  sentence: string;
  importedAt: string;
  importId: string;
}

const apiChanges = async (since?: string): Promise<ApiChange[]> =>
  (
    await session.query<{ changes: ApiChange[] }>(
      `query ($focal: ID!, $since: String) { changes(focal: $focal, since: $since, first: 100) { kind sentence importedAt importId } }`,
      { focal, ...(since ? { since } : {}) },
    )
  ).changes;

describe('since your last visit', () => {
  it('shows the latest import on a first visit, what changed in between on the next, and nothing new after', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    // First visit: the latest import's changes for alpha (its own fixture's, or none when it was the first import).
    const first = await apiChanges();
    const notice = page.getByTestId('since-last-visit');
    await eventually(() => notice.getByTestId('since-title').textContent()).toBe(
      first.length > 0
        ? `What the latest import (${formatDate(first[0]!.importedAt)}) changed for ${GROVE_NAMES.alpha}`
        : `The latest import changed nothing for ${GROVE_NAMES.alpha}`,
    );
    const visited = await page.evaluate((key) => localStorage.getItem(key), `partnergraph.lastVisit.${focal}`);
    expect(Date.parse(visited!)).not.toBeNaN();

    // An import while the strategist is away: golf signs, echo ends.
    const files = explorerFixture(fixturePrefix, GROVE_NAMES);
    files.partnerships = files.partnerships!.map((row) =>
      row.id === id('alpha-golf')
        ? { ...row, status: 'active' }
        : row.id === id('alpha-echo')
          ? { ...row, status: 'ended' }
          : row,
    );
    const imported = await importFolder(db, writeFixtureFolder(files));
    expect(imported.problems).toEqual([]);
    const since = await apiChanges(visited!);
    expect(since.map((change) => change.kind).sort()).toEqual(['PARTNERSHIP_ENDED', 'PARTNERSHIP_STARTED']);

    await page.reload();
    await eventually(() => notice.getByTestId('since-title').textContent()).toBe(
      `Since your last visit (${formatDateTime(visited!)}): 2 changes for ${GROVE_NAMES.alpha}`,
    );
    expect(await notice.locator('[data-testid=since-changes] li').allTextContents()).toEqual(
      since.map((change) => change.sentence),
    );
    await saveScreenshot(page, 'since-last-visit-1280x800');

    await notice.getByTestId('since-dismiss').click();
    expect(await notice.count()).toBe(0);

    // Nothing changed since that visit: no notice at all.
    await page.reload();
    await page.getByTestId('what-if-open').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await notice.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('reads on a wide screen', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist`, { width: 1920, height: 1080 });
    // A new page is a first visit: the latest import (this file's second) alone, not the ones before it.
    const all = await apiChanges();
    const latest = all.filter((change) => change.importId === all[0]!.importId);
    expect(latest.length).toBeGreaterThan(0);
    await eventually(() => page.getByTestId('since-changes').locator('li').allTextContents()).toEqual(
      latest.map((change) => change.sentence),
    );
    await saveScreenshot(page, 'since-last-visit-1920x1080');
    expect(problems).toEqual([]);
  });

  it('folds to its title while the what-if tray is open, and unfolds on a click', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&whatIf=open`, { width: 1280, height: 800 });
    const all = await apiChanges();
    const latest = all.filter((change) => change.importId === all[0]!.importId);
    const notice = page.getByTestId('since-last-visit');
    await notice.getByTestId('since-unfold').waitFor();
    expect(await notice.getByTestId('since-title').textContent()).toMatch(
      /^What the latest import \(.+\) changed for Grove Provisions · Show$/,
    );
    expect(await notice.getByTestId('since-changes').count()).toBe(0);
    await page.getByTestId('what-if-tray').getByTestId('what-if-details').waitFor();
    await notice.getByTestId('since-unfold').click();
    await eventually(() => notice.getByTestId('since-changes').locator('li').allTextContents()).toEqual(
      latest.map((change) => change.sentence),
    );
    expect(problems).toEqual([]);
  });
});
