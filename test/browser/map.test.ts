/**
 * The ecosystem map in chromium: a deep link draws what the API returns, the
 * ranking beside it is the API's, clicks open the detail panel with the API's
 * numbers, the PNG export works. Numbers: explorer-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { eventually, useExplorerSession, waitForMap } from './explorer-session.ts';

const session = useExplorerSession();
const { id, focal } = session;

describe('ecosystem map', () => {
  it('opens a deep link on the focal company and draws the nodes the API returns', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    await eventually(() => page.locator('[data-testid=top-candidates] li').count()).toBeGreaterThan(2);

    // The map draws the ecosystem's nodes and every candidate the ranking beside it lists (its top 25).
    const api = await session.query<{
      ecosystem: { nodes: { id: string; kind: string }[] };
      candidates: { candidate: { id: string } }[];
    }>(
      `{ ecosystem(focal: "${focal}") { nodes { id kind } } candidates(focal: "${focal}", first: 25) { candidate { id } } }`,
    );
    const expected = new Set([
      ...api.ecosystem.nodes.map((node) => node.id),
      ...api.candidates.map((fit) => fit.candidate.id),
    ]);
    const drawn = await page.evaluate(() =>
      window.__cy!.nodes().map((node) => ({ id: node.id(), relation: node.data('relation') as string })),
    );
    expect(drawn.map((node) => node.id).sort()).toEqual([...expected].sort());
    const relation = Object.fromEntries(drawn.map((node) => [node.id, node.relation]));
    // alpha is the focal company, echo its partner, delta its declared rival; bravo has no conflict;
    // golf has a proposed partnership with alpha, hotel an ended one
    expect(relation[focal]).toBe('focal');
    expect(relation[id('echo')]).toBe('partner');
    expect(relation[id('delta')]).toBe('competitor');
    expect(relation[id('bravo')]).toBe('complement');
    expect(relation[id('golf')]).toBe('in-progress');
    expect(relation[id('hotel')]).toBe('former');
    // the rival is drawn, as ruled out
    expect(await page.evaluate((rival) => window.__cy!.getElementById(rival).hasClass('ruled-out'), id('delta'))).toBe(
      true,
    );
    // the canvas is not blank: cytoscape drew inside a box of real size
    const box = await page.locator('[data-testid=ecosystem-map]').boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(await page.evaluate(() => window.__cy!.nodes().filter((node) => node.visible()).length)).toBe(drawn.length);

    // The ranking beside the map is the API's, in its order: every company but the partner (echo)
    // and the ruled-out rival (delta), the proposed and the former partner included.
    const listed = await page
      .locator('[data-testid=top-candidates] button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-candidate-id') ?? ''));
    const ranking = await session.apiRanking();
    expect(listed).toEqual(ranking.slice(0, 10).map((fit) => fit.candidate.id));
    expect(session.ours(ranking.map((fit) => fit.candidate.id)).sort()).toEqual([
      'bravo',
      'charlie',
      'foxtrot',
      'golf',
      'hotel',
    ]);

    await eventually(() => page.locator('[data-testid=ecosystem-badge]').textContent()).toMatch(/companies/);
    await saveScreenshot(page, 'map-1280x800');
    expect(problems).toEqual([]);
  });

  it('opens the detail panel on a click on the map, with the API’s numbers', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    const box = (await page.locator('[data-testid=ecosystem-map]').boundingBox())!;
    const point = await page.evaluate((target) => window.__cy!.getElementById(target).renderedPosition(), id('bravo'));
    await page.mouse.click(box.x + point.x, box.y + point.y);

    await eventually(() => new URL(page.url()).searchParams.get('selected')).toBe(id('bravo'));
    const panel = page.locator('[data-testid=detail-panel]');
    await panel.locator('[data-testid=detail-shared-count]').waitFor();
    // bravo shares c1…c4 with alpha
    expect(await panel.locator('[data-testid=detail-shared-count]').getAttribute('data-value')).toBe('4');
    expect(await panel.locator('[data-testid=overlap-shared-count]').textContent()).toBe('4');
    const api = await session.query<{ partnerFit: { score: number; mutualValue: number } }>(
      `{ partnerFit(focal: "${focal}", candidate: "${id('bravo')}") { score mutualValue } }`,
    );
    expect(await panel.locator('[data-testid=detail-score]').textContent()).toContain(api.partnerFit.score.toFixed(2));
    // mutualValue is the old reciprocal formula, worked out in the fixture
    expect(api.partnerFit.mutualValue).toBeCloseTo(0.4667, 3);
    expect(await panel.locator('[data-testid=detail-mutual-value]').textContent()).toBe('0.47');
    expect(await panel.locator('[data-testid=detail-relation]').textContent()).toBe(
      `Candidate for ${session.names.alpha}`,
    );
    expect(await panel.locator('[data-testid=conflicts] li').count()).toBe(0);
    // account mapping: alpha's prospect c7 is bravo's customer
    expect(await panel.locator('td[data-stage-a=PROSPECT][data-stage-b=CUSTOMER]').textContent()).toBe('1');
    await eventually(() => panel.locator('[data-testid=shared-customers] li').count()).toBe(4);
    await saveScreenshot(page, 'map-detail-1280x800');

    // back closes the panel again: selection is a place in history
    await page.goBack();
    await eventually(() => panel.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows conflicts in the panel exactly as the API explains them', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await page.locator(`[data-testid=top-candidates] button[data-candidate-id="${id('foxtrot')}"]`).click();
    const panel = page.locator('[data-testid=detail-panel]');
    await panel.locator('[data-testid=conflicts]').waitFor();

    const api = await session.query<{
      partnerFit: { sharedCustomers: number; conflicts: { kind: string; severity: string; explanation: string }[] };
    }>(
      `{ partnerFit(focal: "${focal}", candidate: "${id('foxtrot')}") { sharedCustomers conflicts { kind severity explanation } } }`,
    );
    const shown = await panel.locator('[data-testid=conflicts] li').evaluateAll((items) =>
      items.map((item) => ({
        kind: item.getAttribute('data-kind'),
        severity: item.getAttribute('data-severity'),
        explanation: item.querySelector('.conflict-explanation')?.textContent,
      })),
    );
    expect(shown).toEqual(api.partnerFit.conflicts);
    // one channel conflict: foxtrot resells for delta, alpha's rival
    expect(shown.map((conflict) => `${conflict.kind}/${conflict.severity}`)).toEqual(['CHANNEL_CONFLICT/MEDIUM']);
    expect(await panel.locator('[data-testid=detail-shared-count]').getAttribute('data-value')).toBe(
      String(api.partnerFit.sharedCustomers),
    );
    expect(api.partnerFit.sharedCustomers).toBe(1);
    expect(problems).toEqual([]);
  });

  it('exports the map as PNG', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&layout=concentric`);
    await waitForMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=export-png]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`partnergraph-${focal}-map.png`);
    const path = await download.path();
    expect(path).toBeTruthy();
    await saveScreenshot(page, 'map-concentric-1280x800');
    expect(problems).toEqual([]);
  });

  it('asks for the links among the other companies when they are ticked, and draws the API’s, where they were', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    // Unticked, no line joins two companies other than alpha: not even delta's partnership with foxtrot.
    const linksAmongOthers = () =>
      page.evaluate(
        (focalId) =>
          window
            .__cy!.edges()
            .not('.tether')
            .filter((edge) => edge.data('source') !== focalId && edge.data('target') !== focalId)
            .map(
              (edge) =>
                `${edge.data('kind') as string}:${edge.data('source') as string}-${edge.data('target') as string}`,
            )
            .sort(),
        focal,
      );
    expect(await linksAmongOthers()).toEqual([]);
    const partnershipAmongOthers = (links: string[]) =>
      links.some((link) => link.startsWith('PARTNER:') && link.includes(id('delta')) && link.includes(id('foxtrot')));
    const amongOthers = () =>
      page.evaluate(
        (focalId) =>
          window
            .__cy!.edges('[kind = "SHARED_CUSTOMERS"]')
            .filter((edge) => edge.data('source') !== focalId && edge.data('target') !== focalId)
            .map((edge) => `${edge.id()}=${edge.data('weight') as number}`)
            .sort(),
        focal,
      );
    const positions = () =>
      page.evaluate(() =>
        window
          .__cy!.nodes()
          .map((node) => `${node.id()}@${Math.round(node.position('x'))},${Math.round(node.position('y'))}`)
          .sort(),
      );
    expect(await amongOthers()).toEqual([]);
    const before = await positions();

    const asked: string[] = [];
    page.on('request', (request) => {
      if (/linksAmongOthers/.test(request.postData() ?? '')) asked.push(request.postData()!);
    });
    // Held back a moment, as around a hub: the legend says they are on their way.
    await page.route('**/graphql', async (route) => {
      if (/"linksAmongOthers":true/.test(route.request().postData() ?? ''))
        await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.getByLabel('Links among the others').check();
    await eventually(() => page.getByTestId('context-edges-loading').isVisible()).toBe(true);
    const api = await session.query<{
      ecosystem: {
        nodes: { id: string }[];
        edges: { id: string; kind: string; source: string; target: string; weight: number }[];
      };
    }>(
      `{ ecosystem(focal: "${focal}", linksAmongOthers: true) { nodes { id } edges { id kind source target weight } } }`,
    );
    const expected = api.ecosystem.edges
      .filter((edge) => edge.kind === 'SHARED_CUSTOMERS' && edge.source !== focal && edge.target !== focal)
      .map((edge) => `${edge.id}=${edge.weight}`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    await eventually(amongOthers).toEqual(expected);
    // Ticked: partnerships among the others too.
    expect(partnershipAmongOthers(await linksAmongOthers())).toBe(true);
    expect(asked.some((body) => /"linksAmongOthers":true/.test(body))).toBe(true);
    await eventually(() => page.getByTestId('context-edges-loading').count()).toBe(0);
    expect(await positions()).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('asks the API for each thing once when a link is opened (a production build)', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      const operation = /\b(?:query|mutation) (\w+)/.exec(request.postData() ?? '')?.[1];
      if (operation) asked.push(operation);
    });
    await page.reload();
    await waitForMap(page);
    await eventually(() => asked.includes('Candidates') && asked.includes('Ecosystem')).toBe(true);
    await page.waitForTimeout(500);
    // Development React (StrictMode) runs every effect twice: each query would go out twice.
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.filter((name, index) => asked.indexOf(name) !== index)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
