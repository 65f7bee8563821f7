/**
 * The shortlist view, the 2x2 and the states in chromium: live re-ranking by
 * the term weight sliders and filters as the API ranks, CSV exports, saved shortlists,
 * the matrix's clickable points, an unknown company, keyboard search, and
 * 1920×1080. Numbers: explorer-fixture.ts.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { HARBOUR_NAMES } from './explorer-fixture.ts';
import { eventually, tableRowIds, useExplorerSession } from './explorer-session.ts';

const session = useExplorerSession(HARBOUR_NAMES);
const { id, focal, names } = session;

describe('shortlist view', () => {
  it('re-ranks live when a term weight slider moves, as the API ranks', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist`);
    await page.locator('[data-testid=ranked-table] tbody tr').first().waitFor();
    const before = await tableRowIds(page);
    expect(before).toEqual((await session.apiRanking()).map((fit) => fit.candidate.id));
    // The sliders start at the market's learned weights.
    const model = await session.query<{ marketModel: { weights: { kind: string; weight: number }[] } }>(
      '{ marketModel { weights { kind weight } } }',
    );
    const marketPeers = model.marketModel.weights.find((weight) => weight.kind === 'PEERS')!.weight;
    expect(Number(await page.locator('[data-testid=weight-peers]').inputValue())).toBeCloseTo(marketPeers, 2);
    await saveScreenshot(page, 'shortlist-1280x800');

    // Peer evidence to 0: alpha's peers partner with foxtrot, shared customers favour bravo (see the fixture).
    await page.locator('[data-testid=weight-peers]').focus();
    await page.keyboard.press('Home');
    await eventually(() => new URL(page.url()).searchParams.get('wPeers')).toBe('0');
    // Only the moved weight travels; the others stay the market's.
    expect(new URL(page.url()).searchParams.get('wOverlap')).toBeNull();
    const expected = (await session.apiRanking({ peers: 0 })).map((fit) => fit.candidate.id);
    await eventually(() => tableRowIds(page)).toEqual(expected);
    expect(session.ours(before)).not.toEqual(session.ours(expected));

    // The CSV link carries the same weights and lists the same order.
    const href = await page.locator('[data-testid=export-candidates-csv]').getAttribute('href');
    expect(href).toContain('wPeers=0');
    const csv = await fetch(`${session.url()}${href}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const [header, ...rows] = parse(await csv.text()) as string[][];
    const idColumn = header!.indexOf('candidate_id');
    expect(rows.map((row) => row[idColumn])).toEqual(expected);
    expect(rows.map((row) => row[header!.indexOf('peers_weight')])).toEqual(expected.map(() => '0'));

    // Hiding medium and high conflicts drops foxtrot (a channel conflict: it resells for alpha's rival).
    await page.locator('[data-testid=filter-exclude-severity]').selectOption('MEDIUM');
    await eventually(() => new URL(page.url()).searchParams.get('excludeSeverity')).toBe('MEDIUM');
    const filteredIds = (await session.apiRanking({ peers: 0 }, 50, { excludeSeverity: 'MEDIUM' })).map(
      (fit) => fit.candidate.id,
    );
    await eventually(() => tableRowIds(page)).toEqual(filteredIds);
    expect(session.ours(filteredIds)).not.toContain('foxtrot');
    expect(session.ours(filteredIds)).toContain('bravo');

    // Back to this market's weights: the ranking and the URL are the market's again.
    await page.locator('[data-testid=reset-weights]').click();
    await eventually(() => new URL(page.url()).searchParams.get('wPeers')).toBeNull();
    const reset = (await session.apiRanking({}, 50, { excludeSeverity: 'MEDIUM' })).map((fit) => fit.candidate.id);
    await eventually(() => tableRowIds(page)).toEqual(reset);
    expect(Number(await page.locator('[data-testid=weight-peers]').inputValue())).toBeCloseTo(marketPeers, 2);
    expect(problems).toEqual([]);
  });

  it('pins candidates into a saved shortlist, with a note, and unpins them', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist`);
    const savedLists = async () =>
      (
        await session.query<{
          shortlists: { id: string; entries: { candidate: { id: string }; note: string | null }[] }[];
        }>(`{ shortlists(focal: "${focal}") { id entries { candidate { id } note } } }`)
      ).shortlists;

    await page.locator(`tr[data-candidate-id="${id('bravo')}"] [data-testid=pin-toggle]`).click();
    await eventually(async () => (await savedLists())[0]?.entries.map((entry) => entry.candidate.id)).toEqual([
      id('bravo'),
    ]);
    await eventually(() =>
      page.locator(`tr[data-candidate-id="${id('bravo')}"] [data-testid=pin-toggle]`).textContent(),
    ).toBe('Pinned');

    // From the detail panel, with a note.
    await page.locator(`tr[data-candidate-id="${id('charlie')}"] .company-name`).click();
    const panel = page.locator('[data-testid=detail-panel]');
    await panel.getByRole('button', { name: 'Add to shortlist…' }).click();
    await panel.getByLabel('Note').fill('Warm intro through c5');
    await panel.getByRole('button', { name: /^Pin / }).click();
    await expect
      .poll(async () => (await savedLists())[0]?.entries.find((entry) => entry.candidate.id === id('charlie'))?.note)
      .toBe('Warm intro through c5');

    await page.getByRole('tab', { name: /Pinned/ }).click();
    await eventually(() => tableRowIds(page, 'pinned-table')).toEqual([id('bravo'), id('charlie')]);
    await saveScreenshot(page, 'shortlist-pinned-1280x800');

    const list = (await savedLists())[0]!;
    const csvHref = await page.locator('[data-testid=export-shortlist-csv]').getAttribute('href');
    const csv = await fetch(new URL(csvHref!, session.url()));
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Warm intro through c5');

    await page.locator(`[data-testid=pinned-table] tr[data-candidate-id="${id('bravo')}"] [data-testid=unpin]`).click();
    await eventually(async () =>
      (await savedLists()).find((saved) => saved.id === list.id)?.entries.map((entry) => entry.candidate.id),
    ).toEqual([id('charlie')]);
    expect(problems).toEqual([]);
  });
});

describe('2x2 matrix and states', () => {
  it('plots the candidates with clickable points', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=matrix`);
    const point = page.locator(`[data-testid=quadrant-chart] g.point[data-candidate-id="${id('foxtrot')}"]`);
    await point.waitFor();
    expect(await page.locator('[data-testid=quadrant-chart] g.point').count()).toBe(
      (await session.apiRanking()).length,
    );
    await point.click();
    await eventually(() => new URL(page.url()).searchParams.get('selected')).toBe(id('foxtrot'));
    await page.locator('[data-testid=detail-panel] [data-testid=detail-score]').waitFor();
    await saveScreenshot(page, 'matrix-detail-1280x800');
    expect(problems).toEqual([]);
  });

  it('says so when the company does not exist', async () => {
    const { page, problems } = await session.open(`/?focal=${id('nobody')}`);
    await page.locator('[data-testid=status-empty]').waitFor();
    expect(await page.locator('[data-testid=status-empty]').textContent()).toContain(
      `No company with id “${id('nobody')}”`,
    );
    await saveScreenshot(page, 'unknown-company-1280x800');
    expect(problems).toEqual([]);
  });

  it('finds a company with the keyboard and makes it the focal one', async () => {
    const { page, problems } = await session.open('/');
    // The prefix is a word of the id: it picks this file's company whatever else shares the name.
    await page
      .getByRole('combobox', { name: 'Search a company' })
      .first()
      .fill(`${names.charlie} ${id('').slice(0, -1)}`);
    await eventually(() => page.getByRole('option').first().getAttribute('data-company-id')).toBe(id('charlie'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('focal')).toBe(id('charlie'));
    await page.locator('[data-testid=focal-card]').getByRole('heading', { name: names.charlie }).waitFor();
    expect(problems).toEqual([]);
  });

  it('stays readable at 1920×1080 with the detail panel open', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&selected=${id('bravo')}`, {
      width: 1920,
      height: 1080,
    });
    await page.locator('[data-testid=detail-panel] [data-testid=detail-score]').waitFor();
    await page.locator('[data-testid=ranked-table] tbody tr').first().waitFor();
    await saveScreenshot(page, 'shortlist-detail-1920x1080');
    expect(problems).toEqual([]);
  });
});
