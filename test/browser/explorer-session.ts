/**
 * What every browser test file needs: the small ecosystem of
 * explorer-fixture.ts imported under a unique prefix, the real server over the
 * test Neo4j, Debian's chromium, and helpers that read the page and the API.
 * The page is always compared with what the API says; the numbers worked out
 * by hand in the fixture are checked for this file's companies.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { importFolder } from '../../api/import/import-folder.ts';
import type { RunningServer } from '../../api/server.ts';
import { launchChromium, openWatchedPage, queryServer, startExplorer, type WatchedPage } from '../support/browser.ts';
import { uniquePrefix, useTestDatabase } from '../support/database.ts';
import { writeFixtureFolder, type FixtureFiles } from '../support/fixture-folder.ts';
import { explorerFixture, RETAIL_NAMES, type FixtureNames } from './explorer-fixture.ts';

/** expect.poll with room for a loaded machine: two JVMs and a browser on two cores. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 200 });

interface RankedFit {
  candidate: { id: string; name: string };
  score: number;
  sharedCustomers: number;
  conflicts: { kind: string; severity: string }[];
  relation: string;
  ruledOut: boolean;
}

export interface ExplorerSession {
  /** The fixture's ids: `id('bravo')`. */
  id(name: string): string;
  /** The companies' display names in this file. */
  readonly names: FixtureNames;
  /** The focal company of every test: alpha. */
  readonly focal: string;
  readonly url: () => string;
  /** Opens `path` in a new watched page (console errors, failed requests recorded). */
  open(path: string, size?: { width: number; height: number }): Promise<WatchedPage>;
  /**
   * The API's ranking for alpha: partners and ruled-out candidates left out, as
   * the explorer asks by default; `weights` as FitWeights (`{ peers: 0 }`).
   */
  apiRanking(weights?: Record<string, number>, first?: number, filter?: Record<string, unknown>): Promise<RankedFit[]>;
  /** This file's companies among `ids`, by fixture name, in order. */
  ours(ids: string[]): string[];
  query<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<Data>;
}

/**
 * One file's session. `fixture` writes the ecosystem under the file's prefix
 * (explorer-fixture.ts by default; crowded-fixture.ts for the crowded map);
 * every fixture's focal company is `alpha`.
 */
export function useExplorerSession(
  names: FixtureNames = RETAIL_NAMES,
  fixture: (prefix: string, names: FixtureNames) => FixtureFiles = explorerFixture,
): ExplorerSession {
  const p = uniquePrefix();
  const id = (name: string) => `${p}${name}`;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const db = await useTestDatabase();
    // Weights learned from the graph as it now is, whichever files imported theirs into it before.
    const imported = await importFolder(db, writeFixtureFolder(fixture(p, names)), { relearnWeights: true });
    expect(imported.problems).toEqual([]);
    server = await startExplorer(db);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = (): string => {
    if (!server) throw new Error('the explorer is not running yet');
    return server.url;
  };

  return {
    id,
    names,
    focal: id('alpha'),
    url,
    open: async (path, size) => {
      const watched = await openWatchedPage(browser!, size);
      await watched.page.goto(`${url()}${path}`);
      return watched;
    },
    apiRanking: async (weights, first = 50, filter = {}) => {
      const data = await queryServer<{ candidates: RankedFit[] }>(
        url(),
        `query ($focal: ID!, $first: Int, $weights: FitWeights, $filter: CandidateFilter) {
          candidates(focal: $focal, first: $first, filter: $filter, weights: $weights) {
            candidate { id name } score sharedCustomers conflicts { kind severity } relation ruledOut
          }
        }`,
        { focal: id('alpha'), first, weights, filter: { includePartners: false, ...filter } },
      );
      return data.candidates;
    },
    ours: (ids) => ids.filter((candidate) => candidate.startsWith(p)).map((candidate) => candidate.slice(p.length)),
    query: (query, variables) => queryServer(url(), query, variables),
  };
}

/** Resolves once cytoscape has laid the map out. */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('[data-testid=ecosystem-map][data-layout-runs]').waitFor();
}

/** The candidate ids of a table's rows, top to bottom. */
export async function tableRowIds(
  page: Page,
  table: 'ranked-table' | 'pinned-table' = 'ranked-table',
): Promise<string[]> {
  return page
    .locator(`[data-testid=${table}] tbody tr`)
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-candidate-id') ?? ''));
}
