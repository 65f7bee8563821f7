/**
 * The numbers a strategist acts on, in chromium against the real server: the
 * likelihood beside the order (as the API computes it, with its band), the
 * "nothing stands out" note exactly when every candidate shown is in the
 * lowest band, strengths read against the market's named yardstick, a declared
 * rival named as such among the peers, and the "specific to you" order.
 * Fixture: explorer-fixture.ts (alpha ↔ delta rivals; delta partners with
 * foxtrot, so alpha's rival is among the peers behind foxtrot).
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { MEADOW_NAMES } from './explorer-fixture.ts';
import { eventually, tableRowIds, useExplorerSession } from './explorer-session.ts';

const session = useExplorerSession(MEADOW_NAMES);
const { id, focal, names } = session;

interface Fit {
  candidate: { id: string; name: string };
  likelihood: number;
  likelihoodBand: 'STRONG' | 'GOOD' | 'SOME' | 'LITTLE';
  likelihoodSentence: string;
  specificScore: number;
  peers: { company: { id: string; name: string }; rival: boolean }[];
  terms: { kind: string; strength: number; yardstick: number }[];
}

const ranking = async (lens: 'MARKET' | 'SPECIFIC'): Promise<Fit[]> =>
  (
    await session.query<{ candidates: Fit[] }>(
      `query ($focal: ID!, $lens: RankingLens) {
        candidates(focal: $focal, first: 50, lens: $lens) {
          candidate { id name } likelihood likelihoodBand likelihoodSentence specificScore
          peers { company { id name } rival } terms { kind strength yardstick }
        }
      }`,
      { focal, lens },
    )
  ).candidates;

/** The explorer's percentage: one decimal under 10%, whole above (web/src/fit/likelihood.ts). */
const percent = (likelihood: number) =>
  likelihood < 0.001
    ? '<0.1%'
    : likelihood < 0.1
      ? `${(likelihood * 100).toFixed(1)}%`
      : `${Math.round(likelihood * 100)}%`;

describe('the likelihood beside the order', () => {
  it('shows each candidate’s likelihood and band as the API computes them, and says when nothing stands out', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist`);
    const api = await ranking('MARKET');
    await eventually(() => tableRowIds(page)).toEqual(api.map((fit) => fit.candidate.id));
    for (const fit of api) {
      const cell = page.locator(
        `[data-testid=ranked-table] tr[data-candidate-id="${fit.candidate.id}"] [data-testid=cell-likelihood]`,
      );
      expect(await cell.locator('span').first().textContent()).toBe(percent(fit.likelihood));
      expect(await cell.getAttribute('data-band')).toBe(fit.likelihoodBand);
    }
    const weak = api.every((fit) => fit.likelihoodBand === 'LITTLE');
    expect(await page.locator('[data-testid=nothing-stands-out]').count()).toBe(weak ? 1 : 0);

    await page
      .locator(`[data-testid=ranked-table] tr[data-candidate-id="${api[0]!.candidate.id}"] .company-name`)
      .click();
    const panel = page.locator('[data-testid=detail-likelihood]');
    await panel.waitFor();
    expect(await panel.locator('.fit-likelihood-value').textContent()).toBe(percent(api[0]!.likelihood));
    expect(await panel.locator('.fit-likelihood-sentence').textContent()).toBe(api[0]!.likelihoodSentence);
    // Every strength names its yardstick: the market's average partner, with its value.
    const figures = await page.locator('[data-testid=score-term-figures]').allTextContents();
    expect(figures).toHaveLength(5);
    for (const text of figures)
      expect(text).toMatch(/50% = as strong as this\s+market’s average partner was, \d\.\d{3}/);
    await saveScreenshot(page, 'likelihood-1280x800');
    expect(problems).toEqual([]);
  });

  it('names a declared rival among the peers behind a candidate', async () => {
    const api = (await ranking('MARKET')).find((fit) => fit.candidate.id === id('foxtrot'))!;
    expect(api.peers.find((peer) => peer.company.id === id('delta'))?.rival).toBe(true);
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist&selected=${id('foxtrot')}`);
    const peers = page.locator('[data-testid=peer-partners]');
    await peers.waitFor();
    expect(await peers.textContent()).toContain(`${names.delta}your rival`);
    // …and the peer sentence says what the market decided a rival's partners count for.
    const sentence = await page.locator('[data-testid=score-term][data-term=PEERS] .score-term-sentence').textContent();
    expect(sentence).toContain(`${names.delta}, your declared rival`);
    expect(sentence).toMatch(
      /in this market a rival's partners count (for|against) a candidate|in this market a rival's partners do not count/,
    );
    expect(problems).toEqual([]);
  });
});

describe('what is specific to me', () => {
  it('reorders the list by the SPECIFIC lens, keeps it in the link, and says what it does', async () => {
    const { page, problems } = await session.open(`/?focal=${focal}&view=shortlist`);
    await page.locator('[data-testid=ranked-table]').waitFor();
    await page.locator('[data-testid=lens-specific]').click();
    await eventually(() => new URL(page.url()).searchParams.get('lens')).toBe('specific');
    const specific = await ranking('SPECIFIC');
    await eventually(() => tableRowIds(page)).toEqual(specific.map((fit) => fit.candidate.id));
    // the column the list is ordered by shows the lens's own score
    expect(
      await page.locator('[data-testid=ranked-table] tbody tr [data-testid=cell-score] span').first().textContent(),
    ).toBe(specific[0]!.specificScore.toFixed(2));
    expect(await page.locator('[data-testid=lens-note]').textContent()).toMatch(
      /^Ordered by what sets each candidate apart/,
    );
    await saveScreenshot(page, 'specific-lens-1280x800');
    expect(problems).toEqual([]);
  });
});
