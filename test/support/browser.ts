import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { buildWebIfStale, WEB_BUILD_DIR } from '../../scripts/build-web.ts';

/** Chromium (found or installed by test/setup/chromium.ts), headless, with nothing phoning home. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/** The real server (API, CSV export, built explorer) on a free port over `db`; the explorer is rebuilt first if stale. */
export async function startExplorer(db: Database): Promise<RunningServer> {
  await buildWebIfStale();
  return listen(createApp({ db, webRoot: WEB_BUILD_DIR }), { port: 0 });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests, as they happen. */
  problems: string[];
}

/** A fresh page of the given size that records everything that went wrong on it. */
export async function openWatchedPage(browser: Browser, size = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: size, acceptDownloads: true });
  // The explorer's test hooks (web/src/map/test-hooks.ts): the map's cytoscape instance and counters.
  await page.addInitScript(() => {
    window.__PARTNERGRAPH_TEST_HOOKS__ = true;
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Aborted fetches are the explorer cancelling superseded queries on purpose.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/** Saves a screenshot as test-results/screenshots/<name>.png and returns the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** A GraphQL request against a running server, failing loudly on errors. */
export async function queryServer<Data = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((error) => error.message).join('; ')}`);
  return body.data as Data;
}
