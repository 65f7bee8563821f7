import { startApiProcess, type ApiProcess } from './api-process.ts';
import { removeBenchStore, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { generateDataset, type Dataset } from './dataset.ts';
import { companySizes, pickFocalCompanies, type FocalCompany } from './focal.ts';
import { createFloor, type Floor } from './floor.ts';
import { apiP50, measureGrowth, type GrowthFigures, type GrowthReference } from './growth.ts';
import { runImport, type ImportFigures } from './import-phase.ts';
import { measureWriteFloor, WRITE_FLOOR_ROWS, type WriteFloorFigures } from './write-floor.ts';
import { loadAverageNow, machineInfo, type MachineInfo } from './machine.ts';
import { measureOperation, operationFigures, prepareCases, type OperationFigures } from './measure.ts';
import { measureNaive, type NaiveFigures } from './naive.ts';
import {
  DISCOVERY_OPERATION_NAMES,
  OPERATION_NAMES,
  type CoreOperationName,
  type OperationName,
} from './operations.ts';
import { runChangesImport, type ChangesImportFigures } from './changes-phase.ts';
import { FOCAL_COUNT, type Scale } from './scales.ts';
import { round } from './latency.ts';
import { measureBulkFit, type BulkFitFigures } from './bulk-fit.ts';

/** Everything one scale's run measured: the object written to bench/results/<scale>.json. */
export interface ScaleResult {
  scale: Scale['name'];
  date: string;
  machine: MachineInfo;
  dataset: {
    companies: number;
    customers: number;
    accountLinks: number;
    seed: number;
    rows: Record<string, number>;
    generateSeconds: number;
  };
  neo4j: { heap: string; pageCache: string };
  import: ImportFigures;
  /** The import's floor: the plainest Cypher write of account links, and our import's accounts.csv write against it. */
  importFloor: WriteFloorFigures & { accountsWriteRatio: number };
  /** The second import, a re-import changing 1% of the partnerships: what recording its changes costs. */
  changesImport: ChangesImportFigures;
  focal: (FocalCompany & { partner: string })[];
  /** Uncached: every answer computed (the response cache off). */
  latency: Record<OperationName, OperationFigures>;
  /** The core operations again through an API process with its response cache on, warmed by one round; the same floor. */
  latencyCached?: Record<CoreOperationName, OperationFigures>;
  /** A 2,000-pair partnerFits request (uncached). */
  bulkFit?: BulkFitFigures;
  naive: NaiveFigures & { speedUp: { p50: number; perFocal: Record<string, number> } };
  growth: GrowthFigures | null;
  growthNote?: string;
  apiPeakRssMiB: number;
  browser?: unknown;
  /** The reference later scales compare against for growth. */
  growthReference: GrowthReference;
  durationSeconds: number;
}

export interface ScaleRunOptions {
  /** The smaller scale's run, for growth; null when there is none. */
  reference: GrowthReference | null;
  log: (line: string) => void;
  /** A built explorer for the API process to serve (the browser measurement opens it). */
  webRoot?: string;
  /** Runs with the API process still up (the browser measurement). */
  extra?: (context: { api: ApiProcess; focal: FocalCompany[] }) => Promise<unknown>;
}

/**
 * One scale, start to end: a fresh bench Neo4j, the synthetic ecosystem
 * generated and imported, the API in its own process, then every figure
 * side by side. Everything it starts is stopped before it returns or throws.
 */
export async function runScale(scale: Scale, options: ScaleRunOptions): Promise<ScaleResult> {
  const { log } = options;
  const started = performance.now();
  const cleanup: (() => Promise<void> | void)[] = [];
  try {
    const neo4j: BenchNeo4j = await startBenchNeo4j(scale, log);
    cleanup.push(
      () => removeBenchStore(),
      () => neo4j.stop(),
    );
    const floor: Floor = createFloor(neo4j.uri);
    cleanup.push(() => floor.close());
    const machine = await machineInfo(floor.driver);

    log(
      `Generating ${scale.name}: ${scale.companies.toLocaleString('en-US')} companies, ${scale.customers.toLocaleString('en-US')} customers, ${scale.links.toLocaleString('en-US')} account links…`,
    );
    const dataset: Dataset = generateDataset(scale);
    cleanup.push(() => dataset.remove());

    log('Importing (in its own process)…');
    const imported = await runImport(dataset.folder, neo4j.uri, neo4j.pid);
    log(
      `  ${imported.accountLinks.toLocaleString('en-US')} links in ${imported.seconds.toFixed(1)} s (${imported.accountLinksPerSecond.toLocaleString('en-US')} links/s)`,
    );
    log(
      `Import floor: up to ${WRITE_FLOOR_ROWS.toLocaleString('en-US')} account links by UNWIND … CREATE through the driver…`,
    );
    const writeFloor = await measureWriteFloor(neo4j.uri);
    const importFloor = {
      ...writeFloor,
      accountsWriteRatio: Math.round((writeFloor.linksPerSecond / imported.accountsWriteLinksPerSecond) * 100) / 100,
    };
    log(`  ${writeFloor.linksPerSecond.toLocaleString('en-US')} links/s`);

    log('Second import: 1% of the partnerships change status, with a shortlist standing; its changes are recorded…');
    const changesImport = await runChangesImport(dataset.folder, neo4j.uri);
    log(
      `  ${changesImport.importSeconds} s; one snapshot of the market (${changesImport.watchedPairs.toLocaleString('en-US')} overlaps of the watched companies) ${changesImport.snapshotSeconds} s; ${JSON.stringify(changesImport.counts)}`,
    );

    const neo4jUri = neo4j.uri;
    const api = await startApiProcess(neo4jUri, options.webRoot);
    cleanup.push(() => api.stop());
    const sizes = await companySizes(floor.driver);
    const focals = pickFocalCompanies(sizes, FOCAL_COUNT);
    log(`Warming up: every operation once for ${focals.length} focal companies…`);
    const timedOperations: OperationName[] = [...OPERATION_NAMES, ...DISCOVERY_OPERATION_NAMES];
    const cases = await prepareCases(api, focals, timedOperations);

    const latency = {} as Record<OperationName, OperationFigures>;
    const apiSamples = {} as Record<OperationName, ReturnType<typeof apiP50>>;
    for (const name of timedOperations) {
      log(`Timing ${name}: ${scale.rounds} round(s) × ${cases.length} focal companies, API and floor…`);
      const samples = await measureOperation(api, floor, cases, name, scale.rounds);
      latency[name] = operationFigures(samples);
      apiSamples[name] = apiP50(samples);
    }

    log('Bulk fit: 2,000 pairs of 20 focal companies in one partnerFits request, 3 times…');
    const bulkFit = await measureBulkFit(api, cases, sizes);
    log(`  ${bulkFit.seconds.join(', ')} s`);

    // The same questions through a second API process whose response cache is on: warmed by one round, then timed.
    const cachedApi = await startApiProcess(neo4jUri, undefined, { cached: true });
    cleanup.push(() => cachedApi.stop());
    const latencyCached = {} as Record<CoreOperationName, OperationFigures>;
    for (const name of OPERATION_NAMES) {
      log(
        `Timing ${name} cached: a warming round, then ${scale.rounds} round(s) × ${cases.length} focal companies, API and floor…`,
      );
      await measureOperation(cachedApi, floor, cases, name, 1);
      latencyCached[name] = operationFigures(await measureOperation(cachedApi, floor, cases, name, scale.rounds));
    }
    await cachedApi.stop();

    const naiveFocals = [
      ...cases.filter((c) => c.tier === 'small').slice(0, 2),
      ...cases.filter((c) => c.tier === 'median').slice(0, 2),
      ...cases.filter((c) => c.tier === 'hub').slice(0, 2),
    ];
    log(`Naive baseline: ${scale.naiveSample} overlap queries for each of ${naiveFocals.length} focal companies…`);
    const naive = await measureNaive(floor, naiveFocals, scale.naiveSample);
    const perFocal: Record<string, number> = {};
    for (const focal of naiveFocals) {
      const apiMs = (await measureOperation(api, floor, [focal], 'candidates', 3))
        .map((sample) => sample.api)
        .sort((a, b) => a - b)[1]!;
      perFocal[focal.id] = round(naive.rankingMs[focal.id]! / apiMs, 1);
    }
    const speedUps = Object.values(perFocal).sort((a, b) => a - b);

    let growth: GrowthFigures | null = null;
    if (options.reference) {
      log(
        `Growth: ${options.reference.focal.length} companies matched by size to ${options.reference.scale}'s focal companies…`,
      );
      growth = await measureGrowth(api, floor, sizes, options.reference, scale.rounds);
    }

    // A broken page must not cost the run its other figures: the failure is reported instead.
    const browser = options.extra
      ? await options
          .extra({ api, focal: focals })
          .catch((error: unknown) => ({ error: error instanceof Error ? error.message.split('\n')[0] : String(error) }))
      : undefined;
    const apiPeakRssMiB = await api.peakRssMiB();
    machine.loadAverage.end = loadAverageNow();
    const date = new Date().toISOString();
    return {
      scale: scale.name,
      date,
      machine,
      dataset: {
        companies: scale.companies,
        customers: scale.customers,
        accountLinks: scale.links,
        seed: scale.seed,
        rows: dataset.rows,
        generateSeconds: round(dataset.generateSeconds),
      },
      neo4j: { heap: scale.heap, pageCache: scale.pageCache },
      import: imported,
      importFloor,
      changesImport,
      focal: cases.map(({ calls: _calls, ...focal }) => focal),
      latency,
      latencyCached,
      bulkFit,
      naive: { ...naive, speedUp: { p50: speedUps[Math.floor((speedUps.length - 1) / 2)] ?? Number.NaN, perFocal } },
      growth,
      ...(growth
        ? {}
        : { growthNote: 'Growth compares this scale with a smaller one: run --scale M (it runs S first).' }),
      apiPeakRssMiB,
      ...(browser === undefined ? {} : { browser }),
      growthReference: { scale: scale.name, date, focal: focals, p50: apiSamples },
      durationSeconds: round((performance.now() - started) / 1000, 0),
    };
  } finally {
    for (const step of cleanup.reverse()) {
      try {
        await step();
      } catch (error) {
        log(`Cleanup step failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
