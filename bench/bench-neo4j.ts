import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_NEO4J_ROOT, startLocalNeo4j } from '../scripts/neo4j/local-neo4j.ts';
import type { Scale } from './scales.ts';

/** The bench's own store (`.neo4j/bench`) and port: it never touches the demo's (7687) or the tests' (7688). */
const BENCH_INSTANCE = 'bench';
const BENCH_PORT = Number(process.env.BENCH_NEO4J_PORT ?? 7689);
const HOME = join(LOCAL_NEO4J_ROOT, BENCH_INSTANCE);

export interface BenchNeo4j {
  uri: string;
  /** The JVM's process id, for its peak memory. */
  pid: number | undefined;
  /** Stops the JVM and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts the bench Neo4j on an empty store, sized for the scale. Each scale
 * starts from scratch so an import is measured into an empty graph and no
 * earlier run's data (or warm page cache) flatters the figures. Refuses to run
 * next to another bench: two would compete for the same 2 cores.
 */
export async function startBenchNeo4j(scale: Scale, log: (line: string) => void): Promise<BenchNeo4j> {
  const running = readPid();
  if (running !== undefined && isLocalNeo4j(running)) {
    throw new Error(`Another bench is running its Neo4j (pid ${running}); wait for it to finish.`);
  }
  rmSync(join(HOME, 'data'), { recursive: true, force: true });
  rmSync(join(HOME, 'logs'), { recursive: true, force: true });

  log(`Starting the bench Neo4j (heap ${scale.heap}, page cache ${scale.pageCache}) on port ${BENCH_PORT}…`);
  const neo4j = await startLocalNeo4j({
    instance: BENCH_INSTANCE,
    boltPort: BENCH_PORT,
    heap: scale.heap,
    pageCache: scale.pageCache,
    // An L accounts file is one transaction of 5,000,000 rows.
    transactionTimeout: '30m',
    log: () => {},
  });
  if (neo4j.attached)
    throw new Error('Another process started the bench Neo4j at the same moment; run one bench at a time.');
  return { uri: neo4j.uri, pid: readPid(), stop: neo4j.stop };
}

/** Deletes the bench store once a run is over: an M store is about 1 GB of nobody's data. */
export function removeBenchStore(): void {
  rmSync(join(HOME, 'data'), { recursive: true, force: true });
}

function readPid(): number | undefined {
  try {
    return (JSON.parse(readFileSync(join(HOME, 'local-neo4j.json'), 'utf8')) as { pid?: number }).pid;
  } catch {
    return undefined;
  }
}

function isLocalNeo4j(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('LocalNeo4j.java');
  } catch {
    return false;
  }
}

/** Peak resident memory of a process so far (VmHWM), in MiB; undefined when it cannot be read. */
export function peakRssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
