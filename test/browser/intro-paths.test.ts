/**
 * Warm introductions in the detail panel, in chromium against the real
 * server: the panel lists the API's paths (sentence, strength and its
 * meaning, steps), "Show on map" draws one path over the map (its companies,
 * the shared customer the map does not otherwise show, one link per hop),
 * choosing another path or closing the panel takes it off, and a company no
 * path reaches says so. Fixture: explorer-fixture.ts, plus a company with no
 * customers and no partnerships.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { explorerFixture, type FixtureNames } from './explorer-fixture.ts';
import { eventually, useExplorerSession, waitForMap } from './explorer-session.ts';

const WILLOW_NAMES: FixtureNames = {
  alpha: 'Willow Goods',
  bravo: 'Xenon Pay',
  charlie: 'Yarrow Mail',
  delta: 'Zinnia Commerce',
  echo: 'Aster Freight',
  foxtrot: 'Bramble Returns',
  golf: 'Clover Reviews',
  hotel: 'Dahlia Rewards',
};

const session = useExplorerSession(WILLOW_NAMES, (prefix, names) => {
  const files = explorerFixture(prefix, names);
  // Nobody's partner, nobody's vendor: no introduction can reach it.
  files.companies.push({
    id: `${prefix}island`,
    name: 'Island Analytics',
    domain: 'island.example',
    employees: 5,
    description: 'Analytics nobody buys yet.',
  });
  return files;
});
const { id, focal } = session;

interface ApiPath {
  hops: number;
  strength: number;
  sentence: string;
  steps: { party: { kind: string; id: string; name: string }; relation: string }[];
}

const apiPaths = async (target: string): Promise<ApiPath[]> =>
  (
    await session.query<{ introPaths: ApiPath[] }>(
      `query ($focal: ID!, $target: ID!) {
        introPaths(focal: $focal, target: $target, first: 5, maxHops: 3) {
          hops strength sentence steps { party { kind id name } relation }
        }
      }`,
      { focal, target },
    )
  ).introPaths;

/** The map's node ids along a path, as the explorer draws them (a customer's carries `customer:`). */
const pathNodes = (path: ApiPath): string[] => [
  focal,
  ...path.steps.map((step) => (step.party.kind === 'CUSTOMER' ? `customer:${step.party.id}` : step.party.id)),
];

const drawnPath = (page: Page) =>
  page.evaluate(() => ({
    nodes: window.__cy!.nodes('.on-path').map((node) => node.id()),
    links: window.__cy!.edges('.intro-link').map((edge) => [edge.source().id(), edge.target().id()]),
    extras: window.__cy!.nodes('.path-extra').map((node) => node.id()),
  }));

describe('warm introductions', () => {
  it('lists the API’s paths and draws the chosen one on the map, until the panel closes', async () => {
    const target = id('bravo');
    const api = await apiPaths(target);
    // bravo shares customers with alpha and with alpha's partner echo: more than one way in.
    expect(api.length).toBeGreaterThan(1);
    expect(api.some((path) => path.steps.some((step) => step.party.kind === 'CUSTOMER'))).toBe(true);

    const { page, problems } = await session.open(`/?focal=${focal}&selected=${target}`);
    await waitForMap(page);
    const section = page.getByTestId('intro-paths');
    await eventually(() => section.getByTestId('intro-path').count()).toBe(api.length);
    const items = section.getByTestId('intro-path');
    expect(await items.locator('.intro-sentence').allTextContents()).toEqual(api.map((path) => path.sentence));
    expect(await items.getByTestId('intro-strength').allTextContents()).toEqual(
      api.map((path) => `Strength ${Number(path.strength.toFixed(3))}`),
    );
    // Each path lists the focal company, then every party the API gives, in order.
    for (const [index, path] of api.entries()) {
      const steps = await items.nth(index).locator('.intro-step').allTextContents();
      expect(steps).toHaveLength(path.hops + 1);
      expect(steps[0]).toBe(WILLOW_NAMES.alpha);
      path.steps.forEach((step, n) => expect(steps[n + 1]).toMatch(new RegExp(`^${step.party.name} · `)));
    }

    // Nothing highlighted until asked.
    expect((await drawnPath(page)).nodes).toEqual([]);
    // The path through a customer: the map does not draw customers, so it draws that one for the path.
    const viaCustomer = api.findIndex((path) => path.steps.some((step) => step.party.kind === 'CUSTOMER'));
    await items.nth(viaCustomer).getByTestId('intro-show').click();
    const expected = pathNodes(api[viaCustomer]!);
    await eventually(async () => (await drawnPath(page)).nodes.sort()).toEqual([...expected].sort());
    const shown = await drawnPath(page);
    expect(shown.links).toEqual(expected.slice(1).map((node, n) => [expected[n], node]));
    expect(shown.extras.some((node) => node.startsWith('customer:'))).toBe(true);
    expect(await items.nth(viaCustomer).getByTestId('intro-show').getAttribute('aria-pressed')).toBe('true');
    await items.nth(viaCustomer).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'intro-path-on-map-1280x800');

    // Another path replaces it.
    const other = viaCustomer === 0 ? 1 : 0;
    await items.nth(other).getByTestId('intro-show').click();
    const otherNodes = pathNodes(api[other]!);
    await eventually(async () => (await drawnPath(page)).nodes.sort()).toEqual([...otherNodes].sort());
    expect((await drawnPath(page)).links).toHaveLength(api[other]!.hops);
    expect(await items.nth(viaCustomer).getByTestId('intro-show').getAttribute('aria-pressed')).toBe('false');

    // Closing the panel takes the path off the map, the companies drawn for it included.
    await page.getByRole('button', { name: 'Close detail' }).click();
    await eventually(() => drawnPath(page)).toEqual({ nodes: [], links: [], extras: [] });
    expect(await page.evaluate(() => window.__cy!.elements('.off-path').length)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('goes to the map when a path is asked for from another view, at 1920 × 1080', async () => {
    const target = id('foxtrot');
    const api = await apiPaths(target);
    expect(api.length).toBeGreaterThan(0);
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&selected=${target}`, {
      width: 1920,
      height: 1080,
    });
    const first = page.getByTestId('intro-path').first();
    await eventually(() => first.locator('.intro-sentence').textContent()).toBe(api[0]!.sentence);
    await first.getByTestId('intro-show').click();
    await eventually(() => new URL(page.url()).searchParams.get('view')).toBe(null);
    await waitForMap(page);
    await eventually(async () => (await drawnPath(page)).nodes.sort()).toEqual(pathNodes(api[0]!).sort());
    await saveScreenshot(page, 'intro-path-on-map-1920x1080');
    expect(problems).toEqual([]);
  });

  it('says so when no path reaches the company', async () => {
    const target = id('island');
    expect(await apiPaths(target)).toEqual([]);
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&selected=${target}`);
    await eventually(() => page.getByTestId('intro-empty').textContent()).toMatch(
      /^No path within 3 steps that avoids your rivals\./,
    );
    expect(await page.getByTestId('intro-show').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
