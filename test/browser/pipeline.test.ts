/**
 * From shortlist to signed partnership, in chromium: a pinned candidate is
 * started from the pipeline view and taken through every stage (parked and
 * reopened on the way; another declined), its plan written (goals for both
 * sides, alignment answers, terms, the type's checklist ticked), signed
 * through the write path and given two referred deals. The partnership is
 * then in the ranking's history, in `changes` and at the webhook (a receiver
 * here). A quiet item shows its dust on the board. Screenshots of the board
 * and the plan at 1440×900 and 1280×800 go to test-results/screenshots/.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { importFolder } from '../../api/import/import-folder.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { buildWebIfStale, WEB_BUILD_DIR } from '../../scripts/build-web.ts';
import { launchChromium, openWatchedPage, queryServer, saveScreenshot } from '../support/browser.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder } from '../support/fixture-folder.ts';
import { explorerFixture, type FixtureNames } from './explorer-fixture.ts';
import { eventually } from './explorer-session.ts';

const NAMES: FixtureNames = {
  alpha: 'Northwind Outfitters',
  bravo: 'Kudoswell Payments',
  charlie: 'Parcelry Mail',
  delta: 'Summit Commerce',
  echo: 'Shipbright',
  foxtrot: 'Returnly',
  golf: 'Starlit Reviews',
  hotel: 'Loyalty Loop',
};
const SECRET = 'browser-pipeline-secret-0123456789';
const p = uniquePrefix();
const id = (name: string) => `${p}${name}`;
let db: Database;
let server: RunningServer;
let browser: Browser;
let receiver: Server;
const received: { body: string; signature: string }[] = [];

beforeAll(async () => {
  db = await useTestDatabase();
  expect((await importFolder(db, writeFixtureFolder(explorerFixture(p, NAMES)))).problems).toEqual([]);
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ body, signature: String(request.headers['x-partnergraph-signature']) });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const webhook = {
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    secret: SECRET,
    attempts: 2,
    firstDelayMs: 20,
  };
  await buildWebIfStale();
  server = await listen(createApp({ db, webRoot: WEB_BUILD_DIR, webhook }), { port: 0 });
  browser = await launchChromium();
  // The strategist's shortlist: the pins the pipeline starts from.
  const api = (query: string) => queryServer(server.url, query);
  const list = (await api(`mutation { createShortlist(name: "Q3 partners", focal: "${id('alpha')}") { id } }`)) as {
    createShortlist: { id: string };
  };
  for (const name of ['bravo', 'charlie', 'foxtrot'])
    await api(
      `mutation { addToShortlist(id: "${list.createShortlist.id}", candidate: "${id(name)}", note: "from the ranking") { id } }`,
    );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const api = <Data>(query: string) => queryServer<Data>(server.url, query);

async function openTab(page: Page, tab: 'overview' | 'plan' | 'ledger') {
  await page.locator(`[data-testid=pipeline-tab-${tab}]`).click();
}

async function move(page: Page, label: RegExp | string) {
  await page.getByRole('button', { name: label }).click();
}

describe('from shortlist to signed partnership', () => {
  it(
    'takes a pinned candidate through every stage to a signed partnership with a plan, a ticked checklist and two referred deals',
    { timeout: 240_000 },
    async () => {
      const { page, problems } = await openWatchedPage(browser, { width: 1440, height: 900 });
      await page.goto(`${server.url}/?focal=${id('alpha')}&view=pipeline`);
      await page.locator('[data-testid=pipeline-view]').waitFor();

      // Charlie is started and declined: the resting stages.
      await page.locator(`[data-testid=pipeline-start][data-candidate-id="${id('charlie')}"]`).click();
      await page.locator('[data-testid=pipeline-item]').waitFor();
      await page.getByRole('button', { name: 'Decline' }).click();
      await eventually(() => page.locator('[data-testid=pipeline-item]').getAttribute('data-stage')).toBe('DECLINED');
      await page.locator('[data-testid=pipeline-back]').click();

      // Bravo, pinned on the shortlist, is started: researching.
      await page.locator(`[data-testid=pipeline-start][data-candidate-id="${id('bravo')}"]`).click();
      const item = page.locator('[data-testid=pipeline-item]');
      await item.waitFor();
      expect(await item.getAttribute('data-stage')).toBe('RESEARCHING');
      await page.locator('[data-testid=item-owner]').fill('Ana Ruiz');
      await page.locator('[data-testid=item-next-step]').fill('Intro call with their head of partnerships');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await eventually(() => page.locator('[data-testid=item-owner]').inputValue()).toBe('Ana Ruiz');

      await page.locator('[data-testid=move-note]').fill('Warm intro through a shared customer');
      await move(page, 'Move to contacted');
      await eventually(() => item.getAttribute('data-stage')).toBe('CONTACTED');
      for (const [kind, summary] of [
        ['EMAIL', 'Sent the overlap: 4 shared shops'],
        ['CALL', 'Intro call: both keen on co-selling'],
        ['MEETING', 'Workshop on the joint accounts'],
      ]) {
        await page.locator('[data-testid=activity-kind]').selectOption(kind!);
        await page.locator('[data-testid=activity-summary]').fill(summary!);
        await page.locator('[data-testid=activity-log]').click();
        await page.locator('[data-testid=activity-list] li', { hasText: summary! }).waitFor();
      }
      // Parked for a quarter, then reopened in discussion.
      await page.getByRole('button', { name: 'Park' }).click();
      await eventually(() => item.getAttribute('data-stage')).toBe('PARKED');
      await page.getByLabel('Reopen at').selectOption('IN_DISCUSSION');
      await page.getByRole('button', { name: 'Reopen' }).click();
      await eventually(() => item.getAttribute('data-stage')).toBe('IN_DISCUSSION');

      // The plan: the type, goals for both sides, the alignment answers, the terms, every box ticked.
      await openTab(page, 'plan');
      await page.locator('[data-testid=plan-type]').selectOption('co_selling');
      await page.locator('[data-testid=plan-checklist]').waitFor();
      for (const [side, metric, target, months] of [
        ['FOCAL', 'REFERRALS', '10', '6'],
        ['FOCAL', 'WON_VALUE', '120000', '12'],
        ['PARTNER', 'REFERRALS', '6', '6'],
      ] as const) {
        await page.locator(`[data-testid=goal-metric-${side}]`).selectOption(metric);
        await page.locator(`[data-testid=goal-target-${side}]`).fill(target);
        await page.locator(`[data-testid=goal-months-${side}]`).fill(months);
        const before = await page.locator(`[data-testid=goals-${side}] [data-testid=goal]`).count();
        await page.locator(`[data-testid=goal-add-${side}]`).click();
        await eventually(() => page.locator(`[data-testid=goals-${side}] [data-testid=goal]`).count()).toBe(before + 1);
      }
      const answers = {
        'BACKGROUND_CULTURE-FOCAL': 'Founder-led, 120 people, sales-led in Europe',
        'BACKGROUND_CULTURE-PARTNER': 'Product-led payments team, partner desk of 4',
        'VISION_STRATEGY-FOCAL': 'Own mid-market outdoor retail by 2027',
        'VISION_STRATEGY-PARTNER': 'Move up-market with embedded payments',
        'SUCCESS_METRICS-FOCAL': '10 referred shops and €120k won in a year',
        'SUCCESS_METRICS-PARTNER': '6 referred merchants in 6 months',
        'URGENCY_READINESS-FOCAL': 'Q3 launch; one partner manager funded',
        'URGENCY_READINESS-PARTNER': 'Integration ready; budget approved',
      };
      for (const [key, text] of Object.entries(answers))
        await page.locator(`[data-testid=alignment-${key}]`).fill(text);
      await page.locator('[data-testid=alignment-save]').click();
      await eventually(() => page.locator('[data-testid=plan-versions] li').first().textContent()).toContain(
        'alignment',
      );
      await page.locator('[data-testid=terms-fee]').fill('10');
      await page
        .locator('[data-testid=terms-rules]')
        .fill('Whoever registers the deal first owns the account; shared accounts are co-sold.');
      await page.locator('[data-testid=terms-save]').click();
      await eventually(() => page.locator('[data-testid=plan-versions] li').first().textContent()).toContain('terms');
      const owners = ['Ana Ruiz', 'Li Wei', 'Ana Ruiz', 'Sam Lee'];
      const boxes = page.locator('[data-testid=checklist-owner]');
      expect(await boxes.count()).toBe(4);
      for (let index = 0; index < 4; index++) {
        await boxes.nth(index).fill(owners[index]!);
        await boxes.nth(index).blur();
        await eventually(() => page.locator('[data-testid=plan-versions] li').first().textContent()).toContain(
          `owner ${owners[index]}`,
        );
        await page.locator('[data-testid=checklist-box]').nth(index).click();
        await eventually(() => page.locator('[data-testid=checklist-progress]').textContent()).toBe(
          `${index + 1} of 4 done`,
        );
      }

      await move(page, 'Move to plan agreed');
      await eventually(() => item.getAttribute('data-stage')).toBe('PLAN_AGREED');

      // Signing writes the partnership into the graph.
      await move(page, 'Sign…');
      expect(await page.locator('[data-testid=signing-type]').inputValue()).toBe('co_selling');
      await page.locator('[data-testid=signing-submit]').click();
      await page.locator('[data-testid=pipeline-signed]').waitFor({ timeout: 120_000 });
      expect(await item.getAttribute('data-stage')).toBe('SIGNED');

      // Two referred deals, one each way; the first is won.
      await openTab(page, 'ledger');
      for (const [direction, account, value] of [
        ['FROM_PARTNER', 'Fern & Co', '18000'],
        ['TO_PARTNER', 'Birch Denim', '9000'],
      ] as const) {
        await page.locator('[data-testid=ledger-direction]').selectOption(direction);
        await page.locator('[data-testid=ledger-account]').fill(account);
        await page.locator('[data-testid=ledger-value]').fill(value);
        await page.locator('[data-testid=ledger-record]').click();
        await page.locator('[data-testid=ledger-row]', { hasText: account }).waitFor();
      }
      await page
        .locator('[data-testid=ledger-row]', { hasText: 'Fern & Co' })
        .getByRole('button', { name: 'Won' })
        .click();
      await eventually(() =>
        page.locator('[data-testid=ledger-row]', { hasText: 'Fern & Co' }).getAttribute('data-outcome'),
      ).toBe('WON');
      await eventually(() => page.locator('[data-testid=impact-from-referrals]').textContent()).toBe('1');
      expect(await page.locator('[data-testid=impact-to-referrals]').textContent()).toBe('1');
      expect(await page.locator('[data-testid=impact-balance]').textContent()).toBe(
        `Even: ${NAMES.bravo} brought ${NAMES.alpha} 1 referral, ${NAMES.alpha} brought ${NAMES.bravo} 1 referral.`,
      );
      await saveScreenshot(page, 'pipeline-ledger-1440x900');

      // The plan as signed, its goals counting from the signing: the top of it, and its checklist.
      await openTab(page, 'plan');
      await page.locator('[data-testid=plan-editor]').waitFor();
      for (const [width, height] of [
        [1440, 900],
        [1280, 800],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.locator('.pipeline-tabs').evaluate((tabs) => tabs.scrollIntoView({ block: 'start' }));
        await saveScreenshot(page, `pipeline-plan-${width}x${height}`);
        await page.locator('[data-testid=plan-checklist]').evaluate((list) => list.scrollIntoView({ block: 'center' }));
        await saveScreenshot(page, `pipeline-plan-checklist-${width}x${height}`);
      }
      await page.setViewportSize({ width: 1440, height: 900 });

      // What the API holds: the item signed with its plan and ledger, the partnership in the ranking's history, in changes and at the webhook.
      const [card] = (
        await api<{ pipeline: any[] }>(
          `{ pipeline(focal: "${id('alpha')}", stages: [SIGNED]) { id stageMoves { to } partnership { id status type { id } } plan { checklistDone checklistNeeded goals { side } alignment { focalAnswer partnerAnswer } terms { referralFeePercent } } impact { fromPartner { won wonValue } toPartner { referrals } } } }`,
        )
      ).pipeline.filter((entry) => entry.partnership);
      expect(card.stageMoves.map((m: { to: string }) => m.to)).toEqual([
        'RESEARCHING',
        'CONTACTED',
        'PARKED',
        'IN_DISCUSSION',
        'PLAN_AGREED',
        'SIGNED',
      ]);
      expect(card.plan).toMatchObject({ checklistDone: 4, checklistNeeded: 4, terms: { referralFeePercent: 10 } });
      expect(card.plan.goals.map((goal: { side: string }) => goal.side).sort()).toEqual(['FOCAL', 'FOCAL', 'PARTNER']);
      expect(
        card.plan.alignment.every(
          (a: { focalAnswer: string; partnerAnswer: string }) => a.focalAnswer && a.partnerAnswer,
        ),
      ).toBe(true);
      expect(card.impact).toEqual({ fromPartner: { won: 1, wonValue: 18000 }, toPartner: { referrals: 1 } });
      const partnershipId = card.partnership.id as string;
      expect(card.partnership).toMatchObject({ status: 'ACTIVE', type: { id: 'co_selling' } });
      const fit = await api<{ partnerFit: { history: { id: string; status: string }[] } }>(
        `{ partnerFit(focal: "${id('alpha')}", candidate: "${id('bravo')}") { history { id status } } }`,
      );
      expect(fit.partnerFit.history).toContainEqual({ id: partnershipId, status: 'ACTIVE' });
      const changes = await api<{ changes: { kind: string; partnershipId: string | null }[] }>(
        `{ changes(focal: "${id('alpha')}") { kind partnershipId } }`,
      );
      expect(changes.changes).toContainEqual({ kind: 'PARTNERSHIP_STARTED', partnershipId });
      await eventually(() => received.some((hook) => hook.body.includes(partnershipId))).toBe(true);
      const hook = received.find((delivery) => delivery.body.includes(partnershipId))!;
      expect(hook.signature).toBe(`sha256=${createHmac('sha256', SECRET).update(hook.body).digest('hex')}`);
      expect(JSON.parse(hook.body).changes).toContainEqual(
        expect.objectContaining({ kind: 'PARTNERSHIP_STARTED', partnershipId }),
      );

      // Back on the board: bravo is signed, charlie rests as declined.
      await page.locator('[data-testid=pipeline-back]').click();
      await page
        .locator(`[data-testid=pipeline-card][data-candidate-id="${id('bravo')}"][data-stage=SIGNED]`)
        .waitFor();
      expect(await page.locator('[data-testid=pipeline-resting]').textContent()).toContain(NAMES.charlie);
      expect(problems).toEqual([]);
    },
  );

  it(
    'flags a quiet item on the board, filters by owner and focal company, and looks right at 1440×900 and 1280×800',
    { timeout: 120_000 },
    async () => {
      // Foxtrot, started a while ago and never touched since.
      const started = await api<{ createPipelineItem: { id: string } }>(
        `mutation { createPipelineItem(input: { focal: "${id('alpha')}", candidate: "${id('foxtrot')}", owner: "Li Wei", nextStep: "Send the returns overlap", nextStepDue: "2026-01-15" }) { id } }`,
      );
      await db.write('test:age-item', (tx) =>
        tx.runText(`MATCH (item:PipelineItem {id: $id}) SET item.touchedOn = '2025-11-02'`, {
          id: started.createPipelineItem.id,
        }),
      );
      for (const [name, owner] of [
        ['golf', 'Sam Lee'],
        ['hotel', 'Ana Ruiz'],
      ] as const) {
        await api(
          `mutation { createPipelineItem(input: { focal: "${id('alpha')}", candidate: "${id(name)}", owner: "${owner}", nextStep: "Qualify the overlap" }) { id } }`,
        );
      }
      const { page, problems } = await openWatchedPage(browser, { width: 1440, height: 900 });
      await page.goto(`${server.url}/?focal=${id('alpha')}&view=pipeline`);
      const quiet = page.locator(`[data-testid=pipeline-card][data-candidate-id="${id('foxtrot')}"]`);
      await quiet.waitFor();
      expect(await quiet.getAttribute('data-dusty')).toBe('true');
      expect(await quiet.locator('[data-testid=dust-badge]').textContent()).toMatch(/^Quiet \d+ days$/);
      expect(await page.locator('[data-testid=pipeline-summary]').textContent()).toContain('1 gathering dust');
      await saveScreenshot(page, 'pipeline-board-1440x900');
      await page.setViewportSize({ width: 1280, height: 800 });
      await saveScreenshot(page, 'pipeline-board-1280x800');

      await page.locator('[data-testid=pipeline-owner]').selectOption('Li Wei');
      await eventually(() =>
        page
          .locator('[data-testid=pipeline-card]')
          .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-candidate-id'))),
      ).toEqual([id('foxtrot')]);
      await page.locator('[data-testid=pipeline-owner]').selectOption('');
      await page.locator('[data-testid=pipeline-scope]').selectOption('all');
      await eventually(() => page.locator('[data-testid=pipeline-card]').count()).toBeGreaterThanOrEqual(4);
      expect(problems).toEqual([]);
    },
  );
});
