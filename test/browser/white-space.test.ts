/**
 * The white space view in chromium against the real server: its capability
 * gaps are the API's, in the API's order, with the same reach figures and
 * best-ranked candidate; its segment gaps too; a candidate opens its detail
 * panel. Fixture: explorer-fixture.ts (alpha's one partner, echo, targets no
 * segment, so alpha's segment is a gap; its customers' other vendors offer
 * payments, fraud, returns, reviews, loyalty, shipping…).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatScore } from '../../web/src/format/numbers.ts';
import { saveScreenshot } from '../support/browser.ts';
import type { FixtureNames } from './explorer-fixture.ts';
import { eventually, useExplorerSession } from './explorer-session.ts';

const SEA_NAMES: FixtureNames = {
  alpha: 'Seaglass Supply',
  bravo: 'Tern Payments',
  charlie: 'Urchin Letters',
  delta: 'Vela Commerce',
  echo: 'Wharf Logistics',
  foxtrot: 'Yawl Returns',
  golf: 'Zephyr Reviews',
  hotel: 'Anchor Rewards',
};

const session = useExplorerSession(SEA_NAMES);
const { focal } = session;

interface ApiFit {
  candidate: { id: string; name: string };
  score: number;
}
interface ApiWhiteSpace {
  customers: number;
  capabilities: {
    capability: { id: string; name: string };
    customersReached: number;
    share: number;
    vendors: number;
    bestCandidate: ApiFit | null;
  }[];
  segments: { segment: { id: string; name: string }; bestCandidate: ApiFit | null }[];
}

const apiWhiteSpace = async (): Promise<ApiWhiteSpace> =>
  (
    await session.query<{ whiteSpace: ApiWhiteSpace }>(
      `query ($focal: ID!) {
        whiteSpace(focal: $focal, first: 20) {
          customers
          capabilities { capability { id name } customersReached share vendors bestCandidate { candidate { id name } score } }
          segments { segment { id name } bestCandidate { candidate { id name } score } }
        }
      }`,
      { focal },
    )
  ).whiteSpace;

const capabilityRows = (page: Page) =>
  page.locator('[data-testid=capability-gaps] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.querySelector('th')?.textContent ?? '',
      reached: row.querySelector('[data-testid=gap-reached]')?.textContent ?? '',
      share: row.querySelector('[data-testid=gap-share]')?.textContent ?? '',
      vendors: row.querySelector('[data-testid=gap-vendors]')?.textContent ?? '',
      candidate: row.querySelector('[data-testid=gap-candidate]')?.textContent ?? null,
      score: row.querySelector('[data-testid=gap-score]')?.textContent ?? null,
    })),
  );

describe('the white space view', () => {
  it('lists the API’s capability and segment gaps with their figures and best candidates', async () => {
    const api = await apiWhiteSpace();
    expect(api.capabilities.length).toBeGreaterThan(2);
    expect(api.segments.length).toBeGreaterThan(0);

    const { page, problems } = await session.open(`/?focal=${focal}`);
    await page.getByRole('button', { name: 'White space' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('view')).toBe('whitespace');
    await eventually(() => capabilityRows(page)).toEqual(
      api.capabilities.map((gap) => ({
        name: gap.capability.name,
        reached: formatCount(gap.customersReached),
        share: formatPercent(gap.share),
        vendors: formatCount(gap.vendors),
        candidate: gap.bestCandidate?.candidate.name ?? null,
        score: gap.bestCandidate ? formatScore(gap.bestCandidate.score) : null,
      })),
    );
    expect(
      await page
        .locator('[data-testid=segment-gaps] tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [
            row.querySelector('th')?.textContent,
            row.querySelector('[data-testid=gap-candidate]')?.textContent ?? null,
          ]),
        ),
    ).toEqual(api.segments.map((gap) => [gap.segment.name, gap.bestCandidate?.candidate.name ?? null]));
    expect(await page.locator('.toolbar-subtitle').textContent()).toContain(`its ${api.customers} customers`);
    await saveScreenshot(page, 'white-space-1280x800');

    // The best candidate of the largest gap opens its detail panel.
    const best = api.capabilities.find((gap) => gap.bestCandidate)!.bestCandidate!;
    await page.getByTestId('gap-candidate').first().click();
    await eventually(() => new URL(page.url()).searchParams.get('selected')).toBe(best.candidate.id);
    await eventually(() => page.locator('[data-testid=detail-panel] .detail-title').textContent()).toBe(
      best.candidate.name,
    );
    expect(new URL(page.url()).searchParams.get('view')).toBe('whitespace');
    await saveScreenshot(page, 'white-space-detail-1280x800');
    expect(problems).toEqual([]);
  });

  it('reads on a wide screen', async () => {
    const api = await apiWhiteSpace();
    const { page, problems } = await session.open(`/?focal=${focal}&view=whitespace`, { width: 1920, height: 1080 });
    await eventually(() => page.locator('[data-testid=capability-gaps] tbody tr').count()).toBe(
      api.capabilities.length,
    );
    await saveScreenshot(page, 'white-space-1920x1080');
    expect(problems).toEqual([]);
  });
});
