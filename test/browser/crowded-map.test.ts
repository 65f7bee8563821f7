/**
 * The map and the 2x2 on a crowded market (crowded-fixture.ts: 30 partners,
 * 3 rivals, 60 candidates) in chromium against the real server: names by
 * importance, crowds grouped, every listed candidate drawn, stable pictures,
 * readable 2x2, slide exports; screenshots at 1280×800 and 1920×1080.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { CROWDED, crowdedFixture } from './crowded-fixture.ts';
import { RETAIL_NAMES } from './explorer-fixture.ts';
import { eventually, useExplorerSession, waitForMap } from './explorer-session.ts';

const session = useExplorerSession(RETAIL_NAMES, crowdedFixture);
const { id, focal } = session;
const WIDE = { width: 1920, height: 1080 };

interface DrawnNode {
  id: string;
  relation: string;
  kind: string;
  label: string;
  shown: string;
  x: number;
  y: number;
}

/** Every node as drawn: its relation, the label cytoscape draws (empty when hidden) and its model position. */
const drawnNodes = (page: Page): Promise<DrawnNode[]> =>
  page.evaluate(() =>
    window.__cy!.nodes().map((node) => ({
      id: node.id(),
      relation: node.data('relation') as string,
      kind: node.data('kind') as string,
      label: node.data('label') as string,
      shown: node.style('label') as string,
      x: node.position('x'),
      y: node.position('y'),
    })),
  );

/** Where a node is on the page (px), not only inside the map. */
async function pagePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid=ecosystem-map]').boundingBox())!;
  const at = await page.evaluate((target) => window.__cy!.getElementById(target).renderedPosition(), node);
  return { x: box.x + at.x, y: box.y + at.y };
}

async function clickNode(page: Page, node: string): Promise<void> {
  const at = await pagePosition(page, node);
  await page.mouse.click(at.x, at.y);
}

/** The pixels of a downloaded PNG, read back in the page: its size and how many non-white pixels a band holds. */
async function readPng(page: Page, path: string, bands: { top: number; bottom: number }[]) {
  const { readFileSync } = await import('node:fs');
  const base64 = readFileSync(path).toString('base64');
  return page.evaluate(
    async ({ data, bands }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const inked = bands.map(({ top, bottom }) => {
        const pixels = context.getImageData(0, top, image.width, bottom - top).data;
        let count = 0;
        for (let index = 0; index < pixels.length; index += 4) if (pixels[index]! < 200) count++;
        return count;
      });
      return { width: image.width, height: image.height, inked };
    },
    { data: base64, bands },
  );
}

