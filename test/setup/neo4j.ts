import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/free-port.ts';
import { isAlive, LOCAL_NEO4J_ROOT, startLocalNeo4j, type LocalNeo4j } from '../../scripts/neo4j/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
  }
}

let neo4j: LocalNeo4j | undefined;

/**
 * Starts a Neo4j of this test run's own (`.neo4j/test-<pid>`, an empty store on
 * a free port), unless NEO4J_URI points at a database to use instead (a
 * throwaway one: tests write and --replace). Owning the store means the demo's
 * data is never touched and two test runs on one machine never see each other.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jUsername', process.env.NEO4J_USERNAME ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    return async () => {};
  }
  removeStoresOfEndedRuns();
  const instance = `test-${process.pid}`;
  const boltPort = Number(process.env.LOCAL_NEO4J_TEST_PORT || (await freePort()));
  neo4j = await startLocalNeo4j({ instance, boltPort, heap: '2g', pageCache: '512m', fresh: true, log: () => {} });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jUsername', 'neo4j');
  project.provide('neo4jPassword', '');
  return async () => {
    await neo4j?.stop();
    if (!neo4j?.attached) rmSync(join(LOCAL_NEO4J_ROOT, instance), { recursive: true, force: true });
  };
}

/** Test stores left by runs that crashed (their pid is gone). */
function removeStoresOfEndedRuns(): void {
  if (!existsSync(LOCAL_NEO4J_ROOT)) return;
  for (const entry of readdirSync(LOCAL_NEO4J_ROOT)) {
    const pid = Number(/^test-(\d+)$/.exec(entry)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid))
      rmSync(join(LOCAL_NEO4J_ROOT, entry), { recursive: true, force: true });
  }
}
