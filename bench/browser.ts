import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ApiProcess } from './api-process.ts';
import type { FocalCompany } from './focal.ts';
import { percentile, round } from './latency.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Debian's chromium, headless, with nothing phoning home (as test/support/browser.ts). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The map size of issue 5: 300 candidates (plus the focal company, its partners and rivals). */
export const MAP_CANDIDATES = 300;
/** Page loads timed; the first one also fetches and compiles the bundle. */
const LOADS = 4;
export const SETTLE_TARGET_MS = 2_000;

export interface BrowserFigures {
  /** What was measured: the explorer itself, as a strategist opens it from a link. */
  page: string;
  url: string;
  nodes: number;
  edges: number;
  /** Navigation start → the map's layout has stopped, per load, ms. */
  settleMs: number[];
  /** Median over the loads after the first (bundle cached, as for a user who has the explorer open). */
  settleMsP50: number;
  /** The first load, bundle not yet cached. */
  coldSettleMs: number;
  /** Of the median load: when the ecosystem answer arrived, and how long fcose ran. */
  ecosystemAnswerMs: number;
  layoutMs: number;
  targetMs: number;
  met: boolean;
}

/**
 * Builds the explorer (web/) with vite into a temporary folder, so the shared
 * dist/web other work uses is left alone. Undefined when there is no web app.
 */
export async function buildExplorer(log: (line: string) => void): Promise<{ dir: string; remove(): void } | undefined> {
  if (!existsSync(join(ROOT, 'web/index.html'))) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'partnergraph-bench-web-'));
  log('Building the explorer for the browser measurement…');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Opens the explorer on the largest hub's ecosystem with 300 candidates
 * (`/?focal=<hub>&top=300`, a shared link) in headless chromium and times
 * navigation → fcose layout stopped. The explorer hands its cytoscape core to
 * `window.__cy`; a script run before the page's own catches that assignment
 * and listens for layoutstart / layoutstop.
 */
export async function measureBrowser(context: { api: ApiProcess; focal: FocalCompany[] }, log: (line: string) => void): Promise<BrowserFigures> {
  const hub = [...context.focal].sort((a, b) => b.customers - a.customers)[0]!;
  const url = `${context.api.url}/?focal=${encodeURIComponent(hub.id)}&top=${MAP_CANDIDATES}`;
  log(`Browser: ${url} in headless chromium, ${LOADS} loads…`);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const browserContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await browserContext.addInitScript(hookCytoscape);
    const loads: Load[] = [];
    for (let load = 0; load < LOADS; load++) {
      const page = await browserContext.newPage();
      try {
        loads.push(await timeLoad(page, url));
      } finally {
        await page.close();
      }
    }
    const warm = loads.slice(1);
    const median = warm.map((load) => load.settleMs).sort((a, b) => a - b)[Math.floor((warm.length - 1) / 2)]!;
    const typical = warm.find((load) => load.settleMs === median)!;
    const settleMsP50 = round(percentile(warm.map((load) => load.settleMs), 50), 0);
    return {
      page: 'explorer (web/, production build), map view',
      url: url.replace(context.api.url, ''),
      nodes: typical.nodes,
      edges: typical.edges,
      settleMs: loads.map((load) => round(load.settleMs, 0)),
      settleMsP50,
      coldSettleMs: round(loads[0]!.settleMs, 0),
      ecosystemAnswerMs: round(typical.ecosystemAnswerMs, 0),
      layoutMs: round(typical.layoutMs, 0),
      targetMs: SETTLE_TARGET_MS,
      met: settleMsP50 <= SETTLE_TARGET_MS,
    };
  } finally {
    await browser.close();
  }
}

interface Load {
  settleMs: number;
  ecosystemAnswerMs: number;
  layoutMs: number;
  nodes: number;
  edges: number;
}

interface Marks {
  layoutStart?: number;
  layoutStop?: number;
  nodes?: number;
  edges?: number;
}

async function timeLoad(page: Page, url: string): Promise<Load> {
  let ecosystemAnsweredAt: number | undefined;
  page.on('requestfinished', (request) => {
    if (request.postData()?.includes('ecosystem(')) {
      const timing = request.timing();
      ecosystemAnsweredAt = timing.startTime + timing.responseEnd;
    }
  });
  await page.goto(url);
  await page.waitForFunction((wanted) => {
    const marks = (window as unknown as { __benchMarks?: Marks }).__benchMarks;
    return marks?.layoutStop !== undefined && (marks.nodes ?? 0) > wanted;
  }, MAP_CANDIDATES, { timeout: 120_000, polling: 50 });
  const { marks, timeOrigin } = await page.evaluate(() => ({
    marks: (window as unknown as { __benchMarks: Marks }).__benchMarks,
    timeOrigin: performance.timeOrigin,
  }));
  return {
    settleMs: marks.layoutStop!,
    ecosystemAnswerMs: ecosystemAnsweredAt === undefined ? Number.NaN : ecosystemAnsweredAt - timeOrigin,
    layoutMs: marks.layoutStop! - (marks.layoutStart ?? marks.layoutStop!),
    nodes: marks.nodes ?? 0,
    edges: marks.edges ?? 0,
  };
}

/**
 * Runs in the page before its own scripts: when the explorer stores its
 * cytoscape core in `window.__cy`, listen to its layout events. performance.now()
 * counts from navigation start.
 */
function hookCytoscape(): void {
  type Core = { on(event: string, handler: () => void): void; nodes(): { length: number }; edges(): { length: number } };
  const marks: Marks = {};
  let core: Core | undefined;
  (window as unknown as { __benchMarks: Marks }).__benchMarks = marks;
  Object.defineProperty(window, '__cy', {
    configurable: true,
    get: () => core,
    set: (value: Core | undefined) => {
      core = value;
      value?.on('layoutstart', () => {
        marks.layoutStart = performance.now();
      });
      value?.on('layoutstop', () => {
        marks.layoutStop = performance.now();
        marks.nodes = value.nodes().length;
        marks.edges = value.edges().length;
      });
    },
  });
}
