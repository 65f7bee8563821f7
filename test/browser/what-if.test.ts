/**
 * The what-if tray in chromium against the real server: candidates added
 * from the detail panel and a partner dropped in the tray change the figures
 * exactly as the `whatIf` query says (reach and its share, capabilities,
 * conflicts with their sentences), the set lives in the link, and the link
 * opens the same tray. Fixture: explorer-fixture.ts (alpha's one active
 * partner is echo; foxtrot is actively partnered with alpha's rival delta).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '../../web/src/format/numbers.ts';
import { formatCountChange, formatPointChange } from '../../web/src/whatif/what-if-figures.ts';
import { saveScreenshot } from '../support/browser.ts';
import type { FixtureNames } from './explorer-fixture.ts';
import { eventually, useExplorerSession } from './explorer-session.ts';

const KESTREL_NAMES: FixtureNames = {
  alpha: 'Kestrel Outfitters',
  bravo: 'Lumen Payments',
  charlie: 'Mistral Mail',
  delta: 'Nordic Storefronts',
  echo: 'Osprey Shipping',
  foxtrot: 'Puffin Returns',
  golf: 'Quartz Reviews',
  hotel: 'Robin Rewards',
};

const session = useExplorerSession(KESTREL_NAMES);
const { id, focal } = session;

interface Count {
  today: number;
  whatIf: number;
  change: number;
}
interface ApiWhatIf {
  marketCustomers: number;
  reachableCustomers: Count;
  reachableShare: Count;
  capabilityCount: Count;
  capabilitiesLost: { name: string }[];
  conflictCount: Count;
  conflicts: { explanation: string; new: boolean }[];
  partners: { id: string }[];
}

const apiWhatIf = async (add: string[], drop: string[] = []): Promise<ApiWhatIf> =>
  (
    await session.query<{ whatIf: ApiWhatIf }>(
      `query ($focal: ID!, $add: [ID!], $drop: [ID!]) {
        whatIf(focal: $focal, add: $add, drop: $drop) {
          marketCustomers
          reachableCustomers { today whatIf change } reachableShare { today whatIf change }
          capabilityCount { today whatIf change } capabilitiesLost { name }
          conflictCount { today whatIf change } conflicts { explanation new }
          partners { id }
        }
      }`,
      { focal, add, drop },
    )
  ).whatIf;

/** The tray's figures as the page shows them. */
async function trayFigures(page: Page) {
  const tray = page.getByTestId('what-if-tray');
  const figure = (name: string) => tray.getByTestId(`what-if-${name}`);
  return {
    reach: await figure('reach').getByTestId('figure-value').textContent(),
    share: await figure('reach').getByTestId('figure-share').textContent(),
    reachChange: await figure('reach').getByTestId('figure-change').textContent(),
    shareChange: await figure('reach').getByTestId('figure-share-change').textContent(),
    capabilities: await figure('capabilities').getByTestId('figure-value').textContent(),
    capabilityChange: await figure('capabilities').getByTestId('figure-change').textContent(),
    conflicts: await figure('conflicts').getByTestId('figure-value').textContent(),
    conflictChange: await figure('conflicts').getByTestId('figure-change').textContent(),
    conflictSentences: await conflictSentences(page),
  };
}

/** Opens one of the tray's lists (they are shown on demand), unless it is open already. */
async function openTab(page: Page, tab: 'partners' | 'by-kind' | 'by-partner' | 'capabilities'): Promise<void> {
  const button = page.getByTestId('what-if-tray').getByTestId(`what-if-tab-${tab}`);
  if ((await button.getAttribute('aria-selected')) !== 'true') await button.click();
}

