/**
 * What the redesigned ranking shows a strategist, in chromium against the real
 * server: every answer carries the pair's partnership history (an active
 * partner is never a candidate to shortlist, a proposed deal reads "in
 * progress", an ended one says so), a ruled-out rival never wears a quadrant,
 * the panel explains the score term by term, the market model's sentence is
 * on the page, and the map draws proposed and ended partnerships.
 * Fixture: explorer-fixture.ts (alpha–echo active, alpha–golf proposed,
 * alpha–hotel ended, alpha ↔ delta rivals).
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { MEADOW_NAMES } from './explorer-fixture.ts';
import { eventually, tableRowIds, useExplorerSession, waitForMap } from './explorer-session.ts';

const session = useExplorerSession(MEADOW_NAMES);
const { id, focal, names } = session;

interface ApiFit {
  score: number;
  mutualValue: number;
  relation: string;
  ruledOut: boolean;
  ruledOutBy: { explanation: string } | null;
  reasons: string[];
  terms: { kind: string; label: string; contribution: number; sentence: string }[];
}

const apiFit = async (candidate: string): Promise<ApiFit> =>
  (
    await session.query<{ partnerFit: ApiFit }>(
      `query ($focal: ID!, $candidate: ID!) {
        partnerFit(focal: $focal, candidate: $candidate) {
          score mutualValue relation ruledOut ruledOutBy { explanation } reasons
          terms { kind label contribution sentence }
        }
      }`,
      { focal, candidate },
    )
  ).partnerFit;

describe('partnership history in every answer', () => {
  it('calls an active partner one, says since when, and offers no shortlist', async () => {
    const { page, problems } = await session.open(
      `/?focal=${focal}&view=shortlist&includePartners=true&selected=${id('echo')}`,
    );
    const panel = page.locator('[data-testid=detail-panel]');
    await panel.locator('[data-testid=history]').waitFor();
    expect(await panel.locator('[data-testid=detail-relation]').textContent()).toBe(`Active partner of ${names.alpha}`);
    expect(await panel.locator('[data-testid=history] li').allTextContents()).toEqual([
      'Active partner since 10 Jan 2024 (Technology integration)',
    ]);
    // No call to action to approach a company that is already a partner.
    expect(await panel.locator('[data-testid=add-to-shortlist]').count()).toBe(0);
    expect(await panel.getByRole('button', { name: /shortlist/i }).count()).toBe(0);
    expect(await panel.locator('[data-testid=no-shortlist]').textContent()).toMatch(/^Already an active partner/);
    // The API's reasons, history first, are on the page as the API wrote them.
    const api = await apiFit(id('echo'));
    expect(api.relation).toBe('PARTNER');
    expect(api.reasons[0]).toMatch(/^Active partner since 2024-01-10/);
    expect(await panel.locator('[data-testid=reasons] li').allTextContents()).toEqual(api.reasons);

    // The table says it too, and offers no pin for the partner.
    const row = page.locator(`[data-testid=ranked-table] tr[data-candidate-id="${id('echo')}"]`);
    expect(await row.locator('[data-testid=standing-line]').textContent()).toBe(
      'Active partner since 10 Jan 2024 (Technology integration)',
    );
    expect(await row.locator('[data-testid=pin-toggle]').count()).toBe(0);
    await saveScreenshot(page, 'history-active-partner-1280x800');
    expect(problems).toEqual([]);
  });

  it('reads a proposed partnership as in progress and an ended one as a former partner', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&selected=${id('golf')}`);
    const panel = page.locator('[data-testid=detail-panel]');
    await panel.locator('[data-testid=history]').waitFor();
    expect(await panel.locator('[data-testid=detail-relation]').textContent()).toBe(
      `Partnership in progress with ${names.alpha}`,
    );
    expect(await panel.locator('[data-testid=history] li').allTextContents()).toEqual([
      'In progress: referral proposed on 13 Jan 2025',
    ]);
    expect(await panel.locator('[data-testid=add-to-shortlist]').count()).toBe(0);
    const golfRow = page.locator(`[data-testid=ranked-table] tr[data-candidate-id="${id('golf')}"]`);
    expect(await golfRow.locator('[data-testid=standing-line]').textContent()).toBe(
      'In progress: referral proposed on 13 Jan 2025',
    );
    await saveScreenshot(page, 'history-in-progress-1280x800');

    await page.locator(`tr[data-candidate-id="${id('hotel')}"] .company-name`).click();
    await eventually(() => panel.locator('[data-testid=detail-relation]').textContent()).toBe(
      `Former partner of ${names.alpha}`,
    );
    expect(await panel.locator('[data-testid=history] li').allTextContents()).toEqual([
      'Former partner: co-marketing started 1 Jun 2021, now ended',
    ]);
    // A former partner can be approached again.
    expect(await panel.locator('[data-testid=add-to-shortlist]').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('ruled-out candidates', () => {
  it('leaves the rival out unless asked, then shows it as ruled out with the reason and no quadrant', async () => {
    // Only companies sharing a customer with alpha: this file's own. Every browser file's companies share
    // capability and segment names, and so alpha's ranking; with enough files, other files' companies that
    // alpha's peers partner with outrank the rival and push it past the table's 50 rows.
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&minShared=1`);
    await page.locator('[data-testid=ranked-table] tbody tr').first().waitFor();
    expect(session.ours(await tableRowIds(page))).not.toContain('delta');

    await page.locator('[data-testid=filter-include-ruled-out]').check();
    await eventually(() => new URL(page.url()).searchParams.get('includeRuledOut')).toBe('true');
    const expected = await session.apiRanking({}, 50, { includeRuledOut: true, minSharedCustomers: 1 });
    expect(session.ours(expected.map((fit) => fit.candidate.id))).toContain('delta');
    await eventually(() => tableRowIds(page)).toEqual(expected.map((fit) => fit.candidate.id));
    const api = await apiFit(id('delta'));
    expect(api.ruledOut).toBe(true);

    const row = page.locator(`[data-testid=ranked-table] tr[data-candidate-id="${id('delta')}"]`);
    const badge = row.locator('[data-testid=fit-badge]');
    expect(await badge.textContent()).toBe('Ruled out');
    expect(await badge.getAttribute('title')).toBe(api.ruledOutBy!.explanation);
    expect(await row.locator('[data-testid=standing-line]').textContent()).toBe('Ruled out: direct competitor');
    // No ruled-out row anywhere wears a quadrant.
    for (const fit of expected.filter((candidate) => candidate.ruledOut)) {
      const text = await page
        .locator(`[data-testid=ranked-table] tr[data-candidate-id="${fit.candidate.id}"] [data-testid=fit-badge]`)
        .textContent();
      expect(text).toBe('Ruled out');
    }
    await row.locator('.company-name').click();
    const panel = page.locator('[data-testid=detail-panel]');
    await panel.locator('[data-testid=ruled-out]').waitFor();
    expect(await panel.locator('[data-testid=ruled-out]').textContent()).toBe(
      `Ruled out: ${api.ruledOutBy!.explanation}`,
    );
    expect(await panel.locator('[data-testid=detail-badge]').textContent()).toBe('Ruled out');
    expect(await panel.locator('[data-testid=add-to-shortlist]').count()).toBe(0);
    await saveScreenshot(page, 'ruled-out-rival-1280x800');

    // The 2x2 draws it as ruled out.
    await page.getByRole('button', { name: '2×2 matrix' }).click();
    const point = page.locator(`[data-testid=quadrant-chart] g.point[data-candidate-id="${id('delta')}"]`);
    await point.waitFor();
    expect(await point.getAttribute('class')).toContain('is-ruled-out');
    expect(problems).toEqual([]);
  });
});

describe('why this score', () => {
  it('lists the five evidence terms with the API’s sentences, and the market model’s line', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&selected=${id('bravo')}`);
    const panel = page.locator('[data-testid=detail-panel]');
    await panel.locator('[data-testid=score-terms]').waitFor();
    const api = await apiFit(id('bravo'));
    const shown = await panel.locator('[data-testid=score-term]').evaluateAll((items) =>
      items.map((item) => ({
        kind: item.getAttribute('data-term'),
        sentence: item.querySelector('.score-term-sentence')?.textContent,
        label: item.querySelector('.score-term-label')?.textContent,
      })),
    );
    expect(shown.map((term) => term.kind)).toEqual(['PEERS', 'OVERLAP', 'NICHE', 'COMPLEMENT', 'PULL']);
    expect(shown).toEqual(
      shown.map((term) => {
        const match = api.terms.find((candidate) => candidate.kind === term.kind)!;
        return { kind: term.kind, sentence: match.sentence, label: match.label };
      }),
    );
    // score = Σ contribution
    expect(api.terms.reduce((sum, term) => sum + term.contribution, 0)).toBeCloseTo(api.score, 10);
    expect(await panel.locator('[data-testid=mutual-value]').textContent()).toContain(
      `Mutual value ${api.mutualValue.toFixed(2)}`,
    );

    // The table shows a bar per term for every row, with the API's sentence on hover.
    const cells = page.locator(`[data-testid=ranked-table] tr[data-candidate-id="${id('bravo')}"] td[data-term]`);
    expect(await cells.count()).toBe(5);
    expect(await cells.first().getAttribute('title')).toBe(`${api.terms[0]!.label}: ${api.terms[0]!.sentence}`);
    expect(await page.locator('[data-testid=ranking-basis]').textContent()).toMatch(/scores rest on/);

    // What this market's ranking follows, in the API's words; the evidence on a click.
    const model = await session.query<{ marketModel: { summary: string; coreOverlapEvidence: string } }>(
      '{ marketModel { summary coreOverlapEvidence } }',
    );
    // At 1280 px with the panel open the rail is folded to a strip: its button lays it over the view.
    const summary = page.locator('[data-testid=market-model-summary]');
    expect(await summary.isVisible()).toBe(false);
    await page.locator('[data-testid=rail-toggle]').click();
    await eventually(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toBe(model.marketModel.summary);
    await summary.click();
    const evidence = page.locator('[data-testid=core-overlap-evidence]');
    await eventually(() => evidence.isVisible()).toBe(true);
    expect(await evidence.textContent()).toBe(model.marketModel.coreOverlapEvidence);
    await panel.locator('[data-testid=score-terms]').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'why-this-score-1280x800');
    expect(problems).toEqual([]);
  });
});

describe('the map', () => {
  it('draws the proposed and the ended partnership, each its own way, with the legend to read them', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}`);
    await waitForMap(page);
    const edges = (
      await page.evaluate(() =>
        window.__cy!.edges().map((edge) => ({
          source: edge.source().id(),
          target: edge.target().id(),
          kind: edge.data('kind') as string,
          lineStyle: edge.style('line-style') as string,
        })),
      )
    )
      .filter((edge) => edge.source === focal || edge.target === focal)
      .map(({ source, target, kind, lineStyle }) => ({ other: source === focal ? target : source, kind, lineStyle }));
    expect(edges).toContainEqual({ other: id('golf'), kind: 'PROPOSED_PARTNER', lineStyle: 'dashed' });
    expect(edges).toContainEqual({ other: id('hotel'), kind: 'FORMER_PARTNER', lineStyle: 'dotted' });
    expect(edges).toContainEqual({ other: id('echo'), kind: 'PARTNER', lineStyle: 'solid' });
    const legend = await page.locator('[data-testid=map-legend]').textContent();
    expect(legend).toContain('Proposed partnership');
    expect(legend).toContain('Ended partnership');
    expect(legend).toContain('Partnership in progress');
    expect(legend).toContain('Former partner');

    await saveScreenshot(page, 'map-history-edges-1280x800');

    // Hovering the proposed partner says where the pair stands.
    const box = (await page.locator('[data-testid=ecosystem-map]').boundingBox())!;
    const point = await page.evaluate((target) => window.__cy!.getElementById(target).renderedPosition(), id('golf'));
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await eventually(() => page.locator('[data-testid=map-tooltip]').textContent()).toContain(
      'Partnership in progress',
    );
    await saveScreenshot(page, 'map-history-hover-1280x800');
    expect(problems).toEqual([]);
  });
});
