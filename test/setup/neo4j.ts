import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../scripts/neo4j/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
  }
}

/** The test store is its own (`.neo4j/test`, port 7688): tests never touch the demo's. */
const TEST_INSTANCE = { instance: 'test', boltPort: Number(process.env.LOCAL_NEO4J_TEST_PORT ?? 7688) };

let neo4j: LocalNeo4j | undefined;

/**
 * Starts the local test Neo4j once for the run, unless NEO4J_URI points at a
 * database to use instead (a throwaway one: tests write and --replace).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jUsername', process.env.NEO4J_USERNAME ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    return async () => {};
  }
  neo4j = await startLocalNeo4j({ ...TEST_INSTANCE, heap: '2g', pageCache: '512m', log: () => {},
    // Every run starts from an empty store, so no earlier run's data leaks into a ranking.
    fresh: true,
  });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jUsername', 'neo4j');
  project.provide('neo4jPassword', '');
  return async () => {
    await neo4j?.stop();
  };
}