/** The set's conflicts as the list by kind gives them: each name carries its sentence. */
async function conflictSentences(page: Page): Promise<string[]> {
  const tab = page.getByTestId('what-if-tray').getByTestId('what-if-tab-by-kind');
  if (await tab.isDisabled()) return [];
  await openTab(page, 'by-kind');
  return page
    .getByTestId('what-if-tray')
    .getByTestId('conflict-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('title') ?? '').sort());
}

/** The same figures, formatted from the API's answer. */
function expectedFigures(api: ApiWhatIf) {
  return {
    reach: formatCount(api.reachableCustomers.whatIf),
    share: formatPercent(api.reachableShare.whatIf),
    reachChange: formatCountChange(api.reachableCustomers.change),
    shareChange: formatPointChange(api.reachableShare.change),
    capabilities: formatCount(api.capabilityCount.whatIf),
    capabilityChange: formatCountChange(api.capabilityCount.change),
    conflicts: formatCount(api.conflictCount.whatIf),
    conflictChange: formatCountChange(api.conflictCount.change),
    // grouped by kind in the tray: compared as sets
    conflictSentences: api.conflicts.map((conflict) => conflict.explanation).sort(),
  };
}

/** The moves (added, dropped: chips in the tray's header) or today's partners (the Partners list). */
const trayIds = async (page: Page, kind: 'set-added' | 'set-partner' | 'set-dropped') => {
  if (kind === 'set-partner') await openTab(page, 'partners');
  return page
    .getByTestId('what-if-tray')
    .getByTestId(kind)
    .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-company-id') ?? ''));
};

describe('the what-if tray', () => {
  it('adds candidates from the panel, drops a partner in the tray, and shows the API’s figures', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&selected=${id('bravo')}`);
    // Closed, the tray is one line.
    await page.getByTestId('what-if-open').waitFor();
    await page.getByTestId('detail-panel').getByTestId('what-if-add').click();
    await eventually(() => new URL(page.url()).searchParams.getAll('add')).toEqual([id('bravo')]);
    const withBravo = await apiWhatIf([id('bravo')]);
    expect(withBravo.reachableCustomers.change).toBeGreaterThan(0);
    await eventually(() => trayFigures(page)).toEqual(expectedFigures(withBravo));
    expect(await trayIds(page, 'set-added')).toEqual([id('bravo')]);
    expect(await trayIds(page, 'set-partner')).toEqual([id('echo')]);
    expect(await page.getByTestId('detail-panel').getByTestId('what-if-toggle').textContent()).toMatch(
      /is in the what-if/,
    );

    // foxtrot partners with alpha's rival: adding it brings a conflict, in the API's words.
    await page.locator(`[data-testid=ranked-table] tr[data-candidate-id="${id('foxtrot')}"] .company-name`).click();
    await page.getByTestId('detail-panel').getByTestId('what-if-add').click();
    await eventually(() => new URL(page.url()).searchParams.getAll('add')).toEqual([id('bravo'), id('foxtrot')]);
    const withFoxtrot = await apiWhatIf([id('bravo'), id('foxtrot')]);
    expect(withFoxtrot.conflicts.some((conflict) => conflict.new)).toBe(true);
    await eventually(() => trayFigures(page)).toEqual(expectedFigures(withFoxtrot));

    // Drop today's partner in the tray, from its list of partners.
    await openTab(page, 'partners');
    await page
      .getByTestId('what-if-tray')
      .getByRole('button', { name: `Drop ${KESTREL_NAMES.echo}` })
      .click();
    await eventually(() => new URL(page.url()).searchParams.getAll('drop')).toEqual([id('echo')]);
    const withoutEcho = await apiWhatIf([id('bravo'), id('foxtrot')], [id('echo')]);
    // Bravo and foxtrot serve echo's customers and offer its capability: the figures may not move at all,
    // so the tray's own answer is awaited first (the dropped chip comes with it).
    await eventually(() => trayIds(page, 'set-dropped')).toEqual([id('echo')]);
    expect(await trayFigures(page)).toEqual(expectedFigures(withoutEcho));
    if (withoutEcho.capabilitiesLost.length > 0) {
      expect(await page.getByTestId('capabilities-lost').getAttribute('title')).toBe(
        withoutEcho.capabilitiesLost.map((capability) => capability.name).join(', '),
      );
    }
    await saveScreenshot(page, 'what-if-tray-1280x800');

    // The link reproduces the tray, on a wide screen too.
    const link = new URL(page.url());
    const again = await session.open(`${link.pathname}${link.search}`, { width: 1920, height: 1080 });
    await eventually(() => trayFigures(again.page)).toEqual(expectedFigures(withoutEcho));
    expect(await trayIds(again.page, 'set-added')).toEqual([id('bravo'), id('foxtrot')]);
    await saveScreenshot(again.page, 'what-if-tray-1920x1080');

    // Closing the tray forgets the set.
    await again.page.getByTestId('what-if-close').click();
    await eventually(() => new URL(again.page.url()).searchParams.getAll('add')).toEqual([]);
    expect(new URL(again.page.url()).searchParams.getAll('drop')).toEqual([]);
    await again.page.getByTestId('what-if-open').waitFor();
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
  });

  it('drops an active partner from its own detail panel, on the map', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&includePartners=true&selected=${id('echo')}`);
    await page.getByTestId('detail-panel').getByTestId('what-if-drop').click();
    await eventually(() => new URL(page.url()).searchParams.getAll('drop')).toEqual([id('echo')]);
    const api = await apiWhatIf([], [id('echo')]);
    expect(api.partners).toEqual([]);
    await eventually(() => trayFigures(page)).toEqual(expectedFigures(api));
    await saveScreenshot(page, 'what-if-drop-partner-1280x800');
    expect(problems).toEqual([]);
  });
});