describe('a crowded map', () => {
  it('names every partner and rival it draws, and groups the partners it does not', async () => {
    for (const size of [{ width: 1280, height: 800 }, WIDE]) {
      const { page, problems } = await session.open(`/?focal=${focal}`, size);
      await waitForMap(page);
      const nodes = await drawnNodes(page);
      const partners = nodes.filter((node) => node.relation === 'partner' && node.kind !== 'GROUP');
      const rivals = nodes.filter((node) => node.relation === 'competitor');
      // 30 partners: the best 12 drawn, the other 18 in one group
      expect(partners).toHaveLength(12);
      const group = nodes.find((node) => node.id === 'group:partner')!;
      expect(group.label).toBe(`+${CROWDED.partners - 12} active partners`);
      expect(rivals.map((node) => session.ours([node.id])[0]).sort()).toEqual(['rival1', 'rival2', 'rival3']);
      // never by rank alone: each of them carries its name, and so does the group
      for (const node of [...partners, ...rivals, group]) expect(node.shown, node.id).toBe(node.label);
      // conflicting candidates in the top 50 are named too
      const conflicts = nodes.filter((node) => node.relation === 'conflict');
      expect(conflicts.length).toBeGreaterThan(0);
      for (const node of conflicts) expect(node.shown, node.id).toBe(node.label);
      await saveScreenshot(page, `crowded-map-${size.width}x${size.height}`);
      expect(problems).toEqual([]);
    }
  });

  it('opens a group on a click, twelve more at a time, and nobody already drawn moves', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    const before = await drawnNodes(page);
    await clickNode(page, 'group:partner');
    await eventually(async () => (await drawnNodes(page)).find((node) => node.id === 'group:partner')?.label).toBe(
      `+${CROWDED.partners - 24} active partners`,
    );
    const after = await drawnNodes(page);
    expect(after.filter((node) => node.relation === 'partner' && node.kind !== 'GROUP')).toHaveLength(24);
    for (const node of before.filter((node) => node.id !== 'group:partner')) {
      const now = after.find((other) => other.id === node.id)!;
      expect([now.x, now.y], node.id).toEqual([node.x, node.y]);
    }
    // placed, not laid out again
    expect(await page.locator('[data-testid=ecosystem-map]').getAttribute('data-layout-runs')).toBe('1');
    expect(await page.locator('[data-testid=ecosystem-map]').getAttribute('data-placements')).toBe('1');
    await saveScreenshot(page, 'crowded-map-group-opened-1280x800');
    await page.locator('[data-testid=collapse-groups]').click();
    await eventually(async () => (await drawnNodes(page)).filter((node) => node.relation === 'partner').length).toBe(
      13,
    );
    expect(problems).toEqual([]);
  });

  it('draws every candidate the filtered ranking lists, and a click on it in the list selects it on the map', async () => {
    const capability = 'email-relay';
    const listed = (await session.apiRanking({}, 25, { capability })).map((fit) => fit.candidate.id);
    expect(session.ours(listed)).toEqual(expect.arrayContaining(['mail1', 'mail2']));
    // unfiltered, the map's top 25 leave them out: the case the map used to miss
    const unfiltered = await session.query<{ ecosystem: { nodes: { id: string }[] } }>(
      `{ ecosystem(focal: "${focal}", first: 25) { nodes { id } } }`,
    );
    const missing = listed.filter((candidate) => !unfiltered.ecosystem.nodes.some((node) => node.id === candidate));
    expect(missing.length).toBeGreaterThan(0);

    const { page, problems } = await session.open(`/?focal=${focal}&capability=${capability}`);
    await waitForMap(page);
    await eventually(() =>
      page.evaluate((ids) => ids.filter((node) => window.__cy!.getElementById(node).empty()), listed),
    ).toEqual([]);
    await page.locator(`[data-testid=top-candidates] button[data-candidate-id="${missing[0]}"]`).click();
    await eventually(() =>
      page.evaluate((node) => window.__cy!.getElementById(node).hasClass('selected'), missing[0]!),
    ).toBe(true);
    await saveScreenshot(page, 'crowded-map-filtered-1280x800');
    expect(problems).toEqual([]);
  });

  it('draws the same picture on every load of a link', async () => {
    const load = async () => {
      const { page, problems } = await session.open(`/?focal=${focal}`);
      await waitForMap(page);
      const nodes = (await drawnNodes(page)).map((node) => [node.id, Math.round(node.x), Math.round(node.y)]);
      expect(problems).toEqual([]);
      await page.close();
      return nodes.sort();
    };
    const first = await load();
    expect(first.length).toBeGreaterThan(30);
    expect(await load()).toEqual(first);
  });

  it('refits the map to the room the detail panel leaves, unless the view was moved, and keeps every company in place when weights re-rank', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    const before = await drawnNodes(page);
    const clicked = before
      .filter((node) => node.kind !== 'GROUP' && node.relation !== 'focal')
      .sort((a, b) => a.x - b.x)[0]!.id;
    await clickNode(page, clicked);
    await page.locator('[data-testid=detail-panel] [data-testid=detail-score]').waitFor();
    await page.waitForTimeout(600);
    // The map narrowed and was refitted: every company is inside it, none hidden behind the panel.
    const map = (await page.locator('[data-testid=ecosystem-map]').boundingBox())!;
    const outside = await page.evaluate(
      ({ width, height }) =>
        window.__cy!.nodes().filter((node) => {
          const { x, y } = node.renderedPosition();
          return x < 0 || y < 0 || x > width || y > height;
        }).length,
      map,
    );
    expect(outside).toBe(0);
    // nothing moved in the picture: the refit scales the view, not the companies
    expect((await drawnNodes(page)).map((node) => [node.id, node.x, node.y])).toEqual(
      before.map((node) => [node.id, node.x, node.y]),
    );

    // Once the strategist has moved the view, the panel closing leaves it alone: the company stays put on the page.
    const stage = (await page.locator('[data-testid=ecosystem-map]').boundingBox())!;
    await page.mouse.move(stage.x + 12, stage.y + stage.height - 12);
    await page.mouse.down();
    await page.mouse.move(stage.x + 52, stage.y + stage.height - 32, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    const panned = await pagePosition(page, clicked);
    await page.locator('[data-testid=detail-panel] button[aria-label="Close detail"]').click();
    await page.locator('[data-testid=detail-panel]').waitFor({ state: 'detached' });
    await page.waitForTimeout(600);
    const after = await pagePosition(page, clicked);
    expect(Math.abs(after.x - panned.x)).toBeLessThan(1);
    expect(Math.abs(after.y - panned.y)).toBeLessThan(1);
    // open again from the list beside the map, to re-rank with the panel open below
    await page.locator(`[data-testid=top-candidates] button`).first().click();
    await page.locator('[data-testid=detail-panel] [data-testid=detail-score]').waitFor();
    // at 1280 px with the panel open the ranking beside the map stays
    expect(await page.locator('[data-testid=top-candidates]').isVisible()).toBe(true);
    await saveScreenshot(page, 'crowded-map-panel-1280x800');

    // peer evidence to 0 re-ranks: companies that stay keep their places, newcomers are placed
    await page.locator('[data-testid=rail-toggle]').click();
    await page.locator('[data-testid=weight-peers]').focus();
    await page.keyboard.press('Home');
    await eventually(() => new URL(page.url()).searchParams.get('wPeers')).toBe('0');
    await page.waitForTimeout(1500);
    const reranked = await drawnNodes(page);
    for (const node of reranked) {
      const old = before.find((other) => other.id === node.id);
      if (old) expect([node.x, node.y], node.id).toEqual([old.x, old.y]);
    }
    expect(await page.locator('[data-testid=ecosystem-map]').getAttribute('data-layout-runs')).toBe('1');
    expect(problems).toEqual([]);
  });

  it('reads a weight as set, with its share of the score beside it', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&wPeers=0.5`);
    await eventually(() => page.locator('[data-testid=weight-value-peers]').textContent()).toBe('0.50');
    await page.locator('[data-testid=weight-peers]').focus();
    await page.keyboard.press('End');
    await eventually(() => page.locator('[data-testid=weight-value-peers]').textContent()).toBe('1.00');
    await eventually(() => new URL(page.url()).searchParams.get('wPeers')).toBe('1');
    // the share is the API's normalisation of the weights in effect: peers 1, the others the market's
    // own (the sliders show them rounded to two decimals, so read them from the API)…
    const { marketModel } = await session.query<{ marketModel: { weights: { kind: string; weight: number }[] } }>(
      '{ marketModel { weights { kind weight } } }',
    );
    const values = ['PEERS', 'OVERLAP', 'NICHE', 'COMPLEMENT', 'PULL'].map((kind) =>
      kind === 'PEERS' ? 1 : marketModel.weights.find((weight) => weight.kind === kind)!.weight,
    );
    // …as a whole percentage, the five adding up to 100 (largest remainders), as the API's sentence rounds them
    const total = values.reduce((sum, value) => sum + value, 0);
    const exact = values.map((value) => (value / total) * 100);
    const whole = exact.map(Math.floor);
    const order = exact.map((x, t) => [x - whole[t]!, t] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [, t] of order.slice(0, 100 - whole.reduce((sum, x) => sum + x, 0))) whole[t] = whole[t]! + 1;
    expect(await page.locator('[data-testid=weight-share-peers]').textContent()).toBe(`${whole[0]}%`);
    expect(problems).toEqual([]);
  });

  it('shows the company’s name in the panel while its numbers load', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    // Hold the panel's own answer back, as a cold server does for seconds.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query CandidateDetail')) await held;
      await route.continue();
    });
    const first = page.locator('[data-testid=top-candidates] button').first();
    const name = await first.locator('.top-candidate-name').textContent();
    await first.click();
    await eventually(() => page.locator('[data-testid=detail-panel] .detail-title').textContent()).toBe(name);
    expect(await page.locator('[data-testid=detail-panel] [data-testid=detail-score]').count()).toBe(0);
    release();
    await page.locator('[data-testid=detail-panel] [data-testid=detail-score]').waitFor();
    expect(problems).toEqual([]);
  });

  it('draws a two-company map life-size, not hugely over-zoomed', async () => {
    const { page, problems } = await session.open(`/?focal=${id('loner')}&top=1`);
    await waitForMap(page);
    expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(2);
    expect(await page.evaluate(() => window.__cy!.zoom())).toBeLessThanOrEqual(1.25);
    await saveScreenshot(page, 'tiny-map-1280x800');
    expect(problems).toEqual([]);
  });

  it('exports the map as a 3200 × 1800 slide with a title and a legend', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=export-png]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`partnergraph-${focal}-map.png`);
    // title band (40–100 px of 900, at 2×), picture band, legend band (the last 100 px)
    const png = await readPng(page, (await download.path())!, [
      { top: 80, bottom: 200 },
      { top: 400, bottom: 1400 },
      { top: 1640, bottom: 1760 },
    ]);
    expect([png.width, png.height]).toEqual([3200, 1800]);
    for (const inked of png.inked) expect(inked).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  });
});

describe('a crowded 2x2', () => {
  it('names every conflicting candidate and the best-scoring ones, and exports as a slide', async () => {
    for (const size of [{ width: 1280, height: 800 }, WIDE]) {
      const { page, problems } = await session.open(`/?focal=${focal}&view=matrix`, size);
      const chart = page.locator('[data-testid=quadrant-chart]');
      await chart.locator('g.point').first().waitFor();
      const ranking = await session.apiRanking();
      expect(await chart.locator('g.point').count()).toBe(ranking.length);
      const named = new Set(
        await chart
          .locator('text.point-label')
          .evaluateAll((texts) => texts.map((text) => text.getAttribute('data-candidate-id'))),
      );
      const conflicting = ranking.filter((fit) => fit.conflicts.some((conflict) => conflict.severity !== 'LOW'));
      expect(conflicting.length).toBeGreaterThanOrEqual(CROWDED.conflicting);
      for (const fit of conflicting) expect(named.has(fit.candidate.id), fit.candidate.name).toBe(true);
      for (const fit of [...ranking].sort((a, b) => b.score - a.score).slice(0, 12)) {
        expect(named.has(fit.candidate.id), fit.candidate.name).toBe(true);
      }
      // no two points drawn on top of each other, ties included
      const centres = await chart.locator('g.point').evaluateAll((points) =>
        points.map((point) => {
          const box = point.querySelector('.point-dot')!.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
        }),
      );
      for (let i = 0; i < centres.length; i++) {
        for (let j = i + 1; j < centres.length; j++) {
          const [a, b] = [centres[i]!, centres[j]!];
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(Math.max(a.r, b.r));
        }
      }
      await saveScreenshot(page, `crowded-matrix-${size.width}x${size.height}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=export-matrix-png]').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`partnergraph-${focal}-2x2.png`);
      const png = await readPng(page, (await download.path())!, [
        { top: 80, bottom: 200 },
        { top: 1640, bottom: 1760 },
      ]);
      expect([png.width, png.height]).toEqual([3200, 1800]);
      for (const inked of png.inked) expect(inked).toBeGreaterThan(500);
      expect(problems).toEqual([]);
    }
  });
});