describe('the what-if from the shortlist’s table', () => {
  it('adds a candidate and drops a partner from their rows, undoes either, and the tray follows', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&includePartners=true`);
    const rowToggle = (name: string) =>
      page.locator(`[data-testid=ranked-table] tr[data-candidate-id="${id(name)}"] [data-testid=what-if-row-toggle]`);
    await rowToggle('bravo').click();
    await eventually(() => new URL(page.url()).searchParams.getAll('add')).toEqual([id('bravo')]);
    await eventually(() => trayFigures(page)).toEqual(expectedFigures(await apiWhatIf([id('bravo')])));
    expect(await rowToggle('bravo').getAttribute('aria-pressed')).toBe('true');
    // The row's click opens no panel: the button is the row's what-if, not its selection.
    expect(new URL(page.url()).searchParams.get('selected')).toBeNull();

    expect(await rowToggle('echo').textContent()).toBe('Drop');
    await rowToggle('echo').click();
    await eventually(() => new URL(page.url()).searchParams.getAll('drop')).toEqual([id('echo')]);
    await eventually(() => trayIds(page, 'set-dropped')).toEqual([id('echo')]);
    expect(await trayFigures(page)).toEqual(expectedFigures(await apiWhatIf([id('bravo')], [id('echo')])));

    await rowToggle('bravo').click();
    await eventually(() => new URL(page.url()).searchParams.getAll('add')).toEqual([]);
    expect(await rowToggle('bravo').getAttribute('aria-pressed')).toBe('false');
    await eventually(() => trayIds(page, 'set-added')).toEqual([]);
    await saveScreenshot(page, 'what-if-from-table-1280x800');
    expect(problems).toEqual([]);
  });
});

describe('the what-if tray beside the 2x2', () => {
  it('opens from a link on the 2x2 and leaves the chart room', async () => {
    const api = await apiWhatIf([id('bravo')]);
    const { page, problems } = await session.open(`/?focal=${focal}&view=matrix&add=${id('bravo')}`);
    await eventually(() => trayFigures(page)).toEqual(expectedFigures(api));
    const chart = await page.getByTestId('quadrant-chart').boundingBox();
    expect(chart!.height).toBeGreaterThan(250);
    await saveScreenshot(page, 'what-if-matrix-1280x800');
    expect(problems).toEqual([]);
  });
});
